"""The expert's site visit: planned by the chair, recorded by the expert (or the office)."""

from __future__ import annotations

from typing import Any

from calcert_desktop.domain.actions import Action
from calcert_desktop.services.process import case_facts
from calcert_desktop.services.process.step import Handler, Step
from calcert_desktop.storage.models import SiteVisit, VisitFinding


def _schedule(step: Step) -> str:
    expert = step.people["expert"]
    planned = step.request.params["visit_on"]
    step.add(
        SiteVisit(
            case_id=step.case.id,
            expert_id=expert.id,
            scheduled_on=step.request.on,
            planned_for=planned,
            status="scheduled",
        )
    )
    return f"Zaplanowano wizytację: {expert.full_name}, {planned.isoformat()}."


def _record(step: Step) -> str:
    visit = case_facts.open_visit(step.session, step.case)
    assert visit is not None  # the case is in the site-visit state
    visit.status = "done"
    visit.visited_on = step.request.on
    visit.summary = step.request.text("summary")
    findings: dict[str, Any] = dict(step.request.params.get("findings") or {})
    for standard, (rating, text) in sorted(findings.items()):
        step.add(
            VisitFinding(
                visit_id=visit.id,
                case_id=step.case.id,
                standard=standard,
                rating=rating,
                finding=text,
            )
        )
    step.changed.add("site_visits")
    return f"Zapisano wyniki wizytacji z {step.request.on.isoformat()}; sprawa wraca do Komisji."


def _cancel(step: Step) -> str:
    visit = case_facts.open_visit(step.session, step.case)
    assert visit is not None
    visit.status = "cancelled"
    visit.cancel_reason = step.request.text("reason")
    step.changed.add("site_visits")
    return "Odwołano wizytację; sprawa wraca do Komisji."


# The actions this module writes the effects of (read by perform.HANDLERS).
HANDLERS: dict[Action, Handler] = {
    Action.SCHEDULE_VISIT: _schedule,
    Action.RECORD_VISIT: _record,
    Action.CANCEL_VISIT: _cancel,
}
