"""Setting passwords: the first administrator's (once, on a new database), a temporary one
an administrator gives (to be changed at the next sign-in), and everyone's own change.

Each is a service transaction: its audit entry says who set whose password and when (the
hash itself is never logged: ``storage.models.AUDIT_EXCLUDED``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.accounts import password_problem
from calcert_desktop.domain.errors import PermissionDenied, ValidationError
from calcert_desktop.domain.polish_text import normalize, sort_key
from calcert_desktop.domain.roles import Role
from calcert_desktop.services.auth import hashing, key_wraps
from calcert_desktop.services.auth.sign_in import SignedIn, check_password, sign_in
from calcert_desktop.services.changes import Changes, Done, Kind
from calcert_desktop.services.context import (
    Actor,
    AppContext,
    find_user,
    writing,
)
from calcert_desktop.storage.models import Credential, User

PEOPLE_CHANGED = Changes.of(Kind.PEOPLE)


def check_new(password: str, repeated: str | None, login: str = "") -> None:
    """ValidationError unless ``password`` may be a new password (and ``repeated`` — None
    when not asked — repeats it)."""
    problem = password_problem(password, login)
    if problem is not None:
        raise ValidationError(problem, "password")
    if repeated is not None and repeated != password:
        raise ValidationError("account.password_mismatch", "repeated")


def _store(session: Session, ctx: AppContext, user: User, password: str, must_change: bool) -> None:
    """Give ``user`` the hash of ``password`` (a new credential, or the existing one's
    replaced, its failures forgotten)."""
    credential = session.get(Credential, user.id, with_for_update=True)
    hashed = hashing.hash_password(password)
    key_wraps.wrap_new(ctx, session, user.login, hashed)
    if credential is None:
        session.add(Credential(user_id=user.id, password_hash=hashed, must_change=must_change,
                               set_at=ctx.now(), failed_count=0))  # fmt: skip
        return
    credential.password_hash = hashed
    credential.must_change = must_change
    credential.set_at = ctx.now()
    credential.failed_count = 0
    credential.last_failure_at = None


def set_first_admin(
    ctx: AppContext, password: str, repeated: str | None, full_name: str | None = None
) -> SignedIn:
    """The first administrator's password on a database where no administrator has one
    (refused once one has); ``full_name`` renames the first administrator. Signed in.

    The administrator's account exists already (``admin.people.ensure_admin`` makes it in
    an empty database, as ``calcert init`` and the first start do)."""
    check_new(password, repeated, "admin")
    if full_name is not None and not full_name.strip():
        raise ValidationError("required", "full_name")
    with writing(ctx, None, "first-admin") as session:
        # The administrators' rows locked (in one order): two PCs setting the first password
        # at once of a new server's database: the second waits, then finds it set.
        admins = session.scalars(
            select(User)
            .where(User.active.is_(True), User.roles.contains(Role.ADMIN.value))
            .order_by(User.id)
            .with_for_update()
        ).all()
        with_password = session.scalar(
            select(Credential.user_id).where(Credential.user_id.in_([a.id for a in admins]))
        )
        if with_password is not None:
            raise ValidationError("account.first_admin_exists", "password")
        user = min(admins, key=lambda a: (a.login != "admin", a.login), default=None)
        if user is None:
            raise ValidationError("account.first_admin_needed", "password")
        if full_name is not None:
            user.full_name = normalize(full_name.strip())
            user.name_sort = sort_key(user.full_name)
        _store(session, ctx, user, password, must_change=False)
        login = user.login
    return sign_in(ctx, login, password)


def set_password(ctx: AppContext, actor: Actor, login: str, password: str) -> Done:
    """An administrator gives ``login`` a password: a temporary one the person must change
    at their next sign-in (the administrator's own is final)."""
    actor.require(Role.ADMIN)
    with writing(ctx, actor, "set-password") as session:
        user = find_user(session, login, "login")
        check_new(password, None, user.login)
        own = user.id == actor.id
        _store(session, ctx, user, password, must_change=not own)
        name, login = user.full_name, user.login
    if own:
        return Done("Zmieniono Twoje hasło.", PEOPLE_CHANGED)
    return Done(
        f"Ustawiono hasło tymczasowe osoby {name} ({login}); przy pierwszym logowaniu "
        "zmieni je na własne.",
        PEOPLE_CHANGED,
    )


def change_password(
    ctx: AppContext, login: str, old: str, new: str, repeated: str | None
) -> SignedIn:
    """A person changes their own password, proving the old one (counted like a sign-in
    when wrong); signed in with the new one."""
    account = check_password(ctx, login, old)
    check_new(new, repeated, account.login)
    if new == old:
        raise ValidationError("account.password_same", "password")
    with writing(ctx, account.actor, "change-password") as session:
        user = session.get(User, account.user_id)
        assert user is not None
        _store(session, ctx, user, new, must_change=False)
    return sign_in(ctx, account.login, new)


def recover_password(ctx: AppContext, login: str, password: str, repeated: str | None) -> Done:
    """A new password for ``login`` on an installation opened with the office's recovery key
    (whoever holds the key may open the data anyway): final, the failures forgotten, the data
    key wrapped for it; recorded as the person's own act."""
    if not ctx.by_recovery:
        raise PermissionDenied("account.recovery_needed", "recovery")
    with writing(ctx, None, "recover-password") as session:
        user = find_user(session, login, "login")
        check_new(password, repeated, user.login)
        _store(session, ctx, user, password, must_change=False)
        name, login = user.full_name, user.login
    return Done(f"Ustawiono nowe hasło osoby {name} ({login}) kluczem odzyskiwania.",
                PEOPLE_CHANGED)  # fmt: skip


def share_password(session: Session, ctx: AppContext, source: Actor) -> int:
    """Give every active person without a password the hash of ``source``'s, as final (the
    demo data's people, so that whoever loads the demo can sign in as any of them); how
    many. Runs inside the caller's transaction."""
    credential = session.get(Credential, source.id)
    if credential is None:
        return 0
    have = set(session.scalars(select(Credential.user_id)))
    given = 0
    for user_id, login in session.execute(select(User.id, User.login).where(User.active.is_(True))):
        if user_id in have:
            continue
        session.add(Credential(user_id=user_id, password_hash=credential.password_hash,
                               must_change=False, set_at=ctx.now(), failed_count=0))  # fmt: skip
        key_wraps.wrap_new(ctx, session, login, credential.password_hash)
        given += 1
    return given
