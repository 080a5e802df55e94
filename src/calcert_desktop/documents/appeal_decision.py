"""The Board's decision on an appeal against a refusal or a revocation: upheld or
overturned, what follows from it, and the Board's reasons. It is final."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calcert_desktop.documents import letter
from calcert_desktop.documents.letter import Addressee, Letter, Section, fill, polish_date

KIND = "appeal-decision"

TEMPLATES: dict[str, str] = {
    "title": "Rozstrzygnięcie odwołania przez Zarząd",
    "decision_heading": "Rozstrzygnięcie",
    "upheld": (
        "Zarząd Centrum Aktywności Lokalnej, po rozpatrzeniu w dniu {decided_on} odwołania "
        "instytucji: {institution}, wniesionego {appeal_received_on} od decyzji Komisji "
        "Certyfikacyjnej z dnia {against_on} {against_what}, utrzymuje tę decyzję w mocy."
    ),
    "overturned": (
        "Zarząd Centrum Aktywności Lokalnej, po rozpatrzeniu w dniu {decided_on} odwołania "
        "instytucji: {institution}, wniesionego {appeal_received_on} od decyzji Komisji "
        "Certyfikacyjnej z dnia {against_on} {against_what}, uchyla tę decyzję."
    ),
    "against_refuse": "o odmowie przyznania Certyfikatu Jakości Centrum Aktywności Lokalnej",
    "against_revoke": "o odebraniu Certyfikatu Jakości Centrum Aktywności Lokalnej",
    "upheld_refuse": "Odmowa przyznania certyfikatu jest ostateczna.",
    "upheld_revoke": "Odebranie certyfikatu nr {certificate} jest ostateczne.",
    "overturned_refuse": "Certyfikat zostanie wydany instytucji przez Zarząd.",
    "overturned_revoke": "Certyfikat nr {certificate} pozostaje ważny.",
    "reasons_heading": "Uzasadnienie",
    "final_heading": "Pouczenie",
    "final": "Rozstrzygnięcie Zarządu jest ostateczne i nie przysługuje od niego odwołanie.",
    "signed_for": "W imieniu Zarządu",
}

OUTCOMES = ("upheld", "overturned")
AGAINST = ("refuse", "revoke")


@dataclass(frozen=True)
class AppealDecisionData:
    """What the Board's decision on the appeal says, as plain data."""

    reference: str
    institution: str
    address_lines: tuple[str, ...]
    outcome: str  # upheld / overturned
    against: str  # refuse / revoke: the Commission's decision appealed against
    against_on: date
    appeal_received_on: date
    decided_on: date
    reasons: str
    certificate: str = ""
    signer: str = ""


def values(data: AppealDecisionData) -> dict[str, str]:
    """The templates' placeholders, as text."""
    return {
        "institution": data.institution,
        "reference": data.reference,
        "certificate": data.certificate,
        "decided_on": polish_date(data.decided_on),
        "against_on": polish_date(data.against_on),
        "appeal_received_on": polish_date(data.appeal_received_on),
        "against_what": TEMPLATES[f"against_{data.against}"],
    }


def compose(data: AppealDecisionData) -> Letter:
    """The letter's parts in the shared layout."""
    if data.outcome not in OUTCOMES or data.against not in AGAINST:
        raise ValueError(f"appeal decision {data.outcome!r} against {data.against!r}")
    filled = values(data)
    decision = fill(TEMPLATES[data.outcome], filled)
    consequence = fill(TEMPLATES[f"{data.outcome}_{data.against}"], filled)
    return Letter(
        sender=letter.BOARD,
        dated=data.decided_on,
        addressee=Addressee(data.institution, data.address_lines),
        reference=data.reference,
        title=TEMPLATES["title"],
        sections=[
            Section(TEMPLATES["decision_heading"], f"{decision}\n\n{consequence}"),
            Section(TEMPLATES["reasons_heading"], data.reasons),
            Section(TEMPLATES["final_heading"], fill(TEMPLATES["final"], filled)),
        ],
        signed_for=TEMPLATES["signed_for"],
        signer=data.signer,
        subject=f"{TEMPLATES['title']}: {data.institution}",
    )


def render(data: AppealDecisionData) -> bytes:
    """The Board's decision on the appeal as PDF bytes."""
    return letter.render(compose(data))
