"""A person's data erased from the audit log without breaking its chain.

An entry's old and new values are the JSON of a record's columns; the chain covers them
through their SHA-256 (storage/audit_chain.py). Erasing replaces a value by an *erased
value*: the same columns with the person's data replaced, carrying the digest the value had
and the id of the erasure (an ``erasures`` row, itself an entry of the log). The triggers
let exactly that change through (migration 0015); the chain still verifies, and every
erased value must name an erasure the log records.

Both the entries already in the log and those of the erasing transaction itself (its own
update of the record would otherwise copy the data into the log again) are erased."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from calcert_desktop.storage import audit, audit_chain
from calcert_desktop.storage.models import AuditEntry

# What replaces a person's data in one entry's values (the columns of one record).
Eraser = Callable[[dict[str, Any]], dict[str, Any]]

_TABLE = AuditEntry.__table__
_CHUNK = 500


def _erased(value: str | None, eraser: Eraser, erasure_id: str) -> str | None:
    """``value`` as an erased value when ``eraser`` changes something in it (None: not)."""
    if value is None:
        return None
    try:
        values = json.loads(value)
    except ValueError:
        return None
    if not isinstance(values, dict):
        return None
    values.pop(audit_chain.ERASED_KEY, None)  # erased before: erased again, same digest
    erased = eraser(values)
    if erased == values:
        return None
    return audit_chain.erased_value(value, erased, erasure_id)


def _changes(row: Mapping[str, Any], eraser: Eraser, erasure_id: str) -> dict[str, str]:
    changes = {}
    for column in ("old", "new"):
        erased = _erased(row[column], eraser, erasure_id)
        if erased is not None:
            changes[column] = erased
    return changes


def erase_entries(
    session: Session, entity: str, erasers: Mapping[str, Eraser], erasure_id: str
) -> int:
    """Erase, in every entry about the records ``erasers`` names (entity ids of ``entity``),
    what their eraser replaces; how many entries changed. Call after the transaction's
    changes were flushed."""
    count = 0
    for row in audit.pending_entries(session):
        eraser = erasers.get(row["entity_id"]) if row["entity"] == entity else None
        changes = _changes(row, eraser, erasure_id) if eraser else {}
        if changes:
            row.update(changes)
            count += 1
    ids = sorted(erasers)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found = session.execute(
            select(_TABLE.c.id, _TABLE.c.entity_id, _TABLE.c.old, _TABLE.c.new)
            .where(_TABLE.c.entity == entity, _TABLE.c.entity_id.in_(chunk))
        ).mappings().all()  # fmt: skip
        for row in found:
            changes = _changes(row, erasers[row["entity_id"]], erasure_id)
            if changes:
                session.execute(update(_TABLE).where(_TABLE.c.id == row["id"]).values(**changes))
                count += 1
    return count
