"""The question asked when the core only warns of an act (a second open case of the same
institution): go on, or not. Anuluj is the default and Escape: a slip of Enter changes
nothing."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from calcert_desktop.ui.widgets.choice_box import Role, ask, choice_box


class GoOn(Enum):
    """What the person answered."""

    GO = "go"
    CANCEL = "cancel"


def go_on_box(parent: QWidget | None, title: str, warning: str, go_label: str) -> QMessageBox:
    """The question, not yet shown: ``go_label`` (go on) or Anuluj (the default)."""
    detail = QCoreApplication.translate(
        "GoOnQuestion", "Czy mimo to wykonać czynność? Anuluj niczego nie zmienia."
    )
    buttons = [
        (go_label, Role.AcceptRole, GoOn.GO),
        (QCoreApplication.translate("GoOnQuestion", "&Anuluj"), Role.RejectRole, GoOn.CANCEL),
    ]
    return choice_box(
        parent, QMessageBox.Icon.Warning, title, warning, detail, buttons,
        default=GoOn.CANCEL, escape=GoOn.CANCEL,
    )  # fmt: skip


def ask_to_go_on(parent: QWidget | None, title: str, warning: str, go_label: str) -> bool:
    """Ask (modal) whether to go on despite ``warning``; True only for ``go_label``."""
    return ask(go_on_box(parent, title, warning, go_label), GoOn, GoOn.CANCEL) is GoOn.GO
