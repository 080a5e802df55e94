"""Hard bounds on a declaration's raw data, checked before anything else looks at it.

600,000 attachment entries or a 50 MB name must be refused before the schema check walks
them (which would take minutes and gigabytes). The limits are in
:mod:`calcert_desktop.domain.limits`; the form's own, smaller field lengths are checked later
with the values (:mod:`calcert_desktop.domain.declaration_checks`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from calcert_desktop.domain import limits
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.forms import is_multi_line


def _pattern(path: list[str | int]) -> str:
    """The path as a key of :data:`limits.DECLARATION_COUNTS` (a standard's code -> ``*``)."""
    parts = [str(part) for part in path]
    if len(parts) >= 2 and parts[0] in ("standards", "eligibility"):
        parts[1] = "*"
    return ".".join(parts)


def _dotted(path: list[str | int]) -> str:
    return ".".join(str(part) for part in path)


def bound_errors(data: Any) -> list[ValidationError]:
    """The first size or count over its limit, as a one-item list (empty when all fit).

    Walks without recursion; the JSON reader already bounded the nesting depth, but a
    dict built in code (the GUI's draft) did not pass through it.
    """
    pending: list[tuple[list[str | int], Any]] = [([], data)]
    while pending:
        path, node = pending.pop()
        error = _node_error(path, node)
        if error is not None:
            return [error]
        if isinstance(node, Mapping):
            pending.extend(([*path, key], value) for key, value in node.items())
        elif isinstance(node, list | tuple):
            pending.extend(([*path, index], value) for index, value in enumerate(node))
    return []


def _node_error(path: list[str | int], node: Any) -> ValidationError | None:
    if len(path) > limits.MAX_JSON_DEPTH:
        return ValidationError("json.too_deep", _dotted(path), max_depth=limits.MAX_JSON_DEPTH)
    if isinstance(node, str):
        field = _dotted(path)
        multi = is_multi_line(field)
        cap = limits.MAX_MULTI_LINE_CHARS if multi else limits.MAX_ONE_LINE_CHARS
        if len(node) > cap:
            return ValidationError("too_long", field, length=len(node), max_length=cap)
        return None
    if isinstance(node, Mapping | list | tuple):
        cap = limits.DECLARATION_COUNTS.get(_pattern(path), limits.MAX_OTHER_ENTRIES)
        if not path:
            cap = limits.MAX_OTHER_ENTRIES
        if len(node) > cap:
            field = _dotted(path) or None
            return ValidationError("too_many", field, count=len(node), max_count=cap)
        if isinstance(node, Mapping):
            for key in node:
                if isinstance(key, str) and len(key) > limits.MAX_KEY_CHARS:
                    return ValidationError(
                        "too_long",
                        _dotted([*path, key[: limits.MAX_KEY_CHARS] + "…"]),
                        length=len(key),
                        max_length=limits.MAX_KEY_CHARS,
                    )
    return None
