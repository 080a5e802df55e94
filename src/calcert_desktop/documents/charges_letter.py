"""The written charges that open revocation proceedings: what the Commission holds against
the certified institution, and the date by which it may answer in writing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calcert_desktop.documents import letter
from calcert_desktop.documents.letter import Letter, fill, polish_date
from calcert_desktop.documents.wording import LONG_LIMIT, Part
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.signature_slots import Signature

KIND = "charges"

TEMPLATES: dict[str, str] = {
    "title": "Zarzuty na piśmie",
    "opening_heading": "Wszczęcie postępowania",
    "opening": (
        "Komisja Certyfikacyjna {body_of} zawiadamia, że w dniu {opened_on} "
        "wszczęła postępowanie w sprawie odebrania Certyfikatu Jakości Centrum Aktywności "
        "Lokalnej nr {certificate} wydanego instytucji {institution}. Zgodnie z regulaminem "
        "certyfikatu Komisja formułuje na piśmie następujące zarzuty."
    ),
    "charges_heading": "Zarzuty",
    "response_heading": "Termin i sposób odpowiedzi",
    "response": (
        "Instytucja może ustosunkować się do zarzutów na piśmie i przedstawić dowody w terminie "
        "do dnia {response_due}. Odpowiedź wnosi się za pośrednictwem biura {body_of}, "
        "podając numer sprawy {reference}.\n\n"
        "Po upływie terminu Komisja rozpatrzy sprawę na podstawie zebranych materiałów "
        "i podejmie decyzję o odebraniu certyfikatu albo o umorzeniu postępowania."
    ),
    "signed_for": "W imieniu Komisji Certyfikacyjnej",
}

# The placeholders ``values`` fills; the opening and the response may use them all.
VALUES = ("institution", "reference", "certificate", "opened_on", "charged_on",
          "response_due", *letter.OFFICE_VALUES)  # fmt: skip

WORDING = letter.wording(KIND, "Zarzuty na piśmie", {
    "title": Part("Tytuł pisma"),
    "opening_heading": Part("Wszczęcie postępowania – nagłówek"),
    "opening": Part("Wszczęcie postępowania – treść", VALUES, LONG_LIMIT),
    "charges_heading": Part("Zarzuty – nagłówek"),
    "response_heading": Part("Termin odpowiedzi – nagłówek"),
    "response": Part("Termin odpowiedzi – treść", VALUES, LONG_LIMIT),
    "signed_for": Part("Formuła podpisu", letter.OFFICE_VALUES),
}, TEMPLATES)  # fmt: skip


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
    office: OfficeDetails = DEFAULT_OFFICE
    signatures: tuple[Signature, ...] = ()


def values(data: ChargesData) -> dict[str, str]:
    """The templates' placeholders, as text."""
    return {
        **letter.office_values(data.office),
        "institution": data.institution,
        "reference": data.reference,
        "certificate": data.certificate,
        "opened_on": polish_date(data.opened_on),
        "charged_on": polish_date(data.charged_on),
        "response_due": polish_date(data.response_due),
    }


def compose(data: ChargesData, templates: Mapping[str, str] = TEMPLATES) -> Letter:
    """The letter's parts in the shared layout, in the wording ``templates`` (checked
    beforehand: see ``documents/wording.py``; the built-in wording by default)."""
    filled = values(data)
    return letter.templated_letter(templates, data, sender=letter.COMMISSION,
                                   dated=data.charged_on, sections=[
        ("opening_heading", fill(templates["opening"], filled)),
        ("charges_heading", data.charges),
        ("response_heading", fill(templates["response"], filled)),
    ])  # fmt: skip


def render(data: ChargesData, templates: Mapping[str, str] = TEMPLATES) -> bytes:
    """The written charges as PDF bytes."""
    return letter.render(compose(data, templates))


def sample() -> ChargesData:
    """Realistic data for a sample letter (the wording editor's preview and trial render)."""
    return ChargesData(
        reference="CAL/2023/0017", institution="Centrum Kultury i Aktywności w Żółkiewce",
        address_lines=("ul. Szkolna 3", "22-335 Żółkiewka"), certificate="CJ-012/2023",
        opened_on=date(2025, 1, 10), charged_on=date(2025, 1, 15),
        charges="1. Od września 2024 r. instytucja nie prowadzi pracy środowiskowej "
        "(standard S5).\n\n2. Sprawozdanie za 2024 r. nie zostało złożone.",
        response_due=date(2025, 2, 10),
        signatures=(Signature("Barbara Łukaszewicz", "Przewodnicząca Komisji Certyfikacyjnej"),),
    )  # fmt: skip
