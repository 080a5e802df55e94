"""Running service calls off the GUI thread, with the result or a Polish error back on the
GUI thread.

Database work goes to one background thread, in order, so writes never race (as Anki's
taskman does); the window stays responsive meanwhile. A plain Python thread pool does the
work (no QRunnable: its Python wrapper can be collected while Qt still runs it); a signal
carries the outcome back, queued to the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from shiboken6 import isValid

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.services.data_folder import as_domain_error

log = logging.getLogger(__name__)

Success = Callable[[Any], None] | None
Failure = Callable[[str], None] | None


@dataclass(frozen=True)
class _Outcome:
    """What a job gives back. Always a real object: PySide6 (on Python 3.11) miscounts
    references to a bare None sent through a queued signal, and crashes sooner or later."""

    on_success: Success
    on_failure: Failure
    ok: bool
    value: Any
    owner: QObject | None = None


class Worker(QObject):
    """One lane for database work: jobs run in order on a single background thread."""

    _finished = Signal(object)  # an _Outcome
    # What a write changed (services.changes.Changes), broadcast once by ui.operations
    # to every window on this lane; each decides whether it concerns what it shows.
    changed = Signal(object)
    # Every job submitted so far has run and its callback has been called (the callbacks
    # submitted no further work): benchmarks/bench_startup.py's "every view filled".
    quiet = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="calcert-db")
        self._futures: set[Future[None]] = set()
        self._lock = threading.Lock()
        self._unanswered = 0  # jobs whose callback has not been called yet (GUI thread)
        self._finished.connect(self._deliver)

    def submit(
        self,
        work: Callable[[], Any],
        on_success: Success = None,
        on_failure: Failure = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``work`` in the background; call back on the GUI thread, unless ``owner``
        (the widget that asked) has been deleted meanwhile: a window closed while its data
        was loading gets no answer."""
        self._unanswered += 1
        future = self._executor.submit(self._run, work, on_success, on_failure, owner)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)

    def _forget(self, future: Future[None]) -> None:
        with self._lock:
            self._futures.discard(future)

    def _run(
        self,
        work: Callable[[], Any],
        on_success: Success,
        on_failure: Failure,
        owner: QObject | None,
    ) -> None:
        try:
            outcome = _Outcome(on_success, on_failure, True, work(), owner)
        except DomainError as error:
            outcome = _Outcome(on_success, on_failure, False, error.message, owner)
        except Exception as error:  # one Polish line for the user; the details go to the log
            log.exception("background work failed")
            known = as_domain_error(error)  # the database's own failure, said in Polish
            if known is not None:
                text = known.message
            else:
                message = QCoreApplication.translate("Worker", "Nieoczekiwany błąd: {0}")
                text = message.format(type(error).__name__)
            outcome = _Outcome(on_success, on_failure, False, text, owner)
        self._finished.emit(outcome)

    def _deliver(self, outcome: _Outcome) -> None:
        try:
            if outcome.owner is not None and not isValid(outcome.owner):
                return  # the widget that asked is gone
            if outcome.ok and outcome.on_success is not None:
                outcome.on_success(outcome.value)
            elif not outcome.ok and outcome.on_failure is not None:
                outcome.on_failure(outcome.value)
        finally:
            self._unanswered -= 1
            if not self._unanswered:
                self.quiet.emit()

    def is_quiet(self) -> bool:
        """True when every job submitted has run and been answered (GUI thread)."""
        return not self._unanswered

    def wait(self, msecs: int = -1) -> bool:
        """Wait until every job submitted so far has run (the callbacks follow as events)."""
        with self._lock:
            pending = list(self._futures)
        _, not_done = wait(pending, timeout=None if msecs < 0 else msecs / 1000)
        return not not_done

    def settle(self) -> None:
        """Wait for every job submitted so far and run their callbacks now, not as later
        events (a window that is closing needs to know how its last save ended)."""
        self.wait()
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
