"""Appointments by the Board: who sits on the Certification Commission, who chairs it, and
who is the person responsible for the certification process, from which day to which.

The regulations: "Zarząd … powołuje Komisję Certyfikacyjną" (point 6) and "wyłania spośród
siebie osobę odpowiedzialną za proces certyfikacji" (point 5). Where they are silent
(domain.md, our decisions):

- Commission membership is held only by an appointment (a Board resolution); the roles
  ``commission_member`` and ``commission_chair`` are derived from the appointments valid on
  a day, never ticked by an administrator. A chair's appointment makes the person a member
  and the chair; a person holds one Commission seat at a time.
- The Commission has one chair at a time: a new chair is appointed only for days no one
  else chairs it (the Board ends the previous chair's appointment first).
- The responsible person is one of the Board's active members, one at a time: naming a
  successor ends the predecessor's term the day before the successor's starts.
- An appointment does not reach back: it starts at the earliest on the day of the
  resolution, and an appointment is ended at the earliest on that day.
- Who may be assigned to a case follows from the appointments valid on the day of the act.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from calcert_desktop.domain.case_labels import FUNCTIONS
from calcert_desktop.domain.dates import add_years
from calcert_desktop.domain.errors import DomainError, TransitionRefused, ValidationError
from calcert_desktop.domain.roles import Role

# How far ahead an appointment may start, and how long a fixed term may run (typos beyond).
START_YEARS_AHEAD = 2
TERM_YEARS_MAX = 10


class Function(StrEnum):
    """What an appointment makes a person."""

    MEMBER = "member"
    CHAIR = "chair"
    RESPONSIBLE = "responsible"

    @property
    def label(self) -> str:
        """Polish name of the function."""
        return FUNCTION_LABELS[self]


FUNCTION_LABELS: dict[str, str] = FUNCTIONS

# The roles an appointment gives while it is valid.
FUNCTION_ROLES: dict[Function, frozenset[Role]] = {
    Function.MEMBER: frozenset({Role.COMMISSION_MEMBER}),
    Function.CHAIR: frozenset({Role.COMMISSION_CHAIR, Role.COMMISSION_MEMBER}),
    Function.RESPONSIBLE: frozenset(),
}
# The roles only an appointment gives (an administrator does not grant them).
APPOINTED_ROLES: frozenset[Role] = frozenset({Role.COMMISSION_MEMBER, Role.COMMISSION_CHAIR})
COMMISSION_FUNCTIONS: frozenset[Function] = frozenset({Function.MEMBER, Function.CHAIR})


@dataclass(frozen=True)
class Term:
    """One appointment's function and days (``ends_on`` the last day; None: open-ended)."""

    function: Function
    starts_on: date
    ends_on: date | None = None

    def covers(self, day: date) -> bool:
        """True when the appointment is valid on ``day``."""
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)

    def overlaps(self, other: Term) -> bool:
        """True when the two terms share a day."""
        ends_first = self.ends_on is not None and self.ends_on < other.starts_on
        starts_after = other.ends_on is not None and other.ends_on < self.starts_on
        return not (ends_first or starts_after)

    @property
    def commission(self) -> bool:
        """True for a seat on the Commission (member or chair)."""
        return self.function in COMMISSION_FUNCTIONS


def iso(day: date | None) -> str:
    """A day as ISO text, "bezterminowo" for an open end."""
    return day.isoformat() if day else "bezterminowo"


def period(term: Term) -> str:
    """``od 2026-01-01 do 2027-12-31`` or ``od 2026-01-01 bezterminowo``."""
    start = f"od {term.starts_on.isoformat()}"
    return f"{start} do {term.ends_on.isoformat()}" if term.ends_on else f"{start} bezterminowo"


def appointed_roles(terms: Iterable[Term], day: date) -> frozenset[Role]:
    """The roles the appointments valid on ``day`` give."""
    roles: set[Role] = set()
    for term in terms:
        if term.covers(day):
            roles |= FUNCTION_ROLES[term.function]
    return frozenset(roles)


