"""Looking after the database: checks, backups and restores, and removing the files the
wizard stored for drafts never saved."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.roles import Role
from calcert_desktop.services.applications import draft_recovery
from calcert_desktop.services.changes import EVERYTHING, Changes
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.storage import backup as backups
from calcert_desktop.storage import blobs
from calcert_desktop.storage.candidate import checked_candidate, remove_stale_work
from calcert_desktop.storage.folder_lock import folder_to_myself
from calcert_desktop.storage.verify import Report, verify


def check(ctx: AppContext) -> Report:
    """Integrity, foreign keys, audit completeness and numbering of the whole database."""
    with reading(ctx) as session:
        return verify(session)


def backup(ctx: AppContext, target: Path) -> Path:
    """A verified copy of the live database at ``target`` (which must not exist yet)."""
    target = target.expanduser().resolve()
    if target == ctx.paths.database.resolve():
        raise DomainError("storage.backup_same_file", path=str(target))
    if target.exists():
        raise DomainError("storage.backup_exists", path=str(target))
    return backups.backup_file(ctx.paths.database, target)


@dataclass(frozen=True)
class Restored:
    """The safety copy of the database a restore replaced; prints (and opens) as its path."""

    safety: Path
    changes: Changes = EVERYTHING  # nothing read before holds any more

    def __str__(self) -> str:
        return str(self.safety)

    def __fspath__(self) -> str:
        return str(self.safety)


def restore(ctx: AppContext, actor: Actor, source: Path) -> Restored:
    """Replace the database with ``source`` once it has proved sound; a copy of what it
    replaces is kept first. Returns the path of that safety copy.

    Refused, with the live database untouched: the live database itself (also through a
    link), a folder the desktop app has open, a file that is not a CALcert database of a
    schema this version knows, and a backup that fails the full check. Files the backup
    names but does not hold (made before files moved into the database) are taken from the
    live database.
    """
    actor.require(Role.ADMIN)
    source = source.expanduser().resolve()
    if not source.is_file():
        raise DomainError("storage.backup_missing", path=str(source))
    live = ctx.paths.database
    if live.exists() and os.path.samefile(source, live):
        raise DomainError("storage.restore_same_file", path=str(source))
    with folder_to_myself(ctx.paths.root):
        remove_stale_work(ctx.paths.root)
        with checked_candidate(source, ctx.paths.root, ctx.db) as candidate:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            safety = backups.backup_file(
                live, ctx.paths.backups / f"przed-przywroceniem-{stamp}.sqlite3",
                private_parent=True,
            )
            ctx.db.close()
            backups.restore_file(candidate, live)
    return Restored(safety)


# How long a file the wizard stored is kept while nothing names it: a form left open, a
# draft whose saves failed (its recovery file names it too) have this long to be saved.
STAGED_GRACE = timedelta(days=7)


def remove_unused_files(ctx: AppContext, now: datetime | None = None) -> int:
    """Remove the files the wizard stored more than :data:`STAGED_GRACE` ago that no
    declaration, document or recovery file of this data folder names (the rest are kept
    for good); how many were removed. One indexed query when there is nothing that old."""
    cutoff = (now or blobs.now_utc()) - STAGED_GRACE
    with reading(ctx) as session:
        if not blobs.staged_before(session, cutoff):
            return 0
    named = draft_recovery.named_files(ctx)
    with writing(ctx, None, "remove-unused-files") as session:
        return blobs.remove_unused(session, cutoff, named)
