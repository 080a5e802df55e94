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


def test_quiet_once_every_answer_and_the_work_it_asked_for_is_done(qapp):
    """``quiet`` (the start-up benchmark's "every view filled") waits for the callbacks too,
    and for the jobs they submit; an answer dropped for a deleted widget or a failure counts."""
    worker = Worker()
    order: list[str] = []
    worker.quiet.connect(lambda: order.append("quiet"))
    assert worker.is_quiet()
    gone = QWidget()

    def first(value: int) -> None:
        order.append(f"first {value}")
        worker.submit(lambda: 2, lambda v: order.append(f"second {v}"))

    def boom() -> int:
        raise ValueError("x")

    worker.submit(lambda: 1, first)
    worker.submit(boom, None, lambda message: order.append("failed"))
    worker.submit(lambda: 3, order.append, owner=gone)
    assert not worker.is_quiet()
    worker.wait()
    shiboken6.delete(gone)
    for _ in range(20):
        QCoreApplication.processEvents()
        worker.wait()
    assert order == ["first 1", "failed", "second 2", "quiet"]
    assert worker.is_quiet()
