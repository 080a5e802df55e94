"""The refusal letter: the Commission's decision not to grant the certificate, its written
reasons (per standard, as the Commission wrote them) and the instruction on the appeal to
the Board (the number of days from delivery and, once delivery is known, the last day)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calcert_desktop.documents import letter
from calcert_desktop.documents.letter import Letter, polish_date

KIND = "refusal"

# The fixed wording, one template per part, with named placeholders filled from ``values``.
TEMPLATES: dict[str, str] = {
    "title": "Odmowa przyznania certyfikatu",
    "decision_heading": "Rozstrzygnięcie",
    "decision": (
        "Komisja Certyfikacyjna Centrum Aktywności Lokalnej, po rozpatrzeniu zgłoszenia do "
        "Certyfikatu Jakości Centrum Aktywności Lokalnej złożonego przez: {institution} "
        "(sprawa {reference}), postanowiła w dniu {decided_on} odmówić przyznania "
        "Certyfikatu Jakości Centrum Aktywności Lokalnej."
    ),
    **letter.DECISION_TEMPLATES,  # reasons and the appeal instructions, as in every decision
}


@dataclass(frozen=True)
class RefusalData:
    """What the refusal letter says, as plain data."""

    reference: str
    institution: str
    address_lines: tuple[str, ...]
    decided_on: date
    reasons: str
    appeal_days: int
    delivered_on: date | None = None
    signer: str = ""


def values(data: RefusalData) -> dict[str, str]:
    """The templates' placeholders, as text."""
    return {
        "institution": data.institution,
        "reference": data.reference,
        "decided_on": polish_date(data.decided_on),
        **letter.appeal_values(
            data.appeal_days, data.decided_on, data.delivered_on, TEMPLATES["deadline"] + "."
        ),
    }


def compose(data: RefusalData) -> Letter:
    """The letter's parts in the shared layout."""
    return letter.decision_letter(
        TEMPLATES,
        values(data),
        institution=data.institution,
        address_lines=data.address_lines,
        reference=data.reference,
        dated=data.decided_on,
        reasons=data.reasons,
        signer=data.signer,
    )


def render(data: RefusalData) -> bytes:
    """The refusal letter as PDF bytes."""
    return letter.render(compose(data))
