"""Settings where the regulations are silent, with their defaults (domain.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from calcert_desktop.domain.dates import (
    DEFAULT_APPEAL_DAYS,
    DEFAULT_REMINDER_MONTHS,
    DEFAULT_RESPONSE_DAYS,
)
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.roles import Role
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.storage.models import Setting


@dataclass(frozen=True)
class IntSetting:
    """A whole-number setting with its Polish description and allowed range."""

    default: int
    label: str
    low: int
    high: int


SETTINGS: dict[str, IntSetting] = {
    "appeal_days": IntSetting(DEFAULT_APPEAL_DAYS, "dni na odwołanie od doręczenia decyzji", 1, 90),
    "reminder_months": IntSetting(
        DEFAULT_REMINDER_MONTHS, "miesiące przed wygaśnięciem: przypomnienie i odnowienie", 1, 24
    ),
    "response_days": IntSetting(
        DEFAULT_RESPONSE_DAYS, "domyślna liczba dni na odpowiedź na zarzuty", 1, 90
    ),
}


def get_int(session: Session, key: str) -> int:
    """An integer setting, or its default."""
    row = session.get(Setting, key)
    return int(row.value) if row is not None else SETTINGS[key].default


def list_settings(ctx: AppContext) -> list[dict[str, Any]]:
    """Every setting with its value, default and description."""
    with reading(ctx) as session:
        return [
            {"key": key, "value": get_int(session, key), "default": spec.default,
             "label": spec.label}
            for key, spec in SETTINGS.items()
        ]  # fmt: skip


def set_int(ctx: AppContext, actor: Actor, key: str, value: str) -> str:
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
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=str(number)))
        else:
            row.value = str(number)
        if key == "appeal_days":
            _refresh_appeal_deadlines(session)
    return f"Ustawiono: {spec.label} = {number}."


def _refresh_appeal_deadlines(session: Session) -> None:
    """Cases waiting for an appeal get the deadline the new setting gives them."""
    from sqlalchemy import select

    from calcert_desktop.domain.states import CaseState
    from calcert_desktop.services.process.deadlines import next_deadline
    from calcert_desktop.storage.models import Case

    session.flush()
    waiting = (CaseState.REFUSED.value, CaseState.REVOKED.value)
    for case in session.scalars(select(Case).where(Case.state.in_(waiting))):
        case.next_deadline = next_deadline(session, case)
