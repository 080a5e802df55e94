"""The Commission's decision to revoke a certificate: the decision, its reasons, and the
instruction on the appeal to the Board."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calcert_desktop.documents import letter
from calcert_desktop.documents.letter import Letter, fill, polish_date
from calcert_desktop.documents.wording import Part
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.signature_slots import Signature

KIND = "revocation"

TEMPLATES: dict[str, str] = {
    "title": "Decyzja o odebraniu certyfikatu",
    "decision_heading": "Rozstrzygnięcie",
    "decision": (
        "Komisja Certyfikacyjna {body_of}, po rozpatrzeniu sprawy i zarzutów "
        "sformułowanych na piśmie{charged_clause}, postanowiła w dniu {decided_on} odebrać "
        "instytucji {institution} Certyfikat Jakości Centrum Aktywności Lokalnej "
        "nr {certificate}. Z dniem, w którym decyzja stanie się ostateczna, instytucja traci "
        "prawo do posługiwania się nazwą i znakiem Certyfikatu Jakości CAL."
    ),
    "charged_clause": " w dniu {charged_on}",
    **letter.DECISION_TEMPLATES,  # reasons and the appeal instructions, as in every decision
}

# The placeholders ``values`` fills; the decision and the instructions may use them all.
VALUES = ("institution", "reference", "certificate", "decided_on", "charged_clause",
          "appeal_days", "days_word", "deadline_sentence", *letter.OFFICE_VALUES)  # fmt: skip

_PARTS: dict[str, Part] = {}
for _key, _part in letter.decision_parts(VALUES, "Rozstrzygnięcie – treść").items():
    _PARTS[_key] = _part
    if _key == "decision":  # the clause belongs to the decision: listed right after it
        _PARTS["charged_clause"] = Part("Rozstrzygnięcie – wzmianka o dacie zarzutów",
                                        ("charged_on",))  # fmt: skip
WORDING = letter.wording(KIND, "Decyzja o odebraniu certyfikatu", _PARTS, TEMPLATES)


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
    office: OfficeDetails = DEFAULT_OFFICE
    signatures: tuple[Signature, ...] = ()


def values(
    data: RevocationData, templates: Mapping[str, str] = TEMPLATES
) -> dict[str, str]:
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
        "decided_on": polish_date(data.decided_on),
        "charged_clause": charged,
        **letter.appeal_values(
            data.appeal_days, data.decided_on, data.delivered_on, templates["deadline"] + "."
        ),
    }


def compose(data: RevocationData, templates: Mapping[str, str] = TEMPLATES) -> Letter:
    """The letter's parts in the shared layout, in the wording ``templates`` (checked
    beforehand: see ``documents/wording.py``; the built-in wording by default)."""
    return letter.decision_letter(templates, values(data, templates), data)


def render(data: RevocationData, templates: Mapping[str, str] = TEMPLATES) -> bytes:
    """The revocation decision as PDF bytes."""
    return letter.render(compose(data, templates))


def sample() -> RevocationData:
    """Realistic data for a sample letter (the wording editor's preview and trial render)."""
    return RevocationData(
        reference="CAL/2023/0017", institution="Centrum Kultury i Aktywności w Żółkiewce",
        address_lines=("ul. Szkolna 3", "22-335 Żółkiewka"), certificate="CJ-012/2023",
        decided_on=date(2025, 2, 15),
        reasons="Odpowiedź instytucji na zarzuty nie usuwa naruszenia standardu S5: od "
        "września 2024 r. instytucja nie prowadzi pracy środowiskowej.",
        appeal_days=14, charged_on=date(2025, 1, 15), delivered_on=date(2025, 2, 19),
        signatures=(Signature("Barbara Łukaszewicz", "Przewodnicząca Komisji Certyfikacyjnej"),),
    )  # fmt: skip
