"""Moving an older data folder's files into its database: attachments (``zalaczniki/<2>/<sha>``),
generated documents (``dokumenty/<year>/<name>.pdf``, each named by a ``generated_documents``
row) and the seal private keys (``klucze/podpis-<key id>.pem``).

Done when a SQLite data folder is opened with its schema current (:mod:`store`): every file
in one transaction, and each file moved removed from the folder only after that commit (a
failure leaves the database and the folder as they were). Idempotent: a file the database
holds already (a run killed between its commit and the removals) is only removed.

What is not ours to move stays in the folder, untouched: an attachment whose content does not
match its name, a document file whose content differs from its row's, a key file no local
key of this database names, anything else. ``calcert check`` reports the rows whose files
are then missing. An attachment no declaration names is moved as *staged* (blobs.py): the
wizard may have stored it for a draft whose recovery file still waits, so it is removed only
after the grace period, and only if still named by nothing.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.paths import DataPaths
from calcert_desktop.storage import audit_chain, blobs, file_refs, seal_keys
from calcert_desktop.storage.database import Database
from calcert_desktop.storage.files import is_partial
from calcert_desktop.storage.models import GeneratedDocument, SigningKey
from calcert_desktop.storage.sqlite_errors import reason

log = logging.getLogger(__name__)

_KEY_FILE = re.compile(r"podpis-([0-9a-f]{16})\.pem")
LOCAL = "local"


@dataclass
class Moved:
    """What a move did: how many files of each kind went into the database (or were there
    already), and the files left in the folder, with why."""

    attachments: int = 0
    documents: int = 0
    keys: int = 0
    left: list[tuple[Path, str]] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Files moved (or found moved) in all."""
        return self.attachments + self.documents + self.keys


def _files(folder: Path) -> list[Path]:
    """The regular files under ``folder`` (links and partial writes left out), sorted."""
    found = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            try:
                mode = path.lstat().st_mode
            except OSError:
                continue
            if stat.S_ISREG(mode) and not is_partial(path):
                found.append(path)
    return sorted(found)


def has_files(paths: DataPaths) -> bool:
    """True when any of the older layout's folders is there (three looks at most)."""
    return any(folder.is_dir() for folder in (paths.attachments, paths.documents, paths.keys))


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(tzinfo=None)


def _digest(path: Path) -> str:
    with path.open("rb") as stream:
        return blobs.digest_of(iter(lambda: stream.read(blobs.CHUNK_BYTES), b""))[0]


class _Mover:
    def __init__(self, paths: DataPaths, session: Session) -> None:
        self.paths = paths
        self.session = session
        self.moved = Moved()
        self.done: list[Path] = []  # files the database now holds: removed after the commit

    def _put(self, path: Path, *, staged: bool) -> None:
        with path.open("rb") as stream:
            blobs.put(self.session, stream, staged=staged, created_at=_mtime(path),
                      name=path.name)  # fmt: skip

    def attachments(self) -> None:
        files = _files(self.paths.attachments)
        if not files:
            return
        named = file_refs.declared_hashes(self.session)
        for path in files:
            name = path.name
            if not file_refs.is_digest(name) or path.parent.name != name[:2] or \
                    path.parent.parent != self.paths.attachments:  # fmt: skip
                self.moved.left.append((path, "nie jest plikiem załącznika"))
                continue
            try:
                if _digest(path) != name:
                    self.moved.left.append((path, "zawartość nie zgadza się z nazwą"))
                    continue
                self._put(path, staged=name not in named)
            except OSError as error:
                self.moved.left.append((path, str(error)))
                continue
            self.moved.attachments += 1
            self.done.append(path)

    def documents(self) -> None:
        files = _files(self.paths.documents)
        if not files:
            return
        rows = dict(self.session.execute(
            select(GeneratedDocument.file_name, GeneratedDocument.sha256)
        ).all())  # fmt: skip
        for path in files:
            relative = path.relative_to(self.paths.documents).as_posix()
            expected = rows.get(relative)
            try:
                digest = _digest(path)
                if expected is not None and digest != expected:
                    self.moved.left.append((path, "zawartość różni się od zapisanej"))
                    continue
                # A file no row names was left by a write whose transaction failed: staged.
                self._put(path, staged=expected is None)
            except OSError as error:
                self.moved.left.append((path, str(error)))
                continue
            self.moved.documents += 1
            self.done.append(path)

    def keys(self) -> None:
        files = _files(self.paths.keys)
        if not files:
            return
        session = self.session
        local = set(session.execute(
            select(SigningKey.key_id).where(SigningKey.origin == LOCAL)
        ).scalars())  # fmt: skip
        held = seal_keys.held(session)
        for path in files:
            match = _KEY_FILE.fullmatch(path.name)
            if match is None or path.parent != self.paths.keys or match.group(1) not in local:
                self.moved.left.append((path, "żaden klucz tej bazy nie jest jego"))
                continue
            key_id = match.group(1)
            try:
                pem = path.read_bytes()
                pem.decode("ascii")
            except (OSError, UnicodeDecodeError) as error:
                self.moved.left.append((path, str(error)))
                continue
            if key_id in held:
                if seal_keys.load(session, key_id) != pem:
                    self.moved.left.append((path, "baza ma już inny klucz prywatny o tym numerze"))
                    continue
            else:
                seal_keys.store(session, key_id, pem)
            self.moved.keys += 1
            self.done.append(path)


def _remove_empty(folder: Path) -> None:
    """Remove ``folder`` and the folders under it that are empty (deepest first)."""
    if not folder.is_dir() or folder.is_symlink():
        return
    for root, dirs, _names in os.walk(folder, topdown=False):
        for name in dirs:
            try:
                (Path(root) / name).rmdir()
            except OSError:
                pass  # not empty: something stays
    try:
        folder.rmdir()
    except OSError:
        pass


def move_into_database(paths: DataPaths, database: Database) -> Moved | None:
    """Move the files of the older layout in ``paths`` into ``database`` (see the module's
    note); None when the folder has none of those folders. ``legacy.move_failed`` when the
    database refuses (nothing is then changed, the files stay)."""
    if not has_files(paths):
        return None
    session = database.writer_sessions()
    mover = _Mover(paths, session)
    try:
        mover.attachments()
        mover.documents()
        mover.keys()
        if mover.moved.keys:  # the key the upgrade could not sign the log's head with
            audit_chain.sign_unsigned(session)
        session.commit()
    except SQLAlchemyError as error:
        session.rollback()
        raise DomainError("legacy.move_failed", folder=str(paths.root),
                          detail=reason(error)) from error  # fmt: skip
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
    moved = mover.moved
    for path in mover.done:
        try:
            path.unlink()
            moved.removed.append(path)
        except OSError as error:  # removed at the next opening (the database holds it)
            log.warning("moved file not removed: %s (%s)", path, error)
    for folder in (paths.attachments, paths.documents, paths.keys):
        _remove_empty(folder)
    if moved.count or moved.left:
        log.info("moved %d attachments, %d documents, %d keys into the database; left %d",
                 moved.attachments, moved.documents, moved.keys, len(moved.left))  # fmt: skip
    return moved
