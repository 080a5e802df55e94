"""pg_dump's archive (custom format, ``-Fc``): recognising a backup file, reading the
archive's header (the server and pg_dump versions that made it) without any program, and
reading its data through ``pg_restore`` as per-table row counts and content checksums.

A table's checksum here is the sum of SHA-256 of its rows as COPY's text (modulo 2^256): the
order of rows in an archive is the server's, so the checksum must not depend on it. The
same text is what ``COPY table TO STDOUT`` gives on the server (:func:`live_tallies`), so an
archive is compared with the database it was dumped from, row for row.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy.engine import Connection

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.storage.server_tools import Tool, polish_reason

SQLITE = "sqlite"
ARCHIVE = "pg_archive"
PLAIN_SQL = "plain_sql"

_MODULUS = 1 << 256
_COPY = re.compile(rb'^COPY (?:(?:"(?:[^"]|"")+"|[^ ."]+)\.)?("(?:[^"]|"")+"|[^ ("]+)[ (]')
_DUMPED_FROM = re.compile(rb"^-- Dumped from database version (\S+)")


def kind_of(path: Path) -> str | None:
    """What a backup file is: a SQLite file, pg_dump's archive, a plain SQL dump, or None."""
    try:
        with path.open("rb") as handle:
            start = handle.read(1024)
    except OSError:
        return None
    if start.startswith(b"SQLite format 3\x00"):
        return SQLITE
    if start.startswith(b"PGDMP"):
        return ARCHIVE
    if b"PostgreSQL database dump" in start:
        return PLAIN_SQL
    return None


@dataclass(frozen=True)
class ArchiveHeader:
    """What an archive says of itself: the server's version and pg_dump's that made it."""

    server_version: str  # "15.18 (Debian 15.18-0+deb12u1)"
    dump_version: str
    database: str

    @property
    def server_major(self) -> int:
        """The server's major version (15)."""
        return _major(self.server_version)

    @property
    def dump_major(self) -> int:
        """pg_dump's major version: a pg_restore at least as new reads the archive."""
        return _major(self.dump_version)

    @property
    def server_short(self) -> str:
        """``15.18``."""
        return self.server_version.split()[0] if self.server_version else "?"


def _major(version: str) -> int:
    match = re.match(r"(\d+)", version)
    return int(match.group(1)) if match else 0


class _Reader:
    """pg_backup_archiver.c's ReadInt/ReadStr over the start of the file."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at, self.int_size = data, 0, 4

    def byte(self) -> int:
        if self.at >= len(self.data):
            raise ValueError("the header ends early")
        self.at += 1
        return self.data[self.at - 1]

    def integer(self) -> int:
        negative = self.byte()
        value = 0
        for shift in range(self.int_size):
            value |= self.byte() << (8 * shift)
        return -value if negative else value

    def text(self) -> str:
        length = self.integer()
        if length <= 0:
            return ""
        if self.at + length > len(self.data):
            raise ValueError("the header ends early")
        self.at += length
        return self.data[self.at - length : self.at].decode("utf-8", "replace")


def read_header(path: Path) -> ArchiveHeader:
    """The header of pg_dump's custom-format archive at ``path`` (DomainError if damaged)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(4096)
        if not data.startswith(b"PGDMP"):
            raise ValueError("no PGDMP mark")
        reader = _Reader(data)
        reader.at = 5
        version = (reader.byte(), reader.byte(), reader.byte())
        reader.int_size = reader.byte()
        reader.byte()  # offset size
        reader.byte()  # format
        if version < (1, 10, 0):
            raise ValueError("an archive of PostgreSQL older than 8.4")
        if version >= (1, 15, 0):
            reader.byte()  # compression algorithm
        else:
            reader.integer()  # compression level
        for _ in range(7):  # the time it was made
            reader.integer()
        database = reader.text()
        return ArchiveHeader(reader.text(), reader.text(), database)
    except (OSError, ValueError) as error:
        raise DomainError("backup.archive_unreadable", path=str(path),
                          detail=f"nagłówek archiwum: {error}") from error  # fmt: skip


