"""What SQLite reports, as a short Polish reason: its own English messages ("attempt to
write a readonly database") never reach the user."""

from __future__ import annotations

import sqlite3

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.messages import render

# SQLite's primary result codes (the low byte of an extended code) and our reasons.
_REASONS = {
    sqlite3.SQLITE_READONLY: "sqlite.readonly",
    sqlite3.SQLITE_CANTOPEN: "sqlite.cantopen",
    sqlite3.SQLITE_FULL: "sqlite.full",
    sqlite3.SQLITE_CORRUPT: "sqlite.corrupt",
    sqlite3.SQLITE_NOTADB: "sqlite.notadb",
    sqlite3.SQLITE_BUSY: "sqlite.busy",
    sqlite3.SQLITE_LOCKED: "sqlite.busy",
    sqlite3.SQLITE_IOERR: "sqlite.ioerr",
    sqlite3.SQLITE_PERM: "sqlite.perm",
    sqlite3.SQLITE_AUTH: "sqlite.perm",
}


def sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind ``error`` (itself, or the one SQLAlchemy wraps), if any."""
    for candidate in (error, getattr(error, "orig", None), error.__cause__):
        if isinstance(candidate, sqlite3.Error):
            return candidate
    return None


def reason(error: BaseException) -> str:
    """A short Polish reason for a database error (SQLite's own message is left out)."""
    found = sqlite_error(error)
    code = getattr(found, "sqlite_errorcode", None)
    if code is None:
        return render("sqlite.other", None, {"name": type(error).__name__})
    key = _REASONS.get(code & 0xFF)
    if key is None:
        return render("sqlite.other", None, {"name": getattr(found, "sqlite_errorname", code)})
    return render(key, None, {})


def as_domain_error(error: BaseException) -> DomainError | None:
    """The Polish error for a database failure nobody planned for (None if not one)."""
    found = sqlite_error(error)
    if found is None:
        return None
    code = getattr(found, "sqlite_errorcode", 0) & 0xFF
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DomainError("storage.locked")
    return DomainError("storage.database_error", detail=reason(found))
