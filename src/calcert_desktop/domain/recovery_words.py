"""The office's recovery key as 24 words (BIP-39's English list, through ``mnemonic``): easy
to write down, checked when typed back (the last word carries a checksum)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from calcert_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from mnemonic import Mnemonic

_LANGUAGE = "english"


def _mnemonic() -> Mnemonic:  # imported when needed: the list is read from a file
    from mnemonic import Mnemonic

    return Mnemonic(_LANGUAGE)


def to_words(key: bytes) -> list[str]:
    """The 24 words of a 32-byte recovery key."""
    return _mnemonic().to_mnemonic(key).split()


def from_words(text: str) -> bytes:
    """The recovery key the words typed back stand for (any spacing, any case); a Polish
    ValidationError when they are not 24 words of the list with a right checksum."""
    words = text.lower().split()
    helper = _mnemonic()
    if len(words) != 24 or not helper.check(" ".join(words)):
        raise ValidationError("data_key.bad_words", "recovery")
    return bytes(helper.to_entropy(" ".join(words)))


def grouped(words: list[str]) -> str:
    """The words in six numbered lines of four, as printed and shown."""
    return "\n".join(
        " ".join(f"{i + 1:2}. {w}" for i, w in enumerate(words) if i // 4 == row)
        for row in range(6)
    )
