"""``calcert``: the command line over the same services as the desktop app.

Exit codes: 0 success, 1 a refused action or invalid input (one Polish line on stderr),
2 wrong usage, 130 interrupted. Tracebacks only with ``--debug``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from calcert_desktop import __version__
from calcert_desktop.cli import argparse_pl, commands
from calcert_desktop.domain.errors import DomainError

USER_ENV = "CALCERT_USER"


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: global options, then one subcommand."""
    argparse_pl.install()
    parser = argparse.ArgumentParser(
        prog="calcert",
        description=(
            "CALcert Desktop — obsługa Certyfikatu Jakości Centrum Aktywności Lokalnej. "
            "Bez polecenia otwiera aplikację okienkową."
        ),
    )
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
        "--user",
        metavar="LOGIN",
        default=os.environ.get(USER_ENV),
        help="osoba, w której imieniu działasz (także zmienna CALCERT_USER)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="przy błędzie pokaż pełny ślad wyjątku"
    )
    sub = parser.add_subparsers(dest="command", metavar="POLECENIE", title="polecenia")
    commands.register(sub)
    return parser


def _text_streams() -> None:
    # Redirected output on Windows would use the ANSI code page, which lacks some of our
    # characters (→, „): write UTF-8 to files and pipes, and never fail on a character.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        if stream.isatty():
            reconfigure(errors="replace")
        else:
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    _text_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from calcert_desktop.ui.app import run  # Qt loads only for the desktop app

        return run(args.data_dir, args.user)
    try:
        return int(args.handler(args) or 0)
    except DomainError as error:
        if args.debug:
            raise
        print(f"błąd: {error.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error of ours.
        sys.stdout = open(os.devnull, "w")
        return 0
    except KeyboardInterrupt:
        print("Przerwano.", file=sys.stderr)
        return 130
    except Exception as error:  # the last line of defence: one line, never a traceback
        if args.debug:
            raise
        print(commands.unexpected_message(error), file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
