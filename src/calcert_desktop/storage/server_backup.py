"""Backups of a PostgreSQL server's database, and restoring them.

A backup is pg_dump's archive in custom format when pg_dump (and pg_restore) of the server's
major version or newer are on this computer; pg_dump reads an exported snapshot and, in that
same snapshot, every table is read here as COPY text: the archive is then read back in full
by pg_restore and must hold the same rows, table by table. Without the client programs the
backup is the project's own export: a SQLite file written by :func:`copy.copy` (counted and
checksummed table by table), portable to any server or PC.

Restoring an archive runs pg_restore's script on one connection, in one transaction: the
schema's objects are dropped, the archive's created and loaded, the row counts compared with
the archive's, the schema brought to this version and the whole database checked as
``calcert check`` checks it. Only then is it committed: a failure leaves the server as it was.
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.storage import copy as copying
from calcert_desktop.storage import migrate
from calcert_desktop.storage import pg_archive as archives
from calcert_desktop.storage.copy_ends import revision_of
from calcert_desktop.storage.database import Database
from calcert_desktop.storage.files import partial_path
from calcert_desktop.storage.location import sqlite_file
from calcert_desktop.storage.server_errors import reaching
from calcert_desktop.storage.server_tools import (
    ServerVersion,
    Tool,
    find_tool,
    libpq_environment,
    polish_reason,
    server_version,
)
from calcert_desktop.storage.verify import verify

# Restore only what an office's database holds: no owners, grants or server-wide objects.
_RESTORE_OPTIONS = ("--no-owner", "--no-privileges", "--no-comments", "--no-tablespaces",
                    "--no-security-labels", "--no-publications", "--no-subscriptions")  # fmt: skip
_REQUIRED = ("alembic_version", "users", "cases", "audit_log")


@dataclass(frozen=True)
class ServerBackup:
    """A backup made of a server's database: its file, its kind and the versions involved."""

    path: Path
    kind: str  # pg_archive.ARCHIVE or pg_archive.SQLITE (the project's own export)
    server: ServerVersion
    revision: str
    tool: Tool | None  # pg_dump that wrote the archive
    tables: int
    rows: int


def version_of(database: Database) -> tuple[ServerVersion, str | None]:
    """The server's version and the schema revision of its database."""
    with reaching(database.location), database.engine.connect() as connection:
        return server_version(connection), revision_of(connection)


def dump_tools(server: ServerVersion) -> tuple[Tool, Tool] | None:
    """pg_dump and pg_restore able to handle this server (major version at least its), or
    None when this computer lacks them."""
    dump = find_tool("pg_dump", server.major)
    if dump is None:
        return None
    restore = find_tool("pg_restore", dump.major)
    return (dump, restore) if restore is not None else None


def backup_suffix(database: Database) -> str:
    """The file name ending of the backup :func:`write_backup` would make here."""
    server, _ = version_of(database)
    return ".dump" if dump_tools(server) is not None else ".sqlite3"


def write_backup(database: Database, target: Path, *, use_pg_dump: bool = True) -> ServerBackup:
    """A verified backup of the server's database at ``target`` (a new file): pg_dump's
    archive when the tools are here (and ``use_pg_dump``), else a SQLite export."""
    server, revision = version_of(database)
    tools = dump_tools(server) if use_pg_dump else None
    if tools is None:
        report = copying.copy(database.location, sqlite_file(target))
        return ServerBackup(target, archives.SQLITE, server, report.revision, None,
                            len(report.tables), report.rows)  # fmt: skip
    tables, rows = _dump(database, target, *tools)
    return ServerBackup(target, archives.ARCHIVE, server, revision or "", tools[0], tables, rows)


