"""The question a window asks before it closes over work that is not saved."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Choice(Enum):
    """What the user chose."""

    KEEP = "keep"  # close; the work is kept (e.g. in the recovery file)
    DISCARD = "discard"  # close and throw the work away
    CANCEL = "cancel"  # stay in the window


def unsaved_box(
    parent: QWidget | None, title: str, text: str, detail: str, keep_label: str = ""
) -> QMessageBox:
    """The question, not yet shown: keep (when ``keep_label`` is given), discard, or cancel.

    Cancel is the default and Escape: a slip of the Enter key must not throw work away.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    box.setInformativeText(detail)
    if keep_label:
        keep = box.addButton(keep_label, QMessageBox.ButtonRole.AcceptRole)
        keep.setProperty("choice", Choice.KEEP.value)
    discard = box.addButton(
        QCoreApplication.translate("UnsavedQuestion", "&Odrzuć wpisane dane"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    discard.setProperty("choice", Choice.DISCARD.value)
    cancel = box.addButton(
        QCoreApplication.translate("UnsavedQuestion", "&Anuluj"), QMessageBox.ButtonRole.RejectRole
    )
    cancel.setProperty("choice", Choice.CANCEL.value)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def ask_unsaved(
    parent: QWidget | None, title: str, text: str, detail: str, keep_label: str = ""
) -> Choice:
    """Ask (modal) what to do with unsaved work; :class:`Choice`."""
    box = unsaved_box(parent, title, text, detail, keep_label)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is None:
        return Choice.CANCEL
    return Choice(clicked.property("choice"))
