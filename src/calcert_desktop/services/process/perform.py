"""Running one action of the process on one case: the path every change of a case takes.

:func:`perform` opens the service transaction, reads the case's facts, lets the domain's
workflow decide (state, role, date, every guard), and only then lets the action's handler
write. A refused action therefore writes nothing at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from calcert_desktop.domain import workflow
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.facts import ActionRequest, Person
from calcert_desktop.domain.origin import with_origin
from calcert_desktop.domain.states import APPLICATION_STATES, CaseState
from calcert_desktop.services import appointments, config
from calcert_desktop.services.changes import Changes, Kind, kinds_of_tables
from calcert_desktop.services.context import Actor, AppContext, find_user, writing
from calcert_desktop.services.installation_role import office_only, require_handed
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.services.process import (
    appeals,
    case_facts,
    certificates,
    commission,
    deadlines,
    decisions,
    filing,
    revocations,
    site_visits,
)
from calcert_desktop.services.process.step import ActionResult, Handler, Step
from calcert_desktop.storage.audit import AUDIT_KEY
from calcert_desktop.storage.models import Case, User

PERSON_PARAMS = ("member", "expert", "person")


# Every action's handler, from the one list of handler modules (no registration by import).
HANDLERS: dict[Action, Handler] = {
    action: handler
    for module in (filing, commission, site_visits, decisions, certificates, appeals, revocations)
    for action, handler in module.HANDLERS.items()
}


def _resolve_people(session: Session, params: dict[str, Any], on: date) -> dict[str, User]:
    """The people the parameters name, as the domain sees them on the act's day ``on``:
    their roles then, and their appointments (the guards weigh them on that day)."""
    people: dict[str, User] = {}
    for name in PERSON_PARAMS:
        login = params.get(name)
        if isinstance(login, str) and login.strip():
            user = find_user(session, login, name)
            people[name] = user
            terms = appointments.terms_of(session, user.id)
            params[name] = Person(user.login, appointments.roles_with(user, terms, on),
                                  appointments=terms)  # fmt: skip
    return people


# What a laptop may record of the cases handed to it (services/installation_role.py).
LAPTOP_ACTIONS = frozenset({Action.ASSESS, Action.RECORD_VISIT, Action.DECLARE_CONFLICT})


def perform(
    ctx: AppContext,
    actor: Actor,
    reference: str,
    action: Action | str,
    on: date | None = None,
    params: Mapping[str, Any] | None = None,
    *,
    confirmed: bool = False,
) -> ActionResult:
    """Take ``action`` on the case ``reference`` as ``actor``, dated ``on`` (today by default).

    An act the domain only warns of (:class:`NeedsConfirmation`: a second open case of the
    same institution) is refused, writing nothing, unless ``confirmed``.
    """
    with writing(ctx, actor, str(action)) as session:
        case = find_case(session, reference, for_update=True)
        return run_in(session, ctx, actor, case, action, on, params, confirmed=confirmed)


def run_in(
    session: Session,
    ctx: AppContext,
    actor: Actor,
    case: Case,
    action: Action | str,
    on: date | None = None,
    params: Mapping[str, Any] | None = None,
    *,
    confirmed: bool = False,
) -> ActionResult:
    """:func:`perform` inside a transaction the caller already holds."""
    try:
        action = Action(action)
    except ValueError:
        raise ValidationError(
            "workflow.unknown_action", "action", value=str(action), known=", ".join(Action)
        ) from None
    if action not in LAPTOP_ACTIONS:  # a laptop records what was handed to it, no more
        office_only(session, action.label)
    else:
        require_handed(session, case, actor.login, action, display_reference(case))
    context = session.info.get(AUDIT_KEY)
    if context is not None:  # history names the step, also inside a larger transaction
        session.info[AUDIT_KEY] = replace(context, action=with_origin(context.action,
                                                                        action.value))
    given = dict(params or {})
    if action == Action.DECLARE_CONFLICT and not given.get("person"):
        given["person"] = actor.login  # one declares one's own conflict
    on = on or ctx.today()
    people = _resolve_people(session, given, on)
    # Only for a real date: 9999-12-31 plus 14 days overflows; the guards refuse it below.
    if action == Action.CHARGE and not given.get("response_due") and on <= ctx.today():
        given["response_due"] = on + timedelta(days=config.response_days(session))
    request = ActionRequest(action, actor.person, on, given, confirmed=confirmed)
    facts = case_facts.build(session, case, action, ctx.today())
    target = workflow.evaluate(facts, request)
    step = Step(session, ctx, actor, case, request, facts, target, people)
    before = display_reference(case)  # a draft's code until it is filed

    def written(flushing: Session, *_: Any) -> None:  # every table the step touches
        dirty = (obj for obj in flushing.dirty if flushing.is_modified(obj))
        for obj in (*flushing.new, *dirty, *flushing.deleted):
            step.changed.add(getattr(obj, "__tablename__", ""))

    event.listen(session, "before_flush", written)
    try:
        message = HANDLERS[action](step)
        _move(step)
        session.flush()
    finally:
        event.remove(session, "before_flush", written)
    reference = display_reference(case)
    return ActionResult(reference, CaseState(case.state), message,
                        _changes(step, before, reference), dict(step.extra))  # fmt: skip


def _changes(step: Step, before: str, reference: str) -> Changes:
    """The kinds the step wrote, in this case (under both its references) and a renewal."""
    kinds = kinds_of_tables(step.changed) | {Kind.CASES, Kind.HISTORY}
    renewal = step.extra.get("renewal")
    listed = step.facts.state in APPLICATION_STATES or step.target in APPLICATION_STATES
    if renewal or listed:  # a new draft, or a case entered or left the applications list
        kinds |= {Kind.DRAFTS}
    return Changes.of(*kinds, references=(before, reference, str(renewal or "")))


def _move(step: Step) -> None:
    case, on = step.case, step.request.on
    if case.state != step.target:
        case.state = step.target.value
        case.state_since = on
    if case.last_event_on is None or on > case.last_event_on:
        case.last_event_on = on
    case.next_deadline = deadlines.next_deadline(step.session, case)
