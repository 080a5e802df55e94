"""The shortest periods a deadline must leave (issue 16, item 7): the institution gets at
least ``min_response_days`` (a setting) from the written charges to answer them.

:data:`MIN_PERIOD_SETTINGS` says which deadline parameter is bounded by which setting, so a
front end can check the date it proposes with :func:`period_problem`, the rule the guard
:func:`response_period_kept` applies when the charges are recorded.
"""

from __future__ import annotations

from datetime import date, timedelta

from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.facts import ActionRequest, CaseFacts
from calcert_desktop.domain.plural import counted

# Deadline parameter -> the setting holding its shortest period in days (from the act).
MIN_PERIOD_SETTINGS: dict[str, str] = {"response_due": "min_response_days"}


def earliest_due(on: date, days: int) -> date:
    """The earliest deadline that leaves ``days`` days after the act dated ``on``."""
    return on + timedelta(days=days)


def period_problem(name: str, on: date, due: date, days: int) -> ValidationError | None:
    """Why the deadline ``due`` (parameter ``name``) of an act dated ``on`` is too short,
    naming the earliest allowed date; None when it leaves at least ``days`` days."""
    try:
        earliest = earliest_due(on, days)
    except OverflowError:  # an act dated near 9999-12-31: other rules refuse it
        return None
    if due >= earliest:
        return None
    return ValidationError(
        f"period.too_short.{name}", name, value=due.isoformat(), on=on.isoformat(),
        earliest=earliest.isoformat(), days=counted(days, "dzień", "dni", "dni"),
    )  # fmt: skip


def response_period_kept(facts: CaseFacts, request: ActionRequest) -> None:
    """The deadline for answering the charges leaves the institution the shortest period."""
    due = request.params.get("response_due")
    if not isinstance(due, date):
        return  # a missing deadline is the rule of guards.due_after
    problem = period_problem("response_due", request.on, due, facts.min_response_days)
    if problem is not None:
        raise problem
