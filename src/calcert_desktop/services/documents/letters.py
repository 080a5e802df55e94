"""The four letters of a case as documents: the refusal, the written charges, the revocation
decision and the Board's decision on an appeal. Each builder reads the case into the plain
data of its module in ``documents/``; a case without such a decision is refused
(``document.not_applicable``). Each renders in the wording in use
(``services/letter_templates.py``) and returns the version it used with the PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.documents import (
    appeal_decision,
    charges_letter,
    refusal_letter,
    revocation_decision,
)
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.office import OfficeDetails
from calcert_desktop.domain.reasons import refusal_draft
from calcert_desktop.domain.signature_slots import Signature
from calcert_desktop.services import appointments, config, office
from calcert_desktop.services.context import AppContext, reading
from calcert_desktop.services.documents import letter_templates
from calcert_desktop.services.documents.kind import DocumentKind, Rendered
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.services.process import case_facts, resolutions
from calcert_desktop.storage.case_columns import declaration_of
from calcert_desktop.storage.models import Appeal, Case, Decision, Revocation

LABELS = {
    refusal_letter.KIND: "Odmowa przyznania certyfikatu",
    charges_letter.KIND: "Zarzuty na piśmie",
    revocation_decision.KIND: "Decyzja o odebraniu certyfikatu",
    appeal_decision.KIND: "Rozstrzygnięcie odwołania przez Zarząd",
}


def _not_applicable(kind: str, case: Case, why: str) -> ValidationError:
    return ValidationError("document.not_applicable", "kind", kind=LABELS[kind],
                           reference=display_reference(case), why=why)  # fmt: skip


def addressee(case: Case) -> tuple[str, tuple[str, ...]]:
    """The institution's name and its postal address lines, from the declaration."""
    institution = declaration_of(case).get("institution") or {}
    address = institution.get("address") or {}
    street = str(address.get("street") or "").strip()
    town = " ".join(
        str(part).strip() for part in (address.get("postal_code"), address.get("town")) if part
    )
    name = str(institution.get("name") or case.institution_name)
    return name, tuple(line for line in (street, town) if line)


def office_of(session: Session, kind: str, on: date) -> dict[str, Any]:
    """The office's details and the signature lines of ``kind``, as the letters take them;
    the contact is the person the Board named responsible for certification on ``on``."""
    settings = office.stored(session)
    responsible = appointments.responsible_person(session, on)
    details = replace(settings.details, responsible=responsible.full_name if responsible else "")
    return {"office": details, "signatures": settings.signatures(kind)}


def latest_refusal(session: Session, case: Case) -> Decision | None:
    """The case's latest refusal: what a refusal letter is made from."""
    return case_facts.latest_decision(session, case, ("refuse",))


def latest_revocation(session: Session, case: Case) -> Decision | None:
    """The case's latest revocation: what a revocation decision is made from."""
    return case_facts.latest_decision(session, case, ("revoke",))


def latest_charges(session: Session, case: Case) -> Revocation | None:
    """The case's latest revocation proceedings with written charges."""
    return session.scalar(
        select(Revocation)
        .where(Revocation.case_id == case.id, Revocation.charged_on.is_not(None))
        .order_by(Revocation.charged_on.desc())
        .limit(1)
    )


def latest_appeal_decision(session: Session, case: Case) -> tuple[Appeal, Decision] | None:
    """The case's latest appeal the Board decided, with the Board's decision."""
    found = session.execute(
        select(Appeal, Decision)
        .join(Decision, Decision.id == Appeal.outcome_id)
        .where(Appeal.case_id == case.id)
        .order_by(Decision.decided_on.desc())
        .limit(1)
    ).first()
    return (found[0], found[1]) if found is not None else None


def build_refusal(ctx: AppContext, reference: str) -> Rendered:
    """The refusal letter of the case's latest refusal."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        decision = latest_refusal(session, case)
        if decision is None:
            raise _not_applicable(refusal_letter.KIND, case, "Komisja nie odmówiła w niej "
                                  "przyznania certyfikatu.")  # fmt: skip
        name, address = addressee(case)
        version, texts = letter_templates.in_use(session, refusal_letter.KIND)
        data = refusal_letter.RefusalData(
            reference=display_reference(case),
            institution=name,
            address_lines=address,
            decided_on=decision.decided_on,
            reasons=decision.reasons,
            appeal_days=config.get_int(session, "appeal_days"),
            delivered_on=decision.delivered_on,
            **office_of(session, refusal_letter.KIND, ctx.today()),
        )
    return Rendered(refusal_letter.render(data, texts), version)


def _certificate_number(session: Session, case: Case) -> str:
    certificate = case_facts.current_certificate(session, case)
    return certificate.number if certificate else ""


def build_charges(ctx: AppContext, reference: str) -> Rendered:
    """The written charges of the case's latest revocation proceedings that has them."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        revocation = latest_charges(session, case)
        if revocation is None or revocation.charged_on is None:
            raise _not_applicable(charges_letter.KIND, case, "Komisja nie sformułowała w niej "
                                  "zarzutów na piśmie.")  # fmt: skip
        name, address = addressee(case)
        due = revocation.response_due or revocation.charged_on + timedelta(
            days=config.get_int(session, "response_days")
        )
        version, texts = letter_templates.in_use(session, charges_letter.KIND)
        data = charges_letter.ChargesData(
            reference=display_reference(case),
            institution=name,
            address_lines=address,
            certificate=_certificate_number(session, case),
            opened_on=revocation.opened_on,
            charged_on=revocation.charged_on,
            charges=revocation.charges,
            response_due=due,
            **office_of(session, charges_letter.KIND, ctx.today()),
        )
    return Rendered(charges_letter.render(data, texts), version)


