"""The yearly statistics as a PDF report (A4 landscape): the years with two charts, then
for each year (and the range's total) the tables by voivodeship and by institution type,
the charts of the breakdowns, and what each column counts.

Plain data in, bytes out; the charts are reportlab's own (reportlab.graphics), in our
font, so that the Polish letters of the voivodeships print.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from calcert_desktop.documents import fonts
from calcert_desktop.documents import statistics_text as words
from calcert_desktop.documents.base import DocumentInfo, build_pdf
from calcert_desktop.documents.footer import page_counting_canvas
from calcert_desktop.documents.statistics_charts import breakdown_chart, years_chart
from calcert_desktop.documents.text import markup
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.statistics_labels import FIGURE_LABELS, FIGURE_NOTES
from calcert_desktop.domain.statistics_tables import FIGURES, Figures, Period, YearlyStatistics

MARGINS_MM = 15
# Points: 100 + 15 x 43.6 = 754 of landscape A4's 757 between the margins. A header's
# longest word ("Odmówiono", "certyfikaty") fits a figure's column whole at 6 points: table
# cells are never hyphenated (documents/even.py).
LABEL_WIDTH = 100
FIGURE_WIDTH = 43.6
FONT_SIZE = 7.5
HEADER_SIZE = 6
PADDING = 1.5
HEADER_BACKGROUND = "#dfe6ee"
STRIPE = "#f4f6f8"
RULE = "#44546a"
THIN = "#c8d0da"


def statistics_pdf(statistics: YearlyStatistics, office: OfficeDetails = DEFAULT_OFFICE) -> bytes:
    """The report of ``statistics`` as PDF bytes, the office's name in every page's foot."""
    from reportlab.platypus import KeepTogether, PageBreak, Spacer

    fonts.register()
    styles = _styles()
    flow: list[Any] = [
        _paragraph(statistics.title, styles["title"]),
        _paragraph(words.made_by(statistics, office), styles["note"]),
    ]
    note = words.unfinished_note(statistics)
    if note:
        flow.append(_paragraph(note, styles["note"]))
    flow.append(_paragraph(words.SUMMARY, styles["heading"]))
    rows = [(str(p.year), p.overall) for p in statistics.years]
    total = statistics.total
    flow.append(_table(styles, words.YEAR, rows,
                       (words.period_title(total), total.overall) if total else None))  # fmt: skip
    flow.append(Spacer(1, 10))
    pair = [years_chart(statistics, "received"), years_chart(statistics, "certificates")]
    flow.append(_side_by_side(pair))
    for period in statistics.periods:
        flow.append(PageBreak())
        flow.extend(_period(period, styles))
    flow.append(PageBreak())
    last = statistics.last
    flow.append(_paragraph(f"Wykresy: {words.period_title(last)}", styles["heading"]))
    pair = [breakdown_chart(last.by_voivodeship, words.BY_VOIVODESHIP),
            breakdown_chart(last.by_institution_type, words.BY_TYPE)]  # fmt: skip
    flow.append(_side_by_side(pair))
    flow.append(KeepTogether(_notes(styles)))  # on one page, not split after a few lines
    title = statistics.title
    foot = page_counting_canvas(f"{office.name} · {title}", margin_mm=MARGINS_MM, height_mm=8)
    info = DocumentInfo(title, "Statystyka Certyfikatu Jakości CAL")
    return build_pdf(flow, info, landscape_page=True, canvasmaker=foot, margins_mm=MARGINS_MM)


def _side_by_side(drawings: list[Any]) -> Any:
    """Two charts in a row, their tops level (the table's font set: its default would put
    Helvetica in the file)."""
    from reportlab.platypus import Table

    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), fonts.FAMILY)]
    return Table([drawings], colWidths=[377, 378], style=style)


def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    family = fonts.register()
    return {
        "title": ParagraphStyle("stats-title", fontName=fonts.BOLD, fontSize=15, leading=19,
                                spaceAfter=4),
        "note": ParagraphStyle("stats-note", fontName=family, fontSize=8.5, leading=11,
                               textColor="#595959", spaceAfter=2),
        "heading": ParagraphStyle("stats-heading", fontName=fonts.BOLD, fontSize=11,
                                  leading=14, spaceBefore=8, spaceAfter=5, keepWithNext=1),
        "header": ParagraphStyle("stats-header", fontName=fonts.BOLD, fontSize=HEADER_SIZE,
                                 leading=HEADER_SIZE + 1.5, alignment=TA_CENTER),
        "header_left": ParagraphStyle("stats-header-left", fontName=fonts.BOLD,
                                      fontSize=HEADER_SIZE, leading=HEADER_SIZE + 1.5),
        "cell": ParagraphStyle("stats-cell", fontName=family, fontSize=FONT_SIZE,
                               leading=FONT_SIZE + 2),
        "cell_bold": ParagraphStyle("stats-cell-bold", fontName=fonts.BOLD, fontSize=FONT_SIZE,
                                    leading=FONT_SIZE + 2),
        "body": ParagraphStyle("stats-body", fontName=family, fontSize=8.5, leading=11.5,
                               spaceAfter=3),
    }  # fmt: skip


def _paragraph(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(markup(text), style)


def _period(period: Period, styles: dict[str, Any]) -> list[Any]:
    title = words.period_title(period)
    total = (words.TOTAL, period.overall)
    return [
        _paragraph(f"{title} — {words.BY_VOIVODESHIP.lower()}", styles["heading"]),
        _table(styles, words.VOIVODESHIP, [(r.label, r.figures) for r in period.by_voivodeship],
               total),
        _paragraph(f"{title} — {words.BY_TYPE.lower()}", styles["heading"]),
        _table(styles, words.INSTITUTION_TYPE,
               [(r.label, r.figures) for r in period.by_institution_type], total),
    ]  # fmt: skip


def _table(
    styles: dict[str, Any],
    first_column: str,
    rows: Sequence[tuple[str, Figures]],
    total: tuple[str, Figures] | None,
) -> Any:
    """A table of figures: the header row (repeated on a new page), a row per group, and
    the total in bold under a rule."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    header = [_paragraph(first_column, styles["header_left"]),
              *(_paragraph(FIGURE_LABELS[name], styles["header"]) for name in FIGURES)]  # fmt: skip
    body = [[_paragraph(label, styles["cell"]), *_numbers(figures)] for label, figures in rows]
    if total is not None:
        body.append([_paragraph(total[0], styles["cell_bold"]), *_numbers(total[1])])
    table = Table([header, *body], colWidths=[LABEL_WIDTH, *([FIGURE_WIDTH] * len(FIGURES))],
                  repeatRows=1)  # fmt: skip
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), fonts.FAMILY, FONT_SIZE, FONT_SIZE + 2),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_BACKGROUND)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor(STRIPE)]),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(RULE)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor(THIN)),
    ]
    if total is not None:
        commands += [
            ("FONT", (1, -1), (-1, -1), fonts.BOLD, FONT_SIZE, FONT_SIZE + 2),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.HexColor(RULE)),
            ("BACKGROUND", (0, -1), (-1, -1), colors.white),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _numbers(figures: Figures) -> list[str]:
    return [words.number(figures.value(name)) for name in FIGURES]


def _notes(styles: dict[str, Any]) -> list[Any]:
    """What each column counts (domain/statistics.py's definitions, in Polish)."""
    from reportlab.platypus import Paragraph

    flow = [_paragraph("Co liczą kolumny", styles["heading"])]
    for name in FIGURES:
        text = f"<b>{markup(FIGURE_LABELS[name])}</b>: {markup(FIGURE_NOTES[name])}."
        flow.append(Paragraph(text, styles["body"]))
    flow.append(_paragraph(words.BREAKDOWN_NOTE, styles["body"]))
    return flow
