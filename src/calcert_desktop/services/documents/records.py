"""The Commission's records as documents of a case: the site-visit protocol and the record
of the meeting that decided the case. Each reads the database into plain data for its
module in ``documents/``."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.documents.decision_record import (
    KIND,
    DecisionRecord,
    MemberPresent,
    decision_record_pdf,
)
from calcert_desktop.documents.visit_protocol import (
    StandardFinding,
    VisitProtocol,
    visit_protocol_pdf,
)
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.signature_slots import Signature
from calcert_desktop.services import office
from calcert_desktop.services.context import AppContext, reading
from calcert_desktop.services.documents.kind import DocumentKind
from calcert_desktop.services.documents.letters import EXTREME_FUNCTION, EXTREME_OFFICE
from calcert_desktop.services.lookup import find_case
from calcert_desktop.storage.case_columns import declaration_of
from calcert_desktop.storage.file_refs import evidence_of
from calcert_desktop.storage.models import (
    Assignment,
    Case,
    Conflict,
    Decision,
    SiteVisit,
    User,
    VisitFinding,
    Vote,
)

VISIT_PROTOCOL = "visit-protocol"
DECISION_RECORD = KIND
COMMISSION_DECISIONS = ("grant", "refuse")


def _not_applicable(kind: str, reference: str, why: str) -> ValidationError:
    return ValidationError("document.not_applicable", "kind", kind=kind, reference=reference,
                           why=why)  # fmt: skip


def address_of(case: Case) -> str:
    """The institution's address from its declaration: "ul. …, 00-000 Town (voivodeship)"."""
    address: dict[str, Any] = (declaration_of(case).get("institution") or {}).get("address") or {}
    town = " ".join(p for p in (address.get("postal_code"), address.get("town") or case.town) if p)
    line = ", ".join(p for p in (address.get("street"), town) if p)
    voivodeship = address.get("voivodeship") or case.voivodeship
    return f"{line} (woj. {voivodeship})" if voivodeship else line


def _name(session: Session, user_id: Any) -> str:
    user = session.get(User, user_id)
    return user.full_name if user else ""


def _standards(case: Case) -> list[tuple[str, str]]:
    """The form's standards (code, title) of the version the case was filed on."""
    return [(s.code, s.title) for s in load_form(case.form_version).standards]


def latest_visit(session: Session, case: Case) -> SiteVisit | None:
    """The latest site visit carried out in the case: what its protocol is made from."""
    return session.scalar(
        select(SiteVisit)
        .where(
            SiteVisit.case_id == case.id,
            SiteVisit.status == "done",
            SiteVisit.visited_on.is_not(None),
        )
        .order_by(SiteVisit.visited_on.desc(), SiteVisit.scheduled_on.desc())
        .limit(1)
    )


def latest_commission_decision(session: Session, case: Case) -> Decision | None:
    """The Commission's latest decision to grant or refuse: what its record is made from."""
    return session.scalar(
        select(Decision)
        .where(
            Decision.case_id == case.id,
            Decision.body == "commission",
            Decision.kind.in_(COMMISSION_DECISIONS),
        )
        .order_by(Decision.decided_on.desc(), Decision.id)
        .limit(1)
    )


def _standard_finding(code: str, title: str, row: VisitFinding | None) -> StandardFinding:
    """One standard as the protocol prints it (no row: nothing recorded)."""
    if row is None:
        return StandardFinding(code, title)
    names = tuple(item["name"] for item in evidence_of(row.evidence))
    return StandardFinding(code, title, row.rating, row.finding, row.observations, names)


