"""Settings where the regulations are silent, with their defaults (domain.md)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.access import VIEWERS
from calcert_desktop.services.admin.office import put
from calcert_desktop.services.changes import Changes, Done, Kind
from calcert_desktop.services.config import SETTINGS, TEXT_SETTINGS, get_int, get_text
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.services.process.deadlines import next_deadline
from calcert_desktop.storage.models import Case


def list_settings(ctx: AppContext, actor: Actor) -> list[dict[str, Any]]:
    """Every setting with its value, default and description (everyone following cases)."""
    actor.require(*VIEWERS)
    with reading(ctx) as session:
        return [
            {"key": key, "value": get_int(session, key), "default": spec.default,
             "label": spec.label}
            for key, spec in SETTINGS.items()
        ]  # fmt: skip


def list_text_settings(ctx: AppContext, actor: Actor) -> list[dict[str, Any]]:
    """Every text setting (the office's details) with its value, default and description."""
    actor.require(*VIEWERS)
    with reading(ctx) as session:
        return [
            {"key": key, "value": get_text(session, key), "default": spec.default,
             "label": spec.label}
            for key, spec in TEXT_SETTINGS.items()
        ]  # fmt: skip


def set_value(ctx: AppContext, actor: Actor, key: str, value: str) -> Done:
    """Change a setting of either type (administrators only): a number or a text."""
    if key in TEXT_SETTINGS:
        from calcert_desktop.services.admin import office

        return office.set_text(ctx, actor, key, value)
    if key not in SETTINGS:
        actor.require(Role.ADMIN)
        known = ", ".join([*SETTINGS, *TEXT_SETTINGS])
        raise ValidationError("setting.unknown", "key", value=key, known=known)
    return set_int(ctx, actor, key, value)


def set_int(ctx: AppContext, actor: Actor, key: str, value: str) -> Done:
    """Change a setting (administrators only); returns a Polish confirmation."""
    actor.require(Role.ADMIN)
    spec = SETTINGS.get(key)
    if spec is None:
        raise ValidationError("setting.unknown", "key", value=key, known=", ".join(SETTINGS))
    try:
        number = int(value.strip())
    except ValueError:
        number = None
    if number is None or not spec.low <= number <= spec.high:
        raise ValidationError(
            "setting.out_of_range", "value", value=value, low=spec.low, high=spec.high
        )
    with writing(ctx, actor, "settings") as session:
        _check_response_periods(session, key, number)
        put(session, key, str(number))  # under the row's lock (services/locks.py)
        if key == "appeal_days":
            _refresh_appeal_deadlines(session)
    changes = Changes.of(Kind.SETTINGS)
    if key == "appeal_days":  # every open appeal's deadline moved
        changes = changes.merge(Changes.of(Kind.CASES, Kind.APPEALS, all_cases=True))
    return Done(f"Ustawiono: {spec.label} = {number}.", changes)


def _check_response_periods(session: Session, key: str, number: int) -> None:
    """The default period for answering charges never falls below the shortest one."""
    if key == "response_days":
        minimum = get_int(session, "min_response_days")
        if number < minimum:
            raise ValidationError(
                "setting.response_below_minimum", None, value=number, minimum=minimum
            )
    elif key == "min_response_days":
        default = get_int(session, "response_days")
        if number > default:
            raise ValidationError(
                "setting.minimum_above_response", None, value=number, default=default
            )


def _refresh_appeal_deadlines(session: Session) -> None:
    """Cases waiting for an appeal get the deadline the new setting gives them."""
    session.flush()
    waiting = (CaseState.REFUSED.value, CaseState.REVOKED.value)
    for case in session.scalars(select(Case).where(Case.state.in_(waiting))):
        case.next_deadline = next_deadline(session, case)
