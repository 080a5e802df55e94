"""The one way the windows run a service call (as Anki's ``CollectionOp`` and ``QueryOp``).

:func:`write_op` runs a write on the database worker, shows a Polish message if it is
refused or fails (never a traceback), broadcasts the change set once (``session.changed``;
each window decides whether it concerns what it shows), then calls back the widget that
asked. :func:`read_op` does the same for a slow read, without a broadcast. While a write
runs, the pointer says the program is busy; the window itself never freezes. Before anyone
is chosen to act (at start) the lane is the bare :class:`Worker` instead of a session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from calcert_desktop.services.changes import Changes
from calcert_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from calcert_desktop.ui.session import Session

T = TypeVar("T")


def changes_of(value: object) -> Changes | None:
    """The change set a service returned: the value itself or its ``changes``."""
    if isinstance(value, Changes):
        return value
    found = getattr(value, "changes", None)
    return found if isinstance(found, Changes) else None


class _Busy:
    """The busy pointer, shown while any operation that asked for it runs."""

    running = 0

    @classmethod
    def start(cls) -> None:
        if cls.running == 0 and QApplication.instance() is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        cls.running += 1

    @classmethod
    def stop(cls) -> None:
        cls.running -= 1
        if cls.running == 0 and QApplication.instance() is not None:
            QApplication.restoreOverrideCursor()


def _warn(parent: QWidget | None, title: str, message: str) -> None:
    shown = parent if parent is not None and isValid(parent) else None
    title = title or QCoreApplication.translate("Operations", "CALcert Desktop")
    QMessageBox.warning(shown, title, message)


def _run(
    lane: Session | Worker,
    parent: QWidget | None,
    work: Callable[[], T],
    on_success: Callable[[T], Any] | None,
    on_failure: Callable[[str], Any] | None,
    title: str,
    busy: bool,
    broadcast: bool,
) -> None:
    worker = lane if isinstance(lane, Worker) else lane.worker
    if busy:
        _Busy.start()

    def alive() -> bool:
        return parent is None or isValid(parent)

    def succeeded(value: T) -> None:
        if busy:
            _Busy.stop()
        changes = changes_of(value) if broadcast else None
        if changes:  # written even if the asking widget is gone: the others still hear it
            worker.changed.emit(changes)
        if on_success is not None and alive():
            on_success(value)  # after: a dialog it opens (printing) finds the lists current

    def failed(message: str) -> None:
        if busy:
            _Busy.stop()
        if not alive():
            return
        if on_failure is not None:
            on_failure(message)
        else:
            _warn(parent, title, message)

    # No owner: the busy pointer and the broadcast must not be lost with a closed window.
    worker.submit(work, succeeded, failed)


def write_op(
    lane: Session | Worker,
    parent: QWidget | None,
    work: Callable[[], T],
    on_success: Callable[[T], Any] | None = None,
    on_failure: Callable[[str], Any] | None = None,
    *,
    title: str = "",
    busy: bool = True,
) -> None:
    """Run the write ``work`` (a service call returning its change set, or a value with
    ``changes``) on the worker; then one broadcast, then ``on_success`` with its value.
    Without ``on_failure`` a refusal is shown in a message box titled ``title``."""
    _run(lane, parent, work, on_success, on_failure, title, busy, True)


def read_op(
    lane: Session | Worker,
    parent: QWidget | None,
    work: Callable[[], T],
    on_success: Callable[[T], Any],
    on_failure: Callable[[str], Any] | None = None,
    *,
    title: str = "",
    busy: bool = False,
) -> None:
    """Run the read ``work`` on the worker and hand its value to ``on_success`` (not if
    ``parent`` is gone meanwhile); nothing is broadcast."""
    _run(lane, parent, work, on_success, on_failure, title, busy, False)


def listen(widget: QWidget, session: Session, slot: Callable[[Changes], Any]) -> None:
    """Connect ``slot`` to the broadcast of ``session``'s lane, once per lane (a window
    attached again, for another person on the same lane, is not told twice)."""
    heard: set[int] = widget.__dict__.setdefault("_calcert_heard_lanes", set())
    if id(session.worker) not in heard:
        heard.add(id(session.worker))
        session.changed.connect(slot)
