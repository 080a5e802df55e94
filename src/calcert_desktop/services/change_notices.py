"""What a write tells the other PCs of the office: its change set, derived from the records
the transaction wrote, sent on the server's channel when it commits.

Every write passes :func:`~calcert_desktop.services.context.writing`, and every record it
writes passes the audit hook, which notes the table and the case (storage/written.py). So
the notice is made there, from what was really written, for every writer alike (a window, the
command line, the sweep, a script), and goes out in the same transaction: a write that rolls
back announces nothing. The kinds and cases are those of the tables and case rows written
(the same table-to-kind map the services use); a write that touches many cases says
``all_cases`` instead of naming them, so the notice stays under the server's limit.

A notice carries the ``origin`` of the context that wrote: a PC ignores its own, as its
windows were already told by the write itself.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.states import APPLICATION_STATES
from calcert_desktop.services.changes import EVERYTHING, Changes, Kind, kinds_of_tables
from calcert_desktop.storage import written as written_records
from calcert_desktop.storage.models import Case
from calcert_desktop.storage.notify import PAYLOAD_LIMIT, send
from calcert_desktop.storage.written import Written

if TYPE_CHECKING:
    from calcert_desktop.services.context import AppContext

log = logging.getLogger(__name__)

VERSION = 1
# More cases than this in one write (demo data, a batch): "every case", no list of them.
MOST_CASES_NAMED = 200
# Kinds a view shows beside the records written: the people list shows the Commission
# roles the Board's appointments give (services/admin/board.py says the same).
_SHOWN_WITH: dict[Kind, frozenset[Kind]] = {Kind.BOARD: frozenset({Kind.PEOPLE})}
_LISTED = frozenset(state.value for state in APPLICATION_STATES)


@dataclass(frozen=True)
class Notice:
    """A change set heard on the channel, and the context that wrote it."""

    origin: str
    changes: Changes


def changes_written(session: Session, written: Written) -> Changes:
    """The change set of what ``written`` records (cases' numbers read in ``session``)."""
    kinds = set(kinds_of_tables(written.tables))
    for kind in tuple(kinds):
        kinds |= _SHOWN_WITH.get(kind, frozenset())
    if not written.case_ids:
        return Changes.of(*kinds)
    kinds.add(Kind.HISTORY)  # each change of a case's record is in its history
    numbers, states = set(written.numbers), set(written.states)
    every = len(written.case_ids) > MOST_CASES_NAMED
    if not every:
        rows = session.execute(
            select(Case.reference, Case.draft_code, Case.state).where(Case.id.in_(written.case_ids))
        )
        for reference, draft_code, state in rows:
            numbers.update(n for n in (reference, draft_code) if n)
            states.add(state)
    if every or states & _LISTED:  # a draft or an application awaiting the check
        kinds.add(Kind.DRAFTS)
    return Changes.of(*kinds, references=() if every else numbers, all_cases=every)


def encode(changes: Changes, origin: str) -> str:
    """The notice as compact JSON, under the server's limit (``all_cases`` in place of
    the cases' numbers when they would not fit)."""
    body: dict[str, Any] = {"v": VERSION, "o": origin, "k": sorted(changes.kinds)}
    if changes.all_cases:
        body["a"] = 1
    else:
        body["r"] = sorted(changes.references)
    text = _dumps(body)
    if len(text.encode("utf-8")) > PAYLOAD_LIMIT:
        body.pop("r")
        body["a"] = 1
        text = _dumps(body)
    return text


def _dumps(body: dict[str, Any]) -> str:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def decode(payload: str) -> Notice:
    """The notice in ``payload``. One this version cannot read (another program on the
    channel, a damaged text) counts as a change of everything: a view shown is never left
    stale. Kinds a newer version added are left out (no view here shows them)."""
    try:
        body = json.loads(payload)
        origin = body["o"]
        kinds = _known(body["k"])
        references = body.get("r", [])
        if not isinstance(origin, str) or not isinstance(references, list):
            raise TypeError("origin or references")
        changes = Changes.of(*kinds, references=(str(r) for r in references),
                             all_cases=bool(body.get("a")))  # fmt: skip
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        log.warning("a change notice not understood (%s): %.200s", error, payload)
        return Notice("", EVERYTHING)
    return Notice(origin, changes)


def _known(names: Iterable[Any]) -> list[Kind]:
    known = {kind.value for kind in Kind}
    return [Kind(name) for name in names if name in known]


def notice_of(session: Session, origin: str) -> str | None:
    """The notice of what ``session`` wrote since the last one (None: nothing to tell),
    everything it holds flushed first."""
    session.flush()  # what the commit would still write is noted too
    written = written_records.take(session)
    changes = changes_written(session, written) if written is not None else None
    return encode(changes, origin) if changes else None


def announce(ctx: AppContext, session: Session) -> None:
    """Queue the notice of what ``session`` wrote, in its transaction (on a server; a
    SQLite file has no other PCs to tell). Call just before the commit."""
    if ctx.db.is_sqlite:
        return
    notice = notice_of(session, ctx.origin)
    if notice is not None:
        send(session, notice)


def new_origin() -> str:
    """An origin for a newly opened context."""
    return uuid.uuid4().hex
