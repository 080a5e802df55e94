"""Looking after the database: checks, backups and restores (of a SQLite file, or of a
PostgreSQL server's database: storage/server_backup.py). Removing the files the wizard
stored for drafts never saved is services/admin/unused_files.py's."""

from __future__ import annotations

import os
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.roles import Role
from calcert_desktop.services.changes import EVERYTHING, Changes
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.storage import backup as backups
from calcert_desktop.storage import copy as copying
from calcert_desktop.storage import migrate, pg_archive, server_backup
from calcert_desktop.storage.candidate import checked_candidate, remove_stale_work
from calcert_desktop.storage.files import private_folder
from calcert_desktop.storage.folder_lock import folder_to_myself
from calcert_desktop.storage.location import sqlite_file
from calcert_desktop.storage.verify import Report, verify


def check(ctx: AppContext, actor: Actor) -> Report:
    """Integrity, foreign keys, audit completeness and numbering of the whole database
    (administrators)."""
    actor.require(Role.ADMIN)
    with reading(ctx) as session:
        return verify(session)


# Who makes backups and restores them: the administrator (a backup holds everything, and a
# restore replaces everyone's data).
KEEPERS = (Role.ADMIN,)


def may_back_up(actor: Actor) -> bool:
    """True when ``actor`` may make backups and restore them (the window asks before
    offering the buttons; :func:`backup` and :func:`restore` check again)."""
    return bool(actor.roles & set(KEEPERS))


def backup_name(ctx: AppContext, day: date) -> str:
    """The file name a backup made on ``day`` is offered (``calcert-kopia-2026-12-05`` with
    the ending of what :func:`backup` writes here; on a server this asks the server)."""
    suffix = ".sqlite3" if ctx.db.is_sqlite else server_backup.backup_suffix(ctx.db)
    return f"calcert-kopia-{day.isoformat()}{suffix}"


@dataclass(frozen=True)
class BackupMade:
    """A verified backup; prints (and opens) as its path.

    ``kind`` is what the file is: ``sqlite`` (a SQLite file: the database of a PC, or a
    server's own export) or ``pg_archive`` (pg_dump's custom format); ``engine`` the database
    it was made of (``SQLite 3.40.1``, ``PostgreSQL 15.18``) and ``tool`` the program that
    wrote an archive (``pg_dump 15.18``)."""

    path: Path
    kind: str
    engine: str
    revision: str
    tool: str | None = None
    server_major: int | None = None  # an archive restores on this major version or newer

    def __str__(self) -> str:
        return str(self.path)

    def __fspath__(self) -> str:
        return str(self.path)


def backup(
    ctx: AppContext, actor: Actor, target: Path, *, use_pg_dump: bool = True
) -> BackupMade:
    """A verified copy of the live database at ``target`` (which must not exist yet), by an
    administrator (a backup holds everything).

    Of a SQLite file: SQLite's online backup. Of a server: pg_dump's archive when pg_dump and
    pg_restore of the server's version are here (``use_pg_dump``), else a SQLite export."""
    actor.require(*KEEPERS)
    target = target.expanduser().resolve()
    if ctx.db.is_sqlite and target == ctx.paths.database.resolve():
        raise DomainError("storage.backup_same_file", path=str(target))
    if target.exists():
        raise DomainError("storage.backup_exists", path=str(target))
    if ctx.db.is_sqlite:
        made = backups.backup_file(ctx.paths.database, target, key=ctx.db.location.key)
        return BackupMade(made, pg_archive.SQLITE, f"SQLite {backups.sqlite_version()}",
                          migrate.HEAD)  # fmt: skip
    done = server_backup.write_backup(ctx.db, target, use_pg_dump=use_pg_dump)
    engine = f"PostgreSQL {done.server.text}"
    if done.tool is None:
        return BackupMade(done.path, done.kind, engine, done.revision)
    return BackupMade(done.path, done.kind, engine, done.revision,
                      f"pg_dump {done.tool.version}", done.server.major)  # fmt: skip


@dataclass(frozen=True)
class Restored:
    """The safety copy of the database a restore replaced; prints (and opens) as its path.
    ``kind`` and ``made_on`` say what was restored: a SQLite file, or pg_dump's archive of
    the server version ``made_on``."""

    safety: Path
    into: str  # the database restored into: "SQLite 3.40.1", "PostgreSQL 15.18"
    kind: str = pg_archive.SQLITE
    made_on: str | None = None
    changes: Changes = EVERYTHING  # nothing read before holds any more

    def __str__(self) -> str:
        return str(self.safety)

    def __fspath__(self) -> str:
        return str(self.safety)