def seat_problem(
    terms: Iterable[Term], day: date, login: str, field: str = "member"
) -> DomainError | None:
    """Why ``login`` has no seat on the Commission on ``day`` (None when they have one):
    never appointed, the appointment not yet started, or ended."""
    seats = [t for t in terms if t.commission]
    if any(t.covers(day) for t in seats):
        return None
    later = sorted(t.starts_on for t in seats if t.starts_on > day)
    if later:
        return TransitionRefused("appointment.not_yet", field, login=login, day=day.isoformat(),
                                 starts_on=later[0].isoformat())  # fmt: skip
    ended = sorted(t.ends_on for t in seats if t.ends_on is not None and t.ends_on < day)
    if ended:
        return TransitionRefused("appointment.ended", field, login=login, day=day.isoformat(),
                                 ends_on=ended[-1].isoformat())  # fmt: skip
    return TransitionRefused("member.not_commission", field, login=login)


def dates_problem(term: Term, on: date) -> DomainError | None:
    """What is wrong with a new appointment's days, resolved on ``on`` (None when fine)."""
    if term.starts_on < on:
        return ValidationError("appointment.retroactive", "starts_on",
                               value=term.starts_on.isoformat(), on=on.isoformat())  # fmt: skip
    latest = add_years(on, START_YEARS_AHEAD)
    if term.starts_on > latest:
        return ValidationError("date.too_far", "starts_on", value=term.starts_on.isoformat(),
                               latest=latest.isoformat())  # fmt: skip
    if term.ends_on is not None:
        if term.ends_on < term.starts_on:
            return ValidationError("appointment.ends_before_start", "ends_on",
                                   value=term.ends_on.isoformat(),
                                   starts_on=term.starts_on.isoformat())  # fmt: skip
        longest = add_years(term.starts_on, TERM_YEARS_MAX)
        if term.ends_on > longest:
            return ValidationError("date.too_far", "ends_on", value=term.ends_on.isoformat(),
                                   latest=longest.isoformat())  # fmt: skip
    return None


def seat_overlap_problem(
    term: Term, own: Iterable[Term], chairs: Iterable[tuple[str, Term]], login: str
) -> DomainError | None:
    """A new Commission appointment of ``login`` against their own appointments ``own`` and
    the other people's chair appointments ``chairs`` (login, term): one seat per person,
    one chair at a time."""
    for other in own:
        if other.commission and other.overlaps(term):
            return TransitionRefused(
                "appointment.overlaps", "person", login=login, function=other.function.label,
                period=period(other),
            )  # fmt: skip
    if term.function == Function.CHAIR:
        for holder, other in chairs:
            if holder != login and other.overlaps(term):
                return TransitionRefused(
                    "appointment.chair_taken", "person", holder=holder, period=period(other)
                )  # fmt: skip
    return None


def succession(
    term: Term, login: str, holders: Iterable[tuple[str, Term]]
) -> tuple[list[tuple[str, date]], DomainError | None]:
    """Naming ``login`` the responsible person from ``term.starts_on``: the current
    holders' terms to end (login, last day: the day before), or why it cannot be done (the
    person is responsible already then, or someone else's term starts on or after that day)."""
    ends: list[tuple[str, date]] = []
    last_day = term.starts_on - timedelta(days=1)
    for holder, other in holders:
        if not other.overlaps(term):
            continue
        if holder == login:
            return [], TransitionRefused(
                "responsible.already", "person", login=login, period=period(other)
            )  # fmt: skip
        if other.starts_on > last_day:
            return [], TransitionRefused(
                "responsible.later", "starts_on", holder=holder,
                starts_on=other.starts_on.isoformat(),
            )  # fmt: skip
        ends.append((holder, last_day))
    return ends, None


def end_problem(term: Term, ends_on: date, on: date) -> DomainError | None:
    """Why an appointment cannot be ended with ``ends_on`` as its last day by a resolution of
    ``on`` (None when it can): not before the resolution, not before its start, only sooner
    than it ends already."""
    if ends_on < on:
        return ValidationError("appointment.end_retroactive", "ends_on",
                               value=ends_on.isoformat(), on=on.isoformat())  # fmt: skip
    if ends_on < term.starts_on:
        return ValidationError("appointment.ends_before_start", "ends_on",
                               value=ends_on.isoformat(),
                               starts_on=term.starts_on.isoformat())  # fmt: skip
    if term.ends_on is not None and term.ends_on <= ends_on:
        return TransitionRefused("appointment.already_ends", "ends_on",
                                 ends_on=term.ends_on.isoformat())  # fmt: skip
    return None


def ends_after(term: Term, day: date) -> bool:
    """True when the appointment is still valid after ``day`` (it may be ended then)."""
    return term.ends_on is None or term.ends_on > day
