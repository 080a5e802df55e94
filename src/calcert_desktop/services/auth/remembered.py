"""A person's own password kept for scripts in the system's credential store (one per login
and database), after it was checked to sign in."""

from __future__ import annotations

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.auth.sign_in import check_password
from calcert_desktop.services.context import AppContext
from calcert_desktop.storage import account_store
from calcert_desktop.storage.location import sqlite_file


def database_key(ctx: AppContext) -> str:
    """The database as the credential store names it (the same login in two offices'
    databases has two passwords)."""
    return ctx.db.location.shown()


def stored_for(paths: DataPaths, login: str) -> str | None:
    """:func:`stored` for the data folder's own SQLite file, before it is open (an encrypted
    one opens with the password)."""
    return account_store.stored(login, sqlite_file(paths.database).shown())


def stored(ctx: AppContext, login: str) -> str | None:
    """The password kept for ``login`` on this database (None: none kept, or no store)."""
    return account_store.stored(login, database_key(ctx))


def remember(ctx: AppContext, login: str, password: str) -> None:
    """Keep ``password`` once it signs ``login`` in (SignInRefused, counted, if not)."""
    check_password(ctx, login, password)
    account_store.keep(login, database_key(ctx), password)


def keep_in_step(ctx: AppContext, login: str, password: str) -> None:
    """After a change of password: the kept copy, if there is one, replaced."""
    if stored(ctx, login) is not None:
        account_store.keep(login, database_key(ctx), password)


def forget(ctx: AppContext, login: str) -> None:
    """Remove the kept password (nothing when none)."""
    account_store.drop(login, database_key(ctx))
