"""The database server's password in the system's credential store (``keyring``: Windows
Credential Manager, the Secret Service on Linux, the macOS Keychain), never in a file."""

from __future__ import annotations

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.storage.location import Location

SERVICE = "CALcert Desktop: serwer bazy danych"


def _keyring():  # noqa: ANN202 (the module, imported late: it costs start-up time)
    import keyring

    return keyring


def stored(service: str, key: str) -> str | None:
    """The password stored under ``service`` and ``key`` (None: none, or no store here)."""
    from keyring.errors import KeyringError

    try:
        return _keyring().get_password(service, key)
    except KeyringError:
        return None


def keep(service: str, key: str, password: str, unavailable: str) -> None:
    """Store ``password``; DomainError ``unavailable`` (with ``detail``) without a store."""
    from keyring.errors import KeyringError

    try:
        _keyring().set_password(service, key, password)
    except KeyringError as error:
        # keyring's own text is English and technical: its class names the cause.
        raise DomainError(unavailable, detail=type(error).__name__) from error


def drop(service: str, key: str) -> None:
    """Remove the stored password (nothing when there is none)."""
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        _keyring().delete_password(service, key)
    except (PasswordDeleteError, KeyringError):
        pass


def password_for(location: Location) -> str | None:
    """The stored password of ``location``'s user (None: none stored, or no store here:
    libpq's PGPASSWORD or pgpass may still serve)."""
    if location.is_sqlite:
        return None
    return stored(SERVICE, location.credential_name)


def store_password(location: Location, password: str) -> None:
    """Keep ``password`` for ``location``'s user in the credential store."""
    keep(SERVICE, location.credential_name, password, "server.keyring_unavailable")


def forget_password(location: Location) -> None:
    """Remove the stored password (nothing when there is none)."""
    drop(SERVICE, location.credential_name)


def with_stored_password(location: Location) -> Location:
    """``location`` with its password: the one it carries, else the stored one."""
    if location.is_sqlite or location.url.password:
        return location
    return location.with_password(password_for(location))
