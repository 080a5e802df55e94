"""A backup checked before it may replace the live database.

The file is opened read-only and copied (SQLite's backup API) into a private folder; the
copy is brought to this app's schema there and checked exactly as ``calcert check`` checks
the live database (integrity, foreign keys, audit replay, numbering, files). Only that
checked copy is then restored, so a backup changed after its check cannot slip in.

Before the check, the files the backup names but does not hold (a backup made before files
moved into the database: its documents, attachments and seal key were in the data folder
then) are copied into it from the live database, by hash, as a restore left the folder's
files in place before: they are the same bytes, whichever database holds them.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.storage import blobs, file_refs, migrate, seal_keys, sqlite_files
from calcert_desktop.storage.backup import check_backup_file
from calcert_desktop.storage.database import DB_FILENAME, Database, encrypt_copy, is_sqlite_file
from calcert_desktop.storage.models import SigningKey
from calcert_desktop.storage.sqlite_errors import reason
from calcert_desktop.storage.verify import verify

WORK_PREFIX = ".sprawdzanie-kopii-"  # private folders of candidates, beside the database


def readonly_uri(path: Path) -> str:
    """The URI that opens ``path`` read-only (file:///C:/... on Windows too)."""
    return path.resolve().as_uri() + "?mode=ro"


def copy_readonly(source: Path, target: Path, key: bytes | None = None) -> None:
    """Copy the database ``source`` into the new file ``target`` without writing to it (both
    encrypted with ``key``, when given)."""
    with (
        closing(sqlite_files.connect(readonly_uri(source), key, uri=True)) as src,
        closing(sqlite_files.connect(str(target), key)) as dst,
    ):
        with dst:
            src.backup(dst, pages=1024)


def remove_stale_work(root: Path) -> None:
    """Remove candidates' folders left by a restore that was killed (call under the
    folder's lock, so no other restore is using one)."""
    for folder in root.glob(WORK_PREFIX + "*"):
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)


def carry_files(target: Session, source: Session) -> int:
    """Copy into ``target`` the blobs it names but lacks and the private keys of its local
    signing keys it lacks, from ``source`` where it has them; how many were copied."""
    named = file_refs.named_hashes(target)
    missing = sorted(named - set(blobs.info(target, named)))
    copied = sum(1 for digest in missing if blobs.copy_between(source, target, digest))
    local = target.execute(select(SigningKey.key_id).where(SigningKey.origin == "local")).scalars()
    held = seal_keys.held(target)
    for key_id in local:
        if key_id not in held and (pem := seal_keys.load(source, key_id)) is not None:
            seal_keys.store(target, key_id, pem)
            copied += 1
    return copied


def _check_copy(
    candidate: Path, source: Path, donor: Database | None, key: bytes | None = None
) -> None:
    database = Database.open(candidate, key)
    try:
        try:
            migrate.upgrade(database.engine, candidate, candidate.parent / "przed-aktualizacja",
                            key)  # fmt: skip
        except DomainError as error:
            detail = "nie udało się jej zaktualizować do wersji schematu tego programu"
            raise DomainError("storage.restore_unsound", path=str(source), detail=detail) from error
        if donor is not None:
            with database.writer_sessions() as target, donor.sessions() as live:
                carry_files(target, live)
                target.commit()
        with database.sessions() as session:
            report = verify(session)
    finally:
        database.close()
    if not report.ok:
        raise DomainError("storage.restore_unsound", path=str(source), detail=report.summary())


@contextmanager
def checked_candidate(
    source: Path, work_root: Path, donor: Database | None = None
) -> Iterator[Path]:
    """A checked, current-schema copy of the backup ``source``, in a private folder under
    ``work_root`` that is removed after the ``with`` block; with ``donor`` (the live
    database), the files it names but lacks copied in from there first.

    Raises ``storage.not_a_database``, ``storage.newer_schema``,
    ``storage.no_schema_revision`` or ``storage.restore_unsound`` (naming what failed).
    """
    key = donor.location.key if donor is not None else None
    # A plain backup restored into an encrypted installation is encrypted on the way in.
    plain_into_encrypted = key is not None and is_sqlite_file(source)
    check_backup_file(source, migrate.known_revisions(), None if plain_into_encrypted else key)
    folder = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=work_root))  # 0700 on POSIX
    try:
        candidate = folder / DB_FILENAME
        try:
            if plain_into_encrypted:
                assert key is not None
                encrypt_copy(source, candidate, key)
            else:
                copy_readonly(source, candidate, key)
        except sqlite_files.ERRORS as exc:
            raise DomainError(
                "storage.not_a_database", path=str(source), detail=reason(exc)
            ) from exc
        _check_copy(candidate, source, donor, key)
        yield candidate
    finally:
        shutil.rmtree(folder, ignore_errors=True)
