"""The reason of a change to a filed application, as an action's dialog asks for it: in a
dialog of its own when the act is saved (not among the act's fields), the text kept across
tries, so a save the core refuses, or Anuluj, loses nothing typed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from calcert_desktop.ui.widgets.reason_dialog import ReasonDialog


class ChangeReason(QObject):
    """Asks for the reason for ``reference``'s change; :attr:`given` once it is saved."""

    given = Signal()

    def __init__(self, reference: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.owner = parent
        self.reference = reference
        self.text = ""  # as typed in the last question, kept for the next one
        self.dialog: ReasonDialog | None = None

    def ask(self) -> ReasonDialog:
        """Open the question over the owner (window-modal, not blocking) and return it."""
        dialog = ReasonDialog(self.reference, self.text, self.owner)
        dialog.finished.connect(self._closed)  # Qt 6 emits it after accepted/rejected
        dialog.accepted.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, _result: int = 0) -> None:
        if self.dialog is not None:
            self.text = self.dialog.edit.text()

    def _saved(self) -> None:
        self._closed()  # the reason is read before the act is sent
        self.given.emit()

    def value(self) -> str:
        """The reason to send with the act."""
        return self.text.strip()
