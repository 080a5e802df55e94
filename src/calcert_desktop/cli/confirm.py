"""Acts the core only warns of (a second open case of the same institution): done with
``--confirm``, or after a question when a person types at a terminal; otherwise refused in
one Polish line naming the option, with nothing written (the core wrote nothing either)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TypeVar

from calcert_desktop.cli.terminal import printable, say
from calcert_desktop.domain.errors import DomainError, NeedsConfirmation
from calcert_desktop.domain.polish_text import fold

T = TypeVar("T")

FLAG = "--confirm"
HELP = (
    "wykonaj mimo ostrzeżenia (np. gdy ta sama instytucja ma już otwartą sprawę); bez tej "
    "opcji program pyta, a gdy nie może zapytać, nie wykonuje czynności"
)
YES = frozenset({"t", "tak", "y", "yes"})


def add_option(parser: argparse.ArgumentParser) -> None:
    """The ``--confirm`` option of a command whose act may need confirming."""
    parser.add_argument(FLAG, dest="confirm", action="store_true", help=HELP)


def at_terminal() -> bool:
    """True when a person can answer a question (standard input is a terminal)."""
    return sys.stdin is not None and sys.stdin.isatty()


def ask(warning: str) -> bool:
    """Show the warning and ask whether to go on (on stderr, so stdout stays the result)."""
    say(f"uwaga: {warning}", file=sys.stderr)
    sys.stderr.write(printable("Wykonać mimo to? [t/N]: "))
    sys.stderr.flush()
    answer = sys.stdin.readline()
    if not answer.endswith("\n"):  # end of input (Ctrl+D): the terminal echoed no new line
        sys.stderr.write("\n")
    return fold(answer) in YES


def run_confirmed(act: Callable[[bool], T], confirm: bool) -> T:
    """``act(confirmed)``: confirmed at once with ``confirm``; otherwise, when the core
    warns, asked at a terminal and repeated confirmed on "t", refused without a terminal."""
    try:
        return act(confirm)
    except NeedsConfirmation as warning:
        if confirm:
            raise
        if not at_terminal():
            raise DomainError("cli.confirm_needed", warning=warning.message, flag=FLAG) from None
        if not ask(warning.message):
            raise DomainError("cli.not_confirmed") from None
    return act(True)