def _dump(database: Database, target: Path, dump: Tool, restore: Tool) -> tuple[int, int]:
    where = database.location
    env = libpq_environment(where)
    with partial_path(target) as partial:
        with reaching(where), database.engine.connect() as connection:
            reader = connection.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
            reader.begin()
            snapshot = reader.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            errors = tempfile.TemporaryFile()
            process = subprocess.Popen(
                [dump.path, "--format=custom", "--encoding=UTF8", "--no-password",
                 f"--snapshot={snapshot}", f"--file={partial}"],
                env=env, stdout=subprocess.DEVNULL, stderr=errors,
            )  # fmt: skip
            try:
                live = archives.live_tallies(reader)  # the same snapshot pg_dump reads
            finally:
                failure = archives.finished(process, errors)
        if failure is not None:
            raise DomainError("backup.dump_failed", server=where.shown(), detail=failure)
        found, _ = archives.archive_tallies(restore, partial)
        for name, tally in sorted(live.items()):
            written = found.get(name)
            if written is None or written.rows != tally.rows:
                detail = f"w bazie {tally.rows} wierszy, w kopii {written.rows if written else 0}"
            elif written.total != tally.total:
                detail = "suma kontrolna zawartości jest inna niż w bazie"
            else:
                continue
            raise DomainError("backup.dump_mismatch", table=name, detail=detail)
    return len(live), sum(t.rows for t in live.values())


@dataclass(frozen=True)
class ArchiveCheck:
    """An archive that may be restored here: its header and the pg_restore that reads it."""

    path: Path
    header: archives.ArchiveHeader
    tool: Tool


def check_archive(database: Database, path: Path) -> ArchiveCheck:
    """Refuse (DomainError) an archive this server or computer cannot take, or that is not
    of a CALcert database; nothing is written."""
    header = archives.read_header(path)
    server, _ = version_of(database)
    if header.server_major > server.major:
        raise DomainError("backup.archive_newer_server", path=str(path),
                          found=header.server_short, server=server.text,
                          major=header.server_major)  # fmt: skip
    tool = find_tool("pg_restore", header.dump_major)
    if tool is None:
        raise DomainError("backup.no_pg_restore", path=str(path), version=header.server_short,
                          major=header.dump_major)  # fmt: skip
    missing = [t for t in _REQUIRED if t not in archives.table_entries(tool, path)]
    if missing:
        raise DomainError("backup.archive_not_calcert", path=str(path),
                          detail="brak tabel: " + ", ".join(missing))  # fmt: skip
    return ArchiveCheck(path, header, tool)


def restore_archive(database: Database, archive: ArchiveCheck) -> str:
    """Replace the server's database with the archive's content, checked before it commits
    (see the module's docstring). Returns the schema revision the archive held."""
    where = database.location
    with reaching(where):
        connection = database.engine.connect()
    try:
        with reaching(where):
            connection.begin()
            search_path = connection.exec_driver_sql("SHOW search_path").scalar_one()
            _drop_schema_objects(connection)
            counts = _load(connection, archive, where.shown())
            connection.execute(text("SELECT set_config('search_path', :path, false)"),
                               {"path": search_path})  # fmt: skip
            _check_counts(connection, counts, archive, where.shown())
            found = _checked_revision(connection, archive)
            if found != migrate.HEAD:
                migrate.upgrade_connection(connection)
            with Session(bind=connection) as session:
                report = verify(session)
            if not report.ok:
                raise DomainError("storage.restore_unsound", path=str(archive.path),
                                  detail=report.summary())  # fmt: skip
            connection.commit()
        return found
    finally:
        if connection.in_transaction():
            connection.rollback()
        connection.invalidate()  # its session settings were the script's: not for reuse
        connection.close()


def _checked_revision(connection: Connection, archive: ArchiveCheck) -> str:
    found = revision_of(connection)
    if not found:
        raise DomainError("storage.no_schema_revision", path=str(archive.path))
    if found not in migrate.known_revisions():
        raise DomainError("storage.newer_schema", path=str(archive.path), found=found,
                          known=migrate.HEAD)  # fmt: skip
    return found


def _check_counts(
    connection: Connection, counts: dict[str, int], archive: ArchiveCheck, server: str
) -> None:
    quote = connection.dialect.identifier_preparer.quote
    for name, rows in sorted(counts.items()):
        found = connection.exec_driver_sql(f"SELECT count(*) FROM {quote(name)}").scalar_one()
        if found != rows:
            raise DomainError("backup.restore_failed", path=str(archive.path), server=server,
                              detail=f"tabela {name}: w kopii {rows} wierszy, wczytano {found}")


