"""What the front ends need of the data folder below the services, so that neither imports
storage/: files private from the process's start, the folder held while a window has it
open (a restore refuses then), and the database engine's own failures as Polish messages."""

from __future__ import annotations

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.storage import sqlite_errors
from calcert_desktop.storage.files import restrict_umask
from calcert_desktop.storage.folder_lock import FolderLock

__all__ = ["FolderLock", "as_domain_error", "restrict_umask"]


def as_domain_error(error: BaseException) -> DomainError | None:
    """The Polish error for a database failure nobody planned for: SQLite's, or a
    server's (unreachable, connection lost, a transaction given up); None if not one."""
    found = sqlite_errors.as_domain_error(error)
    if found is not None:
        return found
    from calcert_desktop.storage import server_errors  # SQLAlchemy: loaded only on a failure

    return server_errors.as_domain_error(error, None)
