"""What a transaction wrote, as the audit log saw it: the tables, the cases, and the numbers
and states a case's row had before or after the write.

The audit hook notes every record it logs here (:func:`note`), so that whatever a service
wrote, through the ORM or in bulk, can be announced to the other PCs once the transaction
is about to commit (:mod:`calcert_desktop.services.change_notices`). Plain data only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

WRITTEN_KEY = "written"


@dataclass
class Written:
    """The tables and cases a transaction wrote so far.

    ``numbers`` and ``states`` hold what a case's row said in the values logged (all of
    them for a new or deleted case, the changed ones for an update): a deleted draft's code,
    the state a case left. The rest of a case is read from its row when announced.
    """

    tables: set[str] = field(default_factory=set)
    case_ids: set[uuid.UUID] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    states: set[str] = field(default_factory=set)


def note(
    session: Session,
    table: str,
    case_id: uuid.UUID | None,
    old: dict[str, Any] | None,
    new: dict[str, Any] | None,
) -> None:
    """Record one logged change of a record of ``table`` (of the case ``case_id``)."""
    written: Written = session.info.setdefault(WRITTEN_KEY, Written())
    written.tables.add(table)
    if case_id is not None:
        written.case_ids.add(case_id)
    if table != "cases":
        return
    for values in (old, new):
        if not values:
            continue
        for key in ("reference", "draft_code"):
            if values.get(key):
                written.numbers.add(str(values[key]))
        if values.get("state"):
            written.states.add(str(values["state"]))


def take(session: Session) -> Written | None:
    """What the session wrote since the last call (None: nothing), forgotten here."""
    written: Written | None = session.info.pop(WRITTEN_KEY, None)
    return written
