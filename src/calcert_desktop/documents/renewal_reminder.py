"""The office's reminder that a certificate's validity is running out, and how to renew it
(przypomnienie o upływie ważności certyfikatu i możliwości odnowienia)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calcert_desktop.documents import letter, office
from calcert_desktop.documents.letter import Letter, fill, polish_date
from calcert_desktop.documents.wording import LONG_LIMIT, Part
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.signature_slots import Signature

KIND = "renewal-reminder"

TEMPLATES: dict[str, str] = {
    "title": "Przypomnienie o upływie ważności certyfikatu",
    "reminder_heading": "Przypomnienie",
    "reminder": (
        "Przypominamy, że Certyfikat Jakości CAL nr {certificate}, wydany instytucji "
        "{institution} w dniu {issued_on}, jest ważny do dnia {valid_until}. Po tym dniu "
        "certyfikat wygasa, a instytucja traci prawo do posługiwania się nazwą i znakiem "
        "Certyfikatu Jakości CAL."
    ),
    "renewal_heading": "Możliwość odnowienia certyfikatu",
    "renewal": (
        "Certyfikat przyznawany jest na okres pięciu lat; po tym okresie należy ponownie "
        "zgłosić prośbę o jego nadanie. Aby instytucja mogła posługiwać się certyfikatem bez "
        "przerwy, zachęcamy do złożenia pisemnej prośby o odnowienie certyfikatu wraz z nowym "
        "zgłoszeniem i raportem ilustrującym realizację standardów odpowiednio wcześnie przed "
        "upływem jego ważności: ocena zgłoszenia przez Komisję Certyfikacyjną, a niekiedy "
        "także wizytacja eksperta CAL, wymagają czasu.\n\n"
        "W prośbie o odnowienie prosimy podać numer dotychczasowej sprawy {reference}. "
        "W razie pytań Biuro Certyfikatu Jakości CAL chętnie pomoże w przygotowaniu "
        "zgłoszenia."
    ),
    "signed_for": office.SIGNED_FOR,
}

# The placeholders ``values`` fills; the reminder and the renewal may use them all.
VALUES = ("institution", "reference", "certificate", "issued_on", "valid_until",
          *letter.OFFICE_VALUES)  # fmt: skip

WORDING = letter.wording(KIND, "Przypomnienie o upływie ważności certyfikatu", {
    "title": Part("Tytuł pisma"),
    "reminder_heading": Part("Przypomnienie – nagłówek"),
    "reminder": Part("Przypomnienie – treść", VALUES, LONG_LIMIT),
    "renewal_heading": Part("Odnowienie – nagłówek"),
    "renewal": Part("Odnowienie – treść", VALUES, LONG_LIMIT),
    "signed_for": Part("Formuła podpisu"),
}, TEMPLATES)  # fmt: skip


@dataclass(frozen=True)
class RenewalReminderData:
    """What the renewal reminder says, as plain data."""

    reference: str
    institution: str
    address_lines: tuple[str, ...]
    certificate: str
    issued_on: date
    valid_until: date
    dated: date  # the day the reminder is written
    office: OfficeDetails = DEFAULT_OFFICE
    signatures: tuple[Signature, ...] = ()


def values(data: RenewalReminderData) -> dict[str, str]:
    """The templates' placeholders, as text."""
    return {
        **letter.office_values(data.office),
        "institution": data.institution,
        "reference": data.reference,
        "certificate": data.certificate,
        "issued_on": polish_date(data.issued_on),
        "valid_until": polish_date(data.valid_until),
    }


def compose(data: RenewalReminderData, templates: Mapping[str, str] = TEMPLATES) -> Letter:
    """The letter's parts in the shared layout, in the wording ``templates`` (checked
    beforehand: see ``documents/wording.py``; the built-in wording by default)."""
    filled = values(data)
    return letter.templated_letter(templates, data, sender=office.OFFICE, dated=data.dated,
                                   sections=[
        ("reminder_heading", fill(templates["reminder"], filled)),
        ("renewal_heading", fill(templates["renewal"], filled)),
    ])  # fmt: skip


def render(data: RenewalReminderData, templates: Mapping[str, str] = TEMPLATES) -> bytes:
    """The renewal reminder as PDF bytes."""
    return letter.render(compose(data, templates))


def sample() -> RenewalReminderData:
    """Realistic data for a sample letter (the wording editor's preview and trial render)."""
    return RenewalReminderData(
        reference="CAL/2021/0008", institution="Miejski Ośrodek Pomocy Społecznej w Żaganiu",
        address_lines=("ul. Jana Pawła II 5", "68-100 Żagań"), certificate="CJ-004/2021",
        issued_on=date(2021, 6, 14), valid_until=date(2026, 6, 13), dated=date(2025, 12, 15),
        signatures=(Signature("Ewa Zalewska", "Kierowniczka biura"),),
    )  # fmt: skip
