"""Yearly number sequences (case references, certificates), gap-free because a number is
taken in the same transaction that uses it: a rolled-back action gives its number back."""

from __future__ import annotations

from sqlalchemy.orm import Session

from calcert_desktop.storage.models import Counter


def take_next(session: Session, kind: str, year: int) -> int:
    """The next number of ``kind`` in ``year`` (1 for the first)."""
    counter = session.get(Counter, (kind, year))
    if counter is None:
        counter = Counter(kind=kind, year=year, last=0)
        session.add(counter)
    counter.last += 1
    return counter.last
