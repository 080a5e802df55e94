"""The Commission's notice that it discontinued the proceedings to revoke a certificate
(zawiadomienie o umorzeniu postępowania w sprawie odebrania certyfikatu): the decision, that
the certificate stays valid, and the Commission's reasons."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calcert_desktop.documents import letter
from calcert_desktop.documents.letter import Letter, fill, polish_date
from calcert_desktop.documents.wording import LONG_LIMIT, Part
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.signature_slots import Signature

KIND = "discontinuation"

TEMPLATES: dict[str, str] = {
    "title": "Zawiadomienie o umorzeniu postępowania w sprawie odebrania certyfikatu",
    "decision_heading": "Rozstrzygnięcie",
    "decision": (
        "Komisja Certyfikacyjna zawiadamia, że w dniu {decided_on} postanowiła umorzyć "
        "postępowanie w sprawie odebrania instytucji {institution} Certyfikatu Jakości CAL "
        "nr {certificate}, wszczęte w dniu {opened_on}{charged_clause}."
    ),
    "charged_clause": ", w którym w dniu {charged_on} sformułowano zarzuty na piśmie",
    "consequence": (
        "Certyfikat nr {certificate} pozostaje ważny do dnia {valid_until}, a instytucja "
        "zachowuje prawo do posługiwania się nazwą i znakiem Certyfikatu Jakości CAL."
    ),
    "reasons_heading": "Uzasadnienie",
    "signed_for": "W imieniu Komisji Certyfikacyjnej",
}

# The placeholders ``values`` fills; the decision and its consequence may use them all.
VALUES = ("institution", "reference", "certificate", "opened_on", "decided_on",
          "charged_clause", "valid_until", *letter.OFFICE_VALUES)  # fmt: skip

WORDING = letter.wording(KIND, "Umorzenie postępowania w sprawie odebrania certyfikatu", {
    "title": Part("Tytuł pisma"),
    "decision_heading": Part("Rozstrzygnięcie – nagłówek"),
    "decision": Part("Rozstrzygnięcie – treść", VALUES, LONG_LIMIT),
    "charged_clause": Part("Rozstrzygnięcie – wzmianka o dacie zarzutów", ("charged_on",)),
    "consequence": Part("Skutek – certyfikat pozostaje ważny", VALUES, LONG_LIMIT),
    "reasons_heading": Part("Uzasadnienie – nagłówek"),
    "signed_for": Part("Formuła podpisu"),
}, TEMPLATES)  # fmt: skip


@dataclass(frozen=True)
class DiscontinuationData:
    """What the notice of discontinuance says, as plain data."""

    reference: str
    institution: str
    address_lines: tuple[str, ...]
    certificate: str
    valid_until: date
    opened_on: date
    decided_on: date
    reasons: str
    charged_on: date | None = None  # None: the proceedings ended before any charges
    office: OfficeDetails = DEFAULT_OFFICE
    signatures: tuple[Signature, ...] = ()


def values(data: DiscontinuationData, templates: Mapping[str, str] = TEMPLATES) -> dict[str, str]:
    """The templates' placeholders, as text."""
    charged = (
        fill(templates["charged_clause"], {"charged_on": polish_date(data.charged_on)})
        if data.charged_on
        else ""
    )
    return {
        **letter.office_values(data.office),
        "institution": data.institution,
        "reference": data.reference,
        "certificate": data.certificate,
        "opened_on": polish_date(data.opened_on),
        "decided_on": polish_date(data.decided_on),
        "charged_clause": charged,
        "valid_until": polish_date(data.valid_until),
    }


def compose(data: DiscontinuationData, templates: Mapping[str, str] = TEMPLATES) -> Letter:
    """The letter's parts in the shared layout, in the wording ``templates`` (checked
    beforehand: see ``documents/wording.py``; the built-in wording by default)."""
    filled = values(data, templates)
    decision = fill(templates["decision"], filled)
    consequence = fill(templates["consequence"], filled)
    return letter.templated_letter(templates, data, sender=letter.COMMISSION,
                                   dated=data.decided_on, sections=[
        ("decision_heading", f"{decision}\n\n{consequence}"),
        ("reasons_heading", data.reasons),
    ])  # fmt: skip


def render(data: DiscontinuationData, templates: Mapping[str, str] = TEMPLATES) -> bytes:
    """The notice of discontinuance as PDF bytes."""
    return letter.render(compose(data, templates))


def sample() -> DiscontinuationData:
    """Realistic data for a sample letter (the wording editor's preview and trial render)."""
    return DiscontinuationData(
        reference="CAL/2023/0017", institution="Centrum Kultury i Aktywności w Żółkiewce",
        address_lines=("ul. Szkolna 3", "22-335 Żółkiewka"), certificate="CJ-012/2023",
        valid_until=date(2028, 4, 14), opened_on=date(2025, 1, 10),
        decided_on=date(2025, 2, 15),
        reasons="Odpowiedź instytucji na zarzuty wraz z dokumentacją grup samopomocowych "
        "i sprawozdaniem za 2024 r. wykazała, że praca środowiskowa trwa (standard S5).",
        charged_on=date(2025, 1, 15),
        signatures=(Signature("Barbara Łukaszewicz", "Przewodnicząca Komisji Certyfikacyjnej"),),
    )  # fmt: skip
