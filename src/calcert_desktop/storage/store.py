"""Opening the app's database in a data folder: create or migrate it first; make the folder
private and clear what interrupted writes left in it."""

from __future__ import annotations

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.paths import DataPaths
from calcert_desktop.storage import migrate
from calcert_desktop.storage.database import Database, is_sqlite_file
from calcert_desktop.storage.files import (
    create_private_file,
    private_folder,
    tidy_folder,
)


def prepare_folder(paths: DataPaths) -> None:
    """The data folder 0700 with everything in it 0600 (an older install made them 0755 and
    0644), the leftovers of writes a killed process left removed, and the database file
    created 0600 before SQLite opens it: its -wal and -shm files take the same mode."""
    private_folder(paths.root)
    tidy_folder(paths.root)
    create_private_file(paths.database)


def open_database(paths: DataPaths, *, create: bool) -> Database:
    """The database of ``paths``, migrated to this app's schema.

    With ``create`` false a missing file is an error (``storage.not_initialised``) rather
    than silently making an empty database somewhere unexpected.
    """
    path = paths.database
    existed = path.exists() and path.stat().st_size > 0
    if not existed and not create:
        raise DomainError("storage.not_initialised", path=str(paths.root))
    if existed and not is_sqlite_file(path):
        raise DomainError(
            "storage.not_a_database", path=str(path), detail="to nie jest plik SQLite"
        )
    prepare_folder(paths)
    database = Database.open(path)
    try:
        migrate.upgrade(database.engine, path, paths.backups)
    except Exception:
        database.close()
        if not existed:
            for leftover in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                leftover.unlink(missing_ok=True)
        raise
    return database
