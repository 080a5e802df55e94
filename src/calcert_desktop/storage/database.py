"""Opening the database: the engine, SQLite's pragmas, and sessions with the audit hook.

SQLite-only settings live here and nowhere else, so the same code can later point at a
PostgreSQL server.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from calcert_desktop.storage import audit

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


def make_engine(path: Path) -> Engine:
    """An engine on the SQLite file at ``path`` with our pragmas on every connection."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"isolation_level": None})
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def for_writing(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions are write transactions.

    On SQLite they begin with ``BEGIN IMMEDIATE``; other databases ignore the option.
    """
    return engine.execution_options(**{WRITER: True})


class AuditedSession(Session):
    """A session whose flushes write the audit log."""


audit.install(AuditedSession)


@dataclass
class Database:
    """An open database: its file, engine and session factories.

    ``sessions`` are for reading; ``writer_sessions`` take the write lock when their
    transaction begins, so simultaneous writers queue up instead of failing.
    """

    path: Path
    engine: Engine
    sessions: sessionmaker[AuditedSession]
    writer_sessions: sessionmaker[AuditedSession]

    @classmethod
    def open(cls, path: Path) -> Database:
        """Open (without migrating) the database file at ``path``."""
        engine = make_engine(path)
        return cls(
            path,
            engine,
            sessionmaker(engine, class_=AuditedSession, expire_on_commit=False),
            sessionmaker(for_writing(engine), class_=AuditedSession, expire_on_commit=False),
        )

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
