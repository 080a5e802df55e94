"""Which characters user text may hold: no control characters, no hidden direction changes.

A one-line field (a name, a town, a file name) holds no line break at all; a multi-line
field (a description, reasons) may hold ``\\n`` and tabs. Text made only of invisible
characters (spaces, zero-width spaces, a byte-order mark) counts as empty.
"""

from __future__ import annotations

import unicodedata

from calcert_desktop.domain.errors import ValidationError

# Bidirectional overrides, embeddings, isolates and marks: they reorder what is shown
# ("raport\u202efdp.exe" shows as "raportexe.pdf"), so a reader sees other text than stored.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")
# Not characters at all, or markers that only make sense inside other formats.
_OTHER_FORBIDDEN = frozenset("\ufeff\ufffe\uffff\ufff9\ufffa\ufffb")
# Letters that draw nothing (Hangul fillers, the braille blank, the grapheme joiner).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f")
_MULTI_LINE_ALLOWED = frozenset("\n\t")


def char_name(char: str) -> str:
    """The character as ``U+001B`` (what the user can look up; the glyph may be invisible)."""
    return f"U+{ord(char):04X}"


def is_invisible(char: str) -> bool:
    """True for a character that draws nothing: spaces, format characters, fillers."""
    if char in "\t\n\r\x0b\x0c" or char in _BLANK_LETTERS:
        return True
    return unicodedata.category(char) in ("Zs", "Zl", "Zp", "Cf")


def is_blank(text: str | None) -> bool:
    """True for ``None``, ``""`` and text of invisible characters only (counts as empty)."""
    return text is None or all(is_invisible(char) for char in text)


def forbidden_char(text: str, *, multi_line: bool) -> tuple[int, str] | None:
    """The first character ``text`` may not hold (position from 1, character), or ``None``."""
    for index, char in enumerate(text):
        if multi_line and char in _MULTI_LINE_ALLOWED:
            continue
        category = unicodedata.category(char)
        if (
            category in ("Cc", "Cs")
            or char in BIDI_CONTROLS
            or char in LINE_BREAKS
            or char in _OTHER_FORBIDDEN
        ):
            return index + 1, char
    return None


def check_characters(
    value: str | None, field: str, *, multi_line: bool = False
) -> ValidationError | None:
    """Why ``value`` may not be stored as it is, or ``None``.

    Codes: ``text.line_break`` (a line break in a one-line field), ``text.bidi_control``,
    ``text.surrogate`` (half of a UTF-16 pair, from a ``\\ud800`` escape) and
    ``text.control_character`` (NUL, ESC, BEL, a byte-order mark, ...).
    """
    if value is None or is_blank(value):
        return None
    found = forbidden_char(value, multi_line=multi_line)
    if found is None:
        return None
    position, char = found
    params = {"char": char_name(char), "position": position}
    if char in LINE_BREAKS and not multi_line:
        return ValidationError("text.line_break", field, **params)
    if char in BIDI_CONTROLS:
        return ValidationError("text.bidi_control", field, **params)
    if unicodedata.category(char) == "Cs":
        return ValidationError("text.surrogate", field, **params)
    return ValidationError("text.control_character", field, **params)


def check_text(
    value: str | None, field: str, *, max_length: int, multi_line: bool = False
) -> ValidationError | None:
    """Length (``too_long``, with the limit) first, then the characters of ``value``."""
    if value is None:
        return None
    if len(value) > max_length:
        return ValidationError("too_long", field, length=len(value), max_length=max_length)
    return check_characters(value, field, multi_line=multi_line)
