"""The written charges that open revocation proceedings: what the Commission holds against
the certified institution, and the date by which it may answer in writing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calcert_desktop.documents import letter
from calcert_desktop.documents.letter import Addressee, Letter, Section, fill, polish_date

KIND = "charges"

TEMPLATES: dict[str, str] = {
    "title": "Zarzuty na piśmie",
    "opening_heading": "Wszczęcie postępowania",
    "opening": (
        "Komisja Certyfikacyjna Centrum Aktywności Lokalnej zawiadamia, że w dniu {opened_on} "
        "wszczęła postępowanie w sprawie odebrania Certyfikatu Jakości Centrum Aktywności "
        "Lokalnej nr {certificate} wydanego instytucji: {institution}. Zgodnie z regulaminem "
        "certyfikatu Komisja formułuje na piśmie następujące zarzuty."
    ),
    "charges_heading": "Zarzuty",
    "response_heading": "Termin i sposób odpowiedzi",
    "response": (
        "Instytucja może ustosunkować się do zarzutów na piśmie i przedstawić dowody w terminie "
        "do dnia {response_due}. Odpowiedź wnosi się za pośrednictwem biura Centrum "
        "Aktywności Lokalnej, podając numer sprawy {reference}.\n\n"
        "Po upływie terminu Komisja rozpatrzy sprawę na podstawie zebranych materiałów "
        "i podejmie decyzję o odebraniu certyfikatu albo o umorzeniu postępowania."
    ),
    "signed_for": "W imieniu Komisji Certyfikacyjnej",
}


@dataclass(frozen=True)
class ChargesData:
    """What the written charges say, as plain data."""

    reference: str
    institution: str
    address_lines: tuple[str, ...]
    certificate: str
    opened_on: date
    charged_on: date
    charges: str
    response_due: date
    signer: str = ""


def values(data: ChargesData) -> dict[str, str]:
    """The templates' placeholders, as text."""
    return {
        "institution": data.institution,
        "reference": data.reference,
        "certificate": data.certificate,
        "opened_on": polish_date(data.opened_on),
        "charged_on": polish_date(data.charged_on),
        "response_due": polish_date(data.response_due),
    }


def compose(data: ChargesData) -> Letter:
    """The letter's parts in the shared layout."""
    filled = values(data)
    return Letter(
        sender=letter.COMMISSION,
        dated=data.charged_on,
        addressee=Addressee(data.institution, data.address_lines),
        reference=data.reference,
        title=TEMPLATES["title"],
        sections=[
            Section(TEMPLATES["opening_heading"], fill(TEMPLATES["opening"], filled)),
            Section(TEMPLATES["charges_heading"], data.charges),
            Section(TEMPLATES["response_heading"], fill(TEMPLATES["response"], filled)),
        ],
        signed_for=TEMPLATES["signed_for"],
        signer=data.signer,
        subject=f"{TEMPLATES['title']}: {data.institution}",
    )


def render(data: ChargesData) -> bytes:
    """The written charges as PDF bytes."""
    return letter.render(compose(data))
