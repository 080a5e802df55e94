"""What a PostgreSQL server reports, in Polish (never shown raw): it cannot be reached, it
refused the password, the database is missing, the connection broke mid-work."""

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


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def as_domain_error(error: BaseException, where: Location) -> DomainError | None:
    """The Polish error for ``error`` raised while talking to ``where`` (None: not a
    connection problem; the caller lets it through)."""
    if not isinstance(error, DBAPIError):
        return None
    orig = error.orig
    state = getattr(orig, "sqlstate", None)
    detail = _first_line(error)
    server = where.shown()
    if "no password supplied" in detail:
        return DomainError("server.password_needed", server=server,
                           user=where.url.username or "")  # fmt: skip
    if state in _AUTH or "password authentication failed" in detail:
        return DomainError("server.auth_failed", server=server, user=where.url.username or "")
    if state == _NO_DATABASE or ("database" in detail and "does not exist" in detail):
        return DomainError("server.no_database", server=server, database=where.url.database)
    if state == _PERMISSION:
        return DomainError("server.permission", server=server, detail=detail)
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
