"""The expert's site-visit protocol ("Protokół wizytacji"): who visited which institution
when, for each of the nine standards the rating, the finding, what the expert saw and the
files and photos taken as evidence; the summary; the institution's representative, whether
they acknowledged the protocol, their remarks; two signatures: the expert who made the visit
(a person of the case, not a signer of the settings) and the institution's representative.

The same layout prints the protocol as written (recorded, or still being written on a
laptop, to be read and signed on site) and a blank one to fill in by hand (``blank``: three
boxes to tick for each rating, ruled lines for the texts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from calcert_desktop.documents import fonts
from calcert_desktop.documents.base import DocumentInfo, build_pdf, styles
from calcert_desktop.documents.footer import page_counting_canvas
from calcert_desktop.documents.polish_dates import long_date
from calcert_desktop.documents.record_parts import (
    facts_table,
    issuer_line,
    signatures,
)
from calcert_desktop.documents.text import NBSP, markup, normalized
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.signature_slots import Signature

TITLE = "Protokół wizytacji"
RATINGS: dict[str, str] = {"meets": "spełnia", "partly": "spełnia częściowo", "not": "nie spełnia"}
NO_FINDING = "Ekspert nie zapisał ustaleń dotyczących tego standardu."
NOT_RATED = "brak oceny"
REPRESENTATIVE = "Przedstawiciel instytucji"
NO_REPRESENTATIVE = "nie wskazano"
NAME_HINT = "(imię, nazwisko, stanowisko)"
ACKNOWLEDGED = "Przedstawiciel instytucji zapoznał się z protokołem."
NOT_ACKNOWLEDGED = "Przedstawiciel instytucji nie zapoznał się z protokołem."
REMARKS = "Uwagi przedstawiciela instytucji"
NO_REMARKS = "Przedstawiciel instytucji nie wniósł uwag."
BOX = "\u2610"  # ☐, in DejaVu Sans
TO_WRITE = "." * 40  # a date written by hand
# Room a standard needs on a page to start there: its heading, the rating and the first
# lines of its finding (millimetres).
STANDARD_START_MM = 45
# Ruled lines of a blank protocol, per field: room to write by hand.
LINES: dict[str, int] = {"finding": 4, "observations": 6, "evidence": 2, "summary": 8,
                         "representative": 1, "remarks": 5}  # fmt: skip
LINE_SPACING = 20.0  # points, some 7 mm: handwriting fits
# A standard that does not fit in what is left of a page starts the next one, unless more
# than this share of the page is left: then it breaks where it falls (no half-empty pages).
KEEP_SHARE = 1 / 3


@dataclass(frozen=True)
class StandardFinding:
    """What the expert found about one standard (no rating: nothing was recorded yet)."""

    code: str  # S1 ... S9
    title: str
    rating: str | None = None  # meets / partly / not
    text: str = ""  # the finding
    observations: str = ""  # what the expert saw
    evidence: tuple[str, ...] = ()  # the names of the files and photos taken as evidence


@dataclass(frozen=True)
class VisitProtocol:
    """Everything the protocol prints."""

    reference: str
    institution: str
    address: str
    town: str
    expert: str
    visited_on: date | None  # None: not yet (a blank protocol: written by hand)
    planned_for: date | None
    findings: tuple[StandardFinding, ...]  # every standard of the form, in its order
    summary: str = ""
    office: OfficeDetails = DEFAULT_OFFICE
    representative: str = ""  # name, position
    # None: not yet, the protocol is printed to be read and signed on site: a box to tick,
    # and lines to write the representative and their remarks on when not typed in.
    acknowledged: bool | None = None
    remarks: str = ""


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    style = styles()
    style["section"] = ParagraphStyle("section", parent=style["heading"], keepWithNext=1)
    style["standard"] = ParagraphStyle("standard", parent=style["heading"], fontSize=10.5,
                                       leading=14, spaceBefore=8, keepWithNext=1)  # fmt: skip
    style["label"] = ParagraphStyle("label", parent=style["cell"], spaceBefore=3, spaceAfter=0,
                                    keepWithNext=1)  # fmt: skip
    # a bullet is in Helvetica unless told: never Helvetica
    style["item"] = ParagraphStyle("item", parent=style["cell"], fontSize=9.5, leading=12.5,
                                   leftIndent=14, bulletIndent=4, spaceAfter=1,
                                   bulletFontName=fonts.FAMILY, bulletFontSize=9.5)  # fmt: skip
    return style


def ruled_lines(count: int, spacing: float = LINE_SPACING) -> Any:
    """``count`` thin lines across the frame, ``spacing`` apart, to write on by hand."""
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    class RuledLines(Flowable):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.spaceAfter = 6
            self.width = 0.0

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            return available_width, count * spacing

        def draw(self) -> None:
            self.canv.setStrokeColor(colors.HexColor("#8a96a3"))
            self.canv.setLineWidth(0.5)
            for index in range(count):  # each line below its room to write
                self.canv.line(0, index * spacing, self.width, index * spacing)

    return RuledLines()


@cache
def _kept_class() -> Any:
    from reportlab.platypus import KeepTogether

    class KeptUnlessRoomy(KeepTogether):  # type: ignore[misc]
        """Kept together on the next page when it does not fit in what is left of this one,
        unless more than ``room`` is left: then broken where it falls. (reportlab's own
        ``maxHeight`` does the reverse: it moves only when more is left.)"""

        def __init__(self, flowables: list[Any], room: float) -> None:
            super().__init__(flowables)
            self.room = room

        def split(self, available_width: float, available_height: float) -> list[Any]:
            self.wrap(available_width, available_height)
            if self._H > available_height > self.room:
                return list(self._content)
            return list(super().split(available_width, available_height))

    return KeptUnlessRoomy


def kept(flowables: list[Any], room: float | None = None) -> Any:
    """``flowables`` kept together on one page (moved to the next one whole when they do not
    fit here), unless more than ``room`` points are left here; taller than a page, they break."""
    if room is None:
        from reportlab.platypus import KeepTogether

        return KeepTogether(flowables)
    return _kept_class()(flowables, room)


def _box(label: str) -> str:
    """A box to tick before ``label`` (markup), never parted from it at a line's end."""
    return f'<font size="13">{BOX}</font>{NBSP}{markup(label).replace(" ", NBSP)}'


