"""The options that come before any command (``--data-dir``, ``--database``, ``--user``
with the password options, ``--debug``, ``--version``), and telling them from the command
that follows."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

from calcert_desktop import __version__
from calcert_desktop.cli import argparse_pl, passwords

USER_ENV = "CALCERT_USER"


def add_to(parser: argparse.ArgumentParser) -> None:
    """Add the global options to ``parser``."""
    parser.add_argument(
        "--version",
        action="version",
        version=f"CALcert Desktop {__version__}",
        help="pokaż wersję programu i zakończ",
    )
    parser.add_argument(
        "--data-dir",
        metavar="KATALOG",
        help="katalog danych (domyślnie folder danych użytkownika; także zmienna CALCERT_DATA_DIR)",
    )
    parser.add_argument(
        "--database",
        metavar="ADRES",
        help="baza danych: postgresql://użytkownik@serwer:port/baza albo plik SQLite (także "
        "zmienna CALCERT_DATABASE; domyślnie serwer wskazany przez db connect albo plik w "
        "katalogu danych)",
    )
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        default=os.environ.get(USER_ENV),
        help="Twój login (także zmienna CALCERT_USER); program zapyta o hasło",
    )
    passwords.add_to(parser)
    parser.add_argument(
        "--debug", action="store_true", help="przy błędzie pokaż pełny ślad wyjątku"
    )


def split(arguments: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """The global options, and the rest: the command with its arguments (empty: no command).

    A mistake in the global options (``--data-dir`` without a folder) ends the program here
    with argparse's Polish usage error (exit code 2); ``--version`` answers here too.
    """
    argparse_pl.install()
    first = argparse.ArgumentParser(prog="calcert", add_help=False)
    add_to(first)
    return first.parse_known_args(list(arguments))
