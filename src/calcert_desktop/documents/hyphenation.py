"""Polish hyphenation for reportlab's paragraphs: LibreOffice's Polish patterns through
pyphen, which reportlab calls for a word that does not fit at the end of a line.

Justified text without it opens wide gaps wherever a long word moves to the next line. A
word never loses fewer than two letters to a line or carries fewer than three to the next
("wy-kluczeniem", never "wykluczenie-m"). reportlab asks only for words of letters alone,
so a one-letter word bound to the next by a no-break space ("w\u00a0Łańcucie", see
:func:`text.markup`) is never broken. Without pyphen (an installation that lacks it)
nothing is hyphenated and the text is still set, only less evenly.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

LANGUAGE = "pl_PL"
MIN_LEFT = 2
MIN_RIGHT = 3


@functools.cache
def _dictionary() -> Any:
    try:
        import pyphen
    except ImportError:  # pragma: no cover - pyphen is a dependency; see the docstring
        return None
    return pyphen.Pyphen(lang=LANGUAGE, left=MIN_LEFT, right=MIN_RIGHT)


def polish(word: str) -> Iterator[tuple[str, str]]:
    """The ways to break ``word`` (as reportlab asks: (first part, rest) pairs, the longest
    first part first)."""
    dictionary = _dictionary()
    if dictionary is not None:
        yield from dictionary.iterate(word)
