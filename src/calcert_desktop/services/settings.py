"""Settings where the regulations are silent, with their defaults (domain.md)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from calcert_desktop.domain.dates import (
    DEFAULT_APPEAL_DAYS,
    DEFAULT_REMINDER_MONTHS,
    DEFAULT_RESPONSE_DAYS,
)
from calcert_desktop.storage.models import Setting

DEFAULTS: dict[str, int] = {
    "appeal_days": DEFAULT_APPEAL_DAYS,
    "reminder_months": DEFAULT_REMINDER_MONTHS,
    "response_days": DEFAULT_RESPONSE_DAYS,
}


def get_int(session: Session, key: str) -> int:
    """An integer setting, or its default."""
    row = session.get(Setting, key)
    return int(row.value) if row is not None else DEFAULTS[key]
