"""The Commission's decision to revoke a certificate: the decision, its reasons, and the
instruction on the appeal to the Board."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calcert_desktop.documents import letter
from calcert_desktop.documents.letter import Letter, fill, polish_date

KIND = "revocation"

TEMPLATES: dict[str, str] = {
    "title": "Decyzja o odebraniu certyfikatu",
    "decision_heading": "Rozstrzygnięcie",
    "decision": (
        "Komisja Certyfikacyjna Centrum Aktywności Lokalnej, po rozpatrzeniu sprawy i zarzutów "
        "sformułowanych na piśmie{charged_clause}, postanowiła w dniu {decided_on} odebrać "
        "instytucji: {institution} Certyfikat Jakości Centrum Aktywności Lokalnej "
        "nr {certificate}. Z tym dniem instytucja traci prawo do posługiwania się nazwą "
        "i znakiem Certyfikatu Jakości CAL."
    ),
    "charged_clause": " w dniu {charged_on}",
    **letter.DECISION_TEMPLATES,  # reasons and the appeal instructions, as in every decision
}


@dataclass(frozen=True)
class RevocationData:
    """What the revocation decision says, as plain data."""

    reference: str
    institution: str
    address_lines: tuple[str, ...]
    certificate: str
    decided_on: date
    reasons: str
    appeal_days: int
    charged_on: date | None = None
    delivered_on: date | None = None
    signer: str = ""


def values(data: RevocationData) -> dict[str, str]:
    """The templates' placeholders, as text."""
    charged = (
        fill(TEMPLATES["charged_clause"], {"charged_on": polish_date(data.charged_on)})
        if data.charged_on
        else ""
    )
    return {
        "institution": data.institution,
        "reference": data.reference,
        "certificate": data.certificate,
        "decided_on": polish_date(data.decided_on),
        "charged_clause": charged,
        **letter.appeal_values(
            data.appeal_days, data.decided_on, data.delivered_on, TEMPLATES["deadline"] + "."
        ),
    }


def compose(data: RevocationData) -> Letter:
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


def render(data: RevocationData) -> bytes:
    """The revocation decision as PDF bytes."""
    return letter.render(compose(data))
