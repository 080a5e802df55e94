"""Draw the program's icon, the CAL mark of the certificate (a teal disc in a gold ring with
"CAL" across it), and write it as ``resources/icons/calcert.png`` (256 px, the window icon)
and ``resources/icons/calcert.ico`` (16 to 256 px, the Windows program and installer icon),
and the installer's welcome picture ``resources/icons/instalator.bmp`` (164 x 314, the size
NSIS's Modern UI shows).

Run ``python build/icon.py`` after changing the drawing; both files are committed. Qt draws,
Pillow (a build requirement, requirements/lock-build.txt) writes the many-size .ico.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
TEAL = (23, 84, 89)  # the certificate's colours (documents/certificate.py)
GOLD = (176, 140, 61)


def draw(size: int) -> bytes:
    """The mark at ``size`` pixels, as PNG bytes (drawn at that size: crisp when small)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    ring = max(1.0, size * 0.06)
    outer = QRectF(ring / 2, ring / 2, size - ring, size - ring)
    painter.setPen(QPen(QColor(*GOLD), ring))
    painter.setBrush(QColor(*TEAL))
    painter.drawEllipse(outer)
    if size >= 48:  # the thin white inner ring only where it can be seen
        inset = size * 0.1
        painter.setPen(QPen(QColor("white"), max(1.0, size * 0.015)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(outer.adjusted(inset, inset, -inset, -inset))
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(max(6, round(size * 0.28)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "CAL")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def welcome_picture(mark: bytes) -> bytes:
    """The installer's welcome picture: the mark on the certificate's teal, the name below,
    as PNG bytes (written as BMP by Pillow, which NSIS needs)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    image = QImage(164, 314, QImage.Format.Format_RGB32)
    image.fill(QColor(*TEAL))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(QRectF(27, 46, 110, 110), QImage.fromData(mark))
    painter.setPen(QPen(QColor(*GOLD), 1.5))
    painter.drawLine(30, 178, 134, 178)
    painter.setPen(QColor("white"))
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(15)
    painter.setFont(font)
    painter.drawText(QRectF(0, 188, 164, 24), Qt.AlignmentFlag.AlignCenter, "CALcert Desktop")
    font.setBold(False)
    font.setPixelSize(11)
    painter.setFont(font)
    painter.drawText(QRectF(10, 214, 144, 60), Qt.AlignmentFlag.AlignHCenter
                     | Qt.TextFlag.TextWordWrap, "Certyfikat Jakości Centrum Aktywności Lokalnej")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (fonts need the application)
    for face in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / face))
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: Image.open(io.BytesIO(draw(size))) for size in SIZES}
    images[256].save(OUT / "calcert.png")
    # Pillow writes one entry per size, each from the image drawn at that size.
    images[256].save(OUT / "calcert.ico", sizes=[(s, s) for s in SIZES],
                     append_images=[images[s] for s in SIZES[:-1]])  # fmt: skip
    welcome = Image.open(io.BytesIO(welcome_picture(draw(256)))).convert("RGB")
    welcome.save(OUT / "instalator.bmp")
    print(f"Zapisano {OUT / 'calcert.png'}, {OUT / 'calcert.ico'} i {OUT / 'instalator.bmp'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
