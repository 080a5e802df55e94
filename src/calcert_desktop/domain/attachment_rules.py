"""What an attachment file may be: its types, its size and a file name that is safe to write
on any office's computer (Windows too, where names like ``CON`` or ``raport.pdf.`` misbehave).

The limits themselves are in :mod:`limits` with every other bound; the rules live here
once, so the command line (``declare``) and the GUI wizard refuse the same files with the
same message.
"""

from __future__ import annotations

import re
import unicodedata

from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.limits import MAX_ATTACHMENT_MB, MAX_FILE_NAME_BYTES

MAX_MB = MAX_ATTACHMENT_MB
MAX_BYTES = MAX_MB * 1024 * 1024

# Extension (lower case) -> the content type it promises (see :mod:`file_types`).
FILE_TYPES: dict[str, str] = {
    ".pdf": "pdf",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".png": "png",
    ".tif": "tiff",
    ".tiff": "tiff",
    ".doc": "doc",
    ".docx": "docx",
    ".odt": "odt",
    ".rtf": "rtf",
    ".txt": "txt",
}
ALLOWED_TEXT = ", ".join(FILE_TYPES)

# Linux and macOS limit a name to 255 bytes of UTF-8, Windows to 255 UTF-16 units: the
# byte limit is the stricter (a Polish letter takes two bytes, one unit).
MAX_NAME_BYTES = MAX_FILE_NAME_BYTES

# Windows opens a device instead of a file for these stems, whatever the extension.
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)
_FORBIDDEN_CHARS = '<>:"/\\|?*'
# Cc control, Cf format (bidi overrides U+202E, zero-width, BOM), Zl/Zp line and paragraph
# separators, Cs lone surrogates, Co private use: invisible or misleading in a file name.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co"})
_NEUTRAL = "_"


def _hidden(char: str) -> bool:
    return unicodedata.category(char) in _HIDDEN_CATEGORIES


def visible(text: str) -> str:
    """``text`` with invisible characters written as ``\\u202e``, for messages."""
    return "".join(f"\\u{ord(c):04x}" if _hidden(c) else c for c in text)


def _stem(name: str) -> str:
    # Windows ignores what follows the first dot and trailing spaces when it spots a device.
    return name.split(".", 1)[0].rstrip(" ").upper()


def name_problem(name: str) -> str | None:
    """Why ``name`` is not a safe file name (a Polish clause), or ``None`` when it is."""
    hidden = [c for c in name if _hidden(c)]
    if hidden:
        return (
            "zawiera niewidoczny znak sterujący lub odwracający kierunek tekstu "
            f"(U+{ord(hidden[0]):04X})"
        )
    bad = [c for c in name if c in _FORBIDDEN_CHARS]
    if bad:
        return f"zawiera znak {bad[0]}, niedozwolony w nazwach plików (< > : \" / \\ | ? *)"
    if name.strip(" .") == "":
        return "nie zawiera żadnej litery ani cyfry"
    if name != name.rstrip(". "):
        return "kończy się kropką lub spacją (Windows by je usunął)"
    if _stem(name) in _RESERVED:
        return f"zaczyna się od nazwy urządzenia zastrzeżonej w systemie Windows ({_stem(name)})"
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        return (
            f"jest za długa (liczba znaków: {len(name)}; najwyżej {MAX_NAME_BYTES}, "
            "a z polskimi literami mniej)"
        )
    return None


def check_attachment_name(value: str | None, field: str) -> ValidationError | None:
    """``attachment.name_unsafe`` when ``value`` could not be written as a file on every
    system, or could mislead (a hidden bidi override makes ``raport\\u202efdp.exe`` look
    like ``raportexe.pdf``). An empty value passes (see ``check_required``)."""
    if not value:
        return None
    problem = name_problem(value)
    if problem is None:
        return None
    return ValidationError("attachment.name_unsafe", field, value=visible(value), problem=problem)


def file_type_of(name: str) -> str | None:
    """The content type ``name``'s extension promises, or ``None`` for any other extension."""
    dot = name.rfind(".")
    return FILE_TYPES.get(name[dot:].lower()) if dot > 0 else None


def _shorten(name: str, fallback: str) -> str:
    dot = name.rfind(".")
    # Keep a short extension: the system viewer chooses the program by it.
    stem, suffix = (name[:dot], name[dot:]) if 0 < dot and len(name) - dot <= 16 else (name, "")
    while stem and len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1].rstrip(". ")
    return (stem or fallback) + suffix


def safe_file_name(name: str, fallback: str = "zalacznik") -> str:
    """``name`` made safe to write anywhere: hidden characters dropped, forbidden ones
    replaced, trailing dots and spaces removed, reserved device names prefixed, shortened."""
    text = "".join(c for c in name if not _hidden(c))
    text = "".join(_NEUTRAL if c in _FORBIDDEN_CHARS else c for c in text)
    text = re.sub(r"\s+", " ", text).strip(" ").rstrip(". ")
    if not text.strip("."):
        text = fallback
    if _stem(text) in _RESERVED:
        text = _NEUTRAL + text
    return _shorten(text, fallback)
