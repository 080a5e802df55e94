"""Looking after the database: checks, backups and restores."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.roles import Role
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.storage import backup as backups
from calcert_desktop.storage import migrate
from calcert_desktop.storage.verify import Report, verify


def check(ctx: AppContext) -> Report:
    """Integrity, foreign keys and audit completeness of the whole database."""
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


def restore(ctx: AppContext, actor: Actor, source: Path) -> Path:
    """Replace the database with ``source``; a copy of what it replaces is kept first.

    Returns the path of that safety copy.
    """
    actor.require(Role.ADMIN)
    source = source.expanduser().resolve()
    if not source.is_file():
        raise DomainError("storage.backup_missing", path=str(source))
    backups.check_backup_file(source, migrate.known_revisions())
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = backups.backup_file(
        ctx.paths.database, ctx.paths.backups / f"przed-przywroceniem-{stamp}.sqlite3",
        private_parent=True,
    )  # fmt: skip
    ctx.db.close()
    backups.restore_file(source, ctx.paths.database)
    return safety
