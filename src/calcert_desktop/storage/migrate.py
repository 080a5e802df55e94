"""Bringing a database file to the schema this version of the app knows.

Before upgrading an existing file we take a verified backup; if the upgrade fails, the
backup is put back. A file written by a newer version of the app is refused untouched.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.storage.backup import backup_file, restore_file
from calcert_desktop.storage.database import for_writing
from calcert_desktop.storage.location import Location

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

# The newest revision in migrations/versions. Known here so that opening an up-to-date
# database needs no Alembic import (a fifth of the start-up); a test keeps it in step.
HEAD = "0023"


def alembic_config() -> Config:
    """Alembic configuration pointing at our migration scripts (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this app knows (read from the migration scripts)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, or None for an empty file."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    """Every revision of our migration history."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def needs_upgrade(engine: Engine) -> bool:
    """True when the database is older than the app (or empty)."""
    return current_revision(engine) != head_revision()


# The key of the server's advisory lock an upgrade holds (any constant of our own).
UPGRADE_LOCK = 0x43414C63  # "CALc"


def _upgrade(engine: Engine) -> None:
    with for_writing(engine).begin() as connection:
        upgrade_connection(connection)


def upgrade_connection(connection: Connection) -> None:
    """Bring the database to the head revision inside ``connection``'s transaction (the
    caller commits or rolls back)."""
    from alembic import command

    config = alembic_config()
    if connection.dialect.name == "postgresql":
        # Every PC of an office starts a new version of the program at about the same
        # time: one upgrades the server's schema, the others wait for it here, then
        # read the revision it committed and find nothing left to do.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
    config.attributes["connection"] = connection
    found = (
        connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if inspect(connection).has_table("alembic_version")
        else None
    )
    command.upgrade(config, "head")
    if found is None or found < CHAINED:
        _sign_chained_log(connection)


# The revision that chained the audit log (its head is signed right after it ran).
CHAINED = "0014"


def _sign_chained_log(connection: Connection) -> None:
    """Sign the head of the log migration 0014 just chained, in the upgrade's transaction:
    with the office's key, made now (by "system") when the database has none. A folder from
    before 0010 keeps its key in ``klucze/``: legacy_files signs once it moved the key in."""
    from calcert_desktop.storage import audit, audit_chain, seal_keys
    from calcert_desktop.storage.database import AuditedSession

    session = AuditedSession(bind=connection)
    session.info[audit.AUDIT_KEY] = audit.AuditContext(None, "system", "upgrade")
    try:
        if audit_chain.active_key_id(session) is None:
            if audit_chain.head_position(session) == 0:
                return  # an empty log: its first entry's transaction signs
            seal_keys.lock_local_keys(session)
            seal_keys.create_office_key(session)
        else:
            audit_chain.sign_unsigned(session)
        session.commit()  # the session's part; the upgrade's transaction commits it all
    finally:
        session.close()


def upgrade(
    engine: Engine, path: Path, backup_dir: Path, key: bytes | None = None
) -> Path | None:
    """Upgrade the database at ``path`` to the head revision.

    Returns the path of the pre-upgrade backup (None when nothing had to be backed up).
    Raises DomainError ``storage.newer_schema`` or ``storage.migration_failed``.
    """
    found = current_revision(engine)
    if found == HEAD:
        return None
    head = head_revision()
    if found == head:
        return None
    if found is not None and found not in known_revisions():
        raise DomainError("storage.newer_schema", path=str(path), found=found, known=head)
    backup: Path | None = None
    if found is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_file(path, backup_dir / f"przed-aktualizacja-{found}-{stamp}.sqlite3",
                             private_parent=True, key=key)  # fmt: skip
    try:
        _upgrade(engine)
    except Exception as exc:  # any failure of a migration script must restore the old file
        engine.dispose()
        if backup is not None:
            restore_file(backup, path, key)
        raise DomainError(
            "storage.migration_failed", detail=str(exc) or type(exc).__name__, backup=str(backup)
        ) from exc
    return backup


def upgrade_server(engine: Engine, where: Location, *, create: bool) -> bool:
    """Bring a server's database to the head revision; True when anything was done.

    PostgreSQL runs DDL in transactions: the whole upgrade is one, so a failure leaves the
    schema as it was and no backup is needed first. An empty database gets the schema only
    when ``create`` (``calcert db init``, or the desktop app on first connection).
    """
    found = current_revision(engine)
    if found == HEAD:
        return False
    head = head_revision()
    if found == head:
        return False
    if found is None and not create:
        raise DomainError("server.not_initialised", server=where.shown())
    if found is not None and found not in known_revisions():
        raise DomainError("server.newer_schema", server=where.shown(), found=found, known=head)
    try:
        _upgrade(engine)
    except DomainError:
        raise
    except Exception as exc:
        from sqlalchemy.exc import OperationalError

        if isinstance(exc, OperationalError):
            raise  # the server went away: reaching() words it
        raise DomainError("server.migration_failed", server=where.shown(),
                          detail=str(exc).splitlines()[0] if str(exc) else
                          type(exc).__name__) from exc  # fmt: skip
    return True
