"""Everything the office holds about one person, for an administrator to give them (RODO's
right of access): as JSON, and as a PDF to print (documents/person_report.py).

For an account: the account itself, the Board's appointments, the cases the person was
assigned to, their assessments, votes and site visits, and every act of theirs in the audit
log. For a person of declarations: each case that names them, with what it records of them.
Both: who viewed those cases' personal data. The export is itself a view and is recorded."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.appointments import FUNCTION_LABELS
from calcert_desktop.domain.case_labels import (
    RATINGS,
    RECORDS,
    VISIT_STATUSES,
    VOTES,
    action_label,
    label,
)
from calcert_desktop.domain.errors import NotFound, ValidationError
from calcert_desktop.domain.personal_data import (
    CONTACT_ROLES,
    PERSON_FIELD_LABELS,
    VIEW_KINDS,
    people_of,
)
from calcert_desktop.domain.roles import ROLE_LABELS, Role, parse_roles
from calcert_desktop.domain.states import STATE_LABELS, CaseState
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.services.lookup import display_reference
from calcert_desktop.services.privacy import views
from calcert_desktop.services.privacy.subjects import Subject, account_of, contact_cases
from calcert_desktop.storage.case_columns import declaration_of
from calcert_desktop.storage.files import write_atomically, write_error
from calcert_desktop.storage.models import (
    Appointment,
    Assessment,
    Assignment,
    AuditEntry,
    Case,
    Credential,
    PersonalDataView,
    SiteVisit,
    Vote,
)

FORMAT = "calcert-personal-data/1"


def _day(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _moment(value: datetime) -> str:
    """A stored time (UTC) as text: "2026-12-06 14:05:09 UTC"."""
    return f"{value:%Y-%m-%d %H:%M:%S} UTC"


def _person(person: dict[str, Any]) -> dict[str, Any]:
    return {PERSON_FIELD_LABELS.get(k, k): v for k, v in person.items()}


def _refs(session: Session, case_ids: set[Any]) -> dict[Any, str]:
    if not case_ids:
        return {}
    rows = session.scalars(select(Case).where(Case.id.in_(case_ids)))
    return {case.id: display_reference(case) for case in rows}


def _views_of(session: Session, case_ids: set[Any], refs: dict[Any, str]) -> list[dict[str, Any]]:
    if not case_ids:
        return []
    rows = session.scalars(
        select(PersonalDataView).where(PersonalDataView.case_id.in_(case_ids))
        .order_by(PersonalDataView.at)
    )  # fmt: skip
    return [{"at": _moment(row.at), "login": row.user_login,
             "case": refs.get(row.case_id), "what": VIEW_KINDS.get(row.what, row.what)}
            for row in rows]  # fmt: skip


def _account(session: Session, subject: Subject) -> dict[str, Any]:
    user = account_of(session, subject)
    if user is None:
        raise NotFound("privacy.nothing_found", "subject", who=subject.shown())
    credential = session.get(Credential, user.id)
    assigned = session.scalars(select(Assignment).where(Assignment.member_id == user.id)).all()
    assessed = session.scalars(select(Assessment).where(Assessment.member_id == user.id)).all()
    voted = session.scalars(select(Vote).where(Vote.member_id == user.id)).all()
    visits = session.scalars(select(SiteVisit).where(SiteVisit.expert_id == user.id)).all()
    acts = session.scalars(
        select(AuditEntry).where(AuditEntry.user_login == user.login).order_by(AuditEntry.chain_pos)
    ).all()  # fmt: skip
    case_ids = {row.case_id for row in (*assigned, *assessed, *voted, *visits)}
    case_ids |= {entry.case_id for entry in acts if entry.case_id}
    refs = _refs(session, case_ids)
    appointed = session.scalars(select(Appointment).where(Appointment.person_id == user.id))
    return {
        "account": {
            "login": user.login, "full_name": user.full_name, "active": user.active,
            "roles": sorted(ROLE_LABELS[r] for r in parse_roles(user.roles)),
            "password_set_on": _day(credential.set_at.date()) if credential else None,
        },
        "appointments": [{"function": label(FUNCTION_LABELS, a.function),
                          "from": _day(a.starts_on),
                          "until": _day(a.ends_on)} for a in appointed],
        "assignments": [{"case": refs.get(a.case_id), "since": _day(a.assigned_on),
                         "rapporteur": a.is_rapporteur} for a in assigned],
        "assessments": [{"case": refs.get(a.case_id), "standard": a.standard,
                         "rating": label(RATINGS, a.rating), "on": _day(a.assessed_on),
                         "comment": a.comment}
                        for a in assessed],
        "votes": [{"case": refs.get(v.case_id), "vote": label(VOTES, v.vote)} for v in voted],
        "site_visits": [{"case": refs.get(v.case_id), "planned_for": _day(v.planned_for),
                         "visited_on": _day(v.visited_on),
                         "status": label(VISIT_STATUSES, v.status)}
                        for v in visits],
        "acts": [{"at": _moment(e.at), "action": action_label(e.action),
                  "record": label(RECORDS, e.entity), "case": refs.get(e.case_id)}
                 for e in acts],
        "views_by_them": [
            {"at": _moment(v.at), "case": refs.get(v.case_id),
             "what": VIEW_KINDS.get(v.what, v.what)}
            for v in session.scalars(select(PersonalDataView).where(
                PersonalDataView.user_id == user.id).order_by(PersonalDataView.at))
        ],
    }  # fmt: skip


def _contact(session: Session, subject: Subject) -> tuple[dict[str, Any], set[Any]]:
    found = contact_cases(session, subject)
    if not found:
        raise NotFound("privacy.nothing_found", "subject", who=subject.shown())
    refs = {case_id: display_reference(case) for case_id, (case, _roles) in found.items()}
    cases = []
    for case_id, (case, roles) in found.items():
        people = people_of(declaration_of(case))
        cases.append({
            "case": refs[case_id], "institution": case.institution_name,
            "state": STATE_LABELS[CaseState(case.state)],
            "received_on": _day(case.received_on),
            "as": {CONTACT_ROLES[role]: _person(people.get(role, {})) for role in roles},
        })  # fmt: skip
    return {"cases": cases, "views": _views_of(session, set(found), refs)}, set(found)


def collect(ctx: AppContext, actor: Actor, subject: Subject) -> dict[str, Any]:
    """Everything held about ``subject`` (administrators); recorded as a view of it."""
    actor.require(Role.ADMIN)
    with reading(ctx) as session:
        if subject.login:
            data, case_ids = _account(session, subject), set()
        else:
            data, case_ids = _contact(session, subject)
    for case_id in case_ids or {None}:
        views.record(ctx, actor, case_id, "person_export")
    return {
        "format": FORMAT,
        "subject": {k: v for k, v in vars(subject).items() if v},
        "made_at": f"{datetime.now():%Y-%m-%d %H:%M}",
        "made_by": actor.login,
        **data,
    }


def write(ctx: AppContext, actor: Actor, subject: Subject, target: Path) -> Path:
    """The export written to ``target``: JSON (``.json``) or a PDF to print (``.pdf``)."""
    suffix = target.suffix.lower()
    if suffix not in (".json", ".pdf"):
        raise ValidationError("privacy.bad_format", "output", path=str(target))
    data = collect(ctx, actor, subject)
    if suffix == ".json":
        content = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    else:
        from calcert_desktop.documents.person_report import render

        content = render(data)
    try:
        return write_atomically(target, content)
    except OSError as error:
        raise write_error(target, error) from error
