"""Yearly number sequences (case references, certificates, the Board's resolutions),
gap-free because a number is taken in the same transaction that uses it: a rolled-back
action gives its number back.

Several PCs issue numbers at once on a server, so a number is never read and then written
back (two transactions would read the same last number): the year's counter row is locked
(``SELECT ... FOR UPDATE``) until the transaction that took the next number ends, and a
second issuer waits for it, then reads what it committed. On SQLite the write transaction
already holds the whole file (``BEGIN IMMEDIATE``) and the lock clause is left out.

The first number of a year inserts the counter row (``last`` = 1, audited as an insert like
any record) inside a savepoint: when another transaction inserted it first, the insert waits
for that one, fails on the primary key, rolls back to the savepoint (its audit entry with
it), and the number is taken from the other's row, locked, as an audited update.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from calcert_desktop.services.installation_role import office_only
from calcert_desktop.services.locks import inserted, locked
from calcert_desktop.storage.models import Counter


def _inserted(session: Session, kind: str, year: int, last: int) -> Counter | None:
    """The year's counter row inserted with ``last``, or None when another transaction
    inserted it first (then nothing of ours is left of the attempt)."""
    counter = Counter(kind=kind, year=year, last=last)
    return counter if inserted(session, counter) else None


def hold(session: Session, kind: str, year: int) -> Counter:
    """Lock the counter of ``kind`` in ``year`` (made with ``last`` = 0 if there is none)
    until the transaction ends: writers that check something before they take the year's
    next number (the Board's appointments) check and number one at a time."""
    counter = locked(session, Counter, (kind, year))
    if counter is None:
        counter = _inserted(session, kind, year, 0) or locked(session, Counter, (kind, year))
    assert counter is not None  # inserted by us, or committed by the one we waited for
    return counter


def take_next(session: Session, kind: str, year: int) -> int:
    """The next number of ``kind`` in ``year`` (1 for the first); only the office numbers."""
    office_only(session, "nadawanie numerów")
    counter = locked(session, Counter, (kind, year))
    if counter is None:
        first = _inserted(session, kind, year, 1)
        if first is not None:
            return first.last
        counter = locked(session, Counter, (kind, year))
        assert counter is not None  # the transaction we waited for committed it
    counter.last += 1
    return counter.last
