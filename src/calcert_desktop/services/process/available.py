"""Which actions a person may take on a case now, for the GUI's buttons."""

from __future__ import annotations

from calcert_desktop.domain import workflow
from calcert_desktop.domain.actions import Action
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.services.lookup import find_case
from calcert_desktop.services.process import case_facts


def available_actions(ctx: AppContext, actor: Actor, reference: str) -> list[Action]:
    """The actions the transition table allows ``actor`` from the case's state (and that the
    case and the actor alone do not rule out, e.g. a conflicted member's assessment); rules
    on the action's parameters and date are checked when it is performed."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        facts = case_facts.build(session, case, Action.ASSESS, ctx.today())
    return workflow.offered_actions(facts, actor.person)
