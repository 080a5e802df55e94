"""The fonts of every document: DejaVu Sans, bundled in resources/fonts with its licence.

reportlab's standard 14 fonts and its bundled Vera drop Polish letters, so nothing may fall
back to them: the family is registered once, with its bold and italic faces
(``registerFontFamily``, so <b> and <i> work in paragraphs), and made reportlab's default.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from calcert_desktop.resources import resources_dir

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FACES = (FAMILY, BOLD, ITALIC, BOLD_ITALIC)


def fonts_dir() -> Path:
    """Where the TrueType files and their licence are."""
    return resources_dir() / "fonts"


@cache
def register() -> str:
    """Register the family with reportlab (once per process); returns its name."""
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = fonts_dir()
    for face in FACES:
        pdfmetrics.registerFont(TTFont(face, str(folder / f"{face}.ttf")))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    for bold, italic, face in ((0, 0, FAMILY), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(FAMILY, bold, italic, face)
    rl_config.canvas_basefontname = FAMILY
    return FAMILY
