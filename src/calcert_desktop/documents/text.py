"""User text made safe for reportlab's Paragraph markup: NFC (a letter typed as a base and
a combining mark prints as one glyph), XML-escaped (a "<" in a name is text, not a tag),
line breaks kept."""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape


def normalized(text: str | None) -> str:
    """``text`` in NFC, without trailing spaces; '' for None."""
    return unicodedata.normalize("NFC", text or "").strip()


def markup(text: str | None) -> str:
    """``text`` as Paragraph markup that shows exactly these characters."""
    lines = normalized(text).splitlines()
    return "<br/>".join(escape(line) for line in lines)
