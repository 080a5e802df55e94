"""Filling the sign-in dialogs in GUI tests (they open after a read on the worker)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from calcert_desktop.ui.sign_in import _CheckedDialog


def dialog_of(qtbot: Any, kind: type[_CheckedDialog]) -> Any:
    """The open dialog of ``kind``, waited for."""
    found: list[Any] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, kind) and w.isVisible()]  # fmt: skip
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    return found[0]


def submit(qtbot: Any, dialog: _CheckedDialog, **fields: str) -> None:
    """Fill ``fields`` (attribute name: text) and press the dialog's OK. (Set, not typed:
    QTest types ASCII only, and the test passwords have Polish letters.)"""
    for name, text in fields.items():
        getattr(dialog, name).setText(text)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def refusal(qtbot: Any, dialog: _CheckedDialog) -> str:
    """The reason the dialog shows once its check came back refused."""
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.ok_button.isEnabled(),
                    timeout=10000)  # fmt: skip
    return dialog.error.text()
