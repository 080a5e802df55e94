"""Decisions becoming final and certificates expiring by themselves, when their day comes.

:func:`sweep` finds the cases whose date has passed: a refusal or revocation nobody
appealed (the day after the appeal period from the recorded delivery), a certificate past
its last day of validity. It takes the system's action on each (``finalize``, ``expire``),
dated the day it became due, in one transaction whose audit entries name "system". It is
idempotent (a swept case is no longer in the state it starts from), and a dry run says
what it would do without writing. When nothing is due it costs one indexed query.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain import workflow
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import DomainError, ValidationError
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.changes import NOTHING, Changes
from calcert_desktop.services.context import SYSTEM_ACTOR, Actor, AppContext, reading, writing
from calcert_desktop.services.lookup import display_reference
from calcert_desktop.storage.models import Case

# The state a case must be in for the system's action, and that action.
SWEPT: dict[CaseState, Action] = {
    CaseState.REFUSED: Action.FINALIZE,
    CaseState.REVOKED: Action.FINALIZE,
    CaseState.CERTIFIED: Action.EXPIRE,
}


@dataclass(frozen=True)
class SweepItem:
    """One case the sweep moved (or would move): its reference, the action, its date."""

    reference: str
    action: Action
    on: date
    state: CaseState  # the state after the action


@dataclass(frozen=True)
class SweepResult:
    """What a sweep did (or, for a dry run, would do), and what it changed."""

    today: date
    items: tuple[SweepItem, ...]
    dry_run: bool
    changes: Changes = NOTHING
    refused: tuple[tuple[str, str], ...] = ()  # (reference, Polish reason): left as they are


def _candidates(session: Session, today: date, *, for_update: bool = False) -> list[Case]:
    """Cases in a swept state whose recorded deadline (the last day to appeal, the last day
    of validity) is before ``today``: one query on the ``next_deadline`` index.

    ``for_update``: locked, in one order, as an act locks its case. Every PC sweeps when it
    opens the data, and a person may act in one of these cases at that moment: the sweep
    waits for them and the server re-checks each case (a case no longer in a swept state,
    appealed meanwhile or swept by another PC, drops out) instead of acting on a stale read.
    """
    query = (
        select(Case)
        .where(Case.next_deadline < today, Case.state.in_([s.value for s in SWEPT]))
        .order_by(Case.next_deadline, Case.id)
    )
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    return list(session.scalars(query))


def _due(session: Session, case: Case, action: Action, today: date) -> date | None:
    """The day ``action`` became due in ``case``, if it is due by ``today`` (None: not due,
    or never, as a decision whose delivery is not recorded)."""
    # Loaded only for a case past its recorded deadline: opening stays one query otherwise.
    from calcert_desktop.domain import guards
    from calcert_desktop.domain.dates import expires_on
    from calcert_desktop.services.process import case_facts

    facts = case_facts.build(session, case, action, today)
    if action == Action.FINALIZE:
        due = guards.becomes_final_on(facts)
    else:
        due = expires_on(facts.valid_until) if facts.valid_until else None
    if due is None or due > today:
        return None
    # An act is never dated before the case's previous one (a renewal recorded later).
    return max(due, case.last_event_on) if case.last_event_on else due


def sweep(ctx: AppContext, today: date | None = None, dry_run: bool = False) -> SweepResult:
    """Make final what became final and expire what expired by ``today`` (the clock's day by
    default; never a later day), as the system. ``dry_run``: only say what would be done."""
    real_today = ctx.today()
    today = today or real_today
    if today > real_today:
        raise ValidationError("date.future", "date", value=today.isoformat())
    if dry_run:
        with reading(ctx) as session:
            items = []
            for case in _candidates(session, today):
                action = SWEPT[CaseState(case.state)]
                on = _due(session, case, action, today)
                if on is not None:
                    target = _target(case, action)
                    items.append(SweepItem(display_reference(case), action, on, target))
            return SweepResult(today, tuple(items), True)
    acting = replace(ctx, today=lambda: today)
    with reading(ctx) as session:  # nothing due: no write lock taken, no transaction written
        if not any(
            _due(session, c, SWEPT[CaseState(c.state)], today) for c in _candidates(session, today)
        ):
            return SweepResult(today, (), False)
    from calcert_desktop.services.process.perform import run_in

    with writing(acting, None, "sweep") as session:
        items, refused, changes = [], [], NOTHING
        for case in _candidates(session, today, for_update=True):
            action = SWEPT[CaseState(case.state)]
            on = _due(session, case, action, today)
            if on is None:
                continue
            try:  # the domain decides before anything is written: a refusal writes nothing
                result = run_in(session, acting, SYSTEM_ACTOR, case, action, on)
            except DomainError as error:  # one odd case does not stop the others
                refused.append((display_reference(case), error.message))
                continue
            items.append(SweepItem(result.reference, action, on, result.state))
            changes = changes.merge(result.changes)
        return SweepResult(today, tuple(items), False, changes, tuple(refused))


def _target(case: Case, action: Action) -> CaseState:
    return workflow.TABLE[action].target(CaseState(case.state))


def sweep_for(
    ctx: AppContext, actor: Actor, today: date | None = None, dry_run: bool = False
) -> SweepResult:
    """:func:`sweep` asked for by a person (``calcert sweep``): the office or an
    administrator; what it records is still the system's act."""
    actor.require(Role.OFFICE, Role.ADMIN)
    return sweep(ctx, today, dry_run)
