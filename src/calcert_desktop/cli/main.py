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
from calcert_desktop.cli import argparse_pl
from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.services.data_folder import restrict_umask

USER_ENV = "CALCERT_USER"


def _global_options(parser: argparse.ArgumentParser) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: global options, then one subcommand."""
    # the services: not needed by the desktop start
    from calcert_desktop.cli import (
        commands,
        document_commands,
        seal_commands,
        selftest_command,
        template_commands,
    )

    argparse_pl.install()
    parser = argparse.ArgumentParser(
        prog="calcert",
        description=(
            "CALcert Desktop — obsługa Certyfikatu Jakości Centrum Aktywności Lokalnej. "
            "Bez polecenia otwiera aplikację okienkową."
        ),
    )
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="POLECENIE", title="polecenia")
    commands.register(sub)
    document_commands.register(sub)
    template_commands.register(sub)
    seal_commands.register(sub)
    selftest_command.register(sub)
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
    restrict_umask()  # what we write (SQLite's files too) is the user's only
    _text_streams()
    argparse_pl.install()
    arguments = list(sys.argv[1:] if argv is None else argv)
    first = argparse.ArgumentParser(prog="calcert", add_help=False)
    _global_options(first)
    known, rest = first.parse_known_args(arguments)
    if not rest:  # no command: the desktop app (without loading the command line's services)
        from calcert_desktop.ui.app import run

        return run(known.data_dir, known.user)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except DomainError as error:
        if args.debug:
            raise
        # The message may quote the data (a value with ESC in it): escaped, on one line.
        say(f"błąd: {error.message}", file=sys.stderr)
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
        from calcert_desktop.cli.commands import unexpected_message

        say(unexpected_message(error), file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
