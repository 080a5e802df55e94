"""A view whose issue has not landed yet: says so, in Polish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def heading_label(text: str) -> QLabel:
    """A view's title: larger and bold, plain text."""
    heading = QLabel(text)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    heading.setFont(font)
    return heading


class PlaceholderView(QWidget):
    """A titled, empty view with one explanatory sentence."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        body = QLabel(text)
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setWordWrap(True)
        layout.addWidget(heading_label(title))
        layout.addWidget(body)
        layout.addStretch(1)
