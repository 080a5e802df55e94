"""What an action's handler works with (:class:`Step`) and what an action returns
(:class:`ActionResult`): the types the handler modules and :mod:`perform` share."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from calcert_desktop.domain.facts import ActionRequest, CaseFacts
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.changes import NOTHING, Changes
from calcert_desktop.services.context import Actor, AppContext
from calcert_desktop.storage.models import Base, Case, User


@dataclass(frozen=True)
class ActionResult:
    """What an action did: the case, its new state, a Polish summary, what changed."""

    reference: str
    state: CaseState
    message: str
    changes: Changes = NOTHING
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class Step:
    """What a handler gets: the session, the case, the decided request and the facts."""

    session: Session
    ctx: AppContext
    actor: Actor
    case: Case
    request: ActionRequest
    facts: CaseFacts
    target: CaseState
    people: dict[str, User]
    changed: set[str] = field(default_factory=set)  # the tables written
    extra: dict[str, Any] = field(default_factory=dict)

    def new(self, model: type[Base], **values: Any) -> Any:
        """Stage a new record (an :mod:`effects` sink): added to the session."""
        record = model(**values)
        self.add(record)
        return record

    def settle(self) -> None:
        """Flush: the records staged so far get their rows before those that name them."""
        self.session.flush()

    def touched(self, table: str) -> None:
        """Note records of ``table`` changed in place."""
        self.changed.add(table)

    def add(self, *objects: Any) -> None:
        """Stage new records and note their kinds as changed."""
        for obj in objects:
            self.session.add(obj)
            self.changed.add(obj.__tablename__)


Handler = Callable[[Step], str]
