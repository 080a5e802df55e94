"""A rough PNG of a PDF's pages when poppler's ``pdftoppm`` is missing: every run of text
drawn where the PDF puts it, in DejaVu Sans at its size (bold and oblique as named), with the
page's margins of 20 mm outlined. Enough to see text running off the page or over other
text; not a faithful rendering (no images, no lines other than text).

    python build/pdf_sketch.py FILE.pdf   # writes FILE-1.png, FILE-2.png...
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

DPI = 60


def sketch(pdf: Path, dpi: int = DPI) -> list[Path]:
    """Write one PNG per page beside ``pdf``; returns their paths."""
    from pypdf import PdfReader
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication(["pdf_sketch"])
    from calcert_desktop.documents.fonts import fonts_dir

    for face in fonts_dir().glob("*.ttf"):
        QFontDatabase.addApplicationFont(str(face))
    scale = dpi / 72
    written: list[Path] = []
    reader = PdfReader(str(pdf))
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        # One point per pixel at 72 dpi, so fractional font sizes are kept (no rounding).
        image.setDotsPerMeterX(round(72 / 0.0254))
        image.setDotsPerMeterY(round(72 / 0.0254))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        margin = 20 * 72 / 25.4 * scale
        painter.setPen(QColor(220, 220, 255))
        painter.drawRect(QRectF(margin, margin, width * scale - 2 * margin,
                                height * scale - 2 * margin))  # fmt: skip

        def draw(text: str, cm: Any, tm: Any, font: Any, size: float,
                 painter: QPainter = painter, height: float = height) -> None:  # fmt: skip
            if not text.strip() or font is None:
                return
            # Position: the text matrix times the current transformation matrix.
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            effective = size * (tm[3] * cm[3] or 1)
            name = str(font.get("/BaseFont", ""))
            qfont = QFont("DejaVu Sans")
            qfont.setPointSizeF(max(0.5, abs(effective) * scale))
            qfont.setBold("Bold" in name)
            qfont.setItalic("Oblique" in name or "Italic" in name)
            painter.setFont(qfont)
            painter.setPen(QColor("black"))
            painter.drawText(QPointF(x * scale, (height - y) * scale), text.rstrip("\n"))

        page.extract_text(visitor_text=draw)
        painter.end()
        target = pdf.with_name(f"{pdf.stem}-{number}.png")
        image.save(str(target))
        written.append(target)
    del app
    return written


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        for path in sketch(Path(argument)):
            print(path)
