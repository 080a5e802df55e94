"""The filled application form ("Zgłoszenie do Certyfikatu") as a PDF, laid out like the
paper form in the regulations, addressed to the office (its name and address in a small
line at the top): the institution, the submitting person and the head, the
request, the two eligibility conditions and the nine standards each with its box marked,
with the institution's description and evidence under each, the model of work, the
attachments, place and date, and room for the head's signature and the institution's stamp.

Every label and fixed sentence comes with the plain data (the service takes them from the
form version the case was filed on), so a new form version needs no change here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from calcert_desktop.documents import fonts
from calcert_desktop.documents.base import DocumentInfo, build_pdf, styles
from calcert_desktop.documents.footer import page_counting_canvas
from calcert_desktop.documents.polish_dates import long_date
from calcert_desktop.documents.text import markup, normalized
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails

KIND = "application"
CHECKED = "☒"
UNCHECKED = "☐"

# The headings of the parts; the paper form has none of its own (it is a single page).
HEADINGS = {
    "institution": "Dane instytucji",
    "people": "Osoby",
    "eligibility": "Warunki przystąpienia",
    "standards": "Standardy",
    "model": "Model pracy w społeczności lokalnej",
    "attachments": "Załączniki",
    "signature": "Miejsce, data i podpis",
}
DESCRIPTION = "Opis realizacji:"
EVIDENCE = "Dowody:"
FIELDS = "Dziedziny działalności:"
NONE_GIVEN = "(nie podano)"
HEAD_SIGNS = "podpis kierownika instytucji"
STAMP = "pieczęć instytucji"
SIGNATURE_LINE = "." * 60


@dataclass(frozen=True)
class Entry:
    """One filled field: its label from the form definition and the value as text."""

    label: str
    value: str


@dataclass(frozen=True)
class Condition:
    """An eligibility condition and whether the institution ticked it."""

    label: str
    text: str
    met: bool


@dataclass(frozen=True)
class StandardEntry:
    """One standard as declared: its number, title and full text from the form, the box,
    and what the institution wrote and attached for it."""

    code: str
    number: int
    title: str
    text: str
    declared: bool
    description: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class ApplicationData:
    """What the filled form prints, as plain data."""

    reference: str
    form_title: str
    form_subtitle: str
    form_version: str
    request_text: str
    declaration_text: str
    institution: tuple[Entry, ...]
    people: tuple[Entry, ...]
    eligibility: tuple[Condition, ...]
    standards: tuple[StandardEntry, ...]
    # every field of activity of the form with whether it was chosen, in form order
    fields_of_activity: tuple[tuple[str, bool], ...]
    model_description: str
    attachments: tuple[Entry, ...]  # kind label, file name
    place_label: str
    place: str
    date_label: str
    signed_on: date | None
    signed_on_text: str = ""  # the date as typed, when it is not a valid date
    institution_name: str = ""  # for the PDF's metadata
    office: OfficeDetails = DEFAULT_OFFICE  # the body the form is addressed to


def box(checked: bool) -> str:
    """The ballot box glyph: crossed when ticked."""
    return CHECKED if checked else UNCHECKED


def signed_date(data: ApplicationData) -> str:
    """The date of signature as Polish text ("14 marca 2025 r."), or what was typed."""
    return long_date(data.signed_on) if data.signed_on else normalized(data.signed_on_text)


def render(data: ApplicationData) -> bytes:
    """The filled form as PDF bytes."""
    return build_pdf(
        _Layout().flowables(data),
        DocumentInfo(
            title=f"{data.form_title} {data.reference}".strip(),
            subject=f"{data.form_title}: {normalized(data.institution_name)}",
        ),
        canvasmaker=page_counting_canvas(
            f"{data.office.name} · {normalized(data.form_title)} {normalized(data.reference)}"
        ),
    )


def _paragraph_texts(text: str) -> list[str]:
    """Plain text cut into paragraphs at blank lines."""
    return [part for part in re.split(r"\n\s*\n", normalized(text)) if part.strip()]


class _Layout:
    """The flowables of the form; the styles made once per document."""

    WIDTH = 170.0  # the text width in mm (A4 less 20 mm margins)

    def __init__(self) -> None:
        from reportlab.lib.enums import TA_CENTER, TA_LEFT
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm

        base = styles()
        self.mm = mm
        self.width = self.WIDTH * mm
        self.cell = base["cell"]
        self.small = base["small"]
        self.heading = base["heading"]
        self.title = base["title"]
        self.subtitle = ParagraphStyle("subtitle", parent=base["body"], alignment=TA_CENTER,
                                       spaceAfter=2)  # fmt: skip
        self.subtitle_small = ParagraphStyle("subtitle_small", parent=base["small"],
                                             alignment=TA_CENTER, spaceAfter=4)
        self.request = ParagraphStyle("request", parent=base["body"], fontName=fonts.BOLD,
                                      alignment=TA_CENTER, spaceBefore=10, spaceAfter=8,
                                      fontSize=11.5, leading=16)  # fmt: skip
        self.indented = ParagraphStyle("indented", parent=base["body"], leftIndent=8 * mm,
                                       alignment=TA_LEFT, spaceAfter=3)  # fmt: skip
        self.label = ParagraphStyle("label", parent=self.indented, fontName=fonts.BOLD,
                                    fontSize=9.5, spaceBefore=2, spaceAfter=1)  # fmt: skip
        self.evidence = ParagraphStyle("evidence", parent=self.indented, leftIndent=12 * mm,
                                       bulletIndent=8 * mm, bulletFontName=fonts.FAMILY,
                                       spaceAfter=1)  # fmt: skip
        self.box = ParagraphStyle("box", parent=base["cell"], fontSize=14, leading=16)
        self.addressee = ParagraphStyle("addressee", parent=base["small"], alignment=TA_LEFT,
                                        spaceAfter=6)  # fmt: skip

    def flowables(self, data: ApplicationData) -> list[Any]:
        from reportlab.platypus import Paragraph

        office = data.office
        addressee = " · ".join((office.name, *office.address_lines))
        flow: list[Any] = [
            Paragraph(f"Adresat: {markup(addressee)}", self.addressee),
            Paragraph(markup(data.form_title.upper()), self.title),
            Paragraph(markup(data.form_subtitle), self.subtitle),
            Paragraph(markup(f"Sprawa {data.reference} · wersja formularza {data.form_version}"),
                      self.subtitle_small),
            self._heading(HEADINGS["institution"]),
            self._facts(data.institution),
            self._heading(HEADINGS["people"]),
            self._facts(data.people),
            Paragraph(markup(data.request_text.upper()), self.request),
            self._heading(HEADINGS["eligibility"]),
        ]
        for condition in data.eligibility:
            flow.append(self._ticked(condition.met, condition.label, condition.text))
        flow.append(self._heading(HEADINGS["standards"]))
        flow.append(Paragraph(markup(f"{data.declaration_text.rstrip(':')}:"), self.cell))
        for standard in data.standards:
            flow += self._standard(standard)
        flow += self._model(data)
        flow += self._attachments(data.attachments)
        flow.append(self._signature(data))
        return flow

    def _heading(self, text: str) -> Any:
        from reportlab.platypus import Paragraph

        heading = Paragraph(markup(text), self.heading)
        heading.keepWithNext = True
        return heading

    def _table_style(self, extra: Sequence[Any] = ()) -> Any:
        from reportlab.platypus import TableStyle

        return TableStyle([
            # a table sets its cells' font even around paragraphs: never Helvetica
            ("FONT", (0, 0), (-1, -1), fonts.FAMILY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            *extra,
        ])  # fmt: skip

    def _facts(self, entries: Sequence[Entry]) -> Any:
        """Label / value rows, the value wrapping; a row may move to the next page."""
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph, Table

        label_width = 55 * self.mm
        rows = [
            [Paragraph(markup(entry.label), self.cell),
             Paragraph(f"<b>{markup(entry.value)}</b>" if entry.value else "—", self.cell)]
            for entry in entries
        ]  # fmt: skip
        table = Table(rows, colWidths=[label_width, self.width - label_width], repeatRows=0)
        table.setStyle(self._table_style(
            [("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d0da"))]
        ))  # fmt: skip
        return table

    def _ticked(self, checked: bool, title: str, text: str) -> Any:
        """A box (crossed when ticked) beside a bold title and the full text."""
        from reportlab.platypus import Paragraph, Table

        body = f"<b>{markup(title)}</b>"
        if text:
            body += f"<br/>{markup(text)}"
        table = Table(
            [[Paragraph(box(checked), self.box), Paragraph(body, self.cell)]],
            colWidths=[8 * self.mm, self.width - 8 * self.mm],
        )
        table.setStyle(self._table_style([("TOPPADDING", (0, 0), (-1, -1), 3)]))
        return table

    def _standard(self, standard: StandardEntry) -> list[Any]:
        from reportlab.platypus import Paragraph

        head = self._ticked(standard.declared,
                            f"{standard.number}. {standard.title} ({standard.code})",
                            standard.text)  # fmt: skip
        head.keepWithNext = True  # never a standard's box alone at the foot of a page
        label = Paragraph(markup(DESCRIPTION), self.label)
        label.keepWithNext = True
        flow: list[Any] = [head, label]
        texts = _paragraph_texts(standard.description) or [NONE_GIVEN]
        flow += [Paragraph(markup(text), self.indented) for text in texts]
        if standard.evidence:
            evidence = Paragraph(markup(EVIDENCE), self.label)
            evidence.keepWithNext = True
            flow.append(evidence)
            flow += [Paragraph(markup(name), self.evidence, bulletText="–")
                     for name in standard.evidence]  # fmt: skip
        return flow

    def _model(self, data: ApplicationData) -> list[Any]:
        from reportlab.platypus import Paragraph, Table

        flow: list[Any] = [self._heading(HEADINGS["model"])]
        label = Paragraph(markup(FIELDS), self.label)
        label.keepWithNext = True
        flow.append(label)
        # the fields of activity in three columns, each with its box
        cells = [Paragraph(f"{box(chosen)} {markup(name)}", self.cell)
                 for name, chosen in data.fields_of_activity]  # fmt: skip
        columns = 3
        rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
        if rows:
            rows[-1] += [""] * (columns - len(rows[-1]))
            column = (self.width - 8 * self.mm) / columns
            table = Table(rows, colWidths=[column] * columns, hAlign="RIGHT")
            table.setStyle(self._table_style())
            flow.append(table)
        description = Paragraph(markup(DESCRIPTION), self.label)
        description.keepWithNext = True
        flow.append(description)
        texts = _paragraph_texts(data.model_description) or [NONE_GIVEN]
        flow += [Paragraph(markup(text), self.indented) for text in texts]
        return flow

    def _attachments(self, attachments: Sequence[Entry]) -> list[Any]:
        from reportlab.platypus import Paragraph

        flow: list[Any] = [self._heading(HEADINGS["attachments"])]
        if not attachments:
            return [*flow, Paragraph(markup("Brak załączników."), self.indented)]
        for number, attachment in enumerate(attachments, start=1):
            text = f"<b>{markup(attachment.label)}</b>: {markup(attachment.value)}"
            flow.append(Paragraph(text, self.evidence, bulletText=f"{number}."))
        return flow

    def _signature(self, data: ApplicationData) -> Any:
        """Place and date, then the head's signature line and a frame for the stamp, kept
        together on one page."""
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

        centred = ParagraphStyle("centred", parent=self.small, alignment=TA_CENTER)
        place = Paragraph(
            f"{markup(data.place_label)}: <b>{markup(data.place) or '—'}</b>"
            f"&nbsp;&nbsp;&nbsp; {markup(data.date_label)}: "
            f"<b>{markup(signed_date(data)) or '—'}</b>",
            self.cell,
        )
        half = self.width / 2
        stamp_height = 32 * self.mm
        table = Table(
            [[Spacer(1, stamp_height - 14), Paragraph("", centred)],
             [Paragraph(SIGNATURE_LINE, centred), Paragraph(markup(STAMP), centred)],
             [Paragraph(markup(HEAD_SIGNS), centred), ""]],
            colWidths=[half, half],
        )  # fmt: skip
        table.setStyle(self._table_style([
            ("BOX", (1, 0), (1, 1), 0.5, colors.HexColor("#8a96a3")),
            ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 12),
            ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ]))  # fmt: skip
        return KeepTogether([self._heading(HEADINGS["signature"]), place, Spacer(1, 12), table])
