"""The expert's site visit: planned by the chair, recorded by the expert (or the office)."""

from __future__ import annotations

from typing import Any

from calcert_desktop.domain.actions import Action
from calcert_desktop.services.process import case_facts, effects
from calcert_desktop.services.process.step import Handler, Step


def _schedule(step: Step) -> str:
    expert = step.people["expert"]
    planned = step.request.params["visit_on"]
    effects.schedule_visit(step, step.case, expert.id, step.request.on, planned)
    return f"Zaplanowano wizytację: {expert.full_name}, {planned.isoformat()}."


def _record(step: Step) -> str:
    visit = case_facts.open_visit(step.session, step.case)
    assert visit is not None  # the case is in the site-visit state
    findings: dict[str, Any] = dict(step.request.params.get("findings") or {})
    request = step.request
    effects.record_visit(
        step, step.case, visit, request.on, request.text("summary"),
        [effects.VisitFindingText(code, *value) for code, value in sorted(findings.items())],
        (request.text("representative"), bool(request.params.get("acknowledged")),
         request.text("remarks")),
    )  # fmt: skip
    return f"Zapisano wyniki wizytacji z {step.request.on.isoformat()}; sprawa wraca do Komisji."


def _cancel(step: Step) -> str:
    visit = case_facts.open_visit(step.session, step.case)
    assert visit is not None
    effects.cancel_visit(step, visit, step.request.text("reason"))
    return "Odwołano wizytację; sprawa wraca do Komisji."


# The actions this module writes the effects of (read by perform.HANDLERS).
HANDLERS: dict[Action, Handler] = {
    Action.SCHEDULE_VISIT: _schedule,
    Action.RECORD_VISIT: _record,
    Action.CANCEL_VISIT: _cancel,
}