def _written(label: str, text: str, style: dict[str, Any]) -> Any:
    from calcert_desktop.documents.even import EvenParagraph as Paragraph

    return Paragraph(f"<b>{markup(label)}:</b> {markup(text)}", style["body"])


def _to_write(label: str, lines: int, style: dict[str, Any]) -> list[Any]:
    from calcert_desktop.documents.even import EvenParagraph as Paragraph

    return [Paragraph(f"<b>{markup(label)}:</b>", style["label"]), ruled_lines(lines)]


def _standard(finding: StandardFinding, style: dict[str, Any], blank: bool) -> list[Any]:
    """One standard: its heading, the rating and the texts (or room to write them)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak

    from calcert_desktop.documents.even import EvenParagraph as Paragraph

    # The heading and the rating stay with what follows: a standard never starts at a
    # page's foot with its finding on the next page.
    head = Paragraph(f"{markup(finding.code)}. {markup(finding.title)}", style["standard"])
    head.keepWithNext = True
    # A long finding cannot be kept whole with its heading; a new page when less than
    # this is left keeps at least its first lines with the heading and the rating.
    start = CondPageBreak(STANDARD_START_MM * mm)
    if blank:
        boxes = (NBSP * 4).join(_box(label) for label in RATINGS.values())
        rating_boxes = Paragraph(f"Ocena eksperta:{NBSP * 3}{boxes}", style["body"])
        rating_boxes.keepWithNext = True
        return [
            start,
            head,
            rating_boxes,
            *_to_write("Ustalenie", LINES["finding"], style),
            *_to_write("Obserwacje", LINES["observations"], style),
            *_to_write("Dowody (pliki, zdjęcia, dokumenty)", LINES["evidence"], style),
        ]
    rating = RATINGS.get(finding.rating or "", finding.rating or "")
    verdict = f"<b>{markup(rating)}</b>" if rating else f"<i>{markup(NOT_RATED)}</i>"
    text = markup(finding.text) if normalized(finding.text) else f"<i>{markup(NO_FINDING)}</i>"
    rated = Paragraph(f"Ocena eksperta: {verdict}", style["body"])
    rated.keepWithNext = True
    flow = [start, head, rated, Paragraph(text, style["body"])]
    if normalized(finding.observations):
        flow.append(_written("Obserwacje", finding.observations, style))
    names = [name for name in map(normalized, finding.evidence) if name]
    if names:
        flow.append(Paragraph("<b>Dowody:</b>", style["label"]))
        flow += [Paragraph(markup(name), style["item"], bulletText="•") for name in names]
    return flow


def _representative(protocol: VisitProtocol, style: dict[str, Any], blank: bool) -> list[Any]:
    """Who represented the institution, whether they acknowledged the protocol, their
    remarks; on paper to be signed (or blank), room to write what was not typed in."""
    from calcert_desktop.documents.even import EvenParagraph as Paragraph

    by_hand = blank or protocol.acknowledged is None
    name = "" if blank else normalized(protocol.representative)
    remarks = "" if blank else normalized(protocol.remarks)
    flow: list[Any] = [Paragraph(markup(REPRESENTATIVE), style["section"])]
    if name:
        flow.append(Paragraph(markup(name), style["body"]))
    elif by_hand:
        flow += _to_write("Imię, nazwisko, stanowisko", LINES["representative"], style)
    else:
        flow.append(Paragraph(f"<i>{markup(NO_REPRESENTATIVE)}</i>", style["body"]))
    if by_hand:
        flow.append(Paragraph(_box(ACKNOWLEDGED), style["body"]))
    else:
        flow.append(Paragraph(markup(ACKNOWLEDGED if protocol.acknowledged else NOT_ACKNOWLEDGED),
                              style["body"]))  # fmt: skip
    flow.append(Paragraph(markup(REMARKS), style["standard"]))
    if remarks:
        flow.append(Paragraph(markup(remarks), style["body"]))
    elif by_hand:
        flow.append(ruled_lines(LINES["remarks"]))
    else:
        flow.append(Paragraph(markup(NO_REMARKS), style["body"]))
    return flow


def visit_protocol_pdf(protocol: VisitProtocol, *, blank: bool = False) -> bytes:
    """The protocol as a PDF (A4 portrait): as written, or ``blank`` to fill in by hand on
    site (the case's facts and the standards' titles only; the rest boxes and lines)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from calcert_desktop.documents.even import EvenParagraph as Paragraph

    style = _styles()
    width = A4[0] - 40 * mm
    visited_on = None if blank else protocol.visited_on
    when = long_date(visited_on) if visited_on else TO_WRITE
    place = f"{protocol.town}, " if protocol.town else ""
    facts = [
        ("Numer sprawy", protocol.reference),
        ("Instytucja", protocol.institution),
        ("Adres", protocol.address),
        ("Ekspert CAL", protocol.expert),
        ("Data wizytacji", when),
    ]
    if protocol.planned_for and protocol.planned_for != visited_on:
        facts.append(("Planowana data", long_date(protocol.planned_for)))
    flow: list[Any] = [
        issuer_line(protocol.office),
        Paragraph(markup(place + when), style["right"]),
        Paragraph(markup(TITLE), style["title"]),
        facts_table(facts, width),
        Paragraph("Ustalenia dotyczące standardów", style["section"]),
    ]
    # A blank standard is short and its lines cannot break: always on one page.
    keep = None if blank else (A4[1] - 40 * mm) * KEEP_SHARE
    for finding in protocol.findings:
        flow.append(kept(_standard(finding, style, blank), keep))
    flow.append(Paragraph("Podsumowanie", style["section"]))
    if blank:
        flow.append(ruled_lines(LINES["summary"]))
    else:
        flow.append(Paragraph(markup(protocol.summary) or "—", style["body"]))
    name = "" if blank else normalized(protocol.representative)
    people = [
        Signature(protocol.expert, "Ekspert CAL"),
        Signature(name or NAME_HINT, "W imieniu instytucji"),
    ]
    # The signatures never stand alone on a page: they take the representative's part along.
    flow.append(signatures(people, width, before=_representative(protocol, style, blank)))
    info = DocumentInfo(f"{TITLE} — {protocol.reference}", protocol.institution)
    footer = page_counting_canvas(f"{protocol.office.name} · {protocol.reference}")
    return build_pdf(flow, info, canvasmaker=footer)
