"""The refusal letter: the Commission's decision not to grant the certificate, its written
reasons (per standard, as the Commission wrote them) and the instruction on the appeal to
the Board (the number of days from delivery and, once delivery is known, the last day)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calcert_desktop.documents import letter
from calcert_desktop.documents.letter import Letter, polish_date
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.signature_slots import Signature

KIND = "refusal"

# The fixed wording, one template per part, with named placeholders filled from ``values``.
TEMPLATES: dict[str, str] = {
    "title": "Odmowa przyznania certyfikatu",
    "decision_heading": "Rozstrzygnięcie",
    "decision": (
        "Komisja Certyfikacyjna {body_of}, po rozpatrzeniu zgłoszenia do "
        "Certyfikatu Jakości Centrum Aktywności Lokalnej złożonego przez instytucję {institution} "
        "(sprawa {reference}), postanowiła w dniu {decided_on} odmówić przyznania "
        "Certyfikatu Jakości Centrum Aktywności Lokalnej."
    ),
    **letter.DECISION_TEMPLATES,  # reasons and the appeal instructions, as in every decision
}

# The placeholders ``values`` fills; the decision and the instructions may use them all.
VALUES = ("institution", "reference", "decided_on", "appeal_days", "days_word",
          "deadline_sentence", *letter.OFFICE_VALUES)  # fmt: skip

WORDING = letter.wording(KIND, "Odmowa przyznania certyfikatu",
                         letter.decision_parts(VALUES, "Rozstrzygnięcie – treść"), TEMPLATES)


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
    office: OfficeDetails = DEFAULT_OFFICE
    signatures: tuple[Signature, ...] = ()


def values(data: RefusalData, templates: Mapping[str, str] = TEMPLATES) -> dict[str, str]:
    """The templates' placeholders, as text."""
    return {
        **letter.office_values(data.office),
        "institution": data.institution,
        "reference": data.reference,
        "decided_on": polish_date(data.decided_on),
        **letter.appeal_values(
            data.appeal_days, data.decided_on, data.delivered_on, templates["deadline"] + "."
        ),
    }


def compose(data: RefusalData, templates: Mapping[str, str] = TEMPLATES) -> Letter:
    """The letter's parts in the shared layout, in the wording ``templates`` (checked
    beforehand: see ``documents/wording.py``; the built-in wording by default)."""
    return letter.decision_letter(templates, values(data, templates), data)


def render(data: RefusalData, templates: Mapping[str, str] = TEMPLATES) -> bytes:
    """The refusal letter as PDF bytes."""
    return letter.render(compose(data, templates))


SAMPLE_REASONS = (
    "Komisja oceniła zgłoszenie na podstawie deklaracji, raportu i wizytacji.\n\n"
    "4. Diagnoza potrzeb (S4) – nie spełnia:\n"
    "– diagnoza pochodzi sprzed pięciu lat i nie objęła mieszkańców sołectw;\n"
    "– nie przedstawiono planu działań opartego na diagnozie."
)


SAMPLE_SIGNATURES = (Signature("Barbara Łukaszewicz", "Przewodnicząca Komisji Certyfikacyjnej"),)


def sample() -> RefusalData:
    """Realistic data for a sample letter (the wording editor's preview and trial render)."""
    return RefusalData(
        reference="CAL/2025/0042", institution="Stowarzyszenie „Razem dla Łącka”",
        address_lines=("ul. Źródlana 7", "33-390 Łącko"), decided_on=date(2025, 3, 14),
        reasons=SAMPLE_REASONS,
        appeal_days=14, delivered_on=date(2025, 3, 18), signatures=SAMPLE_SIGNATURES,
    )  # fmt: skip
