"""Signing in: a login and its password give the acting person (:class:`Actor`).

A wrong password is counted on the person's credential by one atomic UPDATE (two PCs
guessing at once both count); after ``domain.accounts.FREE_ATTEMPTS`` failures in a row
each attempt waits longer, and an attempt made before its time is refused without even
being checked (and not counted). An unknown login, a deactivated person and one without a
password get the same answer as a wrong password, after the same work, so that no one
learns which logins exist. A good password clears the count.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from calcert_desktop.domain.accounts import delay_after, next_attempt, wait_text
from calcert_desktop.domain.errors import DomainError, PermissionDenied
from calcert_desktop.domain.roles import Role
from calcert_desktop.services.appointments import roles_on
from calcert_desktop.services.auth import hashing
from calcert_desktop.services.context import Actor, AppContext, actor_from_user, reading
from calcert_desktop.storage.models import Credential, User


class SignInRefused(PermissionDenied):
    """A login and password that do not sign in (wrong, unknown, or too early)."""


@dataclass(frozen=True)
class SignedIn:
    """Who signed in, and whether their password is a temporary one to change first."""

    actor: Actor
    must_change: bool


def _local_time(moment: datetime) -> str:
    """A stored UTC time as the clock on this PC's wall shows it (HH:MM:SS)."""
    from datetime import UTC

    return moment.replace(tzinfo=UTC).astimezone().strftime("%H:%M:%S")


@dataclass(frozen=True)
class Account:
    """A person's login and password as read for one sign-in (no session needed after),
    with the person as they would act (roles of the Board's appointments valid today)."""

    user_id: uuid.UUID
    login: str
    password_hash: str
    must_change: bool
    failed_count: int
    last_failure_at: datetime | None
    actor: Actor


def _found(session: Session, login: str, today: date) -> Account | None:
    """The account of ``login``, read in one session with the person's roles (a sign-in on
    a server costs its round trips: one session, not two)."""
    row = session.execute(
        select(User, Credential.password_hash, Credential.must_change,
               Credential.failed_count, Credential.last_failure_at)
        .join(Credential, Credential.user_id == User.id)
        .where(User.login == login.strip().lower(), User.active.is_(True))
    ).first()  # fmt: skip
    if row is None:
        return None
    user = row[0]
    actor = actor_from_user(user, roles_on(session, user, today))
    return Account(user.id, user.login, *row[1:], actor)


def too_early(
    login: str, failed: int, last_failure: datetime | None, now: datetime
) -> SignInRefused | None:
    """The refusal of an attempt made before its time after ``failed`` failures in a row
    (None: it may be checked). Signing in and opening an encrypted installation share it."""
    until = next_attempt(failed, last_failure)
    if until is None or now >= until:
        return None
    return SignInRefused("account.wait", "password", login=login, wait=wait_text(until - now),
                         until=_local_time(until))  # fmt: skip


def failure_refusal(
    failures: int, now: datetime, code: str = "account.refused"
) -> SignInRefused:
    """The answer to a wrong password, the ``failures``-th in a row: ``code``'s message, or
    when the next attempt must wait, one that says until when."""
    wait = delay_after(failures)
    if wait:
        return SignInRefused("account.refused_wait", "password", wait=wait_text(wait),
                             until=_local_time(now + wait))  # fmt: skip
    return SignInRefused(code, "password")


def _too_early(ctx: AppContext, login: str, credential: Account) -> DomainError | None:
    return too_early(login, credential.failed_count, credential.last_failure_at, ctx.now())


def _count_failure(ctx: AppContext, credential: Account) -> int:
    """One more failure on ``credential`` (atomic: concurrent failures all count); the new
    count."""
    with ctx.db.writer_sessions() as session, session.begin():
        return int(
            session.execute(
                update(Credential)
                .where(Credential.user_id == credential.user_id)
                .values(failed_count=Credential.failed_count + 1, last_failure_at=ctx.now())
                .returning(Credential.failed_count)
            ).scalar_one()
        )


def _clear(ctx: AppContext, credential: Account, password: str) -> None:
    """After a good password: the count of failures back to nothing, and the hash made
    again if today's parameters differ from those it was made with."""
    values: dict[str, object] = {}
    if credential.failed_count or credential.last_failure_at is not None:
        values.update(failed_count=0, last_failure_at=None)
    if hashing.needs_rehash(credential.password_hash):
        values["password_hash"] = hashing.hash_password(password)
    if not values:
        return
    with ctx.db.writer_sessions() as session, session.begin():
        session.execute(
            update(Credential).where(Credential.user_id == credential.user_id).values(**values)
        )


def check_password(ctx: AppContext, login: str, password: str) -> Account:
    """The account ``password`` opens, or SignInRefused (the failure counted)."""
    shown = login.strip().lower()
    with reading(ctx) as session:
        found = _found(session, shown, ctx.today())
    if found is None:
        hashing.spend_a_verification(password)
        raise SignInRefused("account.refused", "password")
    credential = found
    early = _too_early(ctx, shown, credential)
    if early is not None:
        raise early
    if not hashing.verify(credential.password_hash, password):
        raise failure_refusal(_count_failure(ctx, credential), ctx.now())
    _clear(ctx, credential, password)
    return credential


def sign_in(ctx: AppContext, login: str, password: str) -> SignedIn:
    """The person ``login`` acting, when ``password`` is theirs (else SignInRefused)."""
    account = check_password(ctx, login, password)
    return SignedIn(account.actor, account.must_change)


def needs_first_admin(ctx: AppContext) -> bool:
    """True while no active administrator has a password (a new database, or one from
    before sign-in): the first start asks for one."""
    with reading(ctx) as session:
        return _no_admin_password(session)


def _no_admin_password(session: Session) -> bool:
    found = session.scalar(
        select(User.id)
        .join(Credential, Credential.user_id == User.id)
        .where(User.active.is_(True), User.roles.contains(Role.ADMIN.value))
        .limit(1)
    )
    return found is None


def lock_minutes(ctx: AppContext) -> int:
    """Minutes without input after which a window locks (0: never): the office's setting."""
    from calcert_desktop.services.config import get_int

    with reading(ctx) as session:
        return get_int(session, "lock_minutes")
