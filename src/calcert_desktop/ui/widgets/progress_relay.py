"""Progress of a long job on the database worker, carried to a dialog on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class ProgressRelay(QObject):
    """Carries a job's progress from the worker thread to the dialog (a queued signal), and
    its answer back: False once the user asked to stop."""

    advanced = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stop = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        self.advanced.emit(done, total)  # queued: the dialog lives on the GUI thread
        return not self.stop.is_set()
