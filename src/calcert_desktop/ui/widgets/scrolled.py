"""A page in a frameless scroll area of its own: a page taller (or wider) than a small or
scaled screen scrolls instead of making its window larger than the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(page: QWidget) -> QScrollArea:
    """``page`` in a frameless, resizing scroll area (``area.widget()`` is ``page``)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area
