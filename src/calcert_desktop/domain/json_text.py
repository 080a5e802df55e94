"""Parsing the JSON a user hands us, refusing what ``json.loads`` lets through.

``json.loads`` keeps the last of two equal keys, reads a 5,000-digit number (then fails
with a ValueError), ``NaN``, escapes of half a UTF-16 pair (``"\\ud800"``), and recurses
until a RecursionError on deep nesting. Here each of these is one :class:`ValidationError`
naming the field (dotted path) or the file, with the limit from
:mod:`calcert_desktop.domain.limits`. Reading the file itself (never a FIFO, a device or a
link, never more than the limit) is :mod:`calcert_desktop.storage.source_files`' job.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from calcert_desktop.domain import limits
from calcert_desktop.domain.errors import ValidationError

FILE_FIELD = "file"
_SURROGATE = re.compile("[\ud800-\udfff]")
# The tokens that matter for nesting: strings (skipped whole), brackets, colons and commas.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}:,]', re.DOTALL)


class _Object(dict[str, Any]):
    """A JSON object that remembers keys it saw twice (the parser keeps only the last)."""

    duplicates: tuple[str, ...] = ()


class _BadNumber:
    """Stands in for a number literal that is too long or not a number (NaN, Infinity)."""

    def __init__(self, literal: str) -> None:
        self.literal = literal


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        repeated: list[str] = []
        for key, _ in pairs:
            if key in seen:
                repeated.append(key)
            seen.add(key)
        result.duplicates = tuple(repeated)
    return result


def _number(kind: type[int] | type[float]) -> Any:
    def parse(literal: str) -> int | float | _BadNumber:
        if len(literal) > limits.MAX_NUMBER_CHARS:
            return _BadNumber(literal)
        value = kind(literal)
        # "1e400" reads as infinity, which JSON cannot write back.
        return _BadNumber(literal) if value in (math.inf, -math.inf) else value

    return parse


def dotted(path: list[str | int]) -> str:
    """A JSON path as the dotted field name the messages use; the file itself at the top."""
    return ".".join(str(part) for part in path) or FILE_FIELD


def decode_json(raw: bytes, source: str) -> Any:
    """The JSON value in the bytes of a file (UTF-8; a byte-order mark from Notepad is
    fine); ``source`` names the file in messages."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError("declaration.not_utf8", FILE_FIELD, path=source) from exc
    return parse_json(text, source)


# --- parsing the text ----------------------------------------------------------------------


def parse_json(text: str, source: str = "<zgłoszenie>") -> Any:
    """The JSON value of ``text``; ``source`` names the file in error messages.

    Raises ``declaration.malformed_json`` for text that is not JSON and one of the
    ``json.*`` / ``text.surrogate`` codes (with the field's path) for what JSON allows but
    we do not.
    """
    _check_depth(text)
    try:
        data = json.loads(
            text,
            object_pairs_hook=_object,
            parse_int=_number(int),
            parse_float=_number(float),
            parse_constant=_BadNumber,
        )
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "declaration.malformed_json",
            FILE_FIELD,
            path=source,
            line=exc.lineno,
            column=exc.colno,
            detail=exc.msg,
        ) from exc
    except RecursionError as exc:  # _check_depth should have caught it; never a traceback
        raise ValidationError(
            "json.too_deep", FILE_FIELD, max_depth=limits.MAX_JSON_DEPTH
        ) from exc
    _check_values(data)
    return data


def _check_depth(text: str) -> None:
    """``json.too_deep`` naming the path where nesting passes the limit (before parsing)."""
    # One frame per open bracket: [kind, key or index]. Malformed text is the parser's job.
    stack: list[list[Any]] = []
    last_string = ""
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0] == '"':
            last_string = token
        elif token == ":" and stack and stack[-1][0] == "{":
            stack[-1][1] = _key(last_string)
        elif token == "," and stack and stack[-1][0] == "[":
            stack[-1][1] += 1
        elif token in "{[":
            if len(stack) >= limits.MAX_JSON_DEPTH:
                path = [frame[1] for frame in stack if frame[1] is not None]
                while path and isinstance(path[-1], int):  # name the field, not [0][0][0]
                    path.pop()
                raise ValidationError(
                    "json.too_deep", dotted(path), max_depth=limits.MAX_JSON_DEPTH
                )
            stack.append([token, None if token == "{" else 0])
        elif token in "}]" and stack:
            stack.pop()


def _key(token: str) -> str:
    try:
        key = json.loads(token)
    except ValueError:
        return token.strip('"')
    return _SURROGATE.sub("?", key) if isinstance(key, str) else token


def _check_values(data: Any) -> None:
    """The first duplicate key, bad number or half surrogate, with its path (no recursion)."""
    pending: list[tuple[list[str | int], Any]] = [([], data)]
    while pending:
        path, node = pending.pop()
        if isinstance(node, _BadNumber):
            too_long = len(node.literal) > limits.MAX_NUMBER_CHARS
            raise ValidationError(
                "json.number_too_long" if too_long else "json.not_a_number",
                dotted(path),
                length=len(node.literal),
                max_length=limits.MAX_NUMBER_CHARS,
                value=node.literal[:20],
            )
        if isinstance(node, str):
            _check_surrogates(node, path)
        elif isinstance(node, dict):
            if getattr(node, "duplicates", ()):
                key = node.duplicates[0]  # type: ignore[attr-defined]
                raise ValidationError("json.duplicate_key", dotted([*path, key]), key=key)
            for key, value in node.items():
                _check_surrogates(key, path)
                pending.append(([*path, key], value))
        elif isinstance(node, list):
            pending.extend(([*path, index], value) for index, value in enumerate(node))


def _check_surrogates(text: str, path: list[str | int]) -> None:
    found = _SURROGATE.search(text)
    if found is not None:
        char = found.group()
        raise ValidationError(
            "text.surrogate",
            dotted(path),
            char=f"U+{ord(char):04X}",
            position=found.start() + 1,
        )
