"""The data folder's "open" lock: held by the desktop app while it runs, taken by a restore.

It is the operating system's own file lock (``flock`` on POSIX, ``msvcrt.locking`` on
Windows) on ``calcert.open.lock`` beside the database, so the system drops it when the
holder ends, even killed: it never goes stale and needs no PID bookkeeping. The desktop's
single-instance guard (Qt's QLockFile ``calcert.lock``, in ``ui/``) cannot be asked from
here without loading Qt below the GUI, and its on-disk format is Qt's private business;
so the GUI takes this lock as well, and everything else asks this one.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from calcert_desktop.domain.errors import DomainError

LOCK_NAME = "calcert.open.lock"
_POLL = 0.1  # seconds between attempts while waiting

if os.name == "nt":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock, not fcntl's record locks: those are per process, so a second holder in
        # the same process would not be refused.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FolderLock:
    """The exclusive "open" lock of one data folder."""

    def __init__(self, root: Path) -> None:
        self.path = root / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._fd is not None

    def acquire(self, timeout: float = 0.0) -> bool:
        """Take the lock, waiting up to ``timeout`` seconds; False if another holds it."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + timeout
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                return False
            time.sleep(_POLL)
        self._fd = fd
        return True

    def release(self) -> None:
        """Give the lock back (nothing happens when it is not held)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.release()


@contextmanager
def folder_to_myself(root: Path) -> Iterator[None]:
    """Hold the folder's lock for a ``with`` block; ``storage.restore_in_use`` when the
    desktop app (or another restore) has it."""
    lock = FolderLock(root)
    if not lock.acquire():
        raise DomainError("storage.restore_in_use", path=str(root))
    with lock:
        yield
