"""The rules of a letter's editable wording: which parts it has, which ``{placeholders}``
each part may use, and :func:`check`, which lists every problem of a proposed wording in
Polish (naming the part and what to fix) before anything renders it.

Pure: no database. Each letter module declares its :class:`Wording` next to its built-in
``TEMPLATES`` (so the rules cannot drift from what the module fills); this module only
knows the rules every wording obeys.

Why so strict: the wording is filled with ``str.format_map``, and a format field is a small
language — ``{institution.__class__}`` reads attributes, ``{x[0]}`` indexes, ``{x:>900}``
pads. Only plain names of the declared placeholders pass, so a saved wording can never reach
into the program or make the letter fail halfway.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# A part that is a heading, a title or a signature formula is one line; the body parts
# are paragraphs. The limits are generous for a letter and keep a page from overflowing.
SHORT_LIMIT = 200
LONG_LIMIT = 3000

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class Part:
    """One editable part of a letter: its Polish label, the placeholders it may use, and
    the longest text it takes."""

    label: str
    placeholders: tuple[str, ...] = ()
    max_length: int = SHORT_LIMIT


@dataclass(frozen=True)
class Wording:
    """A letter kind's editable wording: its code and Polish name, its parts in the order
    the editor lists them, the description of every placeholder, and the built-in texts."""

    kind: str
    name: str
    parts: Mapping[str, Part]
    placeholders: Mapping[str, str]  # name -> Polish description ("nazwa instytucji")
    builtin: Mapping[str, str]

    def allowed(self, part: str) -> dict[str, str]:
        """The placeholders ``part`` may use, with their descriptions."""
        return {name: self.placeholders[name] for name in self.parts[part].placeholders}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a proposed wording: the part (its key), a stable code and the
    parameters of its Polish message (see ``domain/messages_templates.py``)."""

    part: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The Polish sentence: the part's label, what is wrong, what to do."""
        from calcert_desktop.domain.messages import render

        return render(self.code, None, self.params)


def normalized_texts(texts: Mapping[str, Any]) -> dict[str, Any]:
    """The texts in NFC with Unix line ends (what is checked is what is stored)."""
    return {
        key: unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
        if isinstance(value, str) else value
        for key, value in texts.items()
    }  # fmt: skip


def fields(text: str) -> list[tuple[str, str]]:
    """The brace problems and the placeholders of ``text``, in order: ``("name", x)`` for a
    well-formed ``{x}``, otherwise ``(code, what)`` with a ``template.*`` problem code.

    Doubled braces ``{{`` ``}}`` are literal braces."""
    found: list[tuple[str, str]] = []
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char in "{}" and text.startswith(char * 2, index):
            index += 2
            continue
        if char == "}":
            found.append(("template.stray_brace", "}"))
            index += 1
            continue
        if char != "{":
            index += 1
            continue
        end = text.find("}", index + 1)
        opening = text.find("{", index + 1)
        if end == -1 or (opening != -1 and opening < end):
            # "{" with no "}" before the next "{" (or the end): report it, read on after it
            found.append(("template.unclosed_brace", text[index : index + 20]))
            index += 1
            continue
        inside = text[index + 1 : end]
        if not inside.strip() or inside.strip().isdigit():
            found.append(("template.positional", "{" + inside + "}"))
        elif not _NAME.fullmatch(inside):
            found.append(("template.not_a_name", "{" + inside + "}"))
        else:
            found.append(("name", inside))
        index = end + 1
    return found


def used_placeholders(text: str) -> set[str]:
    """The placeholder names a (well-formed) text uses."""
    return {what for code, what in fields(text) if code == "name"}


def _braces(value: str) -> str:
    return ", ".join("{" + name + "}" for name in value) if value else "(żadnych)"


def check_part(wording: Wording, key: str, text: Any) -> list[Problem]:
    """The problems of one part's text."""
    part = wording.parts[key]
    label = part.label
    if not isinstance(text, str):
        return [Problem(key, "template.not_text", {"part": label})]
    if not text.strip():
        return [Problem(key, "template.empty_part", {"part": label})]
    problems: list[Problem] = []
    if len(text) > part.max_length:
        problems.append(Problem(key, "template.too_long", {
            "part": label, "length": len(text), "max_length": part.max_length}))  # fmt: skip
    allowed = part.placeholders
    for code, what in fields(text):
        if code != "name":
            problems.append(Problem(key, code, {"part": label, "value": what,
                                                "allowed": _braces(allowed)}))  # fmt: skip
        elif what not in allowed:
            params = {"part": label, "value": "{" + what + "}", "allowed": _braces(allowed)}
            problems.append(Problem(key, "template.unknown_placeholder", params))
    if not problems:
        # Our reading of braces must agree with str.format's; if not, refuse rather than guess.
        try:
            list(string.Formatter().parse(text))
        except ValueError:
            params = {"part": label, "value": text[:20]}
            problems.append(Problem(key, "template.unclosed_brace", params))
    return problems


def check(wording: Wording, texts: Mapping[str, Any]) -> list[Problem]:
    """Every problem of ``texts`` as the wording of ``wording``'s letter, in the order of
    its parts (unknown parts last); an empty list means it may be saved and rendered."""
    texts = normalized_texts(texts)
    problems: list[Problem] = []
    for key, part in wording.parts.items():
        if key not in texts:
            problems.append(Problem(key, "template.missing_part", {"part": part.label}))
        else:
            problems += check_part(wording, key, texts[key])
    known = ", ".join(f"{key} ({part.label})" for key, part in wording.parts.items())
    for key in texts:
        if key not in wording.parts:
            problems.append(Problem(str(key), "template.unknown_part",
                                    {"value": key, "known": known}))  # fmt: skip
    return problems
