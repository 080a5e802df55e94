"""A QR code on screen, drawn from its matrix of modules (``documents.certificate.encode_qr``):
the recovery key's (ui/encryption.py) and an installation's identity (Ustawienia →
Instalacje)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

QR_PIXELS = 220
QUIET_ZONE = 4  # modules of white around the code, as the standard asks

Modules = tuple[tuple[bool, ...], ...]


class QrCode(QWidget):
    """A QR code drawn from its matrix of modules (quiet zone included), black on white."""

    def __init__(
        self, modules: Modules, accessible_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.modules = modules
        self.setFixedSize(QSize(QR_PIXELS, QR_PIXELS))
        self.setAccessibleName(accessible_name)

    def set_modules(self, modules: Modules) -> None:
        """Show another code (the same text renamed, say)."""
        self.modules = modules
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        count = len(self.modules) + 2 * QUIET_ZONE
        side = min(self.width(), self.height())
        unit = max(1, side // count)  # whole pixels: every module the same, crisp
        margin = (side - unit * count) // 2 + QUIET_ZONE * unit
        black = QColor("black")
        for row, cells in enumerate(self.modules):
            for column, dark in enumerate(cells):
                if dark:
                    painter.fillRect(margin + column * unit, margin + row * unit, unit, unit, black)
        painter.end()
