"""User text made safe for reportlab's Paragraph markup: NFC (a letter typed as a base and
a combining mark prints as one glyph), XML-escaped (a "<" in a name is text, not a tag),
line breaks kept, and a one-letter word never left at the end of a line."""

from __future__ import annotations

import re
import unicodedata
from html import escape as _html_escape

NBSP = "\u00a0"
# Polish typesetting keeps a one-letter word (w, z, i, a, o, u...) with the word after it:
# "w Radomiu", never "w" at a line's end. A no-break space does that in reportlab.
_ONE_LETTER = re.compile(r"(?<![\w.-])([AaIiOoUuWwZz])[ \t]+(?=\S)")


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities: what Paragraph markup needs (quotes may stay)."""
    return _html_escape(text, quote=False)


def normalized(text: str | None) -> str:
    """``text`` in NFC, without trailing spaces; '' for None."""
    return unicodedata.normalize("NFC", text or "").strip()


def markup(text: str | None) -> str:
    """``text`` as Paragraph markup that shows exactly these characters."""
    lines = normalized(text).splitlines()
    return "<br/>".join(escape(_ONE_LETTER.sub(rf"\1{NBSP}", line)) for line in lines)


def clipped(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (for one-line headers and footers)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = normalized(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
