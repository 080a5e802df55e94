"""The audit log: every insert, update and delete of an audited record, written in the
same transaction as the change itself, with who did it and the old and new values. The
entries of a transaction are collected as it flushes and inserted when it commits, chained
and under the office's signature (:mod:`calcert_desktop.storage.audit_chain`).

The session's ``info["audit"]`` holds the :class:`AuditContext` of the service transaction.
A flush that changes audited records without one is refused: nothing changes unaudited.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import event, inspect, text
from sqlalchemy.orm import Session, SessionTransaction, UOWTransaction
from sqlalchemy.orm.attributes import get_history

from calcert_desktop.storage import audit_chain, fast_insert, seal_keys, written
from calcert_desktop.storage.ids import new_id
from calcert_desktop.storage.models import AUDIT_EXCLUDED, AUDITED, Base

AUDIT_KEY = "audit"
PENDING_KEY = "audit_pending"
MARKS_KEY = "audit_savepoints"
OVERRIDE_ATTR = "_audit_override"


class AuditMissing(RuntimeError):
    """An audited record was about to change outside a service transaction."""


@dataclass(frozen=True)
class AuditContext:
    """Who acts, in which action; ``at`` overrides the clock (demo data is backdated)."""

    user_id: uuid.UUID | None
    login: str
    action: str
    at: datetime | None = None


# The values most columns hold, stored in the log as they are (checked first: the log of a
# register's import converts half a million of them).
_AS_IS = frozenset({str, int, float, bool, type(None)})


def to_json_value(value: Any) -> Any:
    """A column value as JSON: dates ISO, UUIDs hex, the rest as is."""
    if type(value) in _AS_IS:
        return value
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


_KEYS: dict[type, tuple[str, ...]] = {}


def audited_keys(model: type[Base]) -> tuple[str, ...]:
    """The column attributes of ``model`` the audit log records (derived columns left out)."""
    keys = _KEYS.get(model)
    if keys is None:
        excluded = AUDIT_EXCLUDED.get(model.__tablename__, frozenset())
        keys = tuple(attr.key for attr in inspect(model).column_attrs if attr.key not in excluded)
        _KEYS[model] = keys
    return keys


def column_values(obj: Base) -> dict[str, Any]:
    """The audited column values of a record, JSON-ready."""
    return {key: to_json_value(getattr(obj, key)) for key in audited_keys(type(obj))}


def entity_key(obj: Base) -> str:
    """A record's identity as text (composite keys joined with ':')."""
    identity = inspect(obj).identity or tuple(
        getattr(obj, c.key) for c in inspect(obj).mapper.primary_key
    )
    return ":".join(str(to_json_value(part)) for part in identity)


def _case_id(obj: Base) -> uuid.UUID | None:
    if obj.__tablename__ == "cases":
        return obj.id  # type: ignore[attr-defined]
    return getattr(obj, "case_id", None)


def _changed_values(obj: Base) -> tuple[dict[str, Any], dict[str, Any]]:
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for key in audited_keys(type(obj)):
        history = get_history(obj, key)
        if not history.has_changes():
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if to_json_value(before) == to_json_value(after):
            continue
        old[key] = to_json_value(before)
        new[key] = to_json_value(after)
    return old, new