@dataclass
class LineTally:
    """Rows of a table as COPY's text lines: how many, and a checksum of their multiset."""

    rows: int = 0
    total: int = 0

    def add(self, line: bytes) -> None:
        """Count one row (its text line, newline included)."""
        self.rows += 1
        self.total = (self.total + int.from_bytes(hashlib.sha256(line).digest(), "big")) % _MODULUS


def _unquote(name: bytes) -> str:
    text = name.decode("utf-8", "replace")
    return text[1:-1].replace('""', '"') if text.startswith('"') else text


def copy_target(line: bytes) -> str | None:
    """The table a ``COPY ... FROM stdin;`` line of pg_restore's output loads, else None."""
    if not line.rstrip().endswith(b"FROM stdin;"):
        return None
    match = _COPY.match(line)
    return _unquote(match.group(1)) if match else None


def run_pg_restore(
    tool: Tool, archive: Path, *options: str
) -> tuple[subprocess.Popen[bytes], IO[bytes]]:
    """``pg_restore OPTIONS --file=- ARCHIVE`` started, its output on a pipe, its messages in
    a temporary file (a full pipe of messages would stop it)."""
    errors = tempfile.TemporaryFile()
    process = subprocess.Popen([tool.path, *options, "--file=-", str(archive)],
                               stdout=subprocess.PIPE, stderr=errors)  # fmt: skip
    return process, errors


def finished(process: subprocess.Popen[bytes], errors: IO[bytes]) -> str | None:
    """Wait for a program; its first message line if it failed, else None."""
    code = process.wait()
    errors.seek(0)
    said = errors.read()
    errors.close()
    return polish_reason(said) if code != 0 else None


def archive_tallies(tool: Tool, archive: Path) -> tuple[dict[str, LineTally], str]:
    """Every table's rows in the archive (pg_restore reads the whole archive: a damaged
    block fails here), and the version of the server it came from."""
    process, errors = run_pg_restore(tool, archive, "--data-only")
    assert process.stdout is not None
    found: dict[str, LineTally] = {}
    server = ""
    try:
        lines = iter(process.stdout)
        for line in lines:
            if not server and (match := _DUMPED_FROM.match(line)):
                server = match.group(1).decode()
            name = copy_target(line)
            if name is None:
                continue
            tally = found.setdefault(name, LineTally())
            for data in lines:
                if data == b"\\.\n":
                    break
                tally.add(data)
    finally:
        process.stdout.close()
        failure = finished(process, errors)
    if failure is not None:
        raise DomainError("backup.archive_unreadable", path=str(archive), detail=failure)
    return found, server


def live_tallies(connection: Connection) -> dict[str, LineTally]:
    """Every table of the current schema as ``COPY TO STDOUT`` gives it, in the text form
    pg_dump writes (ISO dates, UTF-8): call inside the snapshot pg_dump reads."""
    for setting in ("datestyle = 'ISO'", "intervalstyle = 'postgres'",
                    "extra_float_digits = 3", "client_encoding = 'UTF8'"):  # fmt: skip
        connection.exec_driver_sql(f"SET LOCAL {setting}")
    names = connection.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
    ).scalars().all()
    raw: Any = connection.connection.driver_connection
    quote = connection.dialect.identifier_preparer.quote
    found: dict[str, LineTally] = {}
    with raw.cursor() as cursor:
        for name in names:
            tally = found[name] = LineTally()
            with cursor.copy(f"COPY {quote(name)} TO STDOUT") as rows:
                for row in rows:
                    tally.add(bytes(row))
    return found


def table_entries(tool: Tool, archive: Path) -> set[str]:
    """The tables whose data the archive holds (``pg_restore --list``)."""
    done = subprocess.run([tool.path, "--list", str(archive)], capture_output=True,
                          check=False, timeout=600)  # fmt: skip
    if done.returncode != 0:
        raise DomainError("backup.archive_unreadable", path=str(archive),
                          detail=polish_reason(done.stderr))
    found = set()
    for line in done.stdout.splitlines():
        parts = line.split()
        if b"TABLE" in parts and b"DATA" in parts and not line.startswith(b";"):
            at = parts.index(b"DATA")
            if at + 2 < len(parts) and parts[at - 1] == b"TABLE":
                found.add(parts[at + 2].decode("utf-8", "replace"))
    return found