def restore(
    ctx: AppContext, actor: Actor, source: Path, *, folder_held: bool = False
) -> Restored:
    """Replace the database with ``source`` once it has proved sound; a copy of what it
    replaces is kept first. Returns the path of that safety copy.

    Refused, with the live database untouched: the live database itself (also through a
    link), a folder the desktop app has open, a file that is not a CALcert database of a
    schema this version knows, a backup that fails the full check, and a backup of the
    wrong kind (pg_dump's archive for a SQLite installation, a plain SQL dump, an archive
    of a newer server than this one). Files a SQLite backup names but does not hold (made
    before files moved into the database) are taken from the live database.

    ``ctx`` is closed afterwards: open the folder again (that brings an older backup up to
    this version's schema). ``folder_held``: the window restoring its own folder, whose
    "open" lock it holds while it runs (anyone else is refused while the window has it).
    """
    actor.require(*KEEPERS)
    source = source.expanduser().resolve()
    if not source.is_file():
        raise DomainError("storage.backup_missing", path=str(source))
    kind = pg_archive.kind_of(source)
    if kind == pg_archive.PLAIN_SQL:
        raise DomainError("backup.plain_sql", path=str(source))
    if not ctx.db.is_sqlite:
        return _restore_on_server(ctx, source, kind, folder_held)
    if kind == pg_archive.ARCHIVE:
        header = pg_archive.read_header(source)
        raise DomainError("backup.server_archive_on_file", path=str(source),
                          version=header.server_short)  # fmt: skip
    live = ctx.paths.database
    if live.exists() and os.path.samefile(source, live):
        raise DomainError("storage.restore_same_file", path=str(source))
    with _folder_to_myself(ctx.paths.root, folder_held):
        remove_stale_work(ctx.paths.root)
        with checked_candidate(source, ctx.paths.root, ctx.db) as candidate:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            key = ctx.db.location.key
            safety = backups.backup_file(
                live, ctx.paths.backups / f"przed-przywroceniem-{stamp}.sqlite3",
                private_parent=True, key=key,
            )
            ctx.db.close()
            backups.restore_file(candidate, live, key)
    return Restored(safety, f"SQLite {backups.sqlite_version()}")


def _folder_to_myself(root: Path, held: bool) -> AbstractContextManager[None]:
    """The folder's "open" lock for a restore; nothing to take when the caller holds it."""
    return nullcontext() if held else folder_to_myself(root)


def _restore_on_server(
    ctx: AppContext, source: Path, kind: str | None, folder_held: bool
) -> Restored:
    """A server's restore: pg_dump's archive through pg_restore, or a SQLite file (a PC's
    database or the server's own export) copied in; one transaction, checked first."""
    if kind not in (pg_archive.SQLITE, pg_archive.ARCHIVE):
        raise DomainError("storage.not_a_database", path=str(source),
                          detail="to ani plik SQLite, ani archiwum pg_dump")  # fmt: skip
    private_folder(ctx.paths.root)
    with _folder_to_myself(ctx.paths.root, folder_held):
        remove_stale_work(ctx.paths.root)
        if kind == pg_archive.ARCHIVE:
            archive = server_backup.check_archive(ctx.db, source)
            safety = _safety_copy(ctx)
            server_backup.restore_archive(ctx.db, archive)
            made_on = archive.header.server_short
        else:
            with checked_candidate(source, ctx.paths.root) as candidate:
                safety = _safety_copy(ctx)
                copying.copy(sqlite_file(candidate), ctx.db.location, replace=True)
            made_on = None
        server, _ = server_backup.version_of(ctx.db)
        ctx.db.close()
    return Restored(safety, f"PostgreSQL {server.text}", kind, made_on)


def _safety_copy(ctx: AppContext) -> Path:
    """The server's database as it is, in the data folder's backups, before a restore."""
    private_folder(ctx.paths.backups)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = server_backup.backup_suffix(ctx.db)
    target = ctx.paths.backups / f"przed-przywroceniem-{stamp}{suffix}"
    return server_backup.write_backup(ctx.db, target).path
