"""The Board's decision on an appeal against a refusal or a revocation: upheld or
overturned, what follows from it, and the Board's reasons. It is final."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calcert_desktop.documents import letter
from calcert_desktop.documents.letter import Letter, fill, polish_date
from calcert_desktop.documents.wording import LONG_LIMIT, Part
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.signature_slots import Signature

KIND = "appeal-decision"

TEMPLATES: dict[str, str] = {
    "title": "Rozstrzygnięcie odwołania przez Zarząd",
    "decision_heading": "Rozstrzygnięcie",
    "upheld": (
        "{board}, po rozpatrzeniu w dniu {decided_on} odwołania "
        "instytucji {institution}, wniesionego {appeal_received_on} od decyzji Komisji "
        "Certyfikacyjnej z dnia {against_on} {against_what}, uchwałą nr {resolution} "
        "utrzymuje tę decyzję w mocy."
    ),
    "overturned": (
        "{board}, po rozpatrzeniu w dniu {decided_on} odwołania "
        "instytucji {institution}, wniesionego {appeal_received_on} od decyzji Komisji "
        "Certyfikacyjnej z dnia {against_on} {against_what}, uchwałą nr {resolution} uchyla "
        "tę decyzję."
    ),
    "against_refuse": "o odmowie przyznania Certyfikatu Jakości Centrum Aktywności Lokalnej",
    "against_revoke": "o odebraniu Certyfikatu Jakości Centrum Aktywności Lokalnej",
    "upheld_refuse": "Odmowa przyznania certyfikatu jest ostateczna.",
    "upheld_revoke": "Odebranie certyfikatu nr {certificate} jest ostateczne.",
    "overturned_refuse": "Certyfikat zostanie wydany instytucji przez Zarząd.",
    "overturned_revoke": "Certyfikat nr {certificate} pozostaje ważny.",
    "reasons_heading": "Uzasadnienie",
    "final_heading": "Pouczenie",
    "final": "Rozstrzygnięcie Zarządu jest ostateczne i nie przysługuje od niego odwołanie.",
    "signed_for": "W imieniu Zarządu",
}

OUTCOMES = ("upheld", "overturned")
AGAINST = ("refuse", "revoke")

# The placeholders ``values`` fills; the decision, its consequence and the final
# instruction may use them all.
VALUES = ("institution", "reference", "certificate", "decided_on", "against_on",
          "appeal_received_on", "against_what", "resolution", *letter.OFFICE_VALUES)  # fmt: skip

WORDING = letter.wording(KIND, "Rozstrzygnięcie odwołania przez Zarząd", {
    "title": Part("Tytuł pisma"),
    "decision_heading": Part("Rozstrzygnięcie – nagłówek"),
    "upheld": Part("Rozstrzygnięcie – treść, gdy Zarząd utrzymuje decyzję", VALUES, LONG_LIMIT),
    "overturned": Part("Rozstrzygnięcie – treść, gdy Zarząd uchyla decyzję", VALUES,
                       LONG_LIMIT),
    "against_refuse": Part("Opis zaskarżonej decyzji – odmowa przyznania", (), LONG_LIMIT),
    "against_revoke": Part("Opis zaskarżonej decyzji – odebranie certyfikatu", (), LONG_LIMIT),
    "upheld_refuse": Part("Skutek – odmowa utrzymana", VALUES, LONG_LIMIT),
    "upheld_revoke": Part("Skutek – odebranie utrzymane", VALUES, LONG_LIMIT),
    "overturned_refuse": Part("Skutek – odmowa uchylona", VALUES, LONG_LIMIT),
    "overturned_revoke": Part("Skutek – odebranie uchylone", VALUES, LONG_LIMIT),
    "reasons_heading": Part("Uzasadnienie – nagłówek"),
    "final_heading": Part("Pouczenie – nagłówek"),
    "final": Part("Pouczenie – treść", VALUES, LONG_LIMIT),
    "signed_for": Part("Formuła podpisu", letter.OFFICE_VALUES),
}, TEMPLATES)  # fmt: skip


@dataclass(frozen=True)
class AppealDecisionData:
    """What the Board's decision on the appeal says, as plain data."""

    reference: str
    institution: str
    address_lines: tuple[str, ...]
    outcome: str  # upheld / overturned
    against: str  # refuse / revoke: the Commission's decision appealed against
    against_on: date
    appeal_received_on: date
    decided_on: date
    reasons: str
    certificate: str = ""
    office: OfficeDetails = DEFAULT_OFFICE
    signatures: tuple[Signature, ...] = ()
    resolution: str = ""  # the number of the Board's resolution ("3/2025"); "" before them


def values(data: AppealDecisionData, templates: Mapping[str, str] = TEMPLATES) -> dict[str, str]:
    """The templates' placeholders, as text."""
    return {
        **letter.office_values(data.office),
        "institution": data.institution,
        "reference": data.reference,
        "certificate": data.certificate,
        "decided_on": polish_date(data.decided_on),
        "against_on": polish_date(data.against_on),
        "appeal_received_on": polish_date(data.appeal_received_on),
        "against_what": fill(templates[f"against_{data.against}"], {}),
        "resolution": data.resolution or "—",
    }


def compose(data: AppealDecisionData, templates: Mapping[str, str] = TEMPLATES) -> Letter:
    """The letter's parts in the shared layout, in the wording ``templates`` (checked
    beforehand: see ``documents/wording.py``; the built-in wording by default)."""
    if data.outcome not in OUTCOMES or data.against not in AGAINST:
        raise ValueError(f"appeal decision {data.outcome!r} against {data.against!r}")
    filled = values(data, templates)
    decision = fill(templates[data.outcome], filled)
    consequence = fill(templates[f"{data.outcome}_{data.against}"], filled)
    return letter.templated_letter(templates, data, sender=letter.BOARD,
                                   dated=data.decided_on, sections=[
        ("decision_heading", f"{decision}\n\n{consequence}"),
        ("reasons_heading", data.reasons),
        ("final_heading", fill(templates["final"], filled)),
    ])  # fmt: skip


def render(data: AppealDecisionData, templates: Mapping[str, str] = TEMPLATES) -> bytes:
    """The Board's decision on the appeal as PDF bytes."""
    return letter.render(compose(data, templates))


def sample() -> AppealDecisionData:
    """Realistic data for a sample letter (the wording editor's preview and trial render)."""
    return AppealDecisionData(
        reference="CAL/2025/0042", institution="Stowarzyszenie „Razem dla Łącka”",
        address_lines=("ul. Źródlana 7", "33-390 Łącko"), outcome="upheld", against="refuse",
        against_on=date(2025, 3, 14), appeal_received_on=date(2025, 3, 27),
        decided_on=date(2025, 4, 22),
        reasons="Zarząd podziela ocenę Komisji: diagnoza potrzeb nie objęła mieszkańców, "
        "a odwołanie nie wskazuje nowych dowodów.",
        resolution="7/2025",
        signatures=(Signature("Jerzy Będkowski", "Prezes Zarządu"),),
    )  # fmt: skip
