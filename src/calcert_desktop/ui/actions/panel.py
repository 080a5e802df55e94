"""The actions the acting person may take on one case: buttons, or a "Działania" menu when
there are many. Each opens its dialog (without blocking: ``open()``, not ``exec()``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QWidget,
)

from calcert_desktop.domain.actions import Action
from calcert_desktop.services.changes import CASE_KINDS, Changes, Kind
from calcert_desktop.ui.actions.fields import plain_label
from calcert_desktop.ui.actions.mnemonics import with_mnemonic
from calcert_desktop.ui.operations import listen, read_op

if TYPE_CHECKING:
    from calcert_desktop.ui.session import Session

MAX_BUTTONS = 4  # more than this go into one menu button
# What decides the actions offered: the case's records (not its documents or history).
OFFER_KINDS = tuple(CASE_KINDS - {Kind.DOCUMENTS, Kind.HISTORY})


class ActionPanel(QWidget):
    """Buttons for the actions the acting person may take on the case ``reference``."""

    performed = Signal(str)  # the Polish message of a performed action
    dialog_opened = Signal(QDialog)
    refreshed = Signal()

    def __init__(self, session: Session, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reference = reference
        self.offered: list[Action] = []
        self.controls: dict[Action, QPushButton | QAction] = {}
        self.dialog: QDialog | None = None
        self.loaded = False
        self.menu_button: QPushButton | None = None
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.note = plain_label("")
        listen(self, session, self._changed)
        self.refresh()

    def set_session(self, session: Session) -> None:
        """Act as another person (their roles decide what is offered)."""
        self.session = session
        listen(self, session, self._changed)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        """A write elsewhere (or here): ask again only if it touched this case."""
        if changes.concerns(*OFFER_KINDS, reference=self.reference):
            self.refresh()

    def set_reference(self, reference: str) -> None:
        """Show the actions of another case."""
        self.reference = reference
        self.refresh()

    def refresh(self) -> None:
        """Ask the services again which actions are offered, and rebuild the buttons."""
        from calcert_desktop.services.process.available import available_actions

        self.loaded = False
        ctx, actor, reference = self.session.ctx, self.session.actor, self.reference
        read_op(self.session, self, lambda: available_actions(ctx, actor, reference),
                self._show, self._failed)  # fmt: skip

    def _clear(self) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.note:
                widget.deleteLater()
        self.controls.clear()
        self.menu_button = None

    def _show(self, actions: list[Action]) -> None:
        self._clear()
        self.offered = list(actions)
        taken: set[str] = set()
        if not actions:
            self.note.setText(
                self.tr("{0} nie ma w tej sprawie czynności do wykonania.").format(
                    self.session.actor.full_name
                )
            )
            self.row.addWidget(self.note, 1)  # the sentence takes the width, it does not wrap
        elif len(actions) <= MAX_BUTTONS:
            for action in actions:
                button = QPushButton(with_mnemonic(action.command + "…", taken))
                button.setToolTip(action.label)
                button.setProperty("action", action.value)
                button.clicked.connect(self._clicked)
                self.row.addWidget(button)
                self.controls[action] = button
        else:
            self.menu_button = QPushButton(with_mnemonic(self.tr("Działania"), taken))
            menu = QMenu(self.menu_button)
            menu_taken: set[str] = set()
            for action in actions:
                item = QAction(with_mnemonic(action.command + "…", menu_taken), menu)
                menu.addAction(item)
                item.setToolTip(action.label)
                item.setData(action.value)
                self.controls[action] = item
            menu.setToolTipsVisible(True)
            menu.triggered.connect(self._chosen)
            self.menu_button.setMenu(menu)
            self.row.addWidget(self.menu_button)
        self.row.addStretch(1)
        self.loaded = True
        self.refreshed.emit()

    # Slots are methods, not lambdas: PySide's receivers of lambdas can crash when the
    # buttons are deleted on a refresh.
    def _clicked(self) -> None:
        sender = self.sender()
        if isinstance(sender, QPushButton):
            self.open_dialog(Action(sender.property("action")))

    def _chosen(self, item: QAction) -> None:
        self.open_dialog(Action(item.data()))

    def _failed(self, message: str) -> None:
        self._clear()
        self.offered = []
        self.note.setText(message)
        self.row.addWidget(self.note, 1)  # the sentence takes the width, it does not wrap
        self.loaded = True
        self.refreshed.emit()

    def control(self, action: Action) -> QPushButton | QAction | None:
        """The button or menu item of ``action``, None when it is not offered."""
        return self.controls.get(Action(action))

    def open_dialog(self, action: Action) -> QDialog:
        """Open the dialog of ``action`` (window-modal, not blocking) and return it."""
        from calcert_desktop.ui.actions.assess_dialog import AssessDialog
        from calcert_desktop.ui.actions.dialog import ActionDialog

        action = Action(action)
        if action == Action.ASSESS:
            dialog: QDialog = AssessDialog(self.session, self.reference, self)
        else:
            dialog = ActionDialog(self.session, self.reference, action, self)
        dialog.performed.connect(self._performed)  # type: ignore[attr-defined]
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()  # the previous one, closed
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _performed(self, message: str) -> None:
        self.performed.emit(message)  # the change set's broadcast refreshes the buttons
