"""Copying an office's whole database: SQLite to PostgreSQL, back, or between two of a kind.

Every table of the models' metadata is copied, parents before children, each streamed in
primary-key order and written in batches, all in one transaction on the target; then each
table is counted and checksummed there (:mod:`row_digest`) and compared with what was read
from the source. Any difference rolls the whole copy back and names the table. The schema
revision (``alembic_version``) is not copied but compared: the target gets its schema from
the same migrations and both must be at this app's head. SQLite's search index tables are
left out: on a SQLite target the triggers on ``cases`` rebuild the index as rows arrive.

Rows that point at a row of their own table (a case renewing an earlier case) are written
with that reference empty, and the references set once every row is in: no ordering of a
table's rows is needed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, MetaData, String, Table, and_, bindparam, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.storage import audit_chain, migrate
from calcert_desktop.storage.copy_ends import (
    VERSION_TABLE,
    TargetState,
    check_source,
    guarded,
    inspect_target,
    not_empty,
    prepared_target,
    snapshot,
)
from calcert_desktop.storage.database import for_writing
from calcert_desktop.storage.location import Location
from calcert_desktop.storage.models import Base
from calcert_desktop.storage.row_digest import (
    Tally,
    has_rows,
    ordered_select,
    row_count,
    stream,
    tally,
)
from calcert_desktop.storage.search_index import is_index_table

# A batch is written when it holds this many rows or this many bytes of text and data,
# whichever comes first (documents stored in the database are large rows).
BATCH_ROWS = 1000
BATCH_BYTES = 8 * 1024 * 1024

# The schema revision's table, for comparing both ends (not in the models' metadata).
VERSION = Table(VERSION_TABLE, MetaData(), Column("version_num", String(32), primary_key=True))

Progress = Callable[[str, int, int], None]  # table, rows copied so far, rows in all


@dataclass(frozen=True)
class TableCopy:
    """One table: its rows, and the checksum both ends agreed on (None in a dry run)."""

    name: str
    rows: int
    checksum: str | None = None


@dataclass(frozen=True)
class CopyReport:
    """What a copy did, or (``dry_run``) what it would do."""

    source: Location
    target: Location
    revision: str
    target_state: TargetState
    tables: tuple[TableCopy, ...]
    dry_run: bool
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        """Rows in every table together."""
        return sum(t.rows for t in self.tables)

    @property
    def refusal(self) -> DomainError | None:
        """Why the copy would be refused (a dry run says so instead of raising)."""
        return self.target_state.refusal(self.target)


def copied_tables() -> list[Table]:
    """The tables a copy writes, parents first (the models' metadata, no index tables)."""
    return [t for t in Base.metadata.sorted_tables if not is_index_table(t.name)]


def same_database(one: Location, other: Location) -> bool:
    """True when both addresses name one database (a file by any path, or a server's)."""
    if one.is_sqlite != other.is_sqlite:
        return False
    if one.is_sqlite:
        a, b = one.file, other.file
        assert a is not None and b is not None
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    u, v = one.url, other.url
    return (u.host, u.port or 5432, u.database) == (v.host, v.port or 5432, v.database)


def _distinct(source: Location, target: Location) -> None:
    if same_database(source, target):
        raise DomainError("copy.same_database", where=source.shown())


def plan(source: Location, target: Location) -> CopyReport:
    """A dry run: the rows each table would copy and the target's state; writes nothing."""
    _distinct(source, target)
    started = time.monotonic()
    with snapshot(source) as connection:
        revision = check_source(connection, source)
        counts = []
        for table in copied_tables():
            with guarded(source, table.name):
                counts.append(TableCopy(table.name, row_count(connection, table)))
    state = inspect_target(target)
    return CopyReport(source, target, revision, state, tuple(counts), dry_run=True,
                      seconds=time.monotonic() - started)  # fmt: skip


def copy(
    source: Location, target: Location, *, replace: bool = False, progress: Progress | None = None
) -> CopyReport:
    """Copy everything from ``source`` into ``target``, verified, in one transaction.

    The target must be empty (or not exist yet, for a SQLite file); with ``replace`` (a
    restore) its rows are deleted first, in the same transaction. Raises ``copy.*``
    DomainErrors; on any of them the target holds what it held before.
    """
    _distinct(source, target)
    started = time.monotonic()
    with snapshot(source) as reader:
        revision = check_source(reader, source)
        state = inspect_target(target)
        if replace and state.revision != migrate.HEAD:
            raise DomainError("copy.target_schema", where=target.shown(), found=state.revision,
                              known=migrate.HEAD)  # fmt: skip
        if not replace and (refused := state.refusal(target)) is not None:
            raise refused
        with prepared_target(target, state) as engine:
            with guarded(target, VERSION_TABLE):
                writer = for_writing(engine).connect()
            try:
                with guarded(target, VERSION_TABLE):
                    writer.begin()  # SQLite: BEGIN IMMEDIATE, the write lock from the start
                done = _copy_all(reader, writer, source, target, replace, progress)
                with guarded(target, VERSION_TABLE):
                    writer.commit()
            finally:
                writer.close()  # rolls back what was not committed
            if not target.is_sqlite:
                _analyze(engine, target)
    return CopyReport(source, target, revision, state, done, dry_run=False,
                      seconds=time.monotonic() - started)  # fmt: skip


def _copy_all(
    reader: Connection,
    writer: Connection,
    source: Location,
    target: Location,
    replace: bool,
    progress: Progress | None,
) -> tuple[TableCopy, ...]:
    tables = copied_tables()
    _lock(writer, tables, target)
    if replace:  # a restore: the checked backup's log replaces this one, triggers lifted
        with audit_chain.append_only_lifted(writer):
            for table in reversed(tables):
                with guarded(target, table.name):
                    writer.execute(table.delete())
    else:
        for table in tables:  # a row written since the target was inspected
            with guarded(target, table.name):
                if has_rows(writer, table):
                    raise not_empty(target, row_count(writer, table), table.name)
    read: dict[str, Tally] = {}
    for table in tables:
        said = _progress_of(reader, table, source, progress)
        read[table.name] = _copy_table(reader, writer, table, source, target, said)
    for table in tables:
        _set_self_references(reader, writer, table, source, target)
    return _verified(reader, writer, tables, read, source, target)


def _progress_of(
    reader: Connection, table: Table, source: Location, progress: Progress | None
) -> Callable[[int], None]:
    """What to call as rows of ``table`` are written (the total counted only when told)."""
    if progress is None:
        return lambda done: None
    with guarded(source, table.name):
        total = row_count(reader, table)
    return lambda done: progress(table.name, done, total)


def _lock(writer: Connection, tables: Sequence[Table], target: Location) -> None:
    """On a server: no other writer may touch the tables until the copy commits (readers
    still read what was there). SQLite took its write lock with ``BEGIN IMMEDIATE``."""
    if target.is_sqlite:
        return
    quote = writer.dialect.identifier_preparer.quote
    names = ", ".join(quote(t.name) for t in tables)
    with guarded(target, VERSION_TABLE):
        writer.exec_driver_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE")


def _self_references(table: Table) -> list[Column[Any]]:
    """The columns of ``table`` that refer to a row of ``table`` itself."""
    found = []
    for key in table.foreign_keys:
        if key.column.table is table:
            if not key.parent.nullable:
                raise RuntimeError(f"{table.name}.{key.parent.name} cannot be written later")
            found.append(key.parent)
    return found


def _size(row: Sequence[Any]) -> int:
    return sum(len(v) for v in row if isinstance(v, (str, bytes))) + 16 * len(row)


def _batches(
    rows: Iterator[Sequence[Any]], emptied: list[int], read: Tally
) -> Iterator[list[Sequence[Any]]]:
    """The rows in batches (the self-references at ``emptied`` positions set to None),
    each row counted and checksummed into ``read`` as it passes."""
    batch: list[Sequence[Any]] = []
    size = 0
    for row in rows:
        read.add(row)
        if emptied:
            row = [None if i in emptied else v for i, v in enumerate(row)]
        batch.append(row)
        size += _size(row)
        if len(batch) >= BATCH_ROWS or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _guarded_rows(rows: Iterator[Sequence[Any]], where: Location, table: str) -> Iterator[Any]:
    """``rows`` with the source's database errors in Polish."""
    with guarded(where, table):
        yield from rows


def _insert(writer: Connection, table: Table, batch: list[Sequence[Any]]) -> None:
    """Write ``batch`` into ``table``: PostgreSQL's COPY on a server (a tenth of the time of
    single inserts), an executemany INSERT on SQLite."""
    if writer.dialect.name != "postgresql":
        keys = [c.key for c in table.columns]
        writer.execute(table.insert(), [dict(zip(keys, row, strict=True)) for row in batch])
        return
    processors = [c.type.bind_processor(writer.dialect) for c in table.columns]
    quote = writer.dialect.identifier_preparer.quote
    statement = (f"COPY {quote(table.name)} ({', '.join(quote(c.name) for c in table.columns)})"
                 " FROM STDIN")  # fmt: skip
    raw = writer.connection.driver_connection
    assert raw is not None
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as stream_in:
            for row in batch:
                stream_in.write_row([v if f is None or v is None else f(v)
                                     for f, v in zip(processors, row, strict=True)])  # fmt: skip
    except writer.dialect.loaded_dbapi.Error as error:
        raise DBAPIError.instance(statement, None, error, writer.dialect.loaded_dbapi.Error) \
            from error  # fmt: skip


def _copy_table(
    reader: Connection,
    writer: Connection,
    table: Table,
    source: Location,
    target: Location,
    progress: Callable[[int], None],
) -> Tally:
    """Stream ``table`` from the source into the target; what was read, counted."""
    read = Tally()
    columns = list(table.columns)
    emptied = [columns.index(c) for c in _self_references(table)]
    rows = _guarded_rows(stream(reader, ordered_select(table, reader.dialect.name)),
                         source, table.name)  # fmt: skip
    for batch in _batches(rows, emptied, read):
        with guarded(target, table.name):
            _insert(writer, table, batch)
        progress(read.rows)
    return read


def _set_self_references(
    reader: Connection, writer: Connection, table: Table, source: Location, target: Location
) -> None:
    """Fill in the references to rows of the same table, now that every row is there."""
    columns = _self_references(table)
    if not columns:
        return
    key = list(table.primary_key.columns)
    where = and_(*(c == bindparam(f"b_key_{i}") for i, c in enumerate(key)))
    for column in columns:
        found = select(*key, column).where(column.is_not(None)).order_by(*key)
        change = update(table).where(where).values({column.key: bindparam("b_self_reference")})
        batch: list[dict[str, Any]] = []
        for row in _guarded_rows(stream(reader, found), source, table.name):
            batch.append({**{f"b_key_{i}": v for i, v in enumerate(row[:-1])},
                          "b_self_reference": row[-1]})  # fmt: skip
            if len(batch) >= BATCH_ROWS:
                with guarded(target, table.name):
                    writer.execute(change, batch)
                batch = []
        if batch:
            with guarded(target, table.name):
                writer.execute(change, batch)


def _verified(
    reader: Connection,
    writer: Connection,
    tables: Sequence[Table],
    read: dict[str, Tally],
    source: Location,
    target: Location,
) -> tuple[TableCopy, ...]:
    """Count and checksum every table on the target (inside the copy's transaction) against
    what was read from the source; the schema revision on both ends too."""
    done = []
    for table in tables:
        with guarded(target, table.name):
            written = tally(writer, table)
        _compare(table.name, read[table.name], written)
        done.append(TableCopy(table.name, written.rows, written.checksum))
    with guarded(source, VERSION_TABLE):
        theirs = tally(reader, VERSION)
    with guarded(target, VERSION_TABLE):
        ours = tally(writer, VERSION)
    _compare(VERSION_TABLE, theirs, ours)
    done.append(TableCopy(VERSION_TABLE, ours.rows, ours.checksum))
    return tuple(done)


def _compare(name: str, read: Tally, written: Tally) -> None:
    if read.rows != written.rows:
        detail = f"w źródle {read.rows} wierszy, w kopii {written.rows}"
    elif read.checksum != written.checksum:
        detail = "suma kontrolna zawartości jest inna niż w źródle"
    else:
        return
    raise DomainError("copy.mismatch", table=name, detail=detail)


def _analyze(engine: Any, target: Location) -> None:
    """Fresh planner statistics for the copied tables (a server would gather them later)."""
    with guarded(target, VERSION_TABLE), engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
