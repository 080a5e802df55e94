"""The Commission's decisions with their vote record, and delivery of a decision."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from calcert_desktop.domain.actions import Action
from calcert_desktop.services.process import case_facts, effects
from calcert_desktop.services.process.step import Handler, Step
from calcert_desktop.storage.models import Decision, User


def record_decision(step: Step, kind: str) -> Decision:
    """Write a decision of ``kind`` with its reasons and, for the Commission, every vote."""
    votes: dict[str, Any] = dict(step.request.params.get("votes") or {})
    users = step.session.scalars(select(User).where(User.login.in_(list(votes)))) if votes else ()
    return effects.decide(
        step, step.case, kind, step.request.on, step.request.text("reasons"), step.actor.id,
        [(user.id, votes[user.login]) for user in users],
    )  # fmt: skip


def _tally(step: Step) -> str:
    votes = dict(step.request.params.get("votes") or {})
    counts = [sum(1 for v in votes.values() if v == k) for k in ("for", "against", "abstain")]
    return f"za {counts[0]}, przeciw {counts[1]}, wstrzymało się {counts[2]}"


def _grant(step: Step) -> str:
    record_decision(step, "grant")
    return f"Komisja przyznała certyfikat ({_tally(step)}); czeka na wydanie przez Zarząd."


def _refuse(step: Step) -> str:
    record_decision(step, "refuse")
    return f"Komisja odmówiła przyznania certyfikatu ({_tally(step)}); uzasadnienie zapisano."


def _deliver(step: Step) -> str:
    decision = case_facts.latest_decision(step.session, step.case, ("refuse", "revoke"))
    assert decision is not None  # the state implies a decision
    effects.deliver(step, decision, step.request.on)
    return f"Zapisano doręczenie decyzji ({step.request.on.isoformat()})."


# The actions this module writes the effects of (read by perform.HANDLERS).
HANDLERS: dict[Action, Handler] = {
    Action.GRANT: _grant,
    Action.REFUSE: _refuse,
    Action.DELIVER: _deliver,
}
