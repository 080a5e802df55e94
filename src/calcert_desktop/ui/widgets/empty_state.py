"""What a list shows while it has nothing: a sentence saying what to do, and the buttons
that do it (issue 20: an empty list never leaves a person without a hint)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A centred sentence and a row of buttons under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed measure, centred by stretches (not by an alignment flag, with which the
        # layout gives a wrapping label the height of its one-line hint and cuts the rest).
        self.text.setFixedWidth(self.fontMetrics().averageCharWidth() * 72)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.text)
        line.addStretch(1)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(line)
        layout.addLayout(self.buttons)
        layout.addStretch(2)

    def add_button(self, text: str) -> QPushButton:
        """A button under the sentence (shown in the order added)."""
        button = QPushButton(text)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def say(self, text: str) -> None:
        """Set the sentence."""
        self.text.setText(text)


class EmptyOr(QStackedWidget):
    """A list, or in its place its empty state."""

    def __init__(self, content: QWidget, empty: EmptyState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty = empty
        self.addWidget(content)
        self.addWidget(empty)

    def show_empty(self, empty: bool) -> None:
        """Show the empty state (True) or the list."""
        self.setCurrentWidget(self.empty if empty else self.content)

    @property
    def showing_empty(self) -> bool:
        """True while the empty state is shown."""
        return self.currentWidget() is self.empty
