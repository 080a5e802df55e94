"""The two ends of a database copy: the source, opened read-only in one consistent snapshot;
the target, inspected without writing (for a dry run and the refusals), then given this
app's schema by the same migrations as ever.

A SQLite source is opened with ``mode=ro``: its file is never written, and the ``-wal`` and
``-shm`` files SQLite creates beside a WAL database for any reader are removed again when
nobody else had it open. A server source is read in one ``REPEATABLE READ READ ONLY``
transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, column, create_engine, event, inspect, select
from sqlalchemy import table as light_table
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.plural import counted
from calcert_desktop.storage import migrate, sqlite_files
from calcert_desktop.storage.candidate import readonly_uri
from calcert_desktop.storage.database import is_sqlite_file, make_engine, make_server_engine
from calcert_desktop.storage.files import partial_path
from calcert_desktop.storage.location import Location, sqlite_file
from calcert_desktop.storage.row_digest import has_rows, row_count
from calcert_desktop.storage.search_index import is_index_table
from calcert_desktop.storage.server_errors import as_domain_error
from calcert_desktop.storage.sqlite_errors import reason

VERSION_TABLE = "alembic_version"

# What a copy finds at its target (TargetState.kind).
MISSING = "missing"  # no SQLite file yet: it will be created
NO_SCHEMA = "no_schema"  # an empty database without the program's tables: they are created
READY = "ready"  # the program's schema at this version, no rows: copied into as it is
OLDER = "older"  # an older schema, no rows: brought up to date first
NEWER = "newer"  # a newer program's schema: refused
NOT_EMPTY = "not_empty"  # holds data: refused


@dataclass(frozen=True)
class TargetState:
    """What the target holds before a copy."""

    kind: str
    revision: str | None = None
    rows: int = 0
    table: str | None = None  # one table that holds rows (NOT_EMPTY)

    def refusal(self, where: Location) -> DomainError | None:
        """Why a copy into this target is refused (None: it may go ahead)."""
        if self.kind == NOT_EMPTY:
            return not_empty(where, self.rows, self.table or "")
        if self.kind == NEWER:
            return DomainError("copy.target_newer", where=where.shown(), found=self.revision,
                               known=migrate.HEAD)  # fmt: skip
        return None


def not_empty(where: Location, rows: int, table: str) -> DomainError:
    """The refusal of a target that holds ``rows`` rows (``table`` one of those holding them)."""
    return DomainError("copy.target_not_empty", where=where.shown(), table=table,
                       rows=counted(rows, "wiersz", "wiersze", "wierszy"))  # fmt: skip


def failure(error: DBAPIError, where: Location, table: str) -> DomainError:
    """The Polish error for a database error at ``where`` while copying ``table``."""
    if not where.is_sqlite:
        mapped = as_domain_error(error, where)
        if mapped is not None:
            return mapped
        text = str(error.orig or error).strip()
        detail = text.splitlines()[0] if text else type(error).__name__
    else:
        detail = reason(error)
    return DomainError("copy.failed", where=where.shown(), table=table, detail=detail)


@contextmanager
def guarded(where: Location, table: str) -> Iterator[None]:
    """Database errors at ``where`` as their Polish :class:`DomainError`."""
    try:
        yield
    except DBAPIError as error:
        raise failure(error, where, table) from error


def readonly_sqlite_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine that can only read the SQLite file at ``path`` (encrypted with ``key``,
    when given); each transaction is one snapshot (BEGIN issued by us: pysqlite does not
    begin before a SELECT)."""
    uri = readonly_uri(path)

    def connect() -> sqlite3.Connection:
        connection = sqlite_files.connect(uri, key, uri=True, isolation_level=None,
                                          check_same_thread=False)  # fmt: skip
        connection.execute("PRAGMA query_only=ON")
        connection.execute("PRAGMA busy_timeout=5000")
        return connection

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _missing(where: Location) -> bool:
    file = where.file
    return file is not None and (not file.exists() or file.stat().st_size == 0)


def reading_engine(where: Location, *, role: str) -> Engine:
    """An engine that reads ``where`` (a SQLite file opened read-only)."""
    if not where.is_sqlite:
        return make_server_engine(where)
    file = where.file
    assert file is not None
    if not file.is_file() or (where.key is None and not is_sqlite_file(file)):
        if role == "source":
            raise DomainError("copy.source_missing", where=where.shown())
        raise DomainError("storage.not_a_database", path=str(file),
                          detail="to nie jest plik SQLite")  # fmt: skip
    return readonly_sqlite_engine(file, where.key)