# json.dumps(…, ensure_ascii=False, sort_keys=True, separators=(",", ":")) made once
_VALUES = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _dumps(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return _VALUES.encode(values)


@dataclass(frozen=True, slots=True)
class _Change:
    """One record's change, as the audit log stores it."""

    entity: str
    entity_id: str
    case_id: uuid.UUID | None
    operation: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None


def _entry(context: AuditContext, change: _Change, seq: int, now: datetime) -> dict[str, Any]:
    return {
        "id": new_id(),
        "at": context.at or now,
        "seq": seq,
        "user_id": context.user_id,
        "user_login": context.login,
        "action": context.action,
        "entity": change.entity,
        "entity_id": change.entity_id,
        "case_id": change.case_id,
        "operation": change.operation,
        "old": _dumps(change.old),
        "new": _dumps(change.new),
    }


def _now(session: Session) -> datetime:
    """The time of a change (UTC, naive). On a server, the server's clock: the log is
    replayed in time order (storage/verify.py), and two PCs whose clocks differ by a second
    would otherwise put one record's changes out of order (a number counter taken by two PCs
    one after the other). A writer that waited for another's lock reads the clock after that
    one committed, so one record's entries follow each other as their changes did."""
    if session.get_bind().dialect.name == "postgresql":
        return session.connection().execute(_SERVER_NOW).scalar_one()
    return datetime.now(UTC).replace(tzinfo=None)


# clock_timestamp(), not now(): now() is when the transaction began, before any wait.
_SERVER_NOW = text("SELECT timezone('UTC', clock_timestamp())")


def collect_entries(session: Session) -> list[dict[str, Any]]:
    """Audit rows for what the session is flushing (call after the flush wrote it)."""
    audited = tuple(AUDITED)
    changes: list[tuple[str, Base]] = [
        *(("insert", o) for o in session.new if isinstance(o, audited)),
        *(("update", o) for o in session.dirty if isinstance(o, audited)),
        *(("delete", o) for o in session.deleted if isinstance(o, audited)),
    ]
    if not changes:
        return []
    session_context: AuditContext | None = session.info.get(AUDIT_KEY)
    now = _now(session)
    seq = session.info.get("audit_seq", 0)
    rows = []
    for operation, obj in changes:
        context = getattr(obj, OVERRIDE_ATTR, None) or session_context
        if context is None:
            raise AuditMissing(f"{obj.__tablename__} changed outside a service transaction")
        if operation == "insert":
            old, new = None, column_values(obj)
        elif operation == "delete":
            old, new = column_values(obj), None
        else:
            old, new = _changed_values(obj)
            if not new:
                continue
        seq += 1
        change = _Change(obj.__tablename__, entity_key(obj), _case_id(obj), operation, old, new)
        rows.append(_entry(context, change, seq, now))
        written.note(session, change.entity, change.case_id, old, new)  # for the other PCs
    session.info["audit_seq"] = seq
    return rows


def _pending(session: Session) -> list[dict[str, Any]]:
    """The transaction's entries not yet in the log: they are chained and inserted when it
    commits (:mod:`calcert_desktop.storage.audit_chain`), after its last flush."""
    return session.info.setdefault(PENDING_KEY, [])


def pending_entries(session: Session) -> list[dict[str, Any]]:
    """The entries this transaction flushed so far, to be chained when it commits (an
    erasure of a person's data replaces values in them: storage/audit_erasure.py)."""
    return _pending(session)


def pending_time(session: Session, case_id: uuid.UUID) -> datetime | None:
    """The time of the newest entry about case ``case_id`` that this transaction flushed
    and will add to the log when it commits (None: none yet)."""
    times = [row["at"] for row in session.info.get(PENDING_KEY, ()) if row["case_id"] == case_id]
    return max(times) if times else None


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    rows = collect_entries(session)
    if rows:
        _pending(session).extend(rows)


def _before_commit(session: Session) -> None:
    """Chain and insert the transaction's entries, moving the signed head (the last flush
    first, so that nothing of the transaction is left out)."""
    session.flush()
    if not session.info.get(PENDING_KEY):
        return
    key_id = audit_chain.active_key_id(session) or _make_office_key(session)
    rows = session.info.pop(PENDING_KEY)
    audit_chain.append(session, rows, datetime.now(UTC).replace(tzinfo=None), key_id)


def _make_office_key(session: Session) -> str:
    """The office's first key, made by the first transaction that writes the log (the head
    is signed from the first entry on); its row is audited like any other."""
    seal_keys.lock_local_keys(session)
    key_id = audit_chain.active_key_id(session)
    if key_id is None:
        last = _pending(session)[-1]
        context = session.info.get(AUDIT_KEY) or AuditContext(
            last["user_id"], last["user_login"], last["action"], last["at"]
        )
        row = seal_keys.create_office_key(session, session.info.get(seal_keys.LABEL_KEY))
        attribute([row], context)
        session.flush()
        key_id = row.key_id
    return key_id


def _transaction_created(session: Session, transaction: SessionTransaction) -> None:
    """A new transaction starts with no pending entries; a savepoint remembers how many
    there were, so that rolling it back drops the entries of what it undid."""
    if transaction.parent is None:
        session.info.pop(PENDING_KEY, None)
    elif transaction.nested:
        session.info.setdefault(MARKS_KEY, {})[id(transaction)] = len(_pending(session))


def _soft_rollback(session: Session, previous_transaction: SessionTransaction) -> None:
    marks: dict[int, int] = session.info.get(MARKS_KEY, {})
    if previous_transaction.nested and id(previous_transaction) in marks:
        del _pending(session)[marks.pop(id(previous_transaction)):]
    elif previous_transaction.parent is None:
        session.info.pop(PENDING_KEY, None)
        session.info.pop(MARKS_KEY, None)


def install(session_class: type[Session]) -> None:
    """Attach the audit listeners to a session class (idempotent)."""
    for name, listener in (
        ("after_flush", _after_flush),
        ("before_commit", _before_commit),
        ("after_transaction_create", _transaction_created),
        ("after_soft_rollback", _soft_rollback),
    ):
        if not event.contains(session_class, name, listener):
            event.listen(session_class, name, listener)


def attribute(objects: Iterable[Base], context: AuditContext) -> None:
    """Record ``objects`` under their own context (used by the demo's backdated history)."""
    for obj in objects:
        setattr(obj, OVERRIDE_ATTR, context)


@dataclass(frozen=True, slots=True)
class NewRow:
    """A record to insert in bulk: its model, every column value, and who made it."""

    model: type[Base]
    values: dict[str, Any]
    context: AuditContext


# Per model: each column's key and what gives its default (None: none).
_DEFAULTS: dict[type, tuple[tuple[str, Callable[[], Any] | None], ...]] = {}


def _column_defaults(model: type[Base]) -> tuple[tuple[str, Callable[[], Any] | None], ...]:
    """Each column of ``model``: (key, what gives its default or None)."""
    found = _DEFAULTS.get(model)
    if found is None:
        found = _DEFAULTS[model] = tuple(
            (column.key, fast_insert.column_default(column)) for column in model.__table__.columns
        )
    return found


def new_row(obj: Base) -> NewRow:
    """A NewRow from a transient ORM object carrying its own context (:func:`attribute`)."""
    model = type(obj)
    values = {key: getattr(obj, key) for key, _default in _column_defaults(model)}
    return row_of(model, values, getattr(obj, OVERRIDE_ATTR))


def row_of(model: type[Base], given: dict[str, Any], context: AuditContext) -> NewRow:
    """A NewRow of ``model`` from some of its column values, the others their defaults (or
    NULL), as the ORM would insert them."""
    values: dict[str, Any] = {}
    for key, default in _column_defaults(model):
        value = given.get(key)
        values[key] = default() if value is None and default is not None else value
    return NewRow(model, values, context)


def bulk_insert(session: Session, rows: list[NewRow]) -> None:
    """Insert new records of one model fast (Core executemany), with exactly the audit rows
    a flush would write for them."""
    if not rows:
        return
    model = rows[0].model
    table = model.__table__
    keys = audited_keys(model)
    pk = [c.key for c in table.primary_key.columns]
    now = _now(session)
    changes = [
        _Change(
            table.name,
            ":".join(str(to_json_value(row.values[k])) for k in pk),
            row.values["id"] if table.name == "cases" else row.values.get("case_id"),
            "insert",
            None,
            {k: to_json_value(row.values[k]) for k in keys},
        )
        for row in rows
    ]
    entries = [
        _entry(row.context, change, seq, now)
        for seq, (row, change) in enumerate(zip(rows, changes, strict=True), start=1)
    ]
    fast_insert.insert_rows(session, table, [row.values for row in rows])
    _pending(session).extend(entries)
    for change in changes:
        written.note(session, change.entity, change.case_id, None, change.new)


def insert_records(session: Session, batch: Iterable[Base | NewRow]) -> None:
    """Insert new records in bulk, with their audit rows, table by table in foreign-key
    order (parents before children): ORM objects carrying their context (:func:`attribute`)
    and :class:`NewRow` values alike. The unit of work would be ten times slower for
    100,000 cases (the demo; the register's import)."""
    by_table: dict[str, list[NewRow]] = {}
    for item in batch:
        row = item if isinstance(item, NewRow) else new_row(item)
        by_table.setdefault(row.model.__tablename__, []).append(row)
    for table in Base.metadata.sorted_tables:
        if table.name in by_table:
            bulk_insert(session, by_table[table.name])
