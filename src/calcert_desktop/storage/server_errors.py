"""What a PostgreSQL server reports, in Polish (never shown raw): it cannot be reached, it
refused the password, the database is missing, the connection broke mid-work, or it gave up
one of two transactions that waited for each other."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.storage.location import Location

# SQLSTATE classes and codes (PostgreSQL's appendix A).
_AUTH = ("28P01", "28000")
_NO_DATABASE = "3D000"
_PERMISSION = "42501"
# Two transactions waited for each other, or could not be serialised: the server rolled
# one back whole (40P01 deadlock_detected, 40001 serialization_failure, 55P03
# lock_not_available); running it again succeeds.
_TRY_AGAIN = ("40P01", "40001", "55P03")
# The server ended the session (shut down, restarted, or an administrator's command).
_SHUT_DOWN = ("57P01", "57P02", "57P03")


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


# How a message names the server when the caller does not know which (a front end's last
# line of defence): "z serwerem bazy danych biura".
UNNAMED_SERVER = "biura"


def as_domain_error(error: BaseException, where: Location | None) -> DomainError | None:
    """The Polish error for ``error`` raised while talking to ``where`` (None: the server
    is not known here) or None: not a server's problem; the caller lets it through."""
    if not isinstance(error, DBAPIError):
        return None
    orig = error.orig
    state = getattr(orig, "sqlstate", None)
    detail = _first_line(error)
    server = where.shown() if where is not None else UNNAMED_SERVER
    url = where.url if where is not None else None
    if "no password supplied" in detail:
        user = (url.username if url is not None else None) or ""
        return DomainError("server.password_needed", server=server, user=user)
    if state in _AUTH or "password authentication failed" in detail:
        user = (url.username if url is not None else None) or ""
        return DomainError("server.auth_failed", server=server, user=user)
    if state == _NO_DATABASE or ("database" in detail and "does not exist" in detail):
        database = (url.database if url is not None else None) or ""
        return DomainError("server.no_database", server=server, database=database)
    if state == _PERMISSION:
        return DomainError("server.permission", server=server, detail=detail)
    if state in _TRY_AGAIN:
        return DomainError("conflict.try_again")
    if state in _SHUT_DOWN:
        return DomainError("server.connection_lost", server=server)
    if isinstance(error, (OperationalError, InterfaceError)) or error.connection_invalidated:
        if state is None and not error.connection_invalidated and "connection" not in detail \
                and "server" not in detail:  # fmt: skip
            return None
        if error.connection_invalidated or "closed" in detail or "terminat" in detail:
            return DomainError("server.connection_lost", server=server)
        return DomainError("server.unreachable", server=server, detail=detail)
    return None


@contextmanager
def reaching(where: Location) -> Iterator[None]:
    """Run a block against the server ``where``; a connection problem becomes its Polish
    :class:`DomainError` (the transaction was rolled back by the server: nothing half-done)."""
    try:
        yield
    except DBAPIError as error:
        mapped = as_domain_error(error, where)
        if mapped is None:
            raise
        raise mapped from error
