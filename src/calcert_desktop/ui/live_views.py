"""Live views: the other PCs' writes reach the windows of this one, as change sets.

On a server database a :class:`~calcert_desktop.services.change_feed.ChangeFeed` listens on
a plain Python thread of its own (a blocking wait, so the window never freezes; no QThread
or QRunnable, see ui/worker.py), and each change set it hears comes back on the GUI thread
as :attr:`LiveViews.heard`. Change sets heard within :data:`GATHER_MS` of each other go on
as one (a script writing case after case reloads each list once, not once per case). The
main window broadcasts them exactly as it does its own writes' change sets. A SQLite file
has no other PCs: nothing is started.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from calcert_desktop.services.changes import NOTHING, Changes

if TYPE_CHECKING:
    from calcert_desktop.services.change_feed import ChangeFeed
    from calcert_desktop.services.context import AppContext

GATHER_MS = 200
# How long closing the program waits for the listening thread (it is a daemon: if the
# server is being connected to just then, the program does not wait for the timeout).
STOP_WAIT_S = 2.0


class LiveViews(QObject):
    """Hears the change sets other PCs write; ``heard`` on the GUI thread."""

    heard = Signal(object)  # a services.changes.Changes
    _arrived = Signal(object)  # from the listening thread, queued to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed: ChangeFeed | None = None
        self._thread: threading.Thread | None = None
        self._pending: Changes = NOTHING
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._pass_on)
        self._arrived.connect(self._collect)

    def start(self, ctx: AppContext) -> bool:
        """Listen for the other PCs' writes to ``ctx``'s database (True when it is a server
        and listening has begun; a second call while listening does nothing)."""
        if ctx.db.is_sqlite or self.feed is not None:
            return self.feed is not None
        from calcert_desktop.services.change_feed import ChangeFeed

        self.feed = ChangeFeed(ctx, self._arrived.emit)
        self._thread = threading.Thread(target=self.feed.run, name="calcert-changes", daemon=True)
        self._thread.start()
        return True

    def stop(self) -> None:
        """Stop listening (at exit, before the database is closed)."""
        feed, thread = self.feed, self._thread
        self.feed = self._thread = None
        self._gather.stop()
        self._pending = NOTHING
        if feed is not None:
            feed.stop()
        if thread is not None:
            thread.join(STOP_WAIT_S)

    def _collect(self, changes: Changes) -> None:
        if self.feed is None:
            return  # stopped meanwhile
        self._pending = self._pending.merge(changes)
        if not self._gather.isActive():
            self._gather.start()

    def _pass_on(self) -> None:
        changes, self._pending = self._pending, NOTHING
        if changes:
            self.heard.emit(changes)