def visit_protocol_data(ctx: AppContext, reference: str) -> VisitProtocol:
    """The latest site visit the expert carried out in the case, as plain data."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        visit = latest_visit(session, case)
        if visit is None or visit.visited_on is None:
            raise _not_applicable(
                VISIT_PROTOCOL, reference, "w sprawie nie zapisano przeprowadzonej wizytacji."
            )
        query = select(VisitFinding).filter_by(visit_id=visit.id)
        recorded = {finding.standard: finding for finding in session.scalars(query)}
        findings = tuple(
            _standard_finding(code, title, recorded.get(code)) for code, title in _standards(case)
        )
        return VisitProtocol(
            reference=case.reference or case.draft_code,
            institution=case.institution_name,
            address=address_of(case),
            town=case.town,
            expert=_name(session, visit.expert_id),
            visited_on=visit.visited_on,
            planned_for=visit.planned_for,
            findings=findings,
            summary=visit.summary,
            office=office.details(session),
            representative=visit.representative,
            acknowledged=visit.acknowledged,
            remarks=visit.remarks,
        )


def decision_record_data(ctx: AppContext, reference: str) -> DecisionRecord:
    """The Commission's latest decision to grant or refuse in the case, as plain data."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        decision = latest_commission_decision(session, case)
        if decision is None:
            raise _not_applicable(
                DECISION_RECORD, reference,
                "Komisja nie podjęła jeszcze w tej sprawie decyzji o przyznaniu ani o odmowie.",
            )  # fmt: skip
        settings = office.stored(session)
        votes = dict(
            session.execute(
                select(Vote.member_id, Vote.vote).where(Vote.decision_id == decision.id)
            ).all()
        )
        assigned = session.execute(
            select(Assignment, User)
            .join(User, User.id == Assignment.member_id)
            .where(Assignment.case_id == case.id, Assignment.assigned_on <= decision.decided_on)
            .order_by(Assignment.is_rapporteur.desc(), User.name_sort)
        ).all()
        conflicts = {  # those declared by the decision's day: the record of that meeting
            c.person_id: c
            for c in session.scalars(
                select(Conflict).where(
                    Conflict.case_id == case.id, Conflict.declared_on <= decision.decided_on
                )
            )
        }
        members = tuple(
            MemberPresent(
                name=user.full_name,
                rapporteur=assignment.is_rapporteur,
                conflict_on=conflicts[user.id].declared_on if user.id in conflicts else None,
                conflict_reason=conflicts[user.id].reason if user.id in conflicts else "",
                vote=votes.get(user.id),
                chair=Role.COMMISSION_CHAIR.value in user.roles.split(","),
            )
            for assignment, user in assigned
        )
        return DecisionRecord(
            reference=case.reference or case.draft_code,
            institution=case.institution_name,
            address=address_of(case),
            decided_on=decision.decided_on,
            kind=decision.kind,
            reasons=decision.reasons,
            members=members,
            office=settings.details,
            signatures=settings.signatures(DECISION_RECORD),
        )


# --- extreme examples, to look at ------------------------------------------------------------

LONG_NAME = (
    "Stowarzyszenie na Rzecz Rozwoju Społeczności Lokalnej, Aktywizacji Zawodowej i Społecznej "
    "Mieszkańców Gminy Brzęczyszczykiewice-Źdźbłowo Wielkie oraz Wspierania Inicjatyw "
    "Sąsiedzkich „Wspólna Przestrzeń — Łączymy Pokolenia” im. św. Józefa"
)[:250]
LONG_ADDRESS = (
    "ul. Generała Józefa Zajączka-Łękawskiego 1234/56 lok. 78 (wejście od podwórza, "
    "II piętro), 99-999 Brzęczyszczykiewice-Źdźbłowo Wielkie (woj. kujawsko-pomorskie)"
)
FINDING_WORDS = (
    "Ekspert zapoznał się z dokumentacją, rozmawiał z mieszkańcami, wolontariuszami, "
    "partnerami i pracownikami instytucji; zespół przedstawił diagnozę społeczności, plan "
    "pracy środowiskowej oraz sprawozdania z działań, a rozmówcy potwierdzili, że inicjatywy "
    "sąsiedzkie są podejmowane wspólnie z mieszkańcami i żadne zgłoszone działanie nie "
    "pozostało bez odpowiedzi. "
)


OBSERVATION_WORDS = (
    "W świetlicy wiejskiej odbywały się zajęcia grupy seniorów „Złota Jesień”; ekspert "
    "obejrzał tablicę ogłoszeń, kronikę działań i notatki ze spotkań sąsiedzkich, a w rozmowie "
    "z sołtyską usłyszał, że mieszkańcy sami zgłaszają pomysły na wspólne przedsięwzięcia. "
)
EVIDENCE_NAMES = (
    "zdjęcie_świetlica_Źdźbłowo_2026-03-14.jpg",
    "IMG_20260314_113042_tablica_ogłoszeń_przy_wejściu_do_ośrodka_pomocy_społecznej_w_"
    "Brzęczyszczykiewicach-Źdźbłowie_Wielkim.jpeg",
)
REPRESENTATIVE = "Grzegorz Brzęczyszczykiewicz-Żółtowski, zastępca dyrektora ds. pracy socjalnej"


