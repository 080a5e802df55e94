"""The office's request to complete an application (wezwanie do uzupełnienia zgłoszenia):
what the formal check found missing, the last day to complete it, and what happens if the
institution does not."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calcert_desktop.documents import letter, office
from calcert_desktop.documents.letter import Letter, fill, polish_date
from calcert_desktop.documents.wording import LONG_LIMIT, Part
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.signature_slots import Signature

KIND = "completion-request"

TEMPLATES: dict[str, str] = {
    "title": "Wezwanie do uzupełnienia zgłoszenia",
    "request_heading": "Wynik kontroli formalnej",
    "request": (
        "Po sprawdzeniu pod względem formalnym zgłoszenia do Certyfikatu Jakości CAL, które "
        "wpłynęło w dniu {received_on} od instytucji {institution}, wzywamy do jego "
        "uzupełnienia w zakresie opisanym poniżej."
    ),
    "missing_heading": "Co należy uzupełnić",
    "deadline_heading": "Termin i sposób uzupełnienia",
    "deadline": (
        "Uzupełnienie prosimy złożyć na piśmie w terminie do dnia {due_on}, podając numer "
        "sprawy {reference}. O zachowaniu terminu decyduje dzień wpływu uzupełnienia do "
        "Biura Certyfikatu Jakości CAL.\n\n"
        "Zgłoszenie, które nie zostanie uzupełnione w tym terminie, pozostanie bez "
        "rozpatrzenia: nie zostanie przekazane do oceny Komisji Certyfikacyjnej. Nie stoi to "
        "na przeszkodzie złożeniu w przyszłości nowego zgłoszenia."
    ),
    "signed_for": office.SIGNED_FOR,
}

# The placeholders ``values`` fills; the request and the deadline may use them all.
VALUES = ("institution", "reference", "received_on", "requested_on", "due_on",
          *letter.OFFICE_VALUES)  # fmt: skip

WORDING = letter.wording(KIND, "Wezwanie do uzupełnienia zgłoszenia", {
    "title": Part("Tytuł pisma"),
    "request_heading": Part("Wezwanie – nagłówek"),
    "request": Part("Wezwanie – treść", VALUES, LONG_LIMIT),
    "missing_heading": Part("Braki – nagłówek"),
    "deadline_heading": Part("Termin uzupełnienia – nagłówek"),
    "deadline": Part("Termin uzupełnienia – treść i skutki jego niedotrzymania", VALUES,
                     LONG_LIMIT),
    "signed_for": Part("Formuła podpisu"),
}, TEMPLATES)  # fmt: skip


@dataclass(frozen=True)
class CompletionRequestData:
    """What the request to complete says, as plain data."""

    reference: str
    institution: str
    address_lines: tuple[str, ...]
    received_on: date
    requested_on: date
    missing: str  # what to complete, as the office wrote it
    due_on: date
    office: OfficeDetails = DEFAULT_OFFICE
    signatures: tuple[Signature, ...] = ()


def values(data: CompletionRequestData) -> dict[str, str]:
    """The templates' placeholders, as text."""
    return {
        **letter.office_values(data.office),
        "institution": data.institution,
        "reference": data.reference,
        "received_on": polish_date(data.received_on),
        "requested_on": polish_date(data.requested_on),
        "due_on": polish_date(data.due_on),
    }


def compose(data: CompletionRequestData, templates: Mapping[str, str] = TEMPLATES) -> Letter:
    """The letter's parts in the shared layout, in the wording ``templates`` (checked
    beforehand: see ``documents/wording.py``; the built-in wording by default)."""
    filled = values(data)
    return letter.templated_letter(templates, data, sender=office.OFFICE,
                                   dated=data.requested_on, sections=[
        ("request_heading", fill(templates["request"], filled)),
        ("missing_heading", data.missing),
        ("deadline_heading", fill(templates["deadline"], filled)),
    ])  # fmt: skip


def render(data: CompletionRequestData, templates: Mapping[str, str] = TEMPLATES) -> bytes:
    """The request to complete as PDF bytes."""
    return letter.render(compose(data, templates))


def sample() -> CompletionRequestData:
    """Realistic data for a sample letter (the wording editor's preview and trial render)."""
    return CompletionRequestData(
        reference="CAL/2025/0042", institution="Stowarzyszenie „Razem dla Łącka”",
        address_lines=("ul. Źródlana 7", "33-390 Łącko"), received_on=date(2025, 3, 3),
        requested_on=date(2025, 3, 10),
        missing="– raport ilustrujący realizację standardów (nie dołączono go do zgłoszenia);\n"
        "– podpis kierownika instytucji na zgłoszeniu.",
        due_on=date(2025, 3, 31),
        signatures=(Signature("Ewa Zalewska", "Kierowniczka biura"),),
    )  # fmt: skip
