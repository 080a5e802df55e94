"""Revocation proceedings: examination, written charges, the institution's response, and the
Commission's decision to revoke or to discontinue."""

from __future__ import annotations

from calcert_desktop.domain.actions import Action
from calcert_desktop.services.process import case_facts, effects
from calcert_desktop.services.process.decisions import record_decision
from calcert_desktop.services.process.step import Handler, Step
from calcert_desktop.storage.models import Revocation


def _open(step: Step) -> Revocation:
    revocation = case_facts.open_revocation(step.session, step.case)
    assert revocation is not None  # the state implies open proceedings
    return revocation


def _open_revocation(step: Step) -> str:
    certificate = case_facts.current_certificate(step.session, step.case)
    assert certificate is not None
    effects.open_revocation(
        step, step.case, certificate, step.request.on, step.request.text("reason")
    )
    return f"Wszczęto postępowanie wyjaśniające w sprawie certyfikatu nr {certificate.number}."


def _charge(step: Step) -> str:
    revocation = _open(step)
    effects.charge(
        step, revocation, step.request.on, step.request.text("charges"),
        step.request.params["response_due"],
    )  # fmt: skip
    return f"Sformułowano zarzuty na piśmie; termin odpowiedzi: {revocation.response_due}."


def _respond(step: Step) -> str:
    revocation = _open(step)
    effects.respond(step, revocation, step.request.on, step.request.text("text"))
    return "Zapisano odpowiedź instytucji na zarzuty."


def _revoke(step: Step) -> str:
    revocation = _open(step)
    decision = record_decision(step, "revoke")
    certificate = case_facts.current_certificate(step.session, step.case)
    assert certificate is not None
    effects.close_revocation(step, revocation, decision, certificate)
    return f"Komisja odebrała certyfikat nr {certificate.number}; uzasadnienie zapisano."


def _discontinue(step: Step) -> str:
    revocation = _open(step)
    decision = record_decision(step, "discontinue")
    certificate = case_facts.current_certificate(step.session, step.case)
    assert certificate is not None
    effects.close_revocation(step, revocation, decision, certificate)
    return "Umorzono postępowanie; certyfikat pozostaje ważny."


# The actions this module writes the effects of (read by perform.HANDLERS).
HANDLERS: dict[Action, Handler] = {
    Action.OPEN_REVOCATION: _open_revocation,
    Action.CHARGE: _charge,
    Action.RESPOND: _respond,
    Action.REVOKE: _revoke,
    Action.DISCONTINUE: _discontinue,
}