# The objects of the current schema that no extension owns, and how each is dropped.
_OBJECTS = (
    ("""SELECT c.oid::regclass::text, c.relkind FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace
          AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')""", "pg_class",
     {"r": "TABLE", "p": "TABLE", "v": "VIEW", "m": "MATERIALIZED VIEW", "S": "SEQUENCE",
      "f": "FOREIGN TABLE"}),
    ("""SELECT c.oid::regprocedure::text, c.prokind FROM pg_proc c
        WHERE c.pronamespace = current_schema()::regnamespace""", "pg_proc",
     {"f": "FUNCTION", "p": "PROCEDURE", "a": "AGGREGATE", "w": "FUNCTION"}),
    ("""SELECT c.oid::regtype::text, c.typtype FROM pg_type c
        WHERE c.typnamespace = current_schema()::regnamespace AND c.typtype IN ('e', 'd', 'r')
          OR c.typnamespace = current_schema()::regnamespace AND c.typtype = 'c'
             AND (SELECT relkind FROM pg_class WHERE oid = c.typrelid) = 'c'""", "pg_type",
     {"e": "TYPE", "r": "TYPE", "c": "TYPE", "d": "DOMAIN"}),
)  # fmt: skip


def _drop_schema_objects(connection: Connection) -> None:
    """Empty the current schema (tables, views, sequences, functions, types), leaving the
    extensions' objects: the archive recreates what it holds."""
    for query, catalog, commands in _OBJECTS:
        rows = connection.exec_driver_sql(query).all()
        for name, kind in rows:
            if _extension_member(connection, catalog, name):
                continue
            connection.exec_driver_sql(f"DROP {commands[kind]} IF EXISTS {name} CASCADE")


def _extension_member(connection: Connection, catalog: str, name: str) -> bool:
    cast = {"pg_class": "regclass", "pg_proc": "regprocedure", "pg_type": "regtype"}[catalog]
    return bool(connection.execute(
        text(f"SELECT EXISTS (SELECT 1 FROM pg_depend WHERE classid = '{catalog}'::regclass "
             f"AND objid = CAST(:name AS {cast})::oid AND deptype = 'e')"),
        {"name": name},
    ).scalar_one())  # fmt: skip


def _load(connection: Connection, archive: ArchiveCheck, server: str) -> dict[str, int]:
    """Run pg_restore's script on ``connection`` (statements as they come, each table's
    rows through COPY); the rows loaded per table."""
    import psycopg  # the server's driver (loaded only when a server is used)

    raw: Any = connection.connection.driver_connection
    process, errors = archives.run_pg_restore(archive.tool, archive.path, *_RESTORE_OPTIONS)
    assert process.stdout is not None
    counts: dict[str, int] = {}
    pending: list[bytes] = []
    try:
        with raw.cursor() as cursor:
            lines = iter(process.stdout)
            for line in lines:
                if line.startswith((b"\\restrict", b"\\unrestrict")):
                    continue  # psql's guard against a tampered script: we run no psql
                if line.startswith(b"\\"):
                    raise DomainError("backup.archive_not_calcert", path=str(archive.path),
                                      detail="nieoczekiwane polecenie psql")  # fmt: skip
                name = archives.copy_target(line)
                if name is None:
                    pending.append(line)
                    continue
                _execute(cursor, pending)
                loaded = 0
                with cursor.copy(line.decode("utf-8").rstrip().rstrip(";")) as rows:
                    for data in lines:
                        if data == b"\\.\n":
                            break
                        rows.write(data)
                        loaded += 1
                counts[name] = loaded
            _execute(cursor, pending)
    except psycopg.Error as error:
        raise DomainError("backup.restore_failed", path=str(archive.path), server=server,
                          detail=polish_reason(str(error), "serwera")) from error
    except UnicodeDecodeError as error:  # damaged text the archive's checks let through
        raise DomainError("backup.archive_unreadable", path=str(archive.path),
                          detail="treść kopii nie jest poprawnym tekstem UTF-8") from error
    finally:
        process.stdout.close()
        if process.poll() is None:
            process.kill()
        failure = archives.finished(process, errors)
    if failure is not None:
        raise DomainError("backup.archive_unreadable", path=str(archive.path), detail=failure)
    return counts


def _execute(cursor: Any, pending: list[bytes]) -> None:
    """The statements gathered so far, in one round trip (no parameters: the simple query
    protocol takes several statements)."""
    script = b"".join(pending).decode("utf-8").strip()
    pending.clear()
    if script:
        cursor.execute(script)
