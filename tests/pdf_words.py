"""Text read back from our PDFs as the words were written: a word that Polish hyphenation
broke at a line's end ("Aktywno-" / "ści") is joined again, so that tests can look for
phrases wherever the layout broke them. A hyphen followed by a capital (a compound such as
"Świętochłowice-Źródła") is kept."""

from __future__ import annotations

import re

_BROKEN = re.compile(r"(\w)-\n(?=[a-ząćęłńóśźż])")


def joined(text: str) -> str:
    return _BROKEN.sub(r"\1", text)
