"""Polish for argparse's own words ("usage:", "the following arguments are required"...).

argparse looks its messages up through ``argparse._`` (gettext) at call time, so giving
that name a Polish catalogue translates help and usage errors without touching argparse.
"""

from __future__ import annotations

import argparse

POLISH: dict[str, str] = {
    "usage: ": "Użycie: ",
    "positional arguments": "argumenty",
    "options": "opcje",
    "optional arguments": "opcje",
    "show this help message and exit": "pokaż tę pomoc i zakończ",
    "the following arguments are required: %s": "brakuje wymaganych argumentów: %s",
    "unrecognized arguments: %s": "nieznane argumenty: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "nieprawidłowy wybór: %(value)r (dostępne: %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "oczekiwano jednej wartości",
    "expected at least one argument": "oczekiwano co najmniej jednej wartości",
    "one of the arguments %s is required": "wymagany jest jeden z argumentów: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "nieznane polecenie %(parser_name)r (dostępne: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "nieprawidłowa wartość %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: błąd: %(message)s\n",
    "not allowed with argument %s": "nie można użyć razem z %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "niejednoznaczna opcja: %(option)s pasuje do %(matches)s"
    ),
}


def _polish(message: str) -> str:
    return POLISH.get(message, message)


def install() -> None:
    """Make argparse speak Polish."""
    argparse._ = _polish  # type: ignore[attr-defined]
