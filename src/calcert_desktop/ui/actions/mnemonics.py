"""Keyboard mnemonics for labels built from data: the first free ASCII letter gets the '&'."""

from __future__ import annotations


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with '&' before its first letter not in ``taken`` (which is updated); a text
    with no free letter keeps none. Any '&' already in the text is shown literally."""
    escaped = text.replace("&", "&&")
    for index, char in enumerate(text):
        key = char.lower()
        if key.isascii() and key.isalpha() and key not in taken:
            taken.add(key)
            position = index + text[:index].count("&")
            return escaped[:position] + "&" + escaped[position:]
    return escaped


def capitalized(text: str) -> str:
    """The text with its first letter in upper case (domain labels are lower case)."""
    return text[:1].upper() + text[1:]
