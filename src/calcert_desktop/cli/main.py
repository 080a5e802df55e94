"""``calcert COMMAND``: the command line over the same services as the desktop app.

Exit codes: 0 success, 1 a refused action or invalid input (one Polish line on stderr),
2 wrong usage, 130 interrupted. Tracebacks only with ``--debug``. Which front end a start
opens (no command: the window) is decided before, in :mod:`calcert_desktop.launch`; called
without a command, this prints the help.

Only the command being run is imported (:mod:`calcert_desktop.cli.commands`), and the
services only when it runs: ``calcert --help`` loads neither SQLAlchemy nor Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from calcert_desktop.cli import commands, global_options
from calcert_desktop.cli.terminal import prepare_streams, say
from calcert_desktop.domain.errors import DomainError


def build_parser(rest: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The command line: global options, then one command.

    ``rest`` is what follows the global options. When it starts with a command, only that
    command's module is loaded, with its arguments; otherwise (help, a mistyped command)
    every command is listed from :data:`commands.COMMANDS`, no command module loaded.
    """
    parser = argparse.ArgumentParser(
        prog="calcert",
        description=(
            "CALcert Desktop — obsługa Certyfikatu Jakości Centrum Aktywności Lokalnej. "
            "Bez polecenia otwiera aplikację okienkową."
        ),
    )
    global_options.add_to(parser)
    sub = parser.add_subparsers(dest="command", metavar="POLECENIE", title="polecenia")
    chosen = commands.module_name(rest[0]) if rest else None
    if chosen is None:  # the list of commands, from the table alone
        for module, line in commands.COMMANDS:
            sub.add_parser(commands.command_name(module), help=line)
        return parser
    command = commands.load(chosen)
    p = sub.add_parser(
        command.NAME,
        help=commands.help_line(command.NAME),
        description=commands.description(command),
    )
    command.add_arguments(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    prepare_streams()
    arguments = list(sys.argv[1:] if argv is None else argv)
    _, rest = global_options.split(arguments)
    parser = build_parser(rest)
    args = parser.parse_args(arguments)
    if args.command is None:
        parser.print_help()
        return 2
    from calcert_desktop.services.data_folder import restrict_umask

    restrict_umask()  # what we write (SQLite's files too) is the user's only
    module = commands.module_name(args.command)
    assert module is not None  # argparse accepted it: one of ours
    try:
        return int(commands.load(module).run(args) or 0)
    except DomainError as error:
        if args.debug:
            raise
        # The message may quote the data (a value with ESC in it): escaped, on one line;
        # a record changed meanwhile adds a line per field where the two versions differ.
        from calcert_desktop.domain.conflicts import ChangedMeanwhile

        if isinstance(error, ChangedMeanwhile):
            say(f"błąd: {error.headline}", file=sys.stderr)
            for line in error.details:
                say(f"  {line}", file=sys.stderr)
            return 1
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
        from calcert_desktop.cli.failures import unexpected_message

        say(unexpected_message(error), file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
