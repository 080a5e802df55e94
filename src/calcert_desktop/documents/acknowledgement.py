"""The office's acknowledgement of receipt (potwierdzenie przyjęcia zgłoszenia): the day the
written request came in, the case number it was given, what happens next, and whom to
contact."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calcert_desktop.documents import letter, office
from calcert_desktop.documents.letter import Letter, fill, polish_date
from calcert_desktop.documents.text import normalized
from calcert_desktop.documents.wording import LONG_LIMIT, Part
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.signature_slots import Signature

KIND = "acknowledgement"

TEMPLATES: dict[str, str] = {
    "title": "Potwierdzenie przyjęcia zgłoszenia",
    "receipt_heading": "Zgłoszenie i numer sprawy",
    "receipt": (
        "Potwierdzamy, że w dniu {received_on} wpłynęło zgłoszenie do Certyfikatu Jakości CAL "
        "złożone przez instytucję {institution}. Zgłoszenie przyjęto i nadano mu numer "
        "sprawy {reference}. Prosimy podawać ten numer we wszystkich pismach w sprawie."
    ),
    "next_heading": "Dalszy tok sprawy",
    "next": (
        "Biuro Certyfikatu Jakości CAL sprawdzi zgłoszenie pod względem formalnym. Jeżeli "
        "będzie ono wymagało uzupełnienia, instytucja otrzyma pisemne wezwanie ze wskazaniem, "
        "co i w jakim terminie należy uzupełnić.\n\n"
        "Kompletne zgłoszenie oceni Komisja Certyfikacyjna, która może sprawdzić zawarte "
        "w nim informacje podczas wizytacji eksperta CAL w instytucji. O decyzji Komisji "
        "instytucja zostanie zawiadomiona na piśmie; certyfikat wydaje Zarząd."
    ),
    "contact_heading": "Kontakt",
    "contact": (
        "W sprawach dotyczących zgłoszenia prosimy kontaktować się z Biurem Certyfikatu "
        "Jakości CAL, podając numer sprawy {reference}."
    ),
    "contact_clause": "Osoba do kontaktu: {contact_person}.",
    "signed_for": office.SIGNED_FOR,
}

# The placeholders ``values`` fills; the receipt, what follows and the contact may use them.
VALUES = ("institution", "reference", "received_on",
          *letter.OFFICE_VALUES)  # fmt: skip

WORDING = letter.wording(KIND, "Potwierdzenie przyjęcia zgłoszenia", {
    "title": Part("Tytuł pisma"),
    "receipt_heading": Part("Przyjęcie zgłoszenia – nagłówek"),
    "receipt": Part("Przyjęcie zgłoszenia – treść", VALUES, LONG_LIMIT),
    "next_heading": Part("Dalszy tok sprawy – nagłówek"),
    "next": Part("Dalszy tok sprawy – treść", VALUES, LONG_LIMIT),
    "contact_heading": Part("Kontakt – nagłówek"),
    "contact": Part("Kontakt – treść", VALUES, LONG_LIMIT),
    "contact_clause": Part("Kontakt – osoba do kontaktu", ("contact_person",)),
    "signed_for": Part("Formuła podpisu"),
}, TEMPLATES)  # fmt: skip


@dataclass(frozen=True)
class AcknowledgementData:
    """What the acknowledgement says, as plain data."""

    reference: str
    institution: str
    address_lines: tuple[str, ...]
    received_on: date
    dated: date  # the day the acknowledgement is written
    contact_person: str = ""  # whom the institution may ask; '' leaves the sentence out
    office: OfficeDetails = DEFAULT_OFFICE
    signatures: tuple[Signature, ...] = ()


def values(data: AcknowledgementData) -> dict[str, str]:
    """The templates' placeholders, as text."""
    return {
        **letter.office_values(data.office),
        "institution": data.institution,
        "reference": data.reference,
        "received_on": polish_date(data.received_on),
    }


def compose(data: AcknowledgementData, templates: Mapping[str, str] = TEMPLATES) -> Letter:
    """The letter's parts in the shared layout, in the wording ``templates`` (checked
    beforehand: see ``documents/wording.py``; the built-in wording by default)."""
    filled = values(data)
    contact = fill(templates["contact"], filled)
    if normalized(data.contact_person):
        person = fill(templates["contact_clause"], {"contact_person": data.contact_person})
        # A paragraph of its own: the last one goes with the signature onto a next page
        # if need be, and the contact's heading stays with the sentence before it.
        contact = f"{contact}\n\n{person}"
    return letter.templated_letter(templates, data, sender=office.OFFICE, dated=data.dated,
                                   sections=[
        ("receipt_heading", fill(templates["receipt"], filled)),
        ("next_heading", fill(templates["next"], filled)),
        ("contact_heading", contact),
    ])  # fmt: skip


def render(data: AcknowledgementData, templates: Mapping[str, str] = TEMPLATES) -> bytes:
    """The acknowledgement of receipt as PDF bytes."""
    return letter.render(compose(data, templates))


def sample() -> AcknowledgementData:
    """Realistic data for a sample letter (the wording editor's preview and trial render)."""
    return AcknowledgementData(
        reference="CAL/2025/0042", institution="Stowarzyszenie „Razem dla Łącka”",
        address_lines=("ul. Źródlana 7", "33-390 Łącko"), received_on=date(2025, 3, 3),
        dated=date(2025, 3, 4), contact_person="Ewa Zalewska",
        signatures=(Signature("Ewa Zalewska", "Kierowniczka biura"),),
    )  # fmt: skip
