"""Reading cases: the filtered list and one case's whole file, as plain dictionaries
(JSON-ready, so the command line prints them and the GUI shows them)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from calcert_desktop.domain.polish_text import fold
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.context import AppContext, reading
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.storage.case_columns import declaration_of
from calcert_desktop.storage.models import (
    Appeal,
    Assessment,
    Assignment,
    AuditEntry,
    Case,
    Certificate,
    CompletionRequest,
    Decision,
    Revocation,
    SiteVisit,
    User,
    VisitFinding,
    Vote,
)
from calcert_desktop.storage.search_index import case_matches


@dataclass(frozen=True)
class CaseFilter:
    """What the case list is narrowed to; every part optional."""

    states: Sequence[str] = ()
    search: str = ""
    year: int | None = None
    voivodeship: str | None = None
    institution_type: str | None = None
    limit: int | None = None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def filtered(query: Select[Any], flt: CaseFilter) -> Select[Any]:
    """Apply a filter to a query over ``cases``; search is folded, so 'lodz' finds 'Łódź'."""
    if flt.states:
        query = query.where(Case.state.in_([CaseState(s).value for s in flt.states]))
    if flt.search.strip():
        query = query.where(case_matches(fold(flt.search).split()))
    if flt.year is not None:
        query = query.where(Case.received_on.between(date(flt.year, 1, 1), date(flt.year, 12, 31)))
    if flt.voivodeship:
        query = query.where(Case.voivodeship == flt.voivodeship)
    if flt.institution_type:
        query = query.where(Case.institution_type == flt.institution_type)
    return query


def list_cases(ctx: AppContext, flt: CaseFilter) -> list[dict[str, Any]]:
    """Cases matching ``flt`` in Polish alphabetical order of the institution."""
    rapporteur = aliased(User)
    query = (
        select(
            Case.reference,
            Case.draft_code,
            Case.institution_name,
            Case.town,
            Case.voivodeship,
            Case.state,
            Case.state_since,
            Case.received_on,
            Case.next_deadline,
            rapporteur.full_name,
            Certificate.number,
        )
        .outerjoin(rapporteur, rapporteur.id == Case.rapporteur_id)
        .outerjoin(Certificate, Certificate.case_id == Case.id)
        .order_by(Case.name_sort, Case.reference)
    )
    query = filtered(query, flt)
    if flt.limit:
        query = query.limit(flt.limit)
    today = ctx.today()
    labels = {state.value: state.label for state in CaseState}
    with reading(ctx) as session:
        return [
            {
                "reference": row.reference or row.draft_code,
                "institution": row.institution_name,
                "town": row.town,
                "voivodeship": row.voivodeship,
                "state": row.state,
                "state_label": labels[row.state],
                "state_since": _iso(row.state_since),
                "days_in_state": (today - row.state_since).days if row.state_since else None,
                "received_on": _iso(row.received_on),
                "next_deadline": _iso(row.next_deadline),
                "rapporteur": row.full_name,
                "certificate": row.number,
            }
            for row in session.execute(query)
        ]


def count_by_state(ctx: AppContext) -> dict[str, int]:
    """How many cases are in each state."""
    with reading(ctx) as session:
        rows = session.execute(select(Case.state, func.count()).group_by(Case.state))
        return {state: count for state, count in rows}


def _logins(session: Session) -> dict[Any, str]:
    return {uid: login for uid, login in session.execute(select(User.id, User.login))}


PERSON_KEYS = ("rapporteur_id", "member_id", "expert_id", "issued_by_id", "recorded_by_id")


def _people_named(values: str | None, who: dict[str, str]) -> dict[str, Any] | None:
    """Audit values with people's ids replaced by their logins (readable history)."""
    if not values:
        return None
    data = json.loads(values)
    for key in PERSON_KEYS:
        if data.get(key) in who:
            data[key] = who[data[key]]
    return data


def _history(session: Session, case: Case, logins: dict[Any, str]) -> list[dict[str, Any]]:
    who = {uid.hex: login for uid, login in logins.items()}
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.case_id == case.id)
        .order_by(AuditEntry.at, AuditEntry.seq)
    )
    return [
        {
            "at": e.at.isoformat(timespec="seconds"),
            "user": e.user_login,
            "action": e.action,
            "record": e.entity,
            "operation": e.operation,
            "old": _people_named(e.old, who),
            "new": _people_named(e.new, who),
        }
        for e in entries
    ]


