"""Hearing the other PCs' writes: the change sets announced on the server's channel, handed
to a front end as they come (no Qt here; ui/live_views.py runs it on a thread of its own).

:meth:`ChangeFeed.run` listens on a connection of its own until :meth:`ChangeFeed.stop`. If
the server goes away it tries again, waiting longer each time (up to
:data:`LONGEST_WAIT_S`), and once it is back it hands on one change of everything: what was
written meanwhile was announced to nobody listening here.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from calcert_desktop.services.change_notices import decode
from calcert_desktop.services.changes import EVERYTHING, Changes
from calcert_desktop.storage.notify import Listener, ListenerLost

if TYPE_CHECKING:
    from calcert_desktop.services.context import AppContext

log = logging.getLogger(__name__)

# Seconds between attempts to reach the server again: short at first (a restart), then
# at most :data:`LONGEST_WAIT_S` (a server down for long is not hammered).
RETRY_WAITS_S: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0, 8.0)
LONGEST_WAIT_S = 15.0


class ChangeFeed:
    """The change sets other contexts write to ``ctx``'s server database, for ``deliver``
    (called on the thread that runs :meth:`run`)."""

    def __init__(
        self,
        ctx: AppContext,
        deliver: Callable[[Changes], object],
        *,
        waits: Sequence[float] = RETRY_WAITS_S,
        longest_wait: float = LONGEST_WAIT_S,
    ) -> None:
        if ctx.db.is_sqlite:
            raise ValueError("a SQLite file has no other PCs to hear")
        self._location = ctx.db.location
        self._origin = ctx.origin
        self._deliver = deliver
        self._waits = tuple(waits)
        self._longest_wait = longest_wait
        self._stopped = threading.Event()
        # stop() writes a byte here: a wait for the server's notices returns at once.
        self._wake_reader, self._wake_writer = socket.socketpair()
        self.connected = threading.Event()  # set while listening (tests wait on it)
        self.connections = 0  # how many times it has started listening

    def run(self) -> None:
        """Listen until :meth:`stop`, reconnecting when the server goes away."""
        failures = 0
        try:
            while not self._stopped.is_set():
                listener = Listener(self._location)
                try:
                    listener.open()
                except ListenerLost as error:
                    delay = self._delay(failures)
                    failures += 1
                    log.info("cannot listen for changes (%s); again in %.1f s", error, delay)
                    self._stopped.wait(delay)
                    continue
                failures = 0
                try:
                    self._listen(listener)
                except ListenerLost as error:
                    log.warning("the server's change notices were lost: %s", error)
                finally:
                    self.connected.clear()
                    listener.close()
        finally:
            self._wake_reader.close()
            self._wake_writer.close()

    def _listen(self, listener: Listener) -> None:
        self.connections += 1
        self.connected.set()
        if self.connections > 1:  # what was written while away was told to nobody here
            self._hand_on(EVERYTHING)
        while not self._stopped.is_set():
            for payload in listener.wait(self._wake_reader):
                notice = decode(payload)
                if notice.origin != self._origin:  # our own writes told our windows already
                    self._hand_on(notice.changes)

    def _hand_on(self, changes: Changes) -> None:
        if changes and not self._stopped.is_set():
            self._deliver(changes)

    def _delay(self, failures: int) -> float:
        if failures < len(self._waits):
            return self._waits[failures]
        return self._longest_wait

    def stop(self) -> None:
        """Stop listening: :meth:`run` returns soon (at once, unless it is connecting)."""
        self._stopped.set()
        try:
            self._wake_writer.send(b"x")
        except OSError:
            pass  # run() has ended and closed it: there is nothing left to wake
