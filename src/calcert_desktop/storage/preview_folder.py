"""The folder where files are copied out for the system viewer (attachments, generated
documents, sample letters).

Private and per run: made by ``tempfile.mkdtemp`` (mode 0700, a random name nobody can
guess or prepare) the first time a preview is needed, removed when the program exits. A
fixed shared name such as ``/tmp/calcert-podglad`` would let another local user create it
first, as a link into the user's own files or as a folder they can read.
"""

from __future__ import annotations

import atexit
import os
import shutil
import stat
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from calcert_desktop.domain.attachment_rules import safe_file_name
from calcert_desktop.storage.files import atomic_writer

PREFIX = "calcert-podglad-"


def _make_writable_and_retry(function: Callable[..., Any], path: str, _error: Any) -> None:
    # Previews are read-only (on Windows that blocks deleting them): lift it and retry.
    try:
        os.chmod(path, stat.S_IWRITE | stat.S_IREAD | stat.S_IEXEC)
        function(path)
    except OSError:
        pass  # a viewer still holds the file open (Windows): the system's temp cleanup goes


class PreviewFolder:
    """One private folder for this process, made on first use."""

    def __init__(self, parent: Path | None = None) -> None:
        self._parent = parent
        self._path: Path | None = None
        self._lock = threading.Lock()

    def path(self) -> Path:
        """The folder (made now if this run has none yet)."""
        with self._lock:
            if self._path is None or not self._path.is_dir():
                parent = str(self._parent) if self._parent is not None else None
                self._path = Path(tempfile.mkdtemp(prefix=PREFIX, dir=parent))
                atexit.register(self.remove)
            return self._path

    def remove(self) -> None:
        """Remove the folder and everything in it (at exit)."""
        with self._lock:
            path, self._path = self._path, None
        if path is not None and path.is_dir() and not path.is_symlink():
            if sys.version_info >= (3, 12):
                shutil.rmtree(path, onexc=_make_writable_and_retry)
            else:
                shutil.rmtree(path, onerror=_make_writable_and_retry)

    def write(self, name: str, content: bytes, subfolder: str | None = None) -> Path:
        """Write ``content`` as a read-only file named (safely) ``name``; its path."""
        return self.write_with(name, lambda stream: stream.write(content), subfolder)

    def write_with(
        self, name: str, fill: Callable[[BinaryIO], object], subfolder: str | None = None
    ) -> Path:
        """Write a read-only file named (safely) ``name`` with what ``fill`` writes into the
        stream it is given (complete, or no file if ``fill`` fails); its path."""
        folder = self.path() / subfolder if subfolder else self.path()
        target = folder / safe_file_name(name)
        if target.exists():
            os.chmod(target, stat.S_IREAD | stat.S_IWRITE)  # replaced below in one step
        with atomic_writer(target, private_parent=True) as stream:
            fill(stream)
        os.chmod(target, stat.S_IREAD)  # a view, not a working copy: edits would go nowhere
        return target


PREVIEWS = PreviewFolder()
