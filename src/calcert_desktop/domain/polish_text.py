"""Polish search folding and sort keys, without Qt or a locale (see design.md)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from anyascii import anyascii

# The 32-letter Polish alphabet, with q, v and x in their Latin places for foreign words.
_ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"
_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}


def normalize(text: str) -> str:
    """NFC-normalise user text, so 'ą' typed in two code points compares equal to one."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Diacritics- and case-insensitive form for search: 'Łódź' -> 'lodz'."""
    text = normalize(text)
    ascii_text = text if text.isascii() else "".join(map(_ascii_char, text))
    return " ".join(ascii_text.lower().split())


@lru_cache(maxsize=4096)
def _ascii_char(char: str) -> str:
    """One character transliterated (anyascii reads a string a character at a time, in
    Python: remembered, a character costs a lookup)."""
    return anyascii(char)


def _base_letter(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[0] if decomposed else char


def sort_key(text: str) -> str:
    """A string whose plain (binary) order is Polish alphabetical order.

    Each character becomes two characters: letters their rank in the Polish alphabet
    (other accented letters fall back to their base letter), digits and spaces sort first.
    Case is ignored. The key is ASCII-safe, so SQL ``ORDER BY`` on it is Polish order.
    """
    return "".join(map(_char_key, normalize(text).lower()))


@lru_cache(maxsize=4096)
def _char_key(char: str) -> str:
    """One (lower-case) character's two characters of :func:`sort_key`."""
    if char in _RANK:
        rank = _RANK[char] + 20
    else:
        base = _base_letter(char)
        if base in _RANK:
            rank = _RANK[base] + 20
        elif char.isdigit():
            rank = 10 + int(char) if char in "0123456789" else 9
        elif char.isspace():
            rank = 1
        else:
            rank = 5
    return chr(0x30 + rank // 64) + chr(0x30 + rank % 64)
