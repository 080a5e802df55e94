"""Writing files so that nothing is ever half-written and nothing is readable by others.

Every file the program writes (exports, copies of stored documents and attachments for the
viewer, backups, recovery files) goes through here: a temporary file in the target's own
folder (so the rename stays on one file system), written, flushed to disk, then renamed
over the final name. A failure at any point leaves the previous file as it was and removes
the temporary one; a process killed midway
leaves only a ``*.czesciowy`` file (named with the writer's process id), which
:func:`remove_leftovers` clears at the next start and the next write of the same file clears
too, once that process is gone.

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
from calcert_desktop.domain.os_errors import os_error_reason

PARTIAL_SUFFIX = ".czesciowy"
# Earlier versions named partial backups this way; cleared too.
LEGACY_SUFFIXES = (".czesciowa",)
# SQLite writing a backup into a partial file keeps its journal beside it.
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
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
    return os_error_reason(error)


def write_error(target: Path, error: OSError) -> FileWriteError:
    """The Polish error for a failed write of ``target``."""
    return FileWriteError("file.write_failed", None, path=str(target), reason=reason_of(error))


def private_folder(path: Path) -> Path:
    """Create ``path`` (and its missing parents, 0700 too) if missing; on POSIX make it
    0700. Returns it."""
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    try:
        for folder in reversed(missing):
            folder.mkdir(mode=PRIVATE_DIR, exist_ok=True)
            if POSIX:  # mkdir's mode passes through the umask: set it outright
                os.chmod(folder, PRIVATE_DIR)
        if POSIX:
            os.chmod(path, PRIVATE_DIR)
    except OSError as error:
        raise write_error(path, error) from error
    return path


def create_private_file(path: Path) -> Path:
    """Create ``path`` empty (0600) unless it exists, for a file another library then fills
    in place (SQLite's database, whose journal files take the database file's mode)."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return path
    except OSError as error:
        raise write_error(path, error) from error
    os.close(handle)
    if POSIX:
        os.chmod(path, PRIVATE_FILE)  # os.open's mode passes through the umask
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
        elif not stat.S_ISDIR(os.stat(folder).st_mode):  # stat says why: missing, no access
            raise NotADirectoryError(errno.ENOTDIR, "not a directory", str(folder))
        _remove_stale(folder, target.name)
        handle, name = tempfile.mkstemp(
            dir=folder, prefix=f"{_partial_prefix(target.name)}{os.getpid()}.",
            suffix=PARTIAL_SUFFIX,
        )  # fmt: skip
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


def _partial_prefix(name: str) -> str:
    return f".{name[:80]}."


def _without_side_suffix(name: str) -> str:
    for side in SQLITE_SIDE_FILES:
        if name.endswith(side):
            return name[: -len(side)]
    return name


def is_partial(path: Path) -> bool:
    """True for a temporary file of an interrupted write (or SQLite's journal beside it)."""
    name = _without_side_suffix(path.name)
    return name.endswith(PARTIAL_SUFFIX) or name.endswith(LEGACY_SUFFIXES)


def _writer_alive(name: str) -> bool:
    """Whether the process that named the partial file ``name`` still runs (and may be
    writing it). Names without a process id are an earlier version's: nobody's."""
    stem = _without_side_suffix(name).removesuffix(PARTIAL_SUFFIX)
    parts = stem.rsplit(".", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return False
    if not POSIX:
        return False  # Windows refuses to remove a file still open: the unlink tells
    try:
        os.kill(int(parts[1]), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process (or no such id): leave it
    return True


def _remove(path: Path) -> bool:
    if _writer_alive(path.name):
        return False
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False  # still open by its writer on Windows: next time
    return True


def _remove_stale(folder: Path, name: str) -> None:
    """Clear what interrupted writes of the file ``name`` left in ``folder`` (a backup killed
    midway outside the data folder is cleared by the next backup to the same name)."""
    prefix = _partial_prefix(name)
    for path in folder.iterdir():
        if path.name.startswith(prefix) and is_partial(path):
            _remove(path)


def remove_leftovers(root: Path) -> list[Path]:
    """Remove the temporary files interrupted writes left anywhere under ``root`` (those of
    a writer still running are left to it)."""
    removed: list[Path] = []
    if not root.is_dir():
        return removed
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            if is_partial(path) and _remove(path):
                removed.append(path)
    return removed


def _make_private_one(path: Path) -> None:
    try:
        mode = path.lstat().st_mode
        if stat.S_ISDIR(mode) and stat.S_IMODE(mode) != PRIVATE_DIR:
            os.chmod(path, PRIVATE_DIR)
        elif stat.S_ISREG(mode) and stat.S_IMODE(mode) != PRIVATE_FILE:
            os.chmod(path, PRIVATE_FILE)
    except FileNotFoundError:
        return  # removed meanwhile (a partial file whose write finished): nothing to protect
    except OSError as error:
        raise write_error(path, error) from error


def make_private(root: Path) -> None:
    """On POSIX: ``root`` and every folder under it 0700, every file 0600 (an existing data
    folder made under a looser umask, or by an earlier version). Symlinks are left alone."""
    if not POSIX or not root.is_dir():
        return
    _make_private_one(root)
    for folder, dirs, names in os.walk(root):
        for name in [*dirs, *names]:
            _make_private_one(Path(folder) / name)


def tidy_folder(root: Path) -> list[Path]:
    """:func:`make_private` and :func:`remove_leftovers` in one walk of ``root`` (the data
    folder is walked at every start: once, not twice). Returns the leftovers removed."""
    removed: list[Path] = []
    if not root.is_dir():
        return removed
    if POSIX:
        _make_private_one(root)
    for folder, dirs, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            if is_partial(path) and _remove(path):
                removed.append(path)
            elif POSIX:
                _make_private_one(path)
        if POSIX:
            for name in dirs:
                _make_private_one(Path(folder) / name)
    return removed


def restrict_umask() -> None:
    """Make files this process creates private (0600/0700) from now on: SQLite's database,
    WAL and journal files are created by SQLite itself, which follows the umask."""
    if POSIX:
        os.umask(0o077)
