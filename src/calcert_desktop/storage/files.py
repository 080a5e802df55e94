"""Writing files so that nothing is ever half-written and nothing is readable by others.

Every file the program writes (documents, exports, attachment copies, backups, keys) goes
through here: a temporary file in the target's own folder (so the rename stays on one file
system), written, flushed to disk, then renamed over the final name. A failure at any point
leaves the previous file as it was and removes the temporary one; a process killed midway
leaves only a ``*.czesciowy`` file, which :func:`remove_leftovers` clears at the next start.

On POSIX the files are created 0600 and folders 0700 whatever the umask (``mkstemp`` does
the first; folders are set outright), so other local users cannot read the institutions'
data. On Windows the data folder lies in the user's profile, which only they can open.

An ``OSError`` becomes one Polish sentence (:class:`FileWriteError`): a full disk, a missing
folder or no permission says so, naming the file.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from calcert_desktop.domain.errors import DomainError

PARTIAL_SUFFIX = ".czesciowy"
# Earlier versions named partial backups this way; cleared too.
LEGACY_SUFFIXES = (".czesciowa",)
POSIX = os.name == "posix"
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700

_REASONS = {
    errno.ENOSPC: "brak miejsca na dysku",
    errno.EDQUOT: "przekroczony limit miejsca na dysku",
    errno.EFBIG: "plik przekracza dopuszczalny rozmiar",
    errno.EACCES: "brak uprawnień do zapisu",
    errno.EPERM: "brak uprawnień do zapisu",
    errno.ENOENT: "folder nie istnieje",
    errno.ENOTDIR: "w ścieżce jest plik zamiast folderu",
    errno.EISDIR: "pod tą nazwą jest folder",
    errno.EROFS: "nośnik jest tylko do odczytu",
    errno.ENAMETOOLONG: "nazwa pliku jest za długa",
    errno.EIO: "błąd odczytu lub zapisu nośnika",
}


class FileWriteError(DomainError):
    """A file could not be written; the previous file (if any) is unchanged."""


def reason_of(error: OSError) -> str:
    """A short Polish reason for an ``OSError`` (its errno), for messages."""
    if error.errno in _REASONS:
        return _REASONS[error.errno]
    return error.strerror or type(error).__name__


def write_error(target: Path, error: OSError) -> FileWriteError:
    """The Polish error for a failed write of ``target``."""
    return FileWriteError("file.write_failed", None, path=str(target), reason=reason_of(error))


def private_folder(path: Path) -> Path:
    """Create ``path`` (and its parents) if missing; on POSIX make it 0700. Returns it."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        if POSIX:
            os.chmod(path, PRIVATE_DIR)
    except OSError as error:
        raise write_error(path, error) from error
    return path


def _fsync_folder(folder: Path) -> None:
    # The rename itself must reach the disk; Windows cannot open a folder for this.
    if not POSIX:
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


@contextmanager
def partial_path(target: Path, *, private_parent: bool = False) -> Iterator[Path]:
    """A temporary path beside ``target`` to write in full (by any means, e.g. SQLite's
    backup API); renamed to ``target`` when the block ends without error, removed otherwise.

    The temporary file exists (empty, 0600) when the block starts.
    """
    folder = target.parent
    try:
        if private_parent:
            private_folder(folder)
        elif not folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, "folder nie istnieje", str(folder))
        handle, name = tempfile.mkstemp(
            dir=folder, prefix=f".{target.name[:80]}.", suffix=PARTIAL_SUFFIX
        )
        os.close(handle)
    except OSError as error:
        raise write_error(target, error) from error
    partial = Path(name)
    try:
        yield partial
        if POSIX:
            os.chmod(partial, PRIVATE_FILE)
        os.replace(partial, target)
        _fsync_folder(folder)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise write_error(target, error) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_writer(target: Path, *, private_parent: bool = False) -> Iterator[BinaryIO]:
    """A binary stream whose content replaces ``target`` in one step when the block ends."""
    with partial_path(target, private_parent=private_parent) as partial:
        with partial.open("wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())


def write_atomically(target: Path, content: bytes, *, private_parent: bool = False) -> Path:
    """Write ``content`` to ``target``: complete under its final name, or not at all."""
    with atomic_writer(target, private_parent=private_parent) as stream:
        stream.write(content)
    return target


def copy_atomically(
    source: Path, target: Path, *, private_parent: bool = False, chunk: int = 1 << 20
) -> Path:
    """Copy the regular file ``source`` to ``target`` atomically (symlinks never followed)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(source, flags)
    except OSError as error:
        raise write_error(target, error) from error
    with os.fdopen(handle, "rb") as reader:
        with atomic_writer(target, private_parent=private_parent) as stream:
            while block := reader.read(chunk):
                stream.write(block)
    return target


def is_partial(path: Path) -> bool:
    """True for a temporary file of an interrupted write."""
    return path.name.endswith(PARTIAL_SUFFIX) or path.name.endswith(LEGACY_SUFFIXES)


def remove_leftovers(root: Path) -> list[Path]:
    """Remove the temporary files interrupted writes left anywhere under ``root``."""
    removed: list[Path] = []
    if not root.is_dir():
        return removed
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            if is_partial(path):
                try:
                    path.unlink()
                    removed.append(path)
                except OSError:
                    continue  # another process's write in progress on Windows: next time
    return removed


def make_private(root: Path) -> None:
    """On POSIX: ``root`` and every folder under it 0700, every file 0600 (an existing data
    folder made under a looser umask, or by an earlier version)."""
    if not POSIX or not root.is_dir():
        return
    os.chmod(root, PRIVATE_DIR)
    for folder, dirs, names in os.walk(root):
        for name in dirs:
            path = Path(folder) / name
            if not path.is_symlink():
                os.chmod(path, PRIVATE_DIR)
        for name in names:
            path = Path(folder) / name
            mode = path.lstat().st_mode
            if stat.S_ISREG(mode) and stat.S_IMODE(mode) & 0o077:
                os.chmod(path, stat.S_IMODE(mode) & PRIVATE_DIR)


def restrict_umask() -> None:
    """Make files this process creates private (0600/0700) from now on: SQLite's database,
    WAL and journal files are created by SQLite itself, which follows the umask."""
    if POSIX:
        os.umask(0o077)
