"""Appeals to the Board against a refusal or a revocation, and the Board's decision."""

from __future__ import annotations

from sqlalchemy import select

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.board import FIELD, Subject, collect, resolution_title
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.process import case_facts, effects, resolutions
from calcert_desktop.services.process.decisions import record_decision
from calcert_desktop.services.process.step import Handler, Step
from calcert_desktop.storage.models import Appeal, Decision


def _pending(step: Step) -> Appeal:
    appeal = step.session.scalar(
        select(Appeal).where(Appeal.case_id == step.case.id, Appeal.outcome.is_(None))
    )
    assert appeal is not None  # the state implies a pending appeal
    return appeal


def _appeal(step: Step) -> str:
    decision = case_facts.latest_decision(step.session, step.case, ("refuse", "revoke"))
    assert decision is not None
    effects.appeal(step, step.case, decision, step.request.on, step.request.text("grounds"))
    return "Zarejestrowano odwołanie do Zarządu CAL."


def _board_resolution(step: Step, outcome: Decision, subject: Subject) -> str:
    """The resolution by which the Board decided the appeal: its title and the tally."""
    votes = collect(step.request.params[FIELD])
    against = "odmowie przyznania" if step.facts.state == CaseState.REFUSAL_APPEALED else (
        "odebraniu certyfikatu")  # fmt: skip
    verb = "Utrzymanie w mocy" if subject == Subject.UPHOLD else "Uchylenie"
    summary = (f"{verb} decyzji Komisji o {against} w sprawie {step.case.reference} "
               f"({step.case.institution_name}) — rozpatrzenie odwołania.")  # fmt: skip
    resolution = resolutions.record(
        step, step.session, step.request.on, subject, summary, votes, step.actor.id,
        case=step.case, decision=outcome,
    )  # fmt: skip
    step.extra["resolution"] = resolution.number
    return f"{resolution_title(resolution.number)}: {resolutions.tally_text(votes)}"


def _uphold(step: Step) -> str:
    appeal = _pending(step)
    outcome = record_decision(step, "uphold")
    effects.settle_appeal(step, appeal, outcome, None)
    voted = _board_resolution(step, outcome, Subject.UPHOLD)
    return f"Zarząd utrzymał decyzję Komisji w mocy ({voted}); decyzja jest ostateczna."


def _overturn(step: Step) -> str:
    appeal = _pending(step)
    outcome = record_decision(step, "overturn")
    certificate = None
    if step.facts.state == CaseState.REVOCATION_APPEALED:
        certificate = case_facts.current_certificate(step.session, step.case)
        assert certificate is not None
    effects.settle_appeal(step, appeal, outcome, certificate)
    voted = _board_resolution(step, outcome, Subject.OVERTURN)
    if certificate is not None:
        return (f"Zarząd uchylił odebranie ({voted}); certyfikat nr {certificate.number} "
                "znów jest ważny.")  # fmt: skip
    return f"Zarząd uchylił odmowę ({voted}); certyfikat czeka na wydanie."


# The actions this module writes the effects of (read by perform.HANDLERS).
def _finalize(step: Step) -> str:
    # Nothing to write but the state (perform moves it): the decision stands, unappealed.
    refused = step.facts.state == CaseState.REFUSED
    kind = "odmowie przyznania" if refused else "odebraniu certyfikatu"
    decided = step.facts.decision_on.isoformat() if step.facts.decision_on else "—"
    return f"Decyzja o {kind} z {decided} jest ostateczna: w terminie nie wniesiono odwołania."


HANDLERS: dict[Action, Handler] = {
    Action.APPEAL: _appeal,
    Action.UPHOLD: _uphold,
    Action.OVERTURN: _overturn,
    Action.FINALIZE: _finalize,
}
