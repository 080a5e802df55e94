"""Opening the app's database in a data folder: create or migrate it first; make the folder
private and clear what interrupted writes left in it; move an older version's files
(attachments, documents, the seal key) from the folder into the database."""

from __future__ import annotations

from pathlib import Path

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.paths import DataPaths
from calcert_desktop.storage import data_key, legacy_files, migrate
from calcert_desktop.storage import location as locations
from calcert_desktop.storage.credentials import with_stored_password
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


def open_database(paths: DataPaths, *, create: bool, key: bytes | None = None) -> Database:
    """The database of ``paths``, migrated to this app's schema.

    With ``create`` false a missing file is an error (``storage.not_initialised``) rather
    than silently making an empty database somewhere unexpected. A data folder that names a
    server (``--database``, ``CALCERT_DATABASE``, ``baza.json``) opens the server's database
    instead; its schema is made or upgraded by ``calcert db init`` only when ``create``.
    """
    where = locations.resolve(paths)
    if not where.is_sqlite:
        return open_server(with_stored_password(where), create=create)
    assert where.file is not None
    if where.file == paths.database and paths.database.exists():
        data_key.finish_pending(paths.root, paths.database)
    if key is None and where.file == paths.database and data_key.is_encrypted(paths.root):
        raise DomainError("data_key.locked", path=str(paths.root))
    return _open_file(paths, where.file, create=create, key=key)


def open_server(where: locations.Location, *, create: bool) -> Database:
    """The server's database, its schema created or upgraded when ``create`` (one
    transaction: a failed upgrade leaves the server's schema as it was)."""
    from calcert_desktop.storage.server_errors import reaching

    database = Database.at(where)
    try:
        with reaching(where):
            migrate.upgrade_server(database.engine, where, create=create)
    except BaseException:
        database.close()
        raise
    return database


def _open_file(
    paths: DataPaths, path: Path, *, create: bool, key: bytes | None = None
) -> Database:
    """The SQLite file at ``path`` (the data folder's own, or one ``--database`` names)."""
    existed = path.exists() and path.stat().st_size > 0
    if not existed and not create:
        raise DomainError("storage.not_initialised", path=str(paths.root))
    if existed and key is None and not is_sqlite_file(path):
        raise DomainError(
            "storage.not_a_database", path=str(path), detail="to nie jest plik SQLite"
        )
    if path == paths.database:
        prepare_folder(paths)
    database = Database.open(path, key)
    try:
        migrate.upgrade(database.engine, path, paths.backups, key)
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
    if path == paths.database:
        try:
            legacy_files.move_into_database(paths, database)
        except BaseException:
            database.close()
            raise
    return database
