"""The colour of an overdue deadline: a red that reads on a light and on a dark palette
(always with words too, "– minął", for those who cannot tell the colour)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

LIGHT_RED = QColor(176, 0, 32)  # #b00020 on white: contrast 7.3:1
DARK_RED = QColor(255, 128, 128)  # #ff8080 on a near-black base: contrast above 7:1


def overdue_colour(palette: QPalette | None = None) -> QColor:
    """The red for ``palette`` (the application's when None): dark red on a light base,
    light red on a dark one."""
    palette = palette if palette is not None else QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    return DARK_RED if base.lightnessF() < 0.5 else LIGHT_RED
