"""What every service needs: the open database, the clock, and the acting user.

:func:`writing` is the one way to change data: it opens a session, records who acts for
the audit log, commits everything or nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import NotFound, PermissionDenied
from calcert_desktop.domain.facts import Person
from calcert_desktop.domain.roles import Role, parse_roles
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.appointments import roles_on
from calcert_desktop.services.change_notices import announce, new_origin
from calcert_desktop.storage.audit import AUDIT_KEY, AuditContext
from calcert_desktop.storage.database import Database
from calcert_desktop.storage.models import User


@dataclass
class AppContext:
    """The open data folder and the clock (tests and demo data set their own)."""

    paths: DataPaths
    db: Database
    today: Callable[[], date] = field(default=date.today)
    # Names this context's writes in the notices other PCs hear (each ignores its own).
    origin: str = field(default_factory=new_origin)

    def close(self) -> None:
        """Close the database."""
        self.db.close()


def open_context(paths: DataPaths, *, create: bool) -> AppContext:
    """Open the data folder's database (creating or migrating it first) for the services."""
    from calcert_desktop.storage.store import open_database

    return AppContext(paths, open_database(paths, create=create))


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


@contextmanager
def reading(ctx: AppContext) -> Iterator[Session]:
    """A session for queries; it never writes."""
    session = ctx.db.sessions()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


@contextmanager
def writing(ctx: AppContext, actor: Actor | None, action: str) -> Iterator[Session]:
    """One service transaction: every change and its audit entries, or nothing.

    It takes the database's write lock when it begins (waiting for another writer's turn).
    On a server, what it wrote is announced to the other PCs when it commits
    (:mod:`calcert_desktop.services.change_notices`).
    """
    session = ctx.db.writer_sessions()
    session.info[AUDIT_KEY] = AuditContext(
        actor.id if actor else None, actor.login if actor else "system", action
    )
    try:
        yield session
        announce(ctx, session)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
