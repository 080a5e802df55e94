"""A value typed into a list filter (a voivodeship, an institution type, a state) matched to
its code without regard to case or Polish letters; an unknown value is named in Polish with
the nearest known value suggested."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.polish_text import fold


def suggestion(value: str, choices: Mapping[str, str]) -> str | None:
    """The label of the known value nearest to ``value`` (folded), or ``None``."""
    folded = fold(value)
    names: dict[str, str] = {}
    for code, label in choices.items():
        names.setdefault(fold(label), label)
        names.setdefault(fold(code), label)
    close = difflib.get_close_matches(folded, list(names), n=1, cutoff=0.6)
    if close:
        return names[close[0]]
    prefixed = [label for name, label in names.items() if folded and name.startswith(folded)]
    return prefixed[0] if len(set(prefixed)) == 1 else None


def resolve(value: str, choices: Mapping[str, str], what: str) -> str:
    """The code of ``value`` among ``choices`` (code → Polish label), matched by code or by
    label, case- and diacritics-insensitive. ``what`` is the noun in the genitive
    ("województwa"); an unknown value raises a ValidationError naming it."""
    folded = fold(value)
    for code, label in choices.items():
        if folded in (fold(code), fold(label)):
            return code
    near = suggestion(value, choices)
    if near is not None:
        raise ValidationError("filter.unknown_value", None, what=what, value=value, near=near)
    known = ", ".join(f"„{label}”" for label in choices.values())
    raise ValidationError("filter.unknown_no_match", None, what=what, value=value, known=known)
