"""Row versions (the models' ``row_version``, SQLAlchemy's ``version_id_col``): what a
writer meant to write when its UPDATE found a newer version, the record as stored now, and
the audit log's latest entry for it (who changed it, when).

A flush that updates or deletes a versioned record names the version it read; when another
transaction changed the record meanwhile, the statement matches no row and SQLAlchemy
raises ``StaleDataError``, after which the session's objects are expired. So before every
flush :func:`note_attempts` keeps, in the session's info, what each versioned record was to
become: the service layer words the refusal from it (services/conflicts.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import get_history

from calcert_desktop.storage.audit import audited_keys, column_values, entity_key, to_json_value
from calcert_desktop.storage.models import AuditEntry, Base, User

ATTEMPTS_KEY = "version_attempts"


@dataclass(frozen=True)
class Attempt:
    """A versioned record a flush was to update (``values``: the audited columns it changed,
    as it meant to write them) or delete (``values`` None), and the version it read."""

    model: type[Base]
    identity: tuple[Any, ...]
    entity_id: str
    version: int | None
    values: dict[str, Any] | None


def versioned(obj: object) -> bool:
    """Whether ``obj`` is a record with a row version."""
    return isinstance(obj, Base) and inspect(obj).mapper.version_id_col is not None


def version_read(obj: Base) -> int | None:
    """The version of ``obj`` as it was read (before any change in this session)."""
    history = get_history(obj, "row_version")
    base = history.deleted or history.unchanged or history.added
    return base[0] if base else None


def changed_values(obj: Base) -> dict[str, Any]:
    """The audited columns of ``obj`` changed in this session, JSON-ready."""
    changed: dict[str, Any] = {}
    for key in audited_keys(type(obj)):
        if get_history(obj, key).has_changes():
            changed[key] = to_json_value(getattr(obj, key))
    return changed


def _attempt(obj: Base, values: dict[str, Any] | None) -> Attempt:
    identity = inspect(obj).identity or ()
    return Attempt(type(obj), tuple(identity), entity_key(obj), version_read(obj), values)


def note_attempts(session: Session, *_: Any) -> None:
    """before_flush: keep what each versioned record of this flush was to become."""
    attempts = [
        _attempt(obj, changed_values(obj))
        for obj in session.dirty
        if versioned(obj) and session.is_modified(obj)
    ]
    attempts += [_attempt(obj, None) for obj in session.deleted if versioned(obj)]
    session.info[ATTEMPTS_KEY] = attempts


def install(session_class: type[Session]) -> None:
    """Attach the listener to a session class (idempotent)."""
    if not event.contains(session_class, "before_flush", note_attempts):
        event.listen(session_class, "before_flush", note_attempts)


def attempts_of(session: Session) -> list[Attempt]:
    """What the session's last flush meant to write to versioned records."""
    return list(session.info.get(ATTEMPTS_KEY, ()))


@dataclass(frozen=True)
class Stored:
    """A versioned record as stored now (``values`` its audited columns, JSON-ready)."""

    version: int
    values: dict[str, Any]
    row: Base


def stored(session: Session, model: type[Base], identity: Sequence[Any]) -> Stored | None:
    """The record as committed now (read afresh), or None when it is gone."""
    row = session.get(model, tuple(identity), populate_existing=True)
    if row is None:
        return None
    return Stored(row.row_version, column_values(row), row)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class LastChange:
    """The audit log's latest entry for a record: who (login, full name) and when (UTC)."""

    login: str
    full_name: str | None
    at: Any  # datetime, UTC naive


def last_change(
    session: Session, entity: str, entity_id: str, case_id: uuid.UUID | None = None
) -> LastChange | None:
    """Who changed the record last and when: the newest audit entry for it (with
    ``case_id``, for anything of that case: a draft's declaration is its case's)."""
    query = select(AuditEntry.user_login, User.full_name, AuditEntry.at).outerjoin(
        User, User.id == AuditEntry.user_id
    )
    if case_id is not None:
        query = query.where(AuditEntry.case_id == case_id)
    else:
        query = query.where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
    row = session.execute(
        query.order_by(AuditEntry.at.desc(), AuditEntry.seq.desc()).limit(1)
    ).first()
    return LastChange(row[0], row[1], row[2]) if row is not None else None


def touch(obj: Base) -> None:
    """Count a change of ``obj`` that is stored elsewhere (a case's declaration lives in
    its own table): its version goes up with the next flush, so a write based on the
    version read before is refused."""
    state = inspect(obj)
    if state.persistent and versioned(obj):
        obj.row_version = (version_read(obj) or 0) + 1  # type: ignore[attr-defined]
