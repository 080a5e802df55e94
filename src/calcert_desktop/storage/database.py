"""Opening the database: the engine (SQLite's pragmas, or a PostgreSQL server's connection
settings), and sessions with the audit hook.

Engine-specific settings live here and nowhere else: the rest of the code speaks SQLAlchemy
to either engine.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from calcert_desktop.storage import audit, versions
from calcert_desktop.storage.data_key import sqlcipher_key
from calcert_desktop.storage.location import Location, sqlite_file

DB_FILENAME = "calcert.sqlite3"


def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    # Foreign keys are off in SQLite unless set on every connection.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # 64 MiB of page cache (the default is 2 MiB): lists and searches re-read the case table.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


# The execution option that marks a connection as a writer's (see :func:`for_writing`).
WRITER = "calcert_writer"


def _sqlite_begin(conn: Any) -> None:
    # pysqlite's own transaction handling is turned off (isolation_level=None) because it
    # does not BEGIN before DDL; we start every transaction ourselves (SQLAlchemy's recipe).
    # A writer takes the write lock at once (IMMEDIATE), so a second writer waits out the
    # busy timeout instead of failing when it first writes; readers stay deferred.
    writer = conn.get_execution_options().get(WRITER, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine on the SQLite file at ``path`` with our pragmas on every connection; with
    ``key``, the file is SQLCipher's, opened with that raw 256-bit key (no key derivation
    per connection: the key is random, storage/data_key.py)."""
    if key is None:
        engine = create_engine(f"sqlite:///{path}", connect_args={"isolation_level": None})
    else:
        url = URL.create("sqlite+pysqlcipher", password=sqlcipher_key(key), database=str(path))
        engine = create_engine(url, connect_args={"isolation_level": None}, poolclass=QueuePool)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def encrypt_copy(plain: Path, target: Path, key: bytes) -> None:
    """Write to ``target`` (a new file) the SQLite database ``plain`` encrypted with ``key``
    (SQLCipher's ``sqlcipher_export``: every table, index and trigger, every row)."""
    import sqlcipher3

    connection = sqlcipher3.connect(str(plain), isolation_level=None)
    try:
        connection.execute(f"ATTACH DATABASE ? AS encrypted KEY \"{sqlcipher_key(key)}\"",
                           (str(target),))  # fmt: skip
        connection.execute("SELECT sqlcipher_export('encrypted')")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()


# How long a PC waits for the server before saying it cannot be reached (seconds).
CONNECT_TIMEOUT = 5


# The execution option asking a PostgreSQL server for its results in the binary format: a
# ``bytea`` value in the text format comes as two hex digits a byte, and reading a 20 MB
# attachment that way took four times as long (benchmarks/bench_blobs.py).
BINARY_RESULTS = "calcert_binary_results"


def _binary_results(cursor: Any, statement: str, parameters: Any, context: Any) -> bool:
    if not context.execution_options.get(BINARY_RESULTS, False):
        return False  # SQLAlchemy executes as usual
    cursor.execute(statement, parameters, binary=True)
    return True


def make_server_engine(location: Location) -> Engine:
    """An engine on a PostgreSQL server: each connection checked before use (a server that
    restarted is reconnected to without an error), READ COMMITTED transactions (writers that
    need a number lock its counter row: services/numbers.py), TCP keep-alives so that a
    server that vanished is noticed within half a minute, not after two hours."""
    engine = create_engine(
        location.url,
        pool_pre_ping=True,
        pool_size=4,
        max_overflow=4,
        isolation_level="READ COMMITTED",
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT,
            "application_name": "CALcert Desktop",
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 3,
        },
    )
    event.listen(engine, "do_execute", _binary_results)
    return engine


def for_writing(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions are write transactions.

    On SQLite they begin with ``BEGIN IMMEDIATE``; other databases ignore the option.
    """
    return engine.execution_options(**{WRITER: True})


class AuditedSession(Session):
    """A session whose flushes write the audit log."""


audit.install(AuditedSession)
versions.install(AuditedSession)


@dataclass
class Database:
    """An open database: where it is, its engine and session factories.

    ``sessions`` are for reading; ``writer_sessions`` take the write lock when their
    transaction begins on SQLite, so simultaneous writers queue up instead of failing (on a
    server, rows are locked as they are written).
    """

    location: Location
    engine: Engine
    sessions: sessionmaker[AuditedSession]
    writer_sessions: sessionmaker[AuditedSession]

    @classmethod
    def open(cls, path: Path, key: bytes | None = None) -> Database:
        """Open (without migrating) the database file at ``path`` (encrypted with ``key``)."""
        return cls.at(sqlite_file(path, key))

    @classmethod
    def at(cls, location: Location) -> Database:
        """Open (without migrating) the database at ``location``: a file or a server."""
        if location.is_sqlite:
            assert location.file is not None
            engine = make_engine(location.file, location.key)
        else:
            engine = make_server_engine(location)
        return cls(
            location,
            engine,
            sessionmaker(engine, class_=AuditedSession, expire_on_commit=False),
            sessionmaker(for_writing(engine), class_=AuditedSession, expire_on_commit=False),
        )

    @property
    def path(self) -> Path | None:
        """The SQLite file (None on a server)."""
        return self.location.file

    @property
    def is_sqlite(self) -> bool:
        """True for a SQLite file, False for a server."""
        return self.location.is_sqlite

    def close(self) -> None:
        """Release every connection (the file can then be replaced)."""
        self.engine.dispose()


def is_sqlite_file(path: Path) -> bool:
    """True when ``path`` starts with SQLite's header."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def sqlite_connect(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection (for backups and checks below the ORM)."""
    return sqlite3.connect(str(path))
