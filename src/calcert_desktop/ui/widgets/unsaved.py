"""The question a window asks before it closes over work that is not saved."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from calcert_desktop.ui.widgets.choice_box import Role, ask, choice_box


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
    buttons = [
        *([(keep_label, Role.AcceptRole, Choice.KEEP)] if keep_label else []),
        (
            QCoreApplication.translate("UnsavedQuestion", "&Odrzuć wpisane dane"),
            Role.DestructiveRole,
            Choice.DISCARD,
        ),
        (QCoreApplication.translate("UnsavedQuestion", "&Anuluj"), Role.RejectRole, Choice.CANCEL),
    ]
    return choice_box(
        parent, QMessageBox.Icon.Warning, title, text, detail, buttons,
        default=Choice.CANCEL, escape=Choice.CANCEL,
    )  # fmt: skip


def ask_unsaved(
    parent: QWidget | None, title: str, text: str, detail: str, keep_label: str = ""
) -> Choice:
    """Ask (modal) what to do with unsaved work; :class:`Choice`."""
    return ask(unsaved_box(parent, title, text, detail, keep_label), Choice, Choice.CANCEL)
