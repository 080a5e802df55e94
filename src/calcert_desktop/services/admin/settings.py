"""Settings where the regulations are silent, with their defaults (domain.md)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import ValidationError, ValidationErrors
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.access import VIEWERS
from calcert_desktop.services.admin.office import expect_versions, put
from calcert_desktop.services.changes import NOTHING, Changes, Done, Kind
from calcert_desktop.services.config import SETTINGS, TEXT_SETTINGS, get_int, get_text
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.services.process.deadlines import next_deadline
from calcert_desktop.storage.models import Case, Setting

# Who changes the settings: the administrator.
CHANGERS = (Role.ADMIN,)


def may_change(actor: Actor) -> bool:
    """True when ``actor`` may change the settings (the window asks before offering the
    fields; every change checks again)."""
    return bool(actor.roles & set(CHANGERS))


def list_settings(ctx: AppContext, actor: Actor) -> list[dict[str, Any]]:
    """Every setting with its value, default, description, allowed range (``low``,
    ``high``) and the version of its row (``version``: 0 while it has none; handed back to
    :func:`save_numbers`), for everyone following cases."""
    actor.require(*VIEWERS)
    with reading(ctx) as session:
        found = session.scalars(select(Setting).where(Setting.key.in_(list(SETTINGS))))
        rows = {row.key: row for row in found}
        return [
            {"key": key, "value": get_int(session, key), "default": spec.default,
             "label": spec.label, "low": spec.low, "high": spec.high,
             "version": rows[key].row_version if key in rows else 0}
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


def _number(key: str, value: str, field: str) -> int:
    """``value`` as the whole number the setting ``key`` allows, or ValidationError."""
    spec = SETTINGS.get(key)
    if spec is None:
        raise ValidationError("setting.unknown", "key", value=key, known=", ".join(SETTINGS))
    try:
        number = int(value.strip())
    except ValueError:
        number = None
    if number is None or not spec.low <= number <= spec.high:
        raise ValidationError(
            "setting.out_of_range", field, value=value, low=spec.low, high=spec.high
        )
    return number


def set_int(ctx: AppContext, actor: Actor, key: str, value: str) -> Done:
    """Change a setting (administrators only); returns a Polish confirmation."""
    actor.require(*CHANGERS)
    spec = SETTINGS.get(key)
    number = _number(key, value, "value")
    assert spec is not None
    with writing(ctx, actor, "settings") as session:
        _check_response_periods(session, key, number)
        put(session, key, str(number))  # under the row's lock (services/locks.py)
        if key == "appeal_days":
            _refresh_appeal_deadlines(session)
    changes = Changes.of(Kind.SETTINGS)
    if key == "appeal_days":  # every open appeal's deadline moved
        changes = changes.merge(Changes.of(Kind.CASES, Kind.APPEALS, all_cases=True))
    return Done(f"Ustawiono: {spec.label} = {number}.", changes)


def save_numbers(
    ctx: AppContext,
    actor: Actor,
    values: Mapping[str, str],
    versions: Mapping[str, int] | None = None,
) -> Done:
    """Save several whole-number settings (key -> text) in one transaction, administrators
    only; refused whole, every problem named (each with its key as the field), the periods
    for answering charges checked against each other as they will be.

    ``versions`` (``version`` of :func:`list_settings` as the page showed them): refused
    whole if another administrator changed any of these settings since."""
    actor.require(*CHANGERS)
    unknown = [key for key in values if key not in SETTINGS]
    if unknown:
        raise ValidationError("setting.unknown", "key", value=unknown[0],
                              known=", ".join(SETTINGS))  # fmt: skip
    numbers: dict[str, int] = {}
    problems: list[ValidationError] = []
    for key, value in values.items():
        try:
            numbers[key] = _number(key, value, key)
        except ValidationError as problem:
            problems.append(problem)
    if problems:
        raise problems[0] if len(problems) == 1 else ValidationErrors(problems)
    changed: list[str] = []
    with writing(ctx, actor, "settings") as session:
        expect_versions(session, {key: str(number) for key, number in numbers.items()},
                        None if versions is None else {key: versions.get(key, 0)
                                                       for key in numbers})  # fmt: skip
        current = {key: get_int(session, key) for key in ("response_days", "min_response_days")}
        current.update((key, numbers[key]) for key in current if key in numbers)
        if current["response_days"] < current["min_response_days"]:
            key = "response_days" if "response_days" in numbers else "min_response_days"
            if key == "response_days":
                raise ValidationError("setting.response_below_minimum", key,
                                      value=current[key], minimum=current["min_response_days"])
            raise ValidationError("setting.minimum_above_response", key, value=current[key],
                                  default=current["response_days"])  # fmt: skip
        for key, number in numbers.items():
            if get_int(session, key) != number:
                changed.append(key)
                put(session, key, str(number))  # under the row's lock (services/locks.py)
        if "appeal_days" in changed:
            _refresh_appeal_deadlines(session)
    if not changed:
        return Done("Bez zmian: ustawienia procesu są takie jak zapisane.", NOTHING)
    changes = Changes.of(Kind.SETTINGS)
    if "appeal_days" in changed:  # every open appeal's deadline moved
        changes = changes.merge(Changes.of(Kind.CASES, Kind.APPEALS, all_cases=True))
    return Done(f"Zapisano ustawienia procesu (zmienione: {len(changed)}).", changes)


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