def case_file(ctx: AppContext, reference: str) -> dict[str, Any]:
    """Everything about one case: declaration, Commission, visits, decisions, history."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        who = _logins(session)
        where = {"case_id": case.id}

        def rows(model: Any, *order: Any) -> list[Any]:
            return list(session.scalars(select(model).filter_by(**where).order_by(*order)))

        certificate = session.scalar(select(Certificate).filter_by(**where))
        votes: dict[Any, dict[str, str]] = {}
        for vote in rows(Vote):
            votes.setdefault(vote.decision_id, {})[who[vote.member_id]] = vote.vote
        findings: dict[Any, dict[str, Any]] = {}
        for finding in rows(VisitFinding, VisitFinding.standard):
            findings.setdefault(finding.visit_id, {})[finding.standard] = {
                "rating": finding.rating,
                "finding": finding.finding,
            }
        renewal_of = session.get(Case, case.renews_case_id) if case.renews_case_id else None
        return {
            "reference": case.reference,
            "draft_code": case.draft_code,
            "state": case.state,
            "state_label": CaseState(case.state).label,
            "state_since": _iso(case.state_since),
            "form_version": case.form_version,
            "received_on": _iso(case.received_on),
            "next_deadline": _iso(case.next_deadline),
            "renews": display_reference(renewal_of) if renewal_of else None,
            "declaration": declaration_of(case),
            "completion_requests": [
                {
                    "requested_on": _iso(r.requested_on),
                    "reason": r.reason,
                    "due_on": _iso(r.due_on),
                    "completed_on": _iso(r.completed_on),
                }
                for r in rows(CompletionRequest, CompletionRequest.requested_on)
            ],
            "members": [
                {
                    "login": who[a.member_id],
                    "assigned_on": _iso(a.assigned_on),
                    "rapporteur": a.is_rapporteur,
                    "conflict_declared_on": _iso(a.conflict_declared_on),
                    "conflict_reason": a.conflict_reason,
                }
                for a in rows(Assignment, Assignment.assigned_on)
            ],
            "assessments": [
                {
                    "member": who[a.member_id],
                    "standard": a.standard,
                    "rating": a.rating,
                    "comment": a.comment,
                    "evidence": a.evidence,
                    "assessed_on": _iso(a.assessed_on),
                }
                for a in rows(Assessment, Assessment.standard, Assessment.assessed_on)
            ],
            "site_visits": [
                {
                    "expert": who[v.expert_id],
                    "planned_for": _iso(v.planned_for),
                    "visited_on": _iso(v.visited_on),
                    "status": v.status,
                    "summary": v.summary,
                    "cancel_reason": v.cancel_reason,
                    "findings": findings.get(v.id, {}),
                }
                for v in rows(SiteVisit, SiteVisit.scheduled_on)
            ],
            "decisions": [
                {
                    "kind": d.kind,
                    "body": d.body,
                    "decided_on": _iso(d.decided_on),
                    "delivered_on": _iso(d.delivered_on),
                    "reasons": d.reasons,
                    "votes": votes.get(d.id, {}),
                }
                for d in rows(Decision, Decision.decided_on)
            ],
            "certificate": (
                {
                    "number": certificate.number,
                    "issued_on": _iso(certificate.issued_on),
                    "valid_until": _iso(certificate.valid_until),
                    "status": certificate.status,
                }
                if certificate
                else None
            ),
            "appeals": [
                {"received_on": _iso(a.received_on), "grounds": a.grounds, "outcome": a.outcome}
                for a in rows(Appeal, Appeal.received_on)
            ],
            "revocations": [
                {
                    "opened_on": _iso(r.opened_on),
                    "reason": r.reason,
                    "charges": r.charges,
                    "charged_on": _iso(r.charged_on),
                    "response_due": _iso(r.response_due),
                    "response_received_on": _iso(r.response_received_on),
                    "response_text": r.response_text,
                    "outcome": r.outcome,
                }
                for r in rows(Revocation, Revocation.opened_on)
            ],
            "history": _history(session, case, who),
        }
