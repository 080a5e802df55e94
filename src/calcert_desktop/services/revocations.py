"""Revocation proceedings: examination, written charges, the institution's response, and the
Commission's decision to revoke or to discontinue."""

from __future__ import annotations

from calcert_desktop.domain.actions import Action
from calcert_desktop.services import case_facts
from calcert_desktop.services.decisions import record_decision
from calcert_desktop.services.process import Step, handles
from calcert_desktop.storage.models import Revocation


def _open(step: Step) -> Revocation:
    revocation = case_facts.open_revocation(step.session, step.case)
    assert revocation is not None  # the state implies open proceedings
    step.changed.add("revocations")
    return revocation


@handles(Action.OPEN_REVOCATION)
def _open_revocation(step: Step) -> str:
    certificate = case_facts.current_certificate(step.session, step.case)
    assert certificate is not None
    step.add(
        Revocation(
            case_id=step.case.id,
            certificate_id=certificate.id,
            opened_on=step.request.on,
            reason=step.request.text("reason"),
        )
    )
    return f"Wszczęto postępowanie wyjaśniające w sprawie certyfikatu nr {certificate.number}."


@handles(Action.CHARGE)
def _charge(step: Step) -> str:
    revocation = _open(step)
    revocation.charges = step.request.text("charges")
    revocation.charged_on = step.request.on
    revocation.response_due = step.request.params["response_due"]
    return f"Sformułowano zarzuty na piśmie; termin odpowiedzi: {revocation.response_due}."


@handles(Action.RESPOND)
def _respond(step: Step) -> str:
    revocation = _open(step)
    revocation.response_received_on = step.request.on
    revocation.response_text = step.request.text("text")
    return "Zapisano odpowiedź instytucji na zarzuty."


@handles(Action.REVOKE)
def _revoke(step: Step) -> str:
    revocation = _open(step)
    decision = record_decision(step, "revoke", "commission")
    revocation.outcome, revocation.outcome_id = "revoked", decision.id
    certificate = case_facts.current_certificate(step.session, step.case)
    assert certificate is not None
    certificate.status = "revoked"
    return f"Komisja odebrała certyfikat nr {certificate.number}; uzasadnienie zapisano."


@handles(Action.DISCONTINUE)
def _discontinue(step: Step) -> str:
    revocation = _open(step)
    decision = record_decision(step, "discontinue", "commission")
    revocation.outcome, revocation.outcome_id = "discontinued", decision.id
    return "Umorzono postępowanie; certyfikat pozostaje ważny."