def build_revocation(ctx: AppContext, reference: str) -> Rendered:
    """The decision of the case's latest revocation."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        decision = latest_revocation(session, case)
        if decision is None:
            raise _not_applicable(revocation_decision.KIND, case, "Komisja nie odebrała w niej "
                                  "certyfikatu.")  # fmt: skip
        revocation = session.scalar(select(Revocation).where(Revocation.outcome_id == decision.id))
        name, address = addressee(case)
        version, texts = letter_templates.in_use(session, revocation_decision.KIND)
        data = revocation_decision.RevocationData(
            reference=display_reference(case),
            institution=name,
            address_lines=address,
            certificate=_certificate_number(session, case),
            decided_on=decision.decided_on,
            reasons=decision.reasons,
            appeal_days=config.get_int(session, "appeal_days"),
            charged_on=revocation.charged_on if revocation else None,
            delivered_on=decision.delivered_on,
            **office_of(session, revocation_decision.KIND, ctx.today()),
        )
    return Rendered(revocation_decision.render(data, texts), version)


def build_appeal_decision(ctx: AppContext, reference: str) -> Rendered:
    """The Board's decision on the case's latest decided appeal."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        found = latest_appeal_decision(session, case)
        if found is None:
            raise _not_applicable(appeal_decision.KIND, case, "Zarząd nie rozstrzygnął w niej "
                                  "odwołania.")  # fmt: skip
        appeal, outcome = found
        against = session.get(Decision, appeal.against_id)
        assert against is not None  # an appeal always names its decision
        name, address = addressee(case)
        version, texts = letter_templates.in_use(session, appeal_decision.KIND)
        data = appeal_decision.AppealDecisionData(
            reference=display_reference(case),
            institution=name,
            address_lines=address,
            outcome=appeal.outcome or "",
            against=against.kind,
            against_on=against.decided_on,
            appeal_received_on=appeal.received_on,
            decided_on=outcome.decided_on,
            reasons=outcome.reasons,
            certificate=_certificate_number(session, case),
            **office_of(session, appeal_decision.KIND, ctx.today()),
            resolution=_resolution_number(session, outcome),
        )
    return Rendered(appeal_decision.render(data, texts), version)


def _resolution_number(session: Session, decision: Decision) -> str:
    """The number of the Board's resolution that took ``decision`` ('' before resolutions)."""
    found = resolutions.for_decision(session, decision)
    return found.number if found else ""


# Extreme data for the previews: the longest name the form allows, a long address, every
# standard refused with long reasons, pages of charges.

EXTREME_NAME = (
    "Stowarzyszenie na Rzecz Rozwoju Społeczności Lokalnych, Integracji Społecznej "
    "i Aktywizacji Zawodowej Osób Zagrożonych Wykluczeniem „Wspólnota Ziemi "
    "Świętokrzyskiej, Kieleckiej i Sandomierskiej” – Oddział Terenowy w Końskich"
)[:250]
EXTREME_ADDRESS = (
    "ul. Księdza Kanonika Bolesława Żółkiewskiego-Brzęczyszczykiewicza 123/45, lokal 6, "
    "II piętro, wejście od podwórza",
    "26-200 Końskie-Pomorzany Górne",
)
LONG_REMARK = (
    "Z przedstawionych dokumentów oraz z ustaleń wizytacji nie wynika, aby instytucja "
    "realizowała ten standard w sposób trwały i udokumentowany; zespół nie przedstawił "
    "planów, sprawozdań ani opisów działań, a rozmowy z mieszkańcami i partnerami lokalnymi "
    "potwierdziły, że podejmowane działania mają charakter doraźny i nie obejmują grup "
    "najbardziej zagrożonych wykluczeniem społecznym. "
)


