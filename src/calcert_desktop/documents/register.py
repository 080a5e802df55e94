"""The register of certified institutions, as a PDF of many pages and as CSV for Excel.

Plain rows in, bytes out. The PDF is paged here rather than by reportlab's table
splitting: each row's height is known before layout (one line unless the text is wider
than its column), so the rows are packed into pages in one pass and every page gets its
own table with the header row. Splitting one 10,000-row table re-measures the remaining
rows at every page break; packing is linear, and the page count ("Strona 3 z 400") is
known before the first page is drawn.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from calcert_desktop.documents import fonts
from calcert_desktop.documents.base import DocumentInfo, build_pdf
from calcert_desktop.documents.footer import page_counting_canvas
from calcert_desktop.documents.polish_dates import long_date, short_date
from calcert_desktop.documents.text import markup, normalized
from calcert_desktop.domain.case_labels import CERTIFICATE_STATUSES
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.polish_text import sort_key

TITLE = "Rejestr certyfikatów"
STATUS_LABELS = CERTIFICATE_STATUSES
CSV_HEADER = (
    "Numer certyfikatu", "Instytucja", "Miejscowość", "Województwo",
    "Data wydania", "Ważny do", "Status",
)  # fmt: skip
# Column titles and widths (points) of the PDF: 752 of landscape A4's 757 between margins.
# The voivodeship's column holds the longest name, "warmińsko-mazurskie" (93 points), whole.
PDF_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Lp.", 40), ("Nr certyfikatu", 78), ("Instytucja", 246), ("Miejscowość", 104),
    ("Województwo", 100), ("Wydany", 60), ("Ważny do", 60), ("Status", 64),
)  # fmt: skip
MARGINS_MM = 15
FONT_SIZE = 8.5
LEADING = 10.5
PADDING = 3  # above, below, left and right of a cell's text
# What Excel would read as a formula when a cell starts with it (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class RegisterEntry:
    """One certificate in the register."""

    number: str
    institution: str
    town: str
    voivodeship: str
    issued_on: date
    valid_until: date
    status: str  # valid / revoked / expired
    name_sort: str = ""  # the stored Polish sort key of the institution, when known
    reference: str = ""  # the case's number (CAL/2024/0001), to open it from the register

    def status_on(self, as_of: date) -> str:
        """The status on ``as_of``: a valid certificate past its last day has expired even
        before the expiry is recorded in its case."""
        if self.status == "valid" and self.valid_until < as_of:
            return "expired"
        return self.status

    def status_label(self, as_of: date) -> str:
        """The status in Polish: ważny, odebrany, wygasły."""
        code = self.status_on(as_of)
        return STATUS_LABELS.get(code, code)


def ordered(entries: Iterable[RegisterEntry]) -> list[RegisterEntry]:
    """The entries in Polish alphabetical order of the institution, then by issue date."""
    return sorted(
        entries, key=lambda e: (e.name_sort or sort_key(e.institution), e.issued_on, e.number)
    )


def title_on(as_of: date) -> str:
    """The register's title: "Rejestr certyfikatów — stan na 14 marca 2025 r."."""
    return f"{TITLE} — stan na {long_date(as_of)}"


# --- CSV -----------------------------------------------------------------------------------


def _csv_cell(text: str) -> str:
    """``text`` safe to open in a spreadsheet: a leading apostrophe keeps a name starting
    with "=" (or +, -, @) a text instead of a formula Excel would run."""
    text = normalized(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def register_csv(entries: Iterable[RegisterEntry], as_of: date) -> bytes:
    """The register as CSV the way Polish Excel opens it: UTF-8 with a byte order mark (or
    Excel reads the Polish letters as Windows-1250), ";" between fields (the "," is the
    decimal separator in Polish), a header row, dates as RRRR-MM-DD."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for entry in ordered(entries):
        writer.writerow(
            (
                _csv_cell(entry.number),
                _csv_cell(entry.institution),
                _csv_cell(entry.town),
                _csv_cell(entry.voivodeship),
                entry.issued_on.isoformat(),
                entry.valid_until.isoformat(),
                entry.status_label(as_of),
            )
        )
    return buffer.getvalue().encode("utf-8-sig")


# --- PDF -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    cells: tuple[Any, ...]  # str, or a Paragraph when the text needs more than one line
    height: float


class _Layout:
    """Cells of one row measured for their columns (the styles are made once)."""

    def __init__(self) -> None:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.width = stringWidth
        # A name breaks at its spaces and its own hyphens ("Kędzierzyn-|Koźle"); a word
        # longer than its column is split only as a last resort.
        self.style = ParagraphStyle("cell", fontName=fonts.register(), fontSize=FONT_SIZE,
                                    leading=LEADING, splitLongWords=1,
                                    embeddedHyphenation=1)  # fmt: skip
        self.inner = [width - 2 * PADDING for _title, width in PDF_COLUMNS]

    def row(self, texts: Sequence[str]) -> _Row:
        from reportlab.platypus import Paragraph

        cells: list[Any] = []
        height = LEADING
        for text, inner in zip(texts, self.inner, strict=True):
            if self.width(text, fonts.FAMILY, FONT_SIZE) <= inner:
                cells.append(text)
                continue
            paragraph = Paragraph(markup(text), self.style)
            height = max(height, paragraph.wrap(inner, 10_000)[1])
            cells.append(paragraph)
        return _Row(tuple(cells), height + 2 * PADDING)


def _pages(rows: Sequence[_Row], first: float, later: float, header: float) -> list[list[_Row]]:
    """``rows`` packed into pages: ``first`` points for the table on page one, ``later``
    on the others, each page's table starting with the ``header`` row."""
    pages: list[list[_Row]] = [[]]
    room = first - header
    for row in rows:
        if row.height > room and pages[-1]:
            pages.append([])
            room = later - header
        pages[-1].append(row)
        room -= row.height
    return pages


def _table(header: _Row, rows: Sequence[_Row]) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(
        [header.cells, *(row.cells for row in rows)],
        colWidths=[width for _title, width in PDF_COLUMNS],
        rowHeights=[header.height, *(row.height for row in rows)],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.FAMILY, FONT_SIZE, LEADING),
                ("FONT", (0, 0), (-1, 0), fonts.BOLD, FONT_SIZE, LEADING),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), PADDING - 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING + 1),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f4f6f8")]),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#44546a")),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#c8d0da")),
            ]
        )
    )
    return table


