"""Text for a terminal: data never reaches it with its control characters intact.

A name holding ``ESC [2J`` would clear the screen of whoever lists the cases, a right-to-left
override would show other text than stored. Such characters are printed escaped, as Python
writes them (``\\x1b``, ``\\u202e``); Polish letters, emoji and quotes stay as they are.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from typing import Any, TextIO

from calcert_desktop.domain.text_rules import BIDI_CONTROLS

_ESCAPED_FORMAT = BIDI_CONTROLS | frozenset("\ufeff\ufff9\ufffa\ufffb")


def _needs_escape(char: str, keep: str) -> bool:
    if char in keep:
        return False
    category = unicodedata.category(char)
    return category in ("Cc", "Cs", "Zl", "Zp") or char in _ESCAPED_FORMAT


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def printable(value: object, *, multi_line: bool = False) -> str:
    """``value`` as text safe for a terminal; ``multi_line`` keeps line breaks and tabs."""
    text = str(value)
    keep = "\n\t" if multi_line else ""
    if not any(_needs_escape(char, keep) for char in text):
        return text
    return "".join(_escape(char) if _needs_escape(char, keep) else char for char in text)


def say(value: object = "", *, multi_line: bool = False, file: TextIO | None = None) -> None:
    """Print one line of output (``multi_line``: a text that may span lines) escaped."""
    print(printable(value, multi_line=multi_line), file=file or sys.stdout)


def print_json(data: Any) -> None:
    """Print ``data`` as :func:`json_text`."""
    sys.stdout.write(json_text(data) + "\n")


# What _needs_escape(char, "\n") finds, as one pattern (a per-character loop over a long JSON
# text cost half of ``show --json``): Cc is U+0000-U+001F and U+007F-U+009F, Cs the
# surrogates, Zl U+2028, Zp U+2029; tests/cli/test_terminal_output.py checks every code point.
_JSON_ESCAPED = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029"
    + "".join(sorted(_ESCAPED_FORMAT))
    + "]"
)


def json_text(data: Any) -> str:
    """``data`` as indented JSON whose strings hold no raw terminal control characters.

    ``json.dumps`` escapes U+0000–U+001F itself; DEL, the C1 controls (U+009B is a one-byte
    CSI), line separators and direction overrides are escaped here as ``\\u009b``.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_ESCAPED.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def prepare_streams() -> None:
    """UTF-8 for redirected output, and never a failure on a character.

    Redirected output on Windows would use the ANSI code page, which lacks some of our
    characters (→, „): files and pipes get UTF-8; a console keeps its encoding, and a
    character it cannot show is replaced. A windowed program has no streams at all (None).
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        if stream.isatty():
            reconfigure(errors="replace")
        else:
            reconfigure(encoding="utf-8", errors="replace")
