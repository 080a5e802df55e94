"""What every service needs: the open database, the clock, and the acting user.

:func:`writing` is the one way to change data: it opens a session, records who acts for
the audit log, commits everything or nothing.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from calcert_desktop.domain.errors import DomainError, NotFound, PermissionDenied
from calcert_desktop.domain.facts import Person
from calcert_desktop.domain.roles import Role, parse_roles
from calcert_desktop.paths import DataPaths
from calcert_desktop.services import conflicts
from calcert_desktop.services.appointments import roles_on
from calcert_desktop.services.change_notices import announce, new_origin
from calcert_desktop.storage import seal_keys, versions
from calcert_desktop.storage.audit import AUDIT_KEY, AuditContext
from calcert_desktop.storage.database import Database
from calcert_desktop.storage.models import User


def utc_now() -> datetime:
    """Now in UTC, naive (as every stored time: audit_log.at, credentials.set_at)."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class AppContext:
    """The open data folder and the clock (tests and demo data set their own)."""

    paths: DataPaths
    db: Database
    today: Callable[[], date] = field(default=date.today)
    now: Callable[[], datetime] = field(default=utc_now)  # the sign-in delays' clock
    # Names this context's writes in the notices other PCs hear (each ignores its own).
    origin: str = field(default_factory=new_origin)
    # Opened with the office's recovery key (services/auth/unlock.py): a lost password may
    # then be replaced (services/auth/passwords.recover_password).
    by_recovery: bool = False

    def close(self) -> None:
        """Close the database."""
        self.db.close()


def open_context(paths: DataPaths, *, create: bool, key: bytes | None = None) -> AppContext:
    """Open the data folder's database (creating or migrating it first) for the services;
    an encrypted one with its data key (services/auth/unlock.py gives it)."""
    from calcert_desktop.storage.store import open_database

    return AppContext(paths, open_database(paths, create=create, key=key))


@dataclass(frozen=True)
class Actor:
    """The person on whose behalf a service acts."""

    id: uuid.UUID
    login: str
    full_name: str
    roles: frozenset[Role]
    system: bool = False  # the application itself (the sweep), not a person

    @property
    def person(self) -> Person:
        """The actor as the domain sees people."""
        return Person(self.login, self.roles, self.system)

    def require(self, *roles: Role) -> None:
        """PermissionDenied unless the actor holds one of ``roles``."""
        if not self.roles & set(roles):
            raise PermissionDenied(
                "permission.role_required_plain", roles=" lub ".join(r.label for r in roles)
            )


# The application acting by itself when a date passes (no user row: its writes name nobody;
# the audit log records "system" for a transaction opened with ``writing(ctx, None, ...)``).
SYSTEM_ACTOR = Actor(uuid.UUID(int=0), "system", "system", frozenset(), system=True)


def actor_from_user(user: User, roles: frozenset[Role] | None = None) -> Actor:
    """An Actor from a users row, with ``roles`` (by default the row's own roles only; the
    Commission's come from appointments: :func:`resolve_actor`)."""
    return Actor(user.id, user.login, user.full_name,
                 parse_roles(user.roles) if roles is None else roles)  # fmt: skip


def find_user(session: Session, login: str, field: str = "user") -> User:
    """The active user with ``login``, or NotFound naming the ``field`` it was given in."""
    user = session.scalar(select(User).where(User.login == login.strip().lower()))
    if user is None or not user.active:
        code = "permission.unknown_user" if field == "user" else "lookup.user"
        raise NotFound(code, field, login=login)
    return user


def resolve_actor(ctx: AppContext, login: str | None) -> Actor:
    """The acting user for ``login`` (PermissionDenied when none is given)."""
    if not login:
        raise PermissionDenied("permission.no_user", "user")
    with reading(ctx) as session:
        user = find_user(session, login)
        # Commission membership and chairmanship: the Board's appointments valid today.
        return actor_from_user(user, roles_on(session, user, ctx.today()))


def _ended(session: Session) -> None:
    """Roll back and close, also on a connection the server dropped (its transaction is
    gone with it: nothing to undo)."""
    try:
        session.rollback()
    except DBAPIError:
        pass
    finally:
        session.close()


def _server_error(ctx: AppContext, error: DBAPIError) -> DomainError | None:
    """A server's failure in Polish: it cannot be reached, the connection broke, two
    transactions waited for each other (None: not one of those; SQLite's are worded by the
    front ends)."""
    if ctx.db.is_sqlite:
        return None
    from calcert_desktop.storage.server_errors import as_domain_error

    return as_domain_error(error, ctx.db.location)


@contextmanager
def reading(ctx: AppContext) -> Iterator[Session]:
    """A session for queries; it never writes."""
    session = ctx.db.sessions()
    try:
        yield session
    except DBAPIError as error:
        mapped = _server_error(ctx, error)
        if mapped is None:
            raise
        raise mapped from error
    finally:
        _ended(session)


@contextmanager
def writing(ctx: AppContext, actor: Actor | None, action: str) -> Iterator[Session]:
    """One service transaction: every change and its audit entries, or nothing.

    It takes the database's write lock when it begins (waiting for another writer's turn).
    A record another person changed since it was read here refuses the whole transaction
    (:mod:`services.conflicts`); a server that fails mid-way rolls all of it back, and the
    failure is said in Polish. On a server, what it wrote is announced to the other PCs when
    it commits (:mod:`calcert_desktop.services.change_notices`).
    """
    session = ctx.db.writer_sessions()
    session.info[seal_keys.LABEL_KEY] = seal_keys.label_for(ctx.paths.root)
    session.info[AUDIT_KEY] = AuditContext(
        actor.id if actor else None, actor.login if actor else "system", action
    )
    committing = False
    try:
        yield session
        announce(ctx, session)
        committing = True
        session.commit()
    except StaleDataError as error:
        attempts = versions.attempts_of(session)
        _ended(session)
        refused = conflicts.after_stale(ctx.db.sessions, attempts)
        if refused is None:
            raise
        raise refused from error
    except DBAPIError as error:
        _ended(session)
        mapped = _server_error(ctx, error)
        if mapped is None:
            raise
        if committing and mapped.code == "server.connection_lost":
            # The server may have committed before the line broke: whole or not at all,
            # but which one only a fresh look says.
            mapped = DomainError("server.commit_uncertain", **mapped.params)
        raise mapped from error
    except BaseException:
        _ended(session)
        raise
    finally:
        session.close()


@contextmanager
def bulk_writing(ctx: AppContext, actor: Actor | None, action: str) -> Iterator[Session]:
    """:func:`writing` of many records held at once (the register's import), with Python's
    cyclic garbage collector paused until it ends: the records and their audit entries,
    hundreds of thousands of objects, all live until the commit, and each full collection
    would walk them all again. Not for a writer that frees its records as it goes (the demo,
    a thousand cases at a time): their cycles would wait for the end."""
    with _collector_paused(), writing(ctx, actor, action) as session:
        yield session


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the block, then back as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
