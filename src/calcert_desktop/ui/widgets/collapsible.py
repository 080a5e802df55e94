"""A section of a page that opens and closes under its heading (an arrow button)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget


class Section(QWidget):
    """A heading button with an arrow, and the ``body`` it shows or hides (Space or a click
    on the heading toggles it)."""

    toggled = Signal(bool)  # True: opened

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = body
        self.heading = QToolButton()
        self.heading.setText(title)
        self.heading.setCheckable(True)
        self.heading.setChecked(True)
        self.heading.setAutoRaise(True)
        self.heading.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.heading.setArrowType(Qt.ArrowType.DownArrow)
        self.heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.toggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)

    def set_title(self, title: str) -> None:
        """Change the heading's text (a count in it, say)."""
        self.heading.setText(title)
        self.heading.setAccessibleName(title)

    def is_open(self) -> bool:
        """True while the body shows."""
        return self.heading.isChecked()

    def set_open(self, opened: bool) -> None:
        """Open or close the section."""
        self.heading.setChecked(opened)

    def _toggled(self, opened: bool) -> None:
        self.heading.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.body.setVisible(opened)
        self.toggled.emit(opened)
