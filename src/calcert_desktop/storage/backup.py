"""Backups with SQLite's online backup API (never a copy of a live file), verified after.

A backup is checked by opening it: ``PRAGMA integrity_check`` must say ok and every table
must hold as many rows as in the source. An encrypted database (``key``: its data key) is
backed up encrypted with the same key, page by page (SQLCipher's backup API between two
files of one key).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.messages import render
from calcert_desktop.storage import sqlite_files
from calcert_desktop.storage.files import partial_path, write_error
from calcert_desktop.storage.sqlite_errors import reason


def sqlite_version() -> str:
    """The version of the SQLite library that writes the files (``3.40.1``)."""
    return sqlite3.sqlite_version


def _row_counts(connection: Any) -> dict[str, int]:
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def integrity_problems(connection: Any) -> list[str]:
    """What ``PRAGMA integrity_check`` reports (empty when the file is sound)."""
    rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows


def _copy(source: Any, target: Any) -> None:
    with target:
        source.backup(target, pages=1024)


def verify_copy(source: Path, copy: Path, key: bytes | None = None) -> None:
    """Raise ``storage.backup_failed`` unless ``copy`` is sound and matches ``source``."""
    verify_copy_between(source, key, copy, key)


def verify_copy_between(
    source: Path, source_key: bytes | None, copy: Path, copy_key: bytes | None
) -> None:
    """:func:`verify_copy` of two files each with its own key (None: plain)."""
    with (
        closing(sqlite_files.connect(str(source), source_key)) as src,
        closing(sqlite_files.connect(str(copy), copy_key)) as dst,
    ):
        problems = integrity_problems(dst)
        if problems:
            raise DomainError("storage.backup_failed", detail="; ".join(problems[:3]))
        if _row_counts(src) != _row_counts(dst):
            raise DomainError("storage.backup_failed", detail="liczby wierszy się nie zgadzają")


def backup_file(
    source: Path, target: Path, *, private_parent: bool = False, key: bytes | None = None
) -> Path:
    """Copy the live database ``source`` to ``target`` online, verify it, return ``target``.

    The copy is made in a partial file beside ``target`` and renamed only once verified: a
    backup killed midway leaves a ``*.czesciowy`` file, cleared at the next start (or the
    next backup to the same name). ``private_parent`` creates the folder (0700) if missing,
    for the data folder's own backups; a folder the user names must exist."""
    try:
        with partial_path(target, private_parent=private_parent) as partial:
            with (
                closing(sqlite_files.connect(str(source), key)) as src,
                closing(sqlite_files.connect(str(partial), key)) as dst,
            ):
                _copy(src, dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            verify_copy(source, partial, key)
    except sqlite_files.ERRORS as exc:
        if (code := _errno_of(exc)) is not None:
            raise write_error(target, OSError(code, os.strerror(code))) from exc
        raise DomainError("storage.backup_failed", detail=reason(exc)) from exc
    return target


# SQLite's primary result codes that are the file system's refusal, as errno values.
_SQLITE_ERRNO = {13: errno.ENOSPC, 8: errno.EACCES, 3: errno.EACCES, 14: errno.ENOENT}


def _errno_of(error: Exception) -> int | None:
    """The errno a SQLite error stands for (full disk, no permission...), if any."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else _SQLITE_ERRNO.get(code & 0xFF)


def check_backup_file(
    path: Path, known_revisions: set[str], key: bytes | None = None
) -> None:
    """Raise unless ``path`` is a sound CALcert database of a schema this app knows."""
    try:
        uri = path.resolve().as_uri() + "?mode=ro"  # file:///C:/... also on Windows
        with closing(sqlite_files.connect(uri, key, uri=True)) as connection:
            problems = integrity_problems(connection)
            if problems:
                detail = render("check.integrity", None, {"count": len(problems)})
                raise DomainError("storage.not_a_database", path=str(path), detail=detail)
            tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "cases", "audit_log"} <= tables:
                raise DomainError(
                    "storage.not_a_database", path=str(path), detail="brak tabel programu"
                )
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite_files.ERRORS as exc:
        raise DomainError("storage.not_a_database", path=str(path), detail=reason(exc)) from exc
    if revision is None or not revision[0]:
        raise DomainError("storage.no_schema_revision", path=str(path))
    if revision[0] not in known_revisions:
        raise DomainError(
            "storage.newer_schema", path=str(path), found=revision[0], known=max(known_revisions)
        )


def restore_file(backup: Path, target: Path, key: bytes | None = None) -> None:
    """Write the contents of ``backup`` into the database ``target`` (through the backup API,
    so the target's WAL is handled), and verify the result."""
    try:
        with (
            closing(sqlite_files.connect(str(backup), key)) as src,
            closing(sqlite_files.connect(str(target), key)) as dst,
        ):
            _copy(src, dst)
        verify_copy(backup, target, key)
    except sqlite_files.ERRORS as exc:
        raise DomainError("storage.restore_failed", detail=reason(exc)) from exc
