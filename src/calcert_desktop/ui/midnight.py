"""The sweep when the date changes while the program runs: decisions nobody appealed become
final and certificates expire at midnight, as they do when the data is opened.

A timer set for just after midnight, never longer than :data:`LONGEST_WAIT_MS` (a computer
asleep over midnight wakes to a late timer; a short wait notices the new day soon after),
compares the date with the one last swept and, when it changed, runs the service through
:func:`~calcert_desktop.ui.operations.write_op`, so that its change set is broadcast and the
lists show the closed cases.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from calcert_desktop.ui.operations import write_op

if TYPE_CHECKING:
    from calcert_desktop.ui.session import Session

LONGEST_WAIT_MS = 10 * 60 * 1000
AFTER_MIDNIGHT_MS = 2_000


def wait_ms(now: datetime) -> int:
    """Milliseconds from ``now`` until just after the next midnight, at most the longest wait."""
    midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
    until = int((midnight - now).total_seconds() * 1000) + AFTER_MIDNIGHT_MS
    return max(1, min(until, LONGEST_WAIT_MS))


class MidnightSweep(QObject):
    """Runs the sweep for the attached session whenever the date has changed."""

    def __init__(
        self,
        parent: QObject | None = None,
        clock: Callable[[], datetime] = datetime.now,
        report: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._report = report
        self._session: Session | None = None
        self._swept: date | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def attach(self, session: Session) -> None:
        """Watch the date for ``session`` (the opening already swept today)."""
        self._session = session
        self._swept = session.ctx.today()
        self._arm()

    def _arm(self) -> None:
        self.timer.start(wait_ms(self._clock()))

    def check(self) -> None:
        """Sweep when the day is no longer the one last swept; then wait again."""
        session = self._session
        if session is None:
            return
        today = session.ctx.today()
        if today != self._swept:
            self._swept = today
            from calcert_desktop.services.process.sweep import sweep

            ctx = session.ctx
            write_op(session, None, lambda: sweep(ctx, today), on_failure=self._failed,
                     busy=False)  # fmt: skip
        self._arm()

    def _failed(self, message: str) -> None:
        self._swept = None  # try again at the next check
        if self._report is not None:
            self._report(message)
