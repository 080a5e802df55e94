"""Running service calls off the GUI thread, with the result or a Polish error back by signal.

Database work goes to one worker thread at a time, so writes never race (as Anki's
taskman does); the window stays responsive meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from calcert_desktop.domain.errors import DomainError

log = logging.getLogger(__name__)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except DomainError as error:
            self.signals.failed.emit(error.message)
        except Exception as error:  # shown as one Polish line; the details go to the log
            log.exception("background work failed")
            message = QCoreApplication.translate("Worker", "Nieoczekiwany błąd: {0}")
            self.signals.failed.emit(message.format(type(error).__name__))
        else:
            self.signals.succeeded.emit(result)


class Worker(QObject):
    """One lane for database work: jobs run in order on a single background thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._keep: set[_Signals] = set()

    def submit(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``work`` in the background; call back on the GUI thread."""
        signals = _Signals()
        self._keep.add(signals)
        if on_success:
            signals.succeeded.connect(on_success)
        if on_failure:
            signals.failed.connect(on_failure)
        signals.succeeded.connect(lambda _: self._keep.discard(signals))
        signals.failed.connect(lambda _: self._keep.discard(signals))
        self._pool.start(_Job(work, signals))

    def wait(self, msecs: int = -1) -> bool:
        """Wait until every job has finished (tests and shutdown)."""
        return self._pool.waitForDone(msecs)
