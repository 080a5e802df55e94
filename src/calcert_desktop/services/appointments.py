"""Reading the Board's appointments: the roles they give on a day (Commission membership is
derived from them, never stored with a person), the terms the guards decide on, and the
person responsible for certification (the contact the letters name).

The rules are :mod:`calcert_desktop.domain.appointments`; the Board's acts that make and end
appointments are :mod:`calcert_desktop.services.admin.board`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.appointments import (
    APPOINTED_ROLES,
    Function,
    Term,
    appointed_roles,
)
from calcert_desktop.domain.roles import Role, parse_roles
from calcert_desktop.storage.models import Appointment, User


def term(row: Appointment) -> Term:
    """An appointment row as the domain sees it."""
    return Term(Function(row.function), row.starts_on, row.ends_on)


def terms_of(session: Session, person_id: uuid.UUID) -> tuple[Term, ...]:
    """Every appointment of one person, oldest first."""
    rows = session.scalars(
        select(Appointment)
        .where(Appointment.person_id == person_id)
        .order_by(Appointment.starts_on, Appointment.id)
    )
    return tuple(term(row) for row in rows)


def all_terms(session: Session) -> dict[uuid.UUID, tuple[Term, ...]]:
    """Every person's appointments (a few dozen people at most), by person."""
    found: dict[uuid.UUID, list[Term]] = {}
    rows = session.scalars(select(Appointment).order_by(Appointment.starts_on, Appointment.id))
    for row in rows:
        found.setdefault(row.person_id, []).append(term(row))
    return {person: tuple(terms) for person, terms in found.items()}


def stored_roles(user: User) -> frozenset[Role]:
    """The roles an administrator gave the person (without any Commission role)."""
    return parse_roles(user.roles) - APPOINTED_ROLES


def roles_with(user: User, terms: Iterable[Term], day: date) -> frozenset[Role]:
    """The person's roles on ``day``: their own and those of their appointments."""
    return stored_roles(user) | appointed_roles(terms, day)


def roles_on(session: Session, user: User, day: date) -> frozenset[Role]:
    """The roles of ``user`` on ``day`` (read from the database)."""
    return roles_with(user, terms_of(session, user.id), day)


@dataclass(frozen=True)
class ResponsiblePerson:
    """The person responsible for the certification process on a day: the letters' contact."""

    login: str
    full_name: str
    starts_on: date
    ends_on: date | None


def responsible_person(session: Session, on: date) -> ResponsiblePerson | None:
    """Who the Board named responsible for the certification process on ``on`` (None when
    nobody was)."""
    rows = session.execute(
        select(User, Appointment)
        .join(Appointment, Appointment.person_id == User.id)
        .where(Appointment.function == Function.RESPONSIBLE.value)
        .order_by(Appointment.starts_on.desc())
    )
    for user, row in rows:
        if term(row).covers(on):
            return ResponsiblePerson(user.login, user.full_name, row.starts_on, row.ends_on)
    return None


def active_board(session: Session) -> frozenset[str]:
    """The logins of the active Board members: who votes on the Board's resolutions."""
    rows = session.execute(
        select(User.login, User.roles).where(User.active.is_(True))
    )  # fmt: skip
    return frozenset(login for login, roles in rows if Role.BOARD_MEMBER in parse_roles(roles))
