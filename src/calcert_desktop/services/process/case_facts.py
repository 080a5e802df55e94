"""Reading from storage the facts the workflow's guards decide on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.board import CASE_SUBJECTS
from calcert_desktop.domain.dates import renewal_reminder
from calcert_desktop.domain.facts import CaseFacts, MemberFacts, OpenCase
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.open_cases import OPEN_STATES, OPENING_ACTIONS
from calcert_desktop.domain.states import CLOSED_STATES, CaseState
from calcert_desktop.services import config
from calcert_desktop.services.appointments import active_board
from calcert_desktop.storage.case_columns import declaration_of
from calcert_desktop.storage.models import (
    Assessment,
    Assignment,
    Case,
    Certificate,
    Conflict,
    Decision,
    Revocation,
    SiteVisit,
    User,
    Vote,
)

APPEALED = (CaseState.REFUSAL_APPEALED.value, CaseState.REVOCATION_APPEALED.value)
NEEDS_FILING_CHECK = {Action.FILE, Action.COMPLETE, Action.ACCEPT}


def filing_errors(case: Case) -> tuple:
    """What keeps the case's declaration from being filed (empty when it is complete)."""
    form = load_form(case.form_version)
    # the declaration's checks (jsonschema with them) load only when a case is checked
    from calcert_desktop.domain.declaration import (
        Declaration,
        missing_for_filing,
        validate_values,
    )

    declaration = Declaration.from_partial(declaration_of(case))
    return (*validate_values(declaration, form), *missing_for_filing(declaration, form))


def conflicted(session: Session, case: Case) -> frozenset[str]:
    """Everyone who declared a conflict of interest in the case (members or not)."""
    return frozenset(
        session.scalars(
            select(User.login)
            .join(Conflict, Conflict.person_id == User.id)
            .where(Conflict.case_id == case.id)
        )
    )


def visit_experts(session: Session, case: Case) -> frozenset[str]:
    """The experts who made a site visit in the case (a visit done, not only planned)."""
    return frozenset(
        session.scalars(
            select(User.login)
            .join(SiteVisit, SiteVisit.expert_id == User.id)
            .where(SiteVisit.case_id == case.id, SiteVisit.status == "done")
        )
    )


def participants(session: Session, case: Case) -> frozenset[str]:
    """Who took part in the Commission's decisions in the case: assessed, voted in the
    Commission, was rapporteur, or made a site visit (one query)."""
    people = union(
        select(Assessment.member_id.label("person")).where(Assessment.case_id == case.id),
        select(Vote.member_id)
        .join(Decision, Decision.id == Vote.decision_id)
        .where(Vote.case_id == case.id, Decision.body == "commission"),
        select(Case.rapporteur_id).where(Case.id == case.id, Case.rapporteur_id.is_not(None)),
        select(SiteVisit.expert_id).where(SiteVisit.case_id == case.id, SiteVisit.status == "done"),
    ).subquery()
    return frozenset(
        session.scalars(select(User.login).where(User.id.in_(select(people.c.person))))
    )


def seats(
    session: Session,
    case: Case,
    declared: frozenset[str] | None = None,
    visited: frozenset[str] | None = None,
) -> tuple[MemberFacts, ...]:
    """The members assigned to the case, their conflicts and whether they made the site
    visit (what each assessed left out): enough for :mod:`domain.eligibility` to say who
    assesses, votes and sees assessments. ``declared`` and ``visited``: already read."""
    declared = conflicted(session, case) if declared is None else declared
    visited = visit_experts(session, case) if visited is None else visited
    rows = session.scalars(
        select(User.login)
        .join(Assignment, User.id == Assignment.member_id)
        .where(Assignment.case_id == case.id)
        .order_by(Assignment.assigned_on, User.name_sort)
    )
    return tuple(MemberFacts(login, login in declared, visited=login in visited) for login in rows)


def members(
    session: Session,
    case: Case,
    declared: frozenset[str] | None = None,
    visited: frozenset[str] | None = None,
) -> tuple[MemberFacts, ...]:
    """The members assigned to the case, their conflicts, the site visit and what each has
    assessed."""
    assessed: dict[str, set[str]] = {}
    rows = session.execute(
        select(User.login, Assessment.standard)
        .join(User, User.id == Assessment.member_id)
        .where(Assessment.case_id == case.id)
    )
    for login, standard in rows:
        assessed.setdefault(login, set()).add(standard)
    return tuple(
        replace(seat, assessed=frozenset(assessed.get(seat.login, ())))
        for seat in seats(session, case, declared, visited)
    )


