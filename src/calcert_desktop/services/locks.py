"""Reading a record to change it, under its row lock, and inserting a record another PC may
insert at the same moment: the two moves a writer needs so that a read-then-write cannot
be interleaved with another PC's (on a server; a SQLite writer holds the whole file).

``SELECT ... FOR UPDATE`` waits for a transaction that holds the row and then reads what it
committed (READ COMMITTED). An insert of a key another open transaction has just inserted
waits for that one, then fails on the key: done in a savepoint, the failure leaves nothing
of the attempt (its audit entry included) and the transaction goes on.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from calcert_desktop.storage.models import Base

Row = TypeVar("Row", bound=Base)


def locked(session: Session, model: type[Row], key: Any) -> Row | None:
    """The record ``key`` of ``model`` read afresh under its row lock, or None."""
    # populate_existing: a row this session read earlier is re-read under the lock.
    return session.get(model, key, with_for_update=True, populate_existing=True)


def inserted(session: Session, record: Base) -> bool:
    """Insert ``record`` (audited as any insert) unless another transaction inserted its
    key first: then nothing of ours is left and False is returned (read theirs with
    :func:`locked`)."""
    try:
        with session.begin_nested():
            session.add(record)
    except IntegrityError:
        return False
    return True