@contextmanager
def snapshot(where: Location, *, role: str = "source") -> Iterator[Connection]:
    """A read-only connection to ``where`` inside one transaction (one snapshot of the
    data), rolled back at the end: nothing is written there."""
    engine = reading_engine(where, role=role)
    companions = _companions_absent(where)
    try:
        with guarded(where, VERSION_TABLE):
            connection = engine.connect()
        try:
            if not where.is_sqlite:
                connection = connection.execution_options(
                    isolation_level="REPEATABLE READ", postgresql_readonly=True
                )
            with guarded(where, VERSION_TABLE):
                connection.begin()
            yield connection
        finally:
            connection.close()  # rolls back
    finally:
        engine.dispose()
        if companions:
            _let_sqlite_tidy(where)


def _companions_absent(where: Location) -> bool:
    """True for a SQLite file without its ``-wal`` file (nobody has it open)."""
    file = where.file
    return file is not None and not file.with_name(file.name + "-wal").exists()


def _let_sqlite_tidy(where: Location) -> None:
    """A read-only reader of a WAL database leaves SQLite's ``-wal`` and ``-shm`` files
    beside it (it may not remove them); a connection that can, opened and closed with
    nothing to write, lets SQLite remove them, the database file untouched."""
    file = where.file
    assert file is not None
    try:
        with closing(sqlite_files.connect(str(file), where.key)) as connection:
            connection.execute("PRAGMA query_only=ON")
            connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite_files.ERRORS:
        pass  # a read-only folder: nothing could have been created there either


def revision_of(connection: Connection) -> str | None:
    """The schema revision recorded at the other end of ``connection`` (None: none)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    version = select(column("version_num")).select_from(light_table(VERSION_TABLE))
    return connection.execute(version).scalar()


def check_source(connection: Connection, where: Location) -> str:
    """The source's revision, which must be this app's (else a Polish refusal)."""
    with guarded(where, VERSION_TABLE):
        found = revision_of(connection)
    if found is None:
        raise DomainError("copy.source_missing", where=where.shown())
    if found != migrate.HEAD:
        raise DomainError("copy.source_schema", where=where.shown(), found=found,
                          known=migrate.HEAD)  # fmt: skip
    return found


def _state_of(connection: Connection) -> TargetState:
    revision = revision_of(connection)
    names = [n for n in inspect(connection).get_table_names()
             if n != VERSION_TABLE and not is_index_table(n)]  # fmt: skip
    for name in sorted(names):
        table = light_table(name)
        if has_rows(connection, table):
            total = sum(row_count(connection, light_table(n)) for n in names)
            return TargetState(NOT_EMPTY, revision, total, name)
    if revision is None:
        return TargetState(NO_SCHEMA)
    if revision == migrate.HEAD:
        return TargetState(READY, revision)
    if revision in migrate.known_revisions():
        return TargetState(OLDER, revision)
    return TargetState(NEWER, revision)


def inspect_target(where: Location) -> TargetState:
    """What the target holds, read without writing anything."""
    if where.is_sqlite and _missing(where):
        return TargetState(MISSING)
    with snapshot(where, role="target") as connection, guarded(where, VERSION_TABLE):
        return _state_of(connection)


@contextmanager
def prepared_target(where: Location, state: TargetState) -> Iterator[Engine]:
    """An engine on the target with this app's schema (created or upgraded by the usual
    migrations). A new SQLite file is written under a temporary name and appears under its
    own only when the block ends without error: a failed copy leaves no file behind."""
    if where.is_sqlite:
        file = where.file
        assert file is not None
        if state.kind == MISSING:
            with partial_path(file) as partial:
                with _file_engine(partial, partial.parent) as engine:
                    yield engine
                with closing(sqlite3.connect(partial)) as connection:  # one self-contained file
                    connection.execute("PRAGMA journal_mode=DELETE")
            return
        with _file_engine(file, file.parent / "kopie-zapasowe") as engine:
            yield engine
        return
    engine = make_server_engine(where)
    try:
        with guarded(where, VERSION_TABLE):
            migrate.upgrade_server(engine, where, create=True)
        yield engine
    finally:
        engine.dispose()


@contextmanager
def _file_engine(path: Path, backups: Path) -> Iterator[Engine]:
    engine = make_engine(path)
    try:
        with guarded(sqlite_file(path), VERSION_TABLE):
            migrate.upgrade(engine, path, backups)
        yield engine
    finally:
        engine.dispose()  # the last connection closed: SQLite folds its WAL into the file

