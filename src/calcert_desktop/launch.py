"""Where every start begins: without a command the desktop window, with one the command line.

``python -m calcert_desktop``, the installed ``calcert`` script and both frozen programs
(the windowed ``CALcert`` and the console ``calcert-cli``) call :func:`main`. The command
line never imports the GUI; this module imports the one that is asked for.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from calcert_desktop.cli import global_options
from calcert_desktop.cli.terminal import prepare_streams


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window (no command) or run the command; returns the exit code."""
    prepare_streams()
    arguments = list(sys.argv[1:] if argv is None else argv)
    known, rest = global_options.split(arguments)
    package = _package(rest)
    if rest and package is None:
        from calcert_desktop.cli.main import main as command_line

        return command_line(arguments)
    password = None
    if known.user and known.password_fd is not None:  # a script opening the window signed in
        from calcert_desktop.cli.passwords import own_password
        from calcert_desktop.domain.errors import DomainError

        try:
            password = own_password(known, known.user)
        except DomainError as error:
            print(f"błąd: {error.message}", file=sys.stderr)
            return 1
    from calcert_desktop.ui.app import run  # Qt loads only for the window

    return run(known.data_dir, known.user, password, package=package)


def _package(rest: list[str]) -> str | None:
    """The package the program was opened with (a double click on a ``.calpack`` file),
    when that is all it was given."""
    if len(rest) == 1 and rest[0].lower().endswith(".calpack") and not rest[0].startswith("-"):
        return rest[0]
    return None


if __name__ == "__main__":
    raise SystemExit(main())