# The office at its limits: the longest name, both address lines and the whole contact.
EXTREME_OFFICE = OfficeDetails(
    name=(
        "Stowarzyszenie Centrum Wspierania Aktywności Lokalnej CAL – Ogólnopolska Sieć "
        "Organizatorów Społeczności Lokalnej, Animatorów i Instytucji Pomocy i Integracji "
        "Społecznej – Biuro Certyfikacji"
    )[:200],
    name_genitive=(
        "Stowarzyszenia Centrum Wspierania Aktywności Lokalnej CAL – Ogólnopolskiej Sieci "
        "Organizatorów Społeczności Lokalnej, Animatorów i Instytucji Pomocy i Integracji "
        "Społecznej – Biura Certyfikacji"
    )[:200],
    address_lines=("ul. Księdza Kardynała Stefana Wyszyńskiego 128/256 lok. 12, III piętro",
                   "00-683 Warszawa-Śródmieście Północne"),
    phone="+48 22 123 45 67", email="certyfikacja.centrum-wspierania@cal.org.pl",
    website="https://www.cal.org.pl/certyfikat-jakosci-centrum-aktywnosci-lokalnej",
    place="Warszawa",
)  # fmt: skip
EXTREME_FUNCTION = "Wiceprzewodnicząca Komisji Certyfikacyjnej ds. odwołań i postępowań"


def _extreme_reasons() -> str:
    from calcert_desktop.domain.reasons import Remark

    standards = load_form("1").standards
    remarks = [Remark(s.code, "not", LONG_REMARK * 2) for s in standards]
    remarks += [Remark(s.code, "partly", LONG_REMARK, from_visit=True) for s in standards]
    return refusal_draft(standards, remarks)


def extreme_refusal() -> refusal_letter.RefusalData:
    """A refusal of a 250-character institution with all nine standards refused at length."""
    return refusal_letter.RefusalData(
        reference="CAL/2026/9999", institution=EXTREME_NAME, address_lines=EXTREME_ADDRESS,
        decided_on=date(2026, 9, 30), reasons=_extreme_reasons(), appeal_days=14,
        delivered_on=date(2026, 10, 2), office=EXTREME_OFFICE,
        signatures=(Signature("Barbara Łukaszewicz-Wierzchosławska", EXTREME_FUNCTION),),
    )  # fmt: skip


def extreme_charges() -> charges_letter.ChargesData:
    """Written charges running over pages."""
    charges = "\n\n".join(f"{n}. Zarzut naruszenia standardu S{n}: {LONG_REMARK * 3}"
                          for n in range(1, 10))  # fmt: skip
    return charges_letter.ChargesData(
        reference="CAL/2026/9999", institution=EXTREME_NAME, address_lines=EXTREME_ADDRESS,
        certificate="CJ-999/2026", opened_on=date(2026, 1, 12), charged_on=date(2026, 1, 15),
        charges=charges, response_due=date(2026, 2, 28), office=EXTREME_OFFICE,
        signatures=(Signature("", "Przewodniczący Komisji Certyfikacyjnej"),),
    )  # fmt: skip


def extreme_revocation() -> revocation_decision.RevocationData:
    """A revocation with long reasons."""
    return revocation_decision.RevocationData(
        reference="CAL/2026/9999", institution=EXTREME_NAME, address_lines=EXTREME_ADDRESS,
        certificate="CJ-999/2026", decided_on=date(2026, 3, 16), reasons=_extreme_reasons(),
        appeal_days=14, charged_on=date(2026, 1, 15), office=EXTREME_OFFICE,
        signatures=(Signature("Barbara Łukaszewicz", "Przewodnicząca Komisji Certyfikacyjnej"),),
    )  # fmt: skip


def extreme_appeal() -> appeal_decision.AppealDecisionData:
    """The Board upholding a revocation, with long reasons."""
    return appeal_decision.AppealDecisionData(
        reference="CAL/2026/9999", institution=EXTREME_NAME, address_lines=EXTREME_ADDRESS,
        outcome="upheld", against="revoke", against_on=date(2026, 3, 16),
        appeal_received_on=date(2026, 3, 25), decided_on=date(2026, 4, 20),
        reasons=LONG_REMARK * 12, certificate="CJ-999/2026", office=EXTREME_OFFICE,
        resolution="999/2026",
        signatures=(Signature("Jerzy Będkowski", "Prezes Zarządu"),),
    )  # fmt: skip


# The kinds of document this module builds, in the order they are offered.
KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        refusal_letter.KIND,
        LABELS[refusal_letter.KIND],
        build_refusal,
        source=latest_refusal,
        extreme=lambda: refusal_letter.render(extreme_refusal()),
        file_title="Odmowa",
    ),
    DocumentKind(
        charges_letter.KIND,
        LABELS[charges_letter.KIND],
        build_charges,
        source=latest_charges,
        extreme=lambda: charges_letter.render(extreme_charges()),
        file_title="Zarzuty",
    ),
    DocumentKind(
        revocation_decision.KIND,
        LABELS[revocation_decision.KIND],
        build_revocation,
        source=latest_revocation,
        extreme=lambda: revocation_decision.render(extreme_revocation()),
        file_title="Odebranie certyfikatu",
    ),
    DocumentKind(
        appeal_decision.KIND,
        LABELS[appeal_decision.KIND],
        build_appeal_decision,
        source=latest_appeal_decision,
        extreme=lambda: appeal_decision.render(extreme_appeal()),
        file_title="Rozstrzygnięcie odwołania",
    ),
)