def latest_decision(session: Session, case: Case, kinds: tuple[str, ...]) -> Decision | None:
    """The newest decision of one of ``kinds`` in the case."""
    return session.scalar(
        select(Decision)
        .where(Decision.case_id == case.id, Decision.kind.in_(kinds))
        .order_by(Decision.decided_on.desc(), Decision.id)
        .limit(1)
    )


def current_certificate(session: Session, case: Case) -> Certificate | None:
    """The certificate issued in this case, if any."""
    return session.scalar(select(Certificate).where(Certificate.case_id == case.id))


def open_revocation(session: Session, case: Case) -> Revocation | None:
    """Revocation proceedings still without an outcome."""
    return session.scalar(
        select(Revocation).where(Revocation.case_id == case.id, Revocation.outcome.is_(None))
    )


def open_visit(session: Session, case: Case) -> SiteVisit | None:
    """The site visit planned and not yet done or cancelled."""
    return session.scalar(
        select(SiteVisit).where(SiteVisit.case_id == case.id, SiteVisit.status == "scheduled")
    )


def has_open_renewal(session: Session, case: Case) -> bool:
    """True when a renewal case linked to this one is still going on."""
    closed = [s.value for s in CLOSED_STATES] + [CaseState.REFUSED.value]
    return (
        session.scalar(
            select(Case.id)
            .where(Case.renews_case_id == case.id, Case.state.not_in(closed))
            .limit(1)
        )
        is not None
    )


def same_nip_open(session: Session, case: Case) -> tuple[OpenCase, ...]:
    """The other open cases (:data:`open_cases.OPEN_STATES`) of the institution with the
    case's NIP, oldest reference first; not the case this one renews (a renewal follows it)."""
    if not case.nip:
        return ()
    query = (
        select(Case.reference, Case.state)
        .where(
            Case.nip == case.nip,
            Case.id != case.id,
            Case.state.in_([s.value for s in OPEN_STATES]),
        )
        .order_by(Case.reference)
    )
    if case.renews_case_id is not None:
        query = query.where(Case.id != case.renews_case_id)
    return tuple(OpenCase(ref, CaseState(state)) for ref, state in session.execute(query))


def build(session: Session, case: Case, action: Action, today: date) -> CaseFacts:
    """The facts of ``case`` needed to decide ``action``."""
    form = load_form(case.form_version)
    decision = latest_decision(session, case, ("refuse", "revoke"))
    certificate = current_certificate(session, case)
    revocation = open_revocation(session, case)
    visit = open_visit(session, case)
    expert = session.get(User, visit.expert_id).login if visit else None
    reminder_months = config.get_int(session, "reminder_months")
    declared = conflicted(session, case)
    return CaseFacts(
        state=CaseState(case.state),
        today=today,
        standard_codes=tuple(s.code for s in form.standards),
        last_event_on=case.last_event_on,
        signed_on=case.signed_on,
        filing_errors=filing_errors(case) if action in NEEDS_FILING_CHECK else (),
        members=members(session, case, declared),
        visit_expert=expert,
        decision_on=decision.decided_on if decision else None,
        decision_delivered_on=decision.delivered_on if decision else None,
        appeal_days=config.get_int(session, "appeal_days"),
        valid_until=certificate.valid_until if certificate else None,
        renewal_from=(
            renewal_reminder(certificate.valid_until, reminder_months)
            if certificate and case.state == CaseState.CERTIFIED
            else None
        ),
        has_open_renewal=has_open_renewal(session, case) if action == Action.RENEW else False,
        response_due=revocation.response_due if revocation else None,
        response_received=bool(revocation and revocation.response_received_on),
        conflicted=declared,
        # Only an appeal asks who took part (UPHOLD and OVERTURN start from these states).
        participants=participants(session, case) if case.state in APPEALED else frozenset(),
        visit_expert_votes=config.get_int(session, "visit_expert_votes") == 1,
        **board_facts(session, action),
        nip=case.nip or "",
        same_nip_open=same_nip_open(session, case) if action in OPENING_ACTIONS else (),
        min_response_days=config.get_int(session, "min_response_days"),
    )


def board_facts(session: Session, action: Action) -> dict[str, Any]:
    """For the Board's acts (its resolutions): the active Board members and the quorum."""
    if action not in CASE_SUBJECTS:
        return {}
    return {
        "board_members": active_board(session),
        "board_quorum": config.get_int(session, "board_quorum"),
    }
