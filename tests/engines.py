"""The database engine the tests run on: SQLite (each data folder's own file) or PostgreSQL
(each data folder names its own database on the test server in ``baza.json``).

``pytest --database=postgresql`` (or ``CALCERT_TEST_DATABASE=postgresql``) runs the suite on
a temporary PostgreSQL cluster (tests/postgres_server.py); the conftest sets :data:`ENGINE`
and :data:`SERVER` before any test runs. Fixtures make, copy and seed data folders through
this module, so a test need not know which engine holds its data.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import postgres_server

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
ENGINE = SQLITE
SERVER: postgres_server.Server | None = None
DB_FILE = "calcert.sqlite3"
CONNECTION_FILE = "baza.json"

_names = itertools.count(1)
_made: list[str] = []


def on_server() -> bool:
    """True when the tests run on PostgreSQL."""
    return ENGINE == POSTGRESQL


def _admin():
    import psycopg

    assert SERVER is not None
    return psycopg.connect(SERVER.url("postgres").replace("+psycopg", ""), autocommit=True)


def new_database(template: str | None = None) -> str:
    """A new database on the test server (a copy of ``template``, or empty); its name."""
    name = f"t{os.getpid()}_{next(_names)}"
    with _admin() as connection:
        if template:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        else:
            connection.execute(f'CREATE DATABASE "{name}"')
    _made.append(name)
    return name


def drop_database(name: str) -> None:
    """Drop a test database (its connections closed first)."""
    with _admin() as connection:
        postgres_server.drop_database(connection, name)


def made() -> int:
    """How many databases this process has made so far (a mark for :func:`drop_since`)."""
    return len(_made)


def drop_since(mark: int) -> None:
    """Drop the databases made after ``mark`` (a test's own: a server's disk is finite;
    those of wider fixtures, made before the test began, stay)."""
    while len(_made) > mark:
        drop_database(_made.pop())


def database_of(folder: Path) -> str | None:
    """The server database a data folder names (None: its SQLite file)."""
    file = folder / CONNECTION_FILE
    if not file.exists():
        return None
    url = json.loads(file.read_text(encoding="utf-8"))["url"]
    return url.rsplit("/", 1)[1]


def point_at(folder: Path, database: str) -> None:
    """Make ``folder`` a data folder whose database is ``database`` on the test server (the
    address without the password: PGPASSWORD gives it, as a script of an office would)."""
    assert SERVER is not None
    folder.mkdir(parents=True, exist_ok=True)
    url = SERVER.url(database, password=False).replace("+psycopg", "")
    (folder / CONNECTION_FILE).write_text(json.dumps({"url": url}), encoding="utf-8")


def fresh(folder: Path) -> Path:
    """An empty data folder (on the server: a new empty database named in it)."""
    folder.mkdir(parents=True, exist_ok=True)
    if on_server() and database_of(folder) is None:
        point_at(folder, new_database())
    return folder


def seed(prepared_db: Path, folder: Path) -> Path:
    """``folder`` holding a copy of the prepared database (``prepared_db`` is the prepared
    folder's SQLite file; on the server, the database its folder names)."""
    folder.mkdir(parents=True, exist_ok=True)
    if on_server():
        source = database_of(prepared_db.parent)
        assert source is not None
        point_at(folder, new_database(source))
    else:
        shutil.copyfile(prepared_db, folder / DB_FILE)
    return folder


def copy_folder(source: Path, target: Path) -> Path:
    """A copy of a closed data folder, database included."""
    shutil.copytree(source, target)
    name = database_of(source)
    if name is not None:
        point_at(target, new_database(name))
    return target


def content_hash(folder: Path) -> str:
    """SHA-256 of every table's rows (the content, not the pages): on SQLite a dump of the
    file, on the server each table read in its primary key's order."""
    import hashlib

    digest = hashlib.sha256()
    name = database_of(folder)
    if name is None:
        import sqlite3

        connection = sqlite3.connect(f"file:{folder / DB_FILE}?mode=ro", uri=True)
        try:
            for line in connection.iterdump():
                digest.update(line.encode("utf-8", "surrogatepass"))
        finally:
            connection.close()
        return digest.hexdigest()
    import psycopg

    assert SERVER is not None
    with psycopg.connect(SERVER.url(name).replace("+psycopg", "")) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )]  # fmt: skip
        for table in tables:
            digest.update(f"\n{table}\n".encode())
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class ServerDatabases:
    """Databases made on a given server (the run's, or one a test started because it needs
    PostgreSQL whatever the run's engine), dropped by :meth:`drop_all`."""

    def __init__(self, server: postgres_server.Server) -> None:
        self.server = server
        self.made: list[str] = []

    def _admin(self):
        import psycopg

        return psycopg.connect(self.url("postgres"), autocommit=True)

    def url(self, name: str, *, password: bool = True) -> str:
        """The address of ``name`` as a user types it (``postgresql://calcert:...@...``)."""
        return self.server.url(name, password=password).replace("+psycopg", "")

    def new(self) -> str:
        """A new empty database; its name."""
        name = f"s{os.getpid()}_{next(_names)}"
        with self._admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        self.made.append(name)
        return name

    def point(self, folder: Path, name: str) -> Path:
        """A data folder whose database is ``name`` (the address without its password:
        ``PGPASSWORD`` gives it)."""
        folder.mkdir(parents=True, exist_ok=True)
        (folder / CONNECTION_FILE).write_text(
            json.dumps({"url": self.url(name, password=False)}), encoding="utf-8"
        )
        return folder

    def drop_all(self) -> None:
        """Drop every database made here."""
        with self._admin() as connection:
            while self.made:
                postgres_server.drop_database(connection, self.made.pop())


class RawConnection:
    """A DB-API connection to a data folder's database behind the services' back (a test
    changing what the program would never change): sqlite3 on the file, psycopg on the
    server. ``?`` placeholders work on both; committed on a clean exit, then closed."""

    def __init__(self, database_file: Path) -> None:
        name = database_of(database_file.parent)
        self.on_server = name is not None
        if name is None:
            import sqlite3

            self.connection: Any = sqlite3.connect(database_file)
        else:
            import psycopg

            assert SERVER is not None
            self.connection = psycopg.connect(SERVER.url(name).replace("+psycopg", ""))

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        if self.on_server:
            sql = sql.replace("%", "%%").replace("?", "%s")
        return self.connection.execute(sql, parameters)

    def drop_audit_triggers(self) -> None:
        """Drop the audit log's append-only triggers (migration 0014), as someone with the
        database in hand could, to change the log itself."""
        if self.on_server:
            self.execute("DROP TRIGGER audit_log_no_change ON audit_log")
            self.execute("DROP TRIGGER audit_log_no_truncate ON audit_log")
        else:
            self.execute("DROP TRIGGER audit_log_no_update")
            self.execute("DROP TRIGGER audit_log_no_delete")

    def __enter__(self) -> RawConnection:
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        try:
            if kind is None:
                self.connection.commit()
            else:
                self.connection.rollback()
        finally:
            self.connection.close()


def raw(database_file: Path) -> RawConnection:
    """:class:`RawConnection` to the database of the data folder holding ``database_file``
    (its SQLite file's path: ``DataPaths.database``, ``Cli.database``)."""
    return RawConnection(Path(database_file))
