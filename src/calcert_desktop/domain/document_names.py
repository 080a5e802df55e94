"""The file names of generated documents, as a person reads them in a folder or an e-mail:
``Odmowa CAL-2026-0044 Ośrodek Pomocy Społecznej w Łańcucie 2026-12-04.pdf``.

What the document is, the case number, the institution and the day, with Polish letters
kept; safe to write on Windows (no forbidden characters, no reserved device names, no
trailing dot or space) and short enough for a folder several levels deep (a long
institution's name is shortened, never the number or the date); unique among the names
already taken (`` (2)``, `` (3)`` before the extension).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from calcert_desktop.domain.attachment_rules import safe_file_name

# Characters of the whole name, extension included: with a year's folder it fits the stored
# column (255), and a copy saved in a typical Windows folder stays well within MAX_PATH.
MAX_NAME_CHARS = 120
SUFFIX = ".pdf"
ELLIPSIS = "…"


def _readable(text: str) -> str:
    """``text`` with what Windows forbids made readable first: straight double quotes as
    Polish quotes, slashes and bars as hyphens, a colon as a dash; the rest is
    :func:`safe_file_name`'s."""
    out: list[str] = []
    opened = False
    for ch in text:
        if ch == '"':
            out.append("”" if opened else "„")
            opened = not opened
        elif ch in "/\\|":
            out.append("-")
        elif ch == ":":
            out.append(" –")
        elif ch in "<>?*":
            out.append(" ")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def _shortened(text: str, room: int) -> str:
    if len(text) <= room:
        return text
    if room <= len(ELLIPSIS):
        return ""
    return text[: room - len(ELLIPSIS)].rstrip(" .,-–") + ELLIPSIS


def document_file_name(
    title: str, reference: str, institution: str, on: date, taken: Collection[str] = ()
) -> str:
    """The name of a generated document's file: ``title`` (what it is, e.g. "Odmowa"), the
    case's number (its slashes as hyphens), the institution's name and the day; the first
    free one of ``name.pdf``, ``name (2).pdf``, … among ``taken``."""
    head = _readable(f"{title} {reference}")
    tail = on.isoformat()
    name = _readable(institution)
    for number in range(1, len(taken) + 2):
        extra = "" if number == 1 else f" ({number})"
        room = MAX_NAME_CHARS - len(head) - len(tail) - len(extra) - len(SUFFIX) - 2
        parts = [head, _shortened(name, max(room, 0)), tail]
        candidate = safe_file_name(" ".join(p for p in parts if p) + extra + SUFFIX, "dokument.pdf")
        if candidate not in taken:
            return candidate
    raise AssertionError("unreachable: one of len(taken) + 1 names is free")


SIGNED_MARK = "podpisany"
_SIGNED_TAIL = re.compile(rf" \({SIGNED_MARK}(?: \d+)?\)$")


def signed_file_name(unsigned: str, taken: Collection[str] = ()) -> str:
    """The name of a signed copy of the document ``unsigned`` (a file name):
    ``… (podpisany).pdf``, then ``… (podpisany 2).pdf``, … among ``taken``; a signed copy
    signed again keeps one mark. It may pass :data:`MAX_NAME_CHARS` by the mark's length."""
    stem = _SIGNED_TAIL.sub("", unsigned.removesuffix(SUFFIX).removesuffix(SUFFIX.upper()))
    for number in range(1, len(taken) + 2):
        mark = SIGNED_MARK if number == 1 else f"{SIGNED_MARK} {number}"
        candidate = safe_file_name(f"{stem} ({mark}){SUFFIX}", f"dokument ({mark}).pdf")
        if candidate not in taken:
            return candidate
    raise AssertionError("unreachable: one of len(taken) + 1 names is free")
