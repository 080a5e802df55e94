"""Moving an office's data: the whole database from one place to another (``calcert db
copy``), SQLite to a PostgreSQL server or back, checked table by table.

The database only: the data folder's other contents (the seal's private key in ``klucze/``,
files kept beside the database) stay where they are.
"""

from __future__ import annotations

from pathlib import Path

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.paths import DataPaths
from calcert_desktop.storage import copy as copying
from calcert_desktop.storage import location as locations
from calcert_desktop.storage.copy import CopyReport, Progress
from calcert_desktop.storage.credentials import with_stored_password
from calcert_desktop.storage.location import Location

__all__ = ["CopyReport", "Location", "copy_database", "where"]


def where(text: str) -> Location:
    """A database as an administrator names it: ``postgresql://user@host:port/db``, a SQLite
    file, or a data folder (the database it uses: the server in its ``baza.json``, else its
    own SQLite file). A server's password comes from the address, the credential store, or
    libpq (``PGPASSWORD``, pgpass)."""
    folder = Path(text.strip()).expanduser()
    if "://" not in text and text.strip() and folder.is_dir():
        paths = DataPaths(folder.resolve())
        found = locations.saved(paths) or locations.sqlite_file(paths.database)
    elif "://" not in text and text.strip() and not folder.exists() and not folder.suffix:
        # Neither a folder nor a file's name: a mistyped folder would become a file here.
        raise DomainError("copy.no_such_place", where=str(folder))
    else:
        found = locations.parse(text)
    return with_stored_password(found)


def copy_database(
    source: str, target: str, *, dry_run: bool = False, progress: Progress | None = None
) -> CopyReport:
    """Copy everything from ``source`` to an empty ``target`` (all or nothing, verified by
    counts and checksums), or with ``dry_run`` only say what would be copied."""
    found, into = where(source), where(target)
    if dry_run:
        return copying.plan(found, into)
    return copying.copy(found, into, progress=progress)
