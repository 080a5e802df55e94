"""The expert's site-visit protocol ("Protokół wizytacji"): who visited which institution
when, the findings for each of the nine standards, the summary, two signatures: the expert
who made the visit (a person of the case, not a signer of the settings) and whoever
represents the institution."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from calcert_desktop.documents.base import DocumentInfo, build_pdf, styles
from calcert_desktop.documents.polish_dates import long_date
from calcert_desktop.documents.record_parts import (
    facts_table,
    issuer_line,
    page_footer,
    signatures,
)
from calcert_desktop.documents.text import markup
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.signature_slots import Signature

TITLE = "Protokół wizytacji"
RATINGS: dict[str, str] = {"meets": "spełnia", "partly": "spełnia częściowo", "not": "nie spełnia"}
NO_FINDING = "Ekspert nie zapisał ustaleń dotyczących tego standardu."


@dataclass(frozen=True)
class StandardFinding:
    """What the expert found about one standard (no rating: nothing was recorded)."""

    code: str  # S1 ... S9
    title: str
    rating: str | None = None  # meets / partly / not
    text: str = ""


@dataclass(frozen=True)
class VisitProtocol:
    """Everything the protocol prints."""

    reference: str
    institution: str
    address: str
    town: str
    expert: str
    visited_on: date
    planned_for: date | None
    findings: tuple[StandardFinding, ...]  # every standard of the form, in its order
    summary: str
    office: OfficeDetails = DEFAULT_OFFICE


def _finding(finding: StandardFinding, style: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph

    rating = RATINGS.get(finding.rating or "", finding.rating or "")
    head = f"{markup(finding.code)}. {markup(finding.title)}"
    verdict = f"Ocena eksperta: <b>{markup(rating)}</b>" if rating else "Ocena eksperta: —"
    text = markup(finding.text) if finding.text.strip() else f"<i>{markup(NO_FINDING)}</i>"
    return [
        Paragraph(head, style["standard"]),
        Paragraph(verdict, style["body"]),
        Paragraph(text, style["body"]),
    ]


def visit_protocol_pdf(protocol: VisitProtocol) -> bytes:
    """The protocol as a PDF (A4 portrait)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph

    style = styles()
    style["standard"] = ParagraphStyle("standard", parent=style["heading"], fontSize=10.5,
                                       leading=14, spaceBefore=8, keepWithNext=1)  # fmt: skip
    width = A4[0] - 40 * mm
    place = f"{protocol.town}, " if protocol.town else ""
    facts = [
        ("Numer sprawy", protocol.reference),
        ("Instytucja", protocol.institution),
        ("Adres", protocol.address),
        ("Ekspert CAL", protocol.expert),
        ("Data wizytacji", long_date(protocol.visited_on)),
    ]
    if protocol.planned_for and protocol.planned_for != protocol.visited_on:
        facts.append(("Planowana data", long_date(protocol.planned_for)))
    flow: list[Any] = [
        issuer_line(protocol.office),
        Paragraph(markup(place + long_date(protocol.visited_on)), style["right"]),
        Paragraph(markup(TITLE), style["title"]),
        facts_table(facts, width),
        Paragraph("Ustalenia dotyczące standardów", style["heading"]),
    ]
    for finding in protocol.findings:
        flow += _finding(finding, style)
    people = [
        Signature(protocol.expert, "Ekspert CAL"),
        Signature("(imię, nazwisko, stanowisko)", "W imieniu instytucji"),
    ]
    summary = Paragraph(markup(protocol.summary) or "—", style["body"])
    # The signatures never stand alone on a page: they take the summary's end with them.
    flow += [
        Paragraph("Podsumowanie", style["heading"]),
        signatures(people, width, before=[summary]),
    ]
    info = DocumentInfo(f"{TITLE} — {protocol.reference}", protocol.institution)
    return build_pdf(flow, info, on_page=page_footer(protocol.office, protocol.reference))

