"""People's own passwords for scripts, in the system's credential store (``keyring``),
never in a file: one per login and database."""

from __future__ import annotations

from calcert_desktop.storage import credentials

SERVICE = "CALcert Desktop: konto"


def _key(login: str, database: str) -> str:
    return f"{login.strip().lower()}@{database}"


def stored(login: str, database: str) -> str | None:
    """The stored password of ``login`` for ``database`` (None: none stored, or no store)."""
    return credentials.stored(SERVICE, _key(login, database))


def keep(login: str, database: str, password: str) -> None:
    """Store ``password`` (DomainError when the system has no working store)."""
    credentials.keep(SERVICE, _key(login, database), password, "account.no_keyring")


def drop(login: str, database: str) -> None:
    """Forget the stored password (nothing when none)."""
    credentials.drop(SERVICE, _key(login, database))