def _extreme_protocol() -> VisitProtocol:
    form = load_form()
    ratings = ("not", "partly", "meets")
    findings = tuple(
        StandardFinding(s.code, s.title, ratings[i % 3], FINDING_WORDS * (3 + i % 3),
                        OBSERVATION_WORDS * (1 + i % 2), EVIDENCE_NAMES if i % 3 == 0 else ())
        for i, s in enumerate(form.standards)
    )  # fmt: skip
    return VisitProtocol(
        reference="CAL/2026/9999",
        institution=LONG_NAME,
        address=LONG_ADDRESS,
        town="Brzęczyszczykiewice-Źdźbłowo Wielkie",
        expert="Małgorzata Żółtowska-Szczęśniak-Łęgowska",
        visited_on=date(2026, 3, 14),
        planned_for=date(2026, 3, 10),
        findings=findings,
        summary=FINDING_WORDS * 8,
        office=EXTREME_OFFICE,
        representative=REPRESENTATIVE,
        acknowledged=True,
        remarks=OBSERVATION_WORDS * 3,
    )


def extreme_visit_protocol() -> bytes:
    """A 250-character name, a long address, long findings and observations for all nine
    standards, two long-named photos in three, the representative's long name and remarks."""
    return visit_protocol_pdf(_extreme_protocol())


def extreme_blank_visit_protocol() -> bytes:
    """The blank protocol (to fill in by hand) of the same extreme case."""
    return visit_protocol_pdf(_extreme_protocol(), blank=True)


def extreme_decision_record() -> bytes:
    """A 250-character name, fourteen members (three with long conflicts), long reasons."""
    names = (
        "Żaneta Żółkiewska-Szczepańska", "Łukasz Łęcki", "Ćwiklina Ćwiklińska", "Józef Źrebiec",
        "Ścibor Śliwiński-Ąsk", "Grażyna Gąsiorowska", "Bożydar Kędzierski", "Jadwiga Wójcik",
        "Przemysław Wróblewski-Dąbrowa", "Halina Żurawska", "Mścisław Ślęzak", "Urszula Kłoś",
        "Zdzisław Pięta", "Agnieszka Kołodziej-Nowakowska",
    )  # fmt: skip
    members = tuple(
        MemberPresent(
            name=names[index],
            rapporteur=index == 0,
            conflict_on=date(2026, 3, 1) if index % 5 == 4 else None,
            conflict_reason=(FINDING_WORDS * 2) if index % 5 == 4 else "",
            vote=None if index % 5 == 4 else ("for", "for", "against", "abstain")[index % 4],
            chair=index == 1,
        )
        for index in range(14)
    )
    return decision_record_pdf(
        DecisionRecord(
            reference="CAL/2026/9999",
            institution=LONG_NAME,
            address=LONG_ADDRESS,
            decided_on=date(2026, 3, 20),
            kind="refuse",
            reasons=FINDING_WORDS * 12,
            members=members,
            office=EXTREME_OFFICE,
            signatures=(
                Signature("Barbara Łukaszewicz-Wierzchosławska", EXTREME_FUNCTION),
                Signature("Ewa Zalewska", "Protokolantka"),
            ),
        )
    )


def build_visit_protocol(ctx: AppContext, reference: str) -> bytes:
    """The site-visit protocol of the case's latest visit."""
    return visit_protocol_pdf(visit_protocol_data(ctx, reference))


def build_decision_record(ctx: AppContext, reference: str) -> bytes:
    """The record of the Commission's latest grant or refusal in the case."""
    return decision_record_pdf(decision_record_data(ctx, reference))


# The kinds of document this module builds, in the order they are offered.
KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        VISIT_PROTOCOL,
        "Protokół wizytacji",
        build_visit_protocol,
        source=latest_visit,
        extreme=extreme_visit_protocol,
    ),
    DocumentKind(
        DECISION_RECORD,
        "Protokół z posiedzenia Komisji — decyzja",
        build_decision_record,
        source=latest_commission_decision,
        extreme=extreme_decision_record,
        file_title="Protokół decyzji Komisji",
    ),
)
