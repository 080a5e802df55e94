"""Moving an office's data: the whole database from one place to another (``calcert db
copy``), SQLite to a PostgreSQL server or back, checked table by table.

The database only: the data folder's other contents (the seal's private key in ``klucze/``,
files kept beside the database) stay where they are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.paths import DataPaths
from calcert_desktop.storage import copy as copying
from calcert_desktop.storage import data_key
from calcert_desktop.storage import location as locations
from calcert_desktop.storage.copy import CopyReport, Progress
from calcert_desktop.storage.credentials import with_stored_password
from calcert_desktop.storage.location import Location

__all__ = ["CopyReport", "Location", "copy_database", "where"]


# Asked for an encrypted installation's data key (the password of a person of it).
Unlock = Callable[[DataPaths], bytes]


def where(text: str, unlock: Unlock | None = None) -> Location:
    """A database as an administrator names it: ``postgresql://user@host:port/db``, a SQLite
    file, or a data folder (the database it uses: the server in its ``baza.json``, else its
    own SQLite file). A server's password comes from the address, the credential store, or
    libpq (``PGPASSWORD``, pgpass). An encrypted installation's file is opened with the
    data key ``unlock`` gives (refused without it)."""
    folder = Path(text.strip()).expanduser()
    if "://" not in text and text.strip() and folder.is_dir():
        paths = DataPaths(folder.resolve())
        found = locations.saved(paths) or locations.sqlite_file(paths.database)
    elif "://" not in text and text.strip() and not folder.exists() and not folder.suffix:
        # Neither a folder nor a file's name: a mistyped folder would become a file here.
        raise DomainError("copy.no_such_place", where=str(folder))
    else:
        found = locations.parse(text)
    return with_stored_password(_unlocked(found, unlock))


def _unlocked(found: Location, unlock: Unlock | None) -> Location:
    installation = _encrypted_installation(found)
    if installation is None:
        return found
    if unlock is None:
        raise DomainError("data_key.locked", path=str(installation.root))
    return replace(found, key=unlock(installation))


def _encrypted_installation(found: Location) -> DataPaths | None:
    """The encrypted installation whose database ``found`` is, if it is one."""
    file = found.file
    if not found.is_sqlite or file is None:
        return None
    paths = DataPaths(file.parent)
    if file != paths.database or not data_key.is_encrypted(paths.root):
        return None
    return paths


def copy_database(
    source: str,
    target: str,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    unlock: Unlock | None = None,
) -> CopyReport:
    """Copy everything from ``source`` to an empty ``target`` (all or nothing, verified by
    counts and checksums), or with ``dry_run`` only say what would be copied. An encrypted
    installation is read with the key ``unlock`` gives; it is not copied into a SQLite
    file, which would hold its data in clear (its backup is encrypted: ``calcert backup``)."""
    found, into = where(source, unlock), where(target)
    if found.key is not None and into.is_sqlite:
        raise DomainError("copy.encrypted_to_file", where=found.shown())
    if dry_run:
        return copying.plan(found, into)
    return copying.copy(found, into, progress=progress)
