"""The next date by which something must happen in a case (shown on the dashboard)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.dates import deadline_for_state, expires_on, final_on
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services import config
from calcert_desktop.services.process import case_facts
from calcert_desktop.storage.models import Case, CompletionRequest


def next_deadline(session: Session, case: Case) -> date | None:
    """The deadline that matters in the case's current state, if any."""
    state = CaseState(case.state)
    values: dict[str, object] = {}
    if state == CaseState.INCOMPLETE:
        values["completion_due"] = session.scalar(
            select(CompletionRequest.due_on)
            .where(CompletionRequest.case_id == case.id, CompletionRequest.completed_on.is_(None))
            .order_by(CompletionRequest.requested_on.desc())
            .limit(1)
        )
    elif state == CaseState.SITE_VISIT:
        visit = case_facts.open_visit(session, case)
        values["visit_planned"] = visit.planned_for if visit else None
    elif state in (CaseState.REFUSED, CaseState.REVOKED):
        decision = case_facts.latest_decision(session, case, ("refuse", "revoke"))
        if decision is not None:
            values.update(decision_on=decision.decided_on, delivered_on=decision.delivered_on)
        values["appeal_days"] = config.get_int(session, "appeal_days")
    elif state == CaseState.CHARGED:
        revocation = case_facts.open_revocation(session, case)
        values["response_due"] = revocation.response_due if revocation else None
    elif state in (CaseState.CERTIFIED, CaseState.REVOCATION):
        certificate = case_facts.current_certificate(session, case)
        values["valid_to"] = certificate.valid_until if certificate else None
    return deadline_for_state(state.value, **values)  # type: ignore[arg-type]


def closes_on(session: Session, case: Case) -> date | None:
    """The day the case closes by itself unless someone acts: a refusal or revocation
    becomes final (from its recorded delivery; None while none is recorded), a certificate
    expires (the sweep, :mod:`process.sweep`, records it on that day)."""
    state = CaseState(case.state)
    if state in (CaseState.REFUSED, CaseState.REVOKED):
        decision = case_facts.latest_decision(session, case, ("refuse", "revoke"))
        delivered = decision.delivered_on if decision else None
        return final_on(delivered, config.get_int(session, "appeal_days"))
    if state == CaseState.CERTIFIED:
        certificate = case_facts.current_certificate(session, case)
        return expires_on(certificate.valid_until) if certificate else None
    return None
