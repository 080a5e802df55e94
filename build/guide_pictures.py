"""The pictures of the user guide (resources/guide/obrazy/), made from the screenshots.

    python build/screenshots.py /tmp/ekrany
    python build/guide_pictures.py /tmp/ekrany

Each picture is one screenshot at 100%, scaled to the 640 pixels the guide shows it at (the
guide's text stays sharp; scaling it again in the window would blur it).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "guide" / "obrazy"
WIDTH = 640
# guide picture -> screenshot (build/screenshots.py's name without "-pl-100.png")
PICTURES = {
    "zgloszenia.png": "00-okno-glowne",
    "kreator.png": "04-standards",
    "przeglad.png": "22-komisja-przeglad",
    "sprawy.png": "20-komisja-sprawy",
    "protokol.png": "55-protokol-wizytacji",
    "zarzad.png": "27-zarzad",
}


def main() -> int:
    """Scale the chosen screenshots into the guide's folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shots", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication(sys.argv[:1])
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, shot in PICTURES.items():
        source = args.shots / f"{shot}-pl-100.png"
        image = QImage(str(source))
        if image.isNull():
            print(f"brak zrzutu {source}", file=sys.stderr)
            return 1
        scaled = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
        scaled.save(str(TARGET / name), "PNG", 9)
        print(TARGET / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
