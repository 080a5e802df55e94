"""The worker lane: answers come back on the GUI thread, and not to a widget that is gone."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from calcert_desktop.ui.worker import Worker


def test_an_answer_for_a_deleted_widget_is_dropped(qapp):
    worker = Worker()
    got: list[object] = []
    gone = QWidget()
    kept = QWidget()
    worker.submit(lambda: 1, got.append, got.append, owner=gone)
    worker.submit(lambda: 2, got.append, got.append, owner=kept)
    worker.wait()
    shiboken6.delete(gone)  # closed and deleted while its answer was on the way
    for _ in range(5):
        QCoreApplication.processEvents()
    assert got == [2]
    kept.deleteLater()
