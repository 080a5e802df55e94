"""The Board's acts outside a case, each a resolution with its votes: appointing a member or
the chair of the Certification Commission (regulations, point 6), ending an appointment, and
naming the person responsible for the certification process (point 5); and the lists of the
Board's appointments and resolutions.

A Board member or an administrator records the Board's resolution; the votes decide it
(:mod:`domain.board`). Who may be assigned to a case then follows from the appointments
(:mod:`domain.appointments`), and so do the Commission roles a person holds on a day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.appointments import (
    COMMISSION_FUNCTIONS,
    Function,
    Term,
    dates_problem,
    end_problem,
    ends_after,
    period,
    seat_overlap_problem,
    succession,
)
from calcert_desktop.domain.board import Ballot, Subject, date_problem, resolution_title
from calcert_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from calcert_desktop.domain.roles import Role
from calcert_desktop.services import access, config, numbers
from calcert_desktop.services.appointments import (
    ResponsiblePerson,
    active_board,
    responsible_person,
    term,
)
from calcert_desktop.services.changes import Changes, Done, Kind
from calcert_desktop.services.context import Actor, AppContext, find_user, reading, writing
from calcert_desktop.services.process import effects, resolutions
from calcert_desktop.services.process.resolutions import ResolutionInfo, SessionRecords
from calcert_desktop.storage.models import Appointment, Case, Resolution, ResolutionVote, User

RECORDERS = (Role.BOARD_MEMBER, Role.ADMIN)
BOARD_CHANGED = Changes.of(Kind.BOARD, Kind.PEOPLE)  # the Commission roles shown change too


def _require_recorder(actor: Actor) -> None:
    if not actor.roles & set(RECORDERS):
        raise PermissionDenied("board.recorder")


def _function(value: Function | str, allowed: frozenset[Function]) -> Function:
    try:
        function = Function(value)
    except ValueError:
        function = None
    if function not in allowed:
        raise ValidationError("appointment.unknown_function", "function", value=str(value))
    return function


def _raise(problem: DomainError | None) -> None:
    if problem is not None:
        raise problem


def _rows(session: Session, function: Function | None = None) -> list[tuple[User, Appointment]]:
    query = select(User, Appointment).join(Appointment, Appointment.person_id == User.id)
    if function is not None:
        query = query.where(Appointment.function == function.value)
    return list(session.execute(query.order_by(Appointment.starts_on, Appointment.id)).tuples())


def _who(user: User) -> str:
    return f"{user.full_name} ({user.login})"


def _one_at_a_time(session: Session, on: date) -> None:
    """Hold the year's resolution numbers before reading the appointments: the Board's acts
    of a year check (overlapping seats, one chair, one person responsible) and record one
    after another, so two PCs cannot both find a seat free (services/numbers.py)."""
    numbers.hold(session, "resolution", on.year)


def _adopted(
    session: Session, actor: Actor, on: date, subject: Subject, summary: str, votes: Ballot
) -> tuple[SessionRecords, Resolution, str]:
    """The Board's resolution recorded (refused unless adopted): the sink, the resolution and
    how it is named with its tally."""
    ballot = resolutions.check_adopted(session, votes)
    sink = SessionRecords(session)
    resolution = resolutions.record(sink, session, on, subject, summary, ballot, actor.id)
    named = f"{resolution_title(resolution.number)} ({resolutions.tally_text(ballot)})"
    return sink, resolution, named


def appoint(
    ctx: AppContext,
    actor: Actor,
    login: str,
    function: Function | str,
    votes: Ballot,
    starts_on: date | None = None,
    ends_on: date | None = None,
    on: date | None = None,
) -> Done:
    """The Board appoints ``login`` a member or the chair of the Commission from
    ``starts_on`` (the resolution's day by default) to ``ends_on`` (open-ended by default),
    by a resolution dated ``on`` (today by default). Returns a Polish confirmation."""
    _require_recorder(actor)
    function = _function(function, COMMISSION_FUNCTIONS)
    on = on or ctx.today()
    new = Term(function, starts_on or on, ends_on)
    _raise(date_problem(on, ctx.today()) or dates_problem(new, on))
    with writing(ctx, actor, "appoint") as session:
        _one_at_a_time(session, on)
        person = find_user(session, login, "login")
        own = [term(row) for user, row in _rows(session) if user.id == person.id]
        chairs = [(user.login, term(row)) for user, row in _rows(session, Function.CHAIR)]
        _raise(seat_overlap_problem(new, own, chairs, person.login))
        days = period(new)
        summary = (
            f"Powołanie do Komisji Certyfikacyjnej — {function.label}: {_who(person)}, {days}."
        )
        sink, resolution, named = _adopted(session, actor, on, Subject.APPOINT, summary, votes)
        effects.appoint(sink, person.id, function.value, new.starts_on, new.ends_on, resolution)
    return Done(
        f"{named}: Zarząd powołał do Komisji Certyfikacyjnej — {function.label}: "
        f"{_who(person)}, {days}.",
        BOARD_CHANGED,
    )


def end_appointment(
    ctx: AppContext,
    actor: Actor,
    login: str,
    function: Function | str,
    votes: Ballot,
    ends_on: date | None = None,
    on: date | None = None,
) -> Done:
    """The Board ends ``login``'s appointment to ``function`` with ``ends_on`` its last day
    (the resolution's day by default), by a resolution dated ``on`` (today by default): the
    appointment in force on that day or the next to start. Returns a Polish confirmation."""
    _require_recorder(actor)
    function = _function(function, frozenset(Function))
    on = on or ctx.today()
    last = ends_on or on
    _raise(date_problem(on, ctx.today()))
    with writing(ctx, actor, "end-appointment") as session:
        _one_at_a_time(session, on)
        person = find_user(session, login, "login")
        found = [
            row for user, row in _rows(session, function)
            if user.id == person.id and ends_after(term(row), on - timedelta(days=1))
        ]  # fmt: skip
        if not found:
            raise ValidationError("appointment.none", "person", login=person.login,
                                  function=function.label, day=on.isoformat())  # fmt: skip
        row = found[0]
        _raise(end_problem(term(row), last, on))
        summary = (f"Zakończenie powołania — {function.label}: {_who(person)}, ostatni dzień "
                   f"{last.isoformat()}.")  # fmt: skip
        sink, resolution, named = _adopted(session, actor, on, Subject.DISMISS, summary, votes)
        effects.end_appointment(sink, row, last, resolution)
    return Done(
        f"{named}: Zarząd zakończył powołanie — {function.label}: {_who(person)}; ostatni "
        f"dzień pełnienia funkcji {last.isoformat()}.",
        BOARD_CHANGED,
    )


def name_responsible(
    ctx: AppContext,
    actor: Actor,
    login: str,
    votes: Ballot,
    starts_on: date | None = None,
    on: date | None = None,
) -> Done:
    """The Board names one of its active members, ``login``, the person responsible for the
    certification process from ``starts_on`` (the resolution's day by default), by a
    resolution dated ``on``; the predecessor's term ends the day before. Returns a Polish
    confirmation."""
    _require_recorder(actor)
    on = on or ctx.today()
    new = Term(Function.RESPONSIBLE, starts_on or on)
    _raise(date_problem(on, ctx.today()) or dates_problem(new, on))
    with writing(ctx, actor, "responsible") as session:
        _one_at_a_time(session, on)
        person = find_user(session, login, "login")
        if person.login not in active_board(session):
            raise ValidationError("responsible.not_board", "person", login=person.login)
        holders = _rows(session, Function.RESPONSIBLE)
        ends, problem = succession(new, person.login, [(u.login, term(r)) for u, r in holders])
        _raise(problem)
        summary = (f"Wskazanie osoby odpowiedzialnej za proces certyfikacji: {_who(person)}, "
                   f"od {new.starts_on.isoformat()}.")  # fmt: skip
        sink, resolution, named = _adopted(session, actor, on, Subject.RESPONSIBLE, summary,
                                           votes)  # fmt: skip
        ended = []
        for holder, last in ends:
            user, row = next((u, r) for u, r in holders
                             if u.login == holder and ends_after(term(r), last))  # fmt: skip
            effects.end_appointment(sink, row, last, resolution)
            ended.append(f" Poprzednia osoba odpowiedzialna, {_who(user)}, pełni funkcję do "
                         f"{last.isoformat()}.")  # fmt: skip
        effects.appoint(sink, person.id, Function.RESPONSIBLE.value, new.starts_on, None,
                        resolution)  # fmt: skip
    return Done(
        f"{named}: Zarząd wskazał osobę odpowiedzialną za proces certyfikacji: "
        f"{_who(person)}, od {new.starts_on.isoformat()}." + "".join(ended),
        BOARD_CHANGED,
    )


# --- reading ------------------------------------------------------------------------------


def responsible_on(ctx: AppContext, on: date | None = None) -> ResponsiblePerson | None:
    """The person responsible for the certification process on ``on`` (today by default)."""
    with reading(ctx) as session:
        return responsible_person(session, on or ctx.today())


@dataclass(frozen=True)
class AppointmentRow:
    """One appointment as the lists show it."""

    login: str
    full_name: str
    function: str
    function_label: str
    starts_on: date
    ends_on: date | None
    basis: str  # resolution / migration
    resolution: str | None  # the number of the resolution that made it
    ended_by: str | None  # ... and of the one that ended it
    valid_today: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "login": self.login,
            "full_name": self.full_name,
            "function": self.function,
            "starts_on": self.starts_on.isoformat(),
            "ends_on": self.ends_on.isoformat() if self.ends_on else None,
            "basis": self.basis,
            "resolution": self.resolution,
            "ended_by": self.ended_by,
            "valid_today": self.valid_today,
        }


def list_appointments(ctx: AppContext, actor: Actor) -> list[AppointmentRow]:
    """Every appointment the Board made (and those carried over from roles), current ones
    first, then by function and start."""
    access.may_list(actor)
    today = ctx.today()
    with reading(ctx) as session:
        found = session.execute(select(Resolution.id, Resolution.number))
        numbers = {key: number for key, number in found}
        rows = [
            AppointmentRow(
                user.login,
                user.full_name,
                row.function,
                Function(row.function).label,
                row.starts_on,
                row.ends_on,
                row.basis,
                numbers.get(row.resolution_id),
                numbers.get(row.ended_by_id),
                term(row).covers(today),
            )
            for user, row in _rows(session)
        ]
    order = {Function.CHAIR: 0, Function.MEMBER: 1, Function.RESPONSIBLE: 2}
    return sorted(rows, key=lambda r: (not r.valid_today, order.get(r.function, 9),
                                       r.starts_on, r.full_name))  # fmt: skip


def list_resolutions(
    ctx: AppContext, actor: Actor, year: int | None = None
) -> list[ResolutionInfo]:
    """The Board's resolutions (of ``year``, or all) in the order of their numbers, each with
    its votes and the case it decided in."""
    access.may_list(actor)
    # Columns, not records, keyed by the yearly number: the page lists thousands of them.
    query = select(
        Resolution.year, Resolution.seq, Resolution.number, Resolution.adopted_on,
        Resolution.subject, Resolution.summary, Resolution.result, Case.reference,
    ).outerjoin(Case, Case.id == Resolution.case_id)  # fmt: skip
    votes_query = (
        select(Resolution.year, Resolution.seq, User.login, ResolutionVote.vote)
        .join(Resolution, Resolution.id == ResolutionVote.resolution_id)
        .join(User, User.id == ResolutionVote.member_id)
        .order_by(User.name_sort)
    )
    if year is not None:
        query = query.where(Resolution.year == year)
        votes_query = votes_query.where(Resolution.year == year)
    with reading(ctx) as session:
        rows = session.execute(query.order_by(Resolution.year, Resolution.seq)).all()
        votes: dict[tuple[int, int], dict[str, str]] = {}
        for number_year, seq, login, vote in session.execute(votes_query):
            votes.setdefault((number_year, seq), {})[login] = vote
    return [
        ResolutionInfo(row.number, row.adopted_on, row.subject, row.summary,
                       row.result, row.reference, votes.get((row.year, row.seq), {}))
        for row in rows
    ]  # fmt: skip


@dataclass(frozen=True)
class BoardForm:
    """What the Board's dialogs offer: the people to appoint, the Board members who vote,
    the quorum, today."""

    people: Sequence[tuple[str, str]]  # (login, full name), every active person
    board: Sequence[tuple[str, str]]  # the active Board members
    quorum: int
    today: date


def board_form(ctx: AppContext) -> BoardForm:
    """The choices of the Board's dialogs, read in one go."""
    with reading(ctx) as session:
        users = session.execute(
            select(User.login, User.full_name).where(User.active).order_by(User.name_sort)
        )
        people = [(login, name) for login, name in users]
        board = active_board(session)
        quorum = config.get_int(session, "board_quorum")
    return BoardForm(
        people, [(login, name) for login, name in people if login in board], quorum, ctx.today()
    )


@dataclass(frozen=True)
class BoardOverview:
    """What the Board's page shows, read in one go."""

    appointments: list[AppointmentRow]
    resolutions: list[ResolutionInfo]
    responsible: ResponsiblePerson | None
    form: BoardForm


def overview(ctx: AppContext, actor: Actor) -> BoardOverview:
    """The appointments, the resolutions (newest first), today's responsible person and the
    choices of the Board's dialogs."""
    return BoardOverview(
        list_appointments(ctx, actor),
        list(reversed(list_resolutions(ctx, actor))),
        responsible_on(ctx),
        board_form(ctx),
    )
