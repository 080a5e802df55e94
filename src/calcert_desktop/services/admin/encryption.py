"""Encrypting a SQLite installation at rest (issue 18, part 4): ``calcert encrypt`` and the
conversion of a plain installation.

What is done, in this order, so that a crash at any step leaves a database that opens:

1. every person's credential is read, and a random data key made; the keyring (each
   account's wrap, the recovery key's) is written under a temporary name;
2. the database is copied, encrypted with the key (SQLCipher's export), beside itself, and
   the copy checked: it opens with the key, its pages are sound, every table has as many
   rows as the original;
3. an encrypted copy of the original is kept in ``kopie-zapasowe/przed-szyfrowaniem-…``, and
   the earlier backups there (plain copies of the whole database) are encrypted in place;
4. the encrypted copy replaces the database, then the keyring takes its own name (an
   opening that finds the database encrypted and the keyring under its temporary name
   finishes this step: storage/store.py).

The recovery key is returned to be shown once (words and a QR code: :func:`write_sheet`);
it is not stored.

**When.** A new SQLite installation is encrypted as its first administrator is set
(``calcert init``, the first start of the window), and a plain one when an administrator
opens it in the window (:func:`due`), unless the office's setting ``encrypt_at_rest`` is 0
(the office's choice, e.g. a disk BitLocker already encrypts: :func:`keep_plain`).
The plain file's old blocks may stay on the disk until overwritten (above all on SSDs):
encrypt a laptop's installation before its data grows, and keep the backups' media safe.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.roles import Role
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.changes import Done
from calcert_desktop.services.config import get_int
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.storage import backup as backups
from calcert_desktop.storage import data_key, sqlite_files
from calcert_desktop.storage.database import encrypt_copy, is_sqlite_file
from calcert_desktop.storage.files import partial_path
from calcert_desktop.storage.folder_lock import folder_to_myself
from calcert_desktop.storage.models import Credential, User

BACKUP_PREFIX = "przed-szyfrowaniem-"


@dataclass(frozen=True)
class Encrypted:
    """An installation encrypted: the recovery key (show it once), the encrypted backup of
    the database as it was, and how many earlier backups were encrypted too."""

    recovery: bytes = field(repr=False)
    backup: Path
    backups_encrypted: int
    key: bytes = field(repr=False)  # to open the installation again at once


SETTING = "encrypt_at_rest"


def due(ctx: AppContext, actor: Actor) -> bool:
    """True when ``actor``, an administrator, opened a plain SQLite installation of the data
    folder that the office has not chosen to keep plain: it is to be encrypted now."""
    if Role.ADMIN not in actor.roles or not _plain_file(ctx):
        return False
    with reading(ctx) as session:
        return get_int(session, SETTING) == 1


def _plain_file(ctx: AppContext) -> bool:
    return (ctx.db.is_sqlite and ctx.db.path == ctx.paths.database
            and ctx.db.location.key is None and not data_key.is_encrypted(ctx.paths.root))


def keep_plain(ctx: AppContext, actor: Actor) -> Done:
    """The office's choice to keep this installation's database plain (administrators):
    the setting ``encrypt_at_rest`` set to 0, recorded in the history like every setting."""
    from calcert_desktop.services.admin.settings import set_int

    return set_int(ctx, actor, SETTING, "0")


def write_sheet(ctx: AppContext, recovery: bytes, target: Path) -> Path:
    """The recovery key's sheet (its words and QR code, what it opens, how to use it) as a
    PDF at ``target``, written whole or not at all. Whoever holds the key may print it."""
    from calcert_desktop.documents.recovery_sheet import RecoverySheet, render
    from calcert_desktop.domain.recovery_words import to_words
    from calcert_desktop.services.office import details
    from calcert_desktop.storage.files import write_atomically, write_error

    with reading(ctx) as session:
        office = details(session).name
    sheet = RecoverySheet(tuple(to_words(recovery)), office, str(ctx.paths.root),
                          ctx.today())  # fmt: skip
    content = render(sheet)
    try:
        return write_atomically(target, content)
    except OSError as error:
        raise write_error(target, error) from error


def encrypt_installation(
    ctx: AppContext, actor: Actor, *, folder_held: bool = False
) -> Encrypted:
    """Encrypt the data folder's SQLite database (administrators). ``ctx`` is closed; open
    the folder again with a password. Refused on a server, on an encrypted installation.

    The folder's "open" lock is taken for the conversion (refused while the window or a
    restore has it), unless ``folder_held``: the window converting its own folder, whose
    lock it holds while it runs."""
    actor.require(Role.ADMIN)
    paths = ctx.paths
    if not ctx.db.is_sqlite or ctx.db.path != paths.database:
        raise DomainError("data_key.not_a_file")
    if not _plain_file(ctx):
        raise DomainError("data_key.already")
    with reading(ctx) as session:
        query = select(User.login, Credential.password_hash).join(
            Credential, Credential.user_id == User.id
        )
        credentials = list(session.execute(query).tuples())
    if not credentials:
        raise DomainError("data_key.no_passwords")
    ctx.close()  # the last connection gone: SQLite folds its WAL into the file
    if folder_held:
        return _convert(paths, credentials)
    with folder_to_myself(paths.root):
        return _convert(paths, credentials)


def _convert(paths: DataPaths, credentials: list[tuple[str, str]]) -> Encrypted:
    key = data_key.new_data_key()
    ring = data_key.Keyring({}, None)
    for login, encoded in credentials:
        ring.wrap_for(login, encoded, key)
    recovery = ring.set_recovery(key)
    pending = data_key.pending_path(paths.root)
    ring.save(paths.root, pending=True)
    try:
        database = paths.database
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = paths.backups / f"{BACKUP_PREFIX}{stamp}.sqlite3"
        done = _encrypt_backups(paths.backups, key)
        with partial_path(backup, private_parent=True) as partial:
            _encrypted(database, partial, key)
        with partial_path(database) as partial:
            _encrypted(database, partial, key)
            for companion in ("-wal", "-shm"):
                database.with_name(database.name + companion).unlink(missing_ok=True)
        # the encrypted database is in place: now the keyring under its name
        os.replace(pending, paths.root / data_key.FILE_NAME)
    except BaseException:
        if is_sqlite_file(paths.database):  # not swapped: the plain database stays
            pending.unlink(missing_ok=True)
        raise
    return Encrypted(recovery, backup, done, key)


def _encrypted(plain: Path, target: Path, key: bytes) -> None:
    """``target`` (an empty new file) made the encrypted copy of ``plain``, checked."""
    target.unlink()
    encrypt_copy(plain, target, key)
    try:
        backups.verify_copy_between(plain, None, target, key)
    except (DomainError, *sqlite_files.ERRORS) as error:
        raise DomainError("data_key.copy_failed", detail=str(error)) from error


def _encrypt_backups(folder: Path, key: bytes) -> int:
    """Encrypt in place the plain database copies in the backups folder; how many."""
    if not folder.is_dir():
        return 0
    count = 0
    for path in sorted(folder.glob("*.sqlite3")):
        if not path.is_file() or not is_sqlite_file(path):
            continue
        with partial_path(path) as partial:
            _encrypted(path, partial, key)
        count += 1
    return count
