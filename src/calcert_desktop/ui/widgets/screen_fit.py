"""A window's first size: what suits its content, but never more than the screen it opens on
leaves (a 1366x768 laptop at 150% has 911x512 logical pixels; a dialog sized for a desktop
monitor would open with its buttons below the screen's edge)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

MARGIN_X, MARGIN_Y = 40, 60  # the window's frame and title bar, and a little air


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or less where its screen is smaller."""
    screen = widget.screen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    widget.resize(min(width, room.width() - MARGIN_X), min(height, room.height() - MARGIN_Y))
