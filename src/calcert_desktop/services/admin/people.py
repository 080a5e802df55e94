"""The people register: who uses the app and in which roles.

An administrator gives every role except the Commission's: membership and chairmanship of
the Certification Commission come from the Board's appointments (regulations, point 6;
:mod:`services.admin.board`), so a person may be added with no role of their own and
appointed afterwards. The list shows the Commission roles of the appointments valid today.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calcert_desktop.domain.appointments import APPOINTED_ROLES
from calcert_desktop.domain.errors import NotFound, ValidationError
from calcert_desktop.domain.polish_text import normalize, sort_key
from calcert_desktop.domain.roles import Role, parse_roles
from calcert_desktop.services import conflicts, locks
from calcert_desktop.services.access import PEOPLE_READERS
from calcert_desktop.services.appointments import all_terms, roles_with
from calcert_desktop.services.changes import Changes, Done, Kind
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.storage.models import User

BOOTSTRAP_ADMIN = ("admin", "Administrator systemu")


PEOPLE_CHANGED = Changes.of(Kind.PEOPLE)


def _roles(codes: str | list[str] | tuple[str, ...]) -> frozenset[Role]:
    """The roles an administrator gives: known codes, none of the Commission's (those are
    the Board's appointments); none at all is allowed (a person the Board will appoint)."""
    try:
        roles = parse_roles(codes)
    except ValueError:
        raise ValidationError(
            "user.unknown_role", "roles", value=str(codes), known=", ".join(Role)
        ) from None
    if roles & APPOINTED_ROLES:
        raise ValidationError("appointment.admin_role", "roles")
    return roles


def make_user(login: str, full_name: str, roles: frozenset[Role]) -> User:
    """A users row with its sort key (not yet added to a session)."""
    name = normalize(full_name.strip())
    return User(
        login=login.strip().lower(),
        full_name=name,
        name_sort=sort_key(name),
        roles=",".join(sorted(roles)),
        active=True,
    )


def add_user(ctx: AppContext, actor: Actor, login: str, full_name: str, roles: str) -> Done:
    """Add a person (administrators only); returns a Polish confirmation."""
    actor.require(Role.ADMIN)
    wanted = _roles(roles)
    if not login.strip() or not login.strip().isascii() or " " in login.strip():
        raise ValidationError("user.login_invalid", "login", value=login)
    if not full_name.strip():
        raise ValidationError("required", "full_name")
    with writing(ctx, actor, "add-user") as session:
        taken = ValidationError("user.login_taken", "login", value=login)
        if session.scalar(select(User.id).where(User.login == login.strip().lower())):
            raise taken
        # Two administrators adding the same login at once: the second insert waits for the
        # first and fails on the unique login, refused in the same words.
        if not locks.inserted(session, make_user(login, full_name, wanted)):
            raise taken
    return Done(f"Dodano osobę {full_name.strip()} ({login.strip().lower()}).", PEOPLE_CHANGED)


def ensure_admin(ctx: AppContext) -> bool:
    """Create the first administrator in an empty people register; True if created."""
    with writing(ctx, None, "init") as session:
        if session.scalar(select(func.count()).select_from(User)):
            return False
        login, name = BOOTSTRAP_ADMIN
        # Two PCs opening a new server's database at once: one of them makes the first.
        return locks.inserted(session, make_user(login, name, frozenset({Role.ADMIN})))


def list_users(ctx: AppContext, actor: Actor, active_only: bool = False) -> list[dict[str, Any]]:
    """Everyone (or only the active, as choices offer them), in Polish alphabetical order
    (:data:`access.PEOPLE_READERS`)."""
    actor.require(*PEOPLE_READERS)
    query = select(User).order_by(User.name_sort, User.login)  # namesakes: a stable order
    if active_only:
        query = query.where(User.active.is_(True))
    today = ctx.today()
    with reading(ctx) as session:
        terms = all_terms(session)
        users = session.scalars(query)
        return [
            {
                "login": u.login,
                "full_name": u.full_name,
                "roles": [r.value for r in Role if r in roles_with(u, terms.get(u.id, ()), today)],
                "active": u.active,
                "version": u.row_version,  # a change made from this list names it
            }
            for u in users
        ]


def _any_user(session: Session, login: str) -> User:
    """The user with ``login``, active or not."""
    user = session.scalar(select(User).where(User.login == login.strip().lower()))
    if user is None:
        raise NotFound("lookup.user", "login", login=login)
    return user


def _edited(session: Session, login: str, version: int | None, yours: dict[str, Any]) -> User:
    """The user ``login`` to change, refused (:class:`ChangedMeanwhile`, both versions) if
    another administrator changed them since the list that showed them (``version``; None:
    no check) was read; then read afresh under the row's lock."""
    user = _any_user(session, login)
    if version is not None:
        locked = locks.locked(session, User, user.id)
        assert locked is not None
        conflicts.expect(session, locked, version, yours)
    return user


def _keep_an_admin(session: Session, user: User) -> None:
    """Refuse to leave the register without an active administrator.

    The active administrators' rows are locked first (in one order), so two administrators
    taking each other's role at once check one after the other: the second sees the first's
    change and is refused, rather than both passing and leaving nobody."""
    session.execute(
        select(User.id)
        .where(User.active.is_(True), User.roles.contains(Role.ADMIN.value))
        .order_by(User.id)
        .with_for_update()
    ).all()
    others = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.id != user.id, User.active.is_(True), User.roles.contains(Role.ADMIN.value))
    )
    if not others:
        raise ValidationError("user.last_admin", "roles", login=user.login)


def set_roles(
    ctx: AppContext, actor: Actor, login: str, roles: str, version: int | None = None
) -> Done:
    """Replace a person's roles (administrators only); returns a Polish confirmation.
    ``version``: the person's as the list showed them (refused if changed since)."""
    actor.require(Role.ADMIN)
    wanted = _roles(roles)
    with writing(ctx, actor, "set-roles") as session:
        user = _edited(session, login, version, {"roles": ",".join(sorted(wanted))})
        if Role.ADMIN not in wanted and user.active and Role.ADMIN in parse_roles(user.roles):
            _keep_an_admin(session, user)
        user.roles = ",".join(sorted(wanted))
        labels = ", ".join(role.label for role in Role if role in wanted) or "brak"
        message = f"Role osoby {user.full_name} ({user.login}): {labels}."
    return Done(message, PEOPLE_CHANGED)


def set_active(
    ctx: AppContext, actor: Actor, login: str, active: bool, version: int | None = None
) -> Done:
    """Deactivate a person (no longer offered, cannot act) or reactivate them (administrators
    only); their past acts stay in the history. Returns a Polish confirmation.
    ``version``: the person's as the list showed them (refused if changed since)."""
    actor.require(Role.ADMIN)
    with writing(ctx, actor, "activate-user" if active else "deactivate-user") as session:
        user = _edited(session, login, version, {"active": active})
        if not active and user.active and Role.ADMIN in parse_roles(user.roles):
            _keep_an_admin(session, user)
        user.active = active
        state = "aktywna" if active else "nieaktywna"
        message = f"Osoba {user.full_name} ({user.login}) jest teraz {state}."
    return Done(message, PEOPLE_CHANGED)
