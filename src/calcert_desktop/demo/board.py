"""The demo Board's own acts: the resolution appointing the Certification Commission (its
chair and members) and the one naming the person responsible for certification, both
adopted by every Board member before the first case, so that every assignment in the demo
falls within an appointment."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from calcert_desktop.demo.writer import Staff
from calcert_desktop.domain.appointments import Function
from calcert_desktop.domain.board import Subject, resolution_number
from calcert_desktop.services.process import effects
from calcert_desktop.storage import audit
from calcert_desktop.storage.models import Base

RESPONSIBLE = "zarzad"  # the fixed Board account the demo names responsible


class _Sink:
    """An :class:`effects.Records` adding seeded records to the session, each attributed to
    the Board member recording it on the resolution's day."""

    def __init__(self, session: Session, rng: random.Random, context: audit.AuditContext) -> None:
        self.session, self.rng, self.context = session, rng, context

    def new(self, model: type[Base], **values: Any) -> Any:
        values["id"] = uuid.UUID(int=self.rng.getrandbits(128), version=4)
        record = model(**values)
        audit.attribute([record], self.context)
        self.session.add(record)
        return record

    def settle(self) -> None:
        self.session.flush()

    def touched(self, table: str) -> None:
        """Nothing to note: the demo's records are inserted with their final values."""


def board_day(starts: list[date], today: date) -> date:
    """The day the demo Board appoints the Commission: a month before the first case."""
    return min([*starts, today]) - timedelta(days=30)


def write_board(
    session: Session, staff: Staff, day: date, numbers: list[tuple[int, int]], seed: int
) -> None:
    """The Commission appointed (the chair and every member, open-ended from ``day``) and
    the responsible person named, by two resolutions numbered ``numbers`` (year, sequence)."""
    rng = random.Random(seed * 104729 + 17)
    recorder = staff.users[RESPONSIBLE if RESPONSIBLE in staff.users else staff.board[0]]
    votes = [(staff.users[login].id, "for") for login in staff.board]
    at = datetime.combine(day, time(10, 0))
    (year, first), (_, second) = numbers
    seats = [(staff.chair, Function.CHAIR)] + [
        (login, Function.MEMBER) for login in staff.members if login != staff.chair
    ]
    names = ", ".join(
        f"{staff.users[login].full_name} ({function.label})" for login, function in seats
    )
    sink = _Sink(session, rng, audit.AuditContext(recorder.id, recorder.login, "appoint", at))
    summary = f"Powołanie Komisji Certyfikacyjnej w składzie: {names}; bezterminowo."
    appointing = effects.resolve(
        sink, (resolution_number(year, first), year, first), day, Subject.APPOINT.value,
        summary, votes, recorder.id,
    )  # fmt: skip
    for login, function in seats:
        effects.appoint(sink, staff.users[login].id, function.value, day, None, appointing)
    responsible = recorder
    sink.context = audit.AuditContext(recorder.id, recorder.login, "responsible", at)
    summary = (
        "Wskazanie osoby odpowiedzialnej za proces certyfikacji: "
        f"{responsible.full_name} ({responsible.login})."
    )
    naming = effects.resolve(
        sink, (resolution_number(year, second), year, second), day,
        Subject.RESPONSIBLE.value, summary, votes, recorder.id,
    )  # fmt: skip
    effects.appoint(sink, responsible.id, Function.RESPONSIBLE.value, day, None, naming)