def _counts(entries: Sequence[RegisterEntry], as_of: date) -> str:
    """"Wpisów: 10 000 (ważne: …, odebrane: …, wygasłe: …)"."""
    counts = {code: 0 for code in STATUS_LABELS}
    for entry in entries:
        counts[entry.status_on(as_of)] = counts.get(entry.status_on(as_of), 0) + 1

    def number(value: int) -> str:
        return f"{value:,}".replace(",", "\u00a0")  # Polish groups thousands with a space

    return (
        f"Wpisów: {number(len(entries))} (ważne: {number(counts['valid'])}, "
        f"odebrane: {number(counts['revoked'])}, wygasłe: {number(counts['expired'])})."
    )


def register_pdf(
    entries: Iterable[RegisterEntry], as_of: date, office: OfficeDetails = DEFAULT_OFFICE
) -> bytes:
    """The register as a PDF: A4 landscape, the title and the header row on every page, the
    office that keeps it on the first, its name and "Strona N z M" at the foot."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph

    family = fonts.register()
    entries = ordered(entries)
    title = title_on(as_of)
    title_style = ParagraphStyle("register-title", fontName=fonts.BOLD, fontSize=13,
                                 leading=16, spaceAfter=4)  # fmt: skip
    note_style = ParagraphStyle("register-note", fontName=family, fontSize=FONT_SIZE,
                                leading=LEADING, spaceAfter=6)  # fmt: skip

    layout = _Layout()
    header = layout.row([column for column, _width in PDF_COLUMNS])
    rows = [
        layout.row(
            (
                f"{index}.",
                normalized(entry.number),
                normalized(entry.institution),
                normalized(entry.town),
                normalized(entry.voivodeship),
                short_date(entry.issued_on),
                short_date(entry.valid_until),
                entry.status_label(as_of),
            )
        )
        for index, entry in enumerate(entries, start=1)
    ]

    width, height = landscape(A4)
    frame = height - 2 * MARGINS_MM * mm - 12  # the frame's own padding, 6 points each side
    heading = Paragraph(markup(title), title_style)
    heading_height = heading.wrap(width, height)[1] + title_style.spaceAfter
    keeper = f"Rejestr instytucji z Certyfikatem Jakości CAL prowadzi {office.name}."
    note = Paragraph(markup(f"{keeper} {_counts(entries, as_of)}"), note_style)
    note_height = note.wrap(width, height)[1] + note_style.spaceAfter
    slack = 2  # rounding in reportlab's frame arithmetic
    pages = _pages(
        rows,
        first=frame - heading_height - note_height - slack,
        later=frame - heading_height - slack,
        header=header.height,
    )

    flow: list[Any] = []
    for number, page in enumerate(pages, start=1):
        if number > 1:
            flow.append(PageBreak())
        flow.append(Paragraph(markup(title), title_style))
        if number == 1:
            flow.append(note)
        if page:
            flow.append(_table(header, page))
        else:
            flow.append(Paragraph("Rejestr nie zawiera wpisów.", note_style))

    # Below the frame's margin: the register's pages are full to it.
    foot = page_counting_canvas(f"{office.name} · {title}", margin_mm=MARGINS_MM, height_mm=8)
    info = DocumentInfo(title, "Rejestr instytucji z Certyfikatem Jakości CAL")
    return build_pdf(flow, info, landscape_page=True, canvasmaker=foot, margins_mm=MARGINS_MM)
