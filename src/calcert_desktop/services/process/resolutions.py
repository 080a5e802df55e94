"""Recording the Board's resolutions: the next yearly number, the votes by member, and the
reads that name a resolution (its number on the certificate, the appeal decision, the case
file). Whether a resolution is adopted is the domain's rule (:mod:`domain.board`)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.board import (
    Ballot,
    collect,
    resolution_number,
    resolution_problem,
    resolution_title,
    tally,
)
from calcert_desktop.services import config, numbers
from calcert_desktop.services.appointments import active_board
from calcert_desktop.services.process import effects
from calcert_desktop.storage.models import (
    Base,
    Case,
    Certificate,
    Decision,
    Resolution,
    ResolutionVote,
    User,
)


class SessionRecords:
    """An :class:`effects.Records` sink writing straight into a session (the Board's acts
    outside a case), noting the tables it wrote."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.changed: set[str] = set()

    def new(self, model: type[Base], **values: Any) -> Any:
        record = model(**values)
        self.session.add(record)
        self.changed.add(model.__tablename__)
        return record

    def settle(self) -> None:
        self.session.flush()

    def touched(self, table: str) -> None:
        self.changed.add(table)


def quorum(session: Session) -> int:
    """How many Board members must take part in a resolution (the setting)."""
    return config.get_int(session, "board_quorum")


def check_adopted(session: Session, votes: Ballot) -> dict[str, str]:
    """The ballot as login -> vote, or the DomainError saying why the Board did not adopt
    the resolution (an act outside a case: no impartiality to weigh)."""
    problem = resolution_problem(active_board(session), votes, quorum(session))
    if problem is not None:
        raise problem
    return collect(votes)


def record(
    records: effects.Records,
    session: Session,
    on: date,
    subject: str,
    summary: str,
    votes: Mapping[str, str],
    recorded_by: uuid.UUID,
    **links: Any,
) -> Resolution:
    """Write an adopted resolution of ``subject`` dated ``on`` with its next number of the
    year and every vote (``links``: the case, decision or certificate it decides on)."""
    rows = session.execute(select(User.login, User.id).where(User.login.in_(list(votes))))
    ids = {login: user_id for login, user_id in rows}
    seq = numbers.take_next(session, "resolution", on.year)
    number = (resolution_number(on.year, seq), on.year, seq)
    cast = [(ids[login], vote) for login, vote in votes.items()]
    return effects.resolve(records, number, on, subject, summary, cast, recorded_by, **links)


def tally_text(votes: Mapping[str, str]) -> str:
    """``za 2, przeciw 0, wstrzymało się 1``."""
    pro, contra, abstain = tally(votes)
    return f"za {pro}, przeciw {contra}, wstrzymało się {abstain}"


@dataclass(frozen=True)
class ResolutionInfo:
    """A resolution as the case file, the lists and the documents show it."""

    number: str
    adopted_on: date
    subject: str
    summary: str
    result: str
    reference: str | None = None  # the case it decided in
    votes: dict[str, str] = field(default_factory=dict)  # login -> vote

    @property
    def title(self) -> str:
        """``Uchwała nr 3/2026``."""
        return resolution_title(self.number)

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "adopted_on": self.adopted_on.isoformat(),
            "subject": self.subject,
            "summary": self.summary,
            "result": self.result,
            "reference": self.reference,
            "votes": dict(self.votes),
        }


def for_decision(session: Session, decision: Decision) -> Resolution | None:
    """The resolution by which the Board took ``decision`` (an appeal's outcome)."""
    return session.scalar(select(Resolution).where(Resolution.decision_id == decision.id))


def for_certificate(session: Session, certificate: Certificate) -> Resolution | None:
    """The resolution by which the Board issued ``certificate`` (None for one issued before
    resolutions were recorded)."""
    return session.scalar(
        select(Resolution).where(Resolution.certificate_id == certificate.id)
    )  # fmt: skip


def votes_of(session: Session, resolution_ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, str]]:
    """The votes of the resolutions, login -> vote, by resolution."""
    found: dict[uuid.UUID, dict[str, str]] = {}
    if not resolution_ids:
        return found
    rows = session.execute(
        select(ResolutionVote.resolution_id, User.login, ResolutionVote.vote)
        .join(User, User.id == ResolutionVote.member_id)
        .where(ResolutionVote.resolution_id.in_(resolution_ids))
        .order_by(User.name_sort)
    )
    for resolution_id, login, vote in rows:
        found.setdefault(resolution_id, {})[login] = vote
    return found


def in_case(session: Session, case: Case) -> list[ResolutionInfo]:
    """The Board's resolutions in a case, in order."""
    rows = list(
        session.scalars(
            select(Resolution)
            .where(Resolution.case_id == case.id)
            .order_by(Resolution.adopted_on, Resolution.year, Resolution.seq)
        )
    )
    votes = votes_of(session, [r.id for r in rows])
    return [info(row, votes.get(row.id, {}), case.reference) for row in rows]


def info(row: Resolution, votes: dict[str, str], reference: str | None = None) -> ResolutionInfo:
    """A resolution row as plain data."""
    return ResolutionInfo(row.number, row.adopted_on, row.subject, row.summary, row.result,
                          reference, dict(votes))  # fmt: skip
