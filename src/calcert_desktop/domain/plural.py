"""Polish plural forms of a counted noun: 1 problem, 2 problemy, 5 problemów, 22 problemy."""

from __future__ import annotations


def plural(count: int, one: str, few: str, many: str) -> str:
    """The form of a noun for ``count``: ``one`` for 1, ``few`` for 2–4 (but not 12–14) and
    for 22–24, 32–34..., ``many`` for the rest (0, 5–21, 25–31...)."""
    n = abs(count)
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def counted(count: int, one: str, few: str, many: str) -> str:
    """``count`` followed by the right form: ``counted(5, "problem", "problemy", "problemów")``
    is ``"5 problemów"``."""
    return f"{count} {plural(count, one, few, many)}"
