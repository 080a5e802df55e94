"""One running copy per data folder: a second start hands over to the first and quits.

A lock file in the data folder guarantees the database is never opened twice (even by
another user's session); a local socket lets the second start bring the first window up.
Qt's network module is loaded only for that socket, after the window is shown (it costs
a tenth of the start-up time otherwise).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from calcert_desktop.services.data_folder import FolderLock

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

ACTIVATE = b"activate"
RESTORE_WAIT = 30.0  # seconds a start waits for a restore from the command line to finish


def server_name(data_dir: Path) -> str:
    """A socket name unique to the data folder."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"calcert-desktop-{digest}"


class SingleInstance(QObject):
    """Owns the data folder's lock while the application runs."""

    activated = Signal()
    package_given = Signal(str)  # a later start was opened with a package (a double click)

    def __init__(self, data_dir: Path, parent: QObject | None = None, package: str = "") -> None:
        super().__init__(parent)
        self._package = package
        data_dir.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(data_dir / "calcert.lock"))
        self._lock.setStaleLockTime(0)  # a crashed run's lock is taken over (its PID is gone)
        # The OS lock other processes can see without Qt (a restore refuses while it is held).
        self._open = FolderLock(data_dir)
        self._name = server_name(data_dir)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process may run; otherwise the running one was asked to show."""
        if not self._lock.tryLock(100):
            self._wake_other()
            return False
        if not self._open.acquire(timeout=RESTORE_WAIT):  # a restore still running
            self._lock.unlock()
            return False
        return True

    def listen(self) -> None:
        """Answer later starts (call once the window is up)."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self._name)  # left over by a crashed run
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)

    def release(self) -> None:
        """Give the data folder back (at exit)."""
        if self._server is not None:
            self._server.close()
        self._open.release()
        self._lock.unlock()

    def _wake_other(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if socket.waitForConnected(500):
            socket.write(ACTIVATE + b"\n" + self._package.encode("utf-8"))
            socket.waitForBytesWritten(500)
            socket.disconnectFromServer()

    def _on_connection(self) -> None:
        assert self._server is not None
        connection = self._server.nextPendingConnection()
        if connection is None:
            return
        # The message is a few bytes sent right after connecting: read it here, briefly
        # blocking, rather than keeping a handler alive on a socket that may go away.
        if connection.bytesAvailable() or connection.waitForReadyRead(500):
            message = bytes(connection.readAll().data())
            if message.startswith(ACTIVATE):
                self.activated.emit()
                package = message[len(ACTIVATE) + 1:].decode("utf-8", errors="replace")
                if package.lower().endswith(".calpack"):
                    self.package_given.emit(package)
        connection.disconnectFromServer()
        connection.deleteLater()
