"""The wizard's notice that the draft is not in the database: shown on the page, not as a
popup, so typing goes on; with a button to try saving again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

NOTICE_STYLE = (
    "#saveNotice { background: #fff4e5; border: 1px solid #e8b96a; border-radius: 3px; }"
    " #saveNotice QLabel { color: #5c3800; }"
)


class SaveNotice(QFrame):
    """A band above the page's fields saying why the last save failed and where the data is."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveNotice")
        self.setStyleSheet(NOTICE_STYLE)
        self.label = QLabel("")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(self.tr("Zapisz &ponownie"))
        self.retry.clicked.connect(self.retry_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.tr("Stan zapisu"))
        self.hide()

    def show_text(self, text: str) -> None:
        """Show ``text``; an empty text hides the notice (the draft is saved)."""
        self.label.setText(text)
        self.setVisible(bool(text))
