"""A question with named choices (a QMessageBox whose buttons each carry an enum value)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

E = TypeVar("E", bound=Enum)
Role = QMessageBox.ButtonRole


def choice_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    detail: str,
    buttons: Sequence[tuple[str, Role, Enum]],
    *,
    default: Enum,
    escape: Enum,
) -> QMessageBox:
    """The question, not yet shown: one button per (label, role, choice), in order."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    for label, role, choice in buttons:
        button = box.addButton(label, role)
        button.setProperty("choice", choice.value)
        if choice is default:
            box.setDefaultButton(button)
        if choice is escape:
            box.setEscapeButton(button)
    return box


def ask(box: QMessageBox, kind: type[E], closed: E) -> E:
    """Show ``box`` modally; the choice of the button clicked (``closed`` when none was)."""
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return closed if clicked is None else kind(clicked.property("choice"))
