"""The subcommands of ``calcert db`` (the database itself: where it is, copying it), one
module each, as :mod:`calcert_desktop.cli.commands` holds the commands.

:data:`MODULES` is the one list of them, in the order ``calcert db --help`` shows them. Each
module holds ``NAME``, ``HELP`` (optionally ``DESCRIPTION``), ``add_arguments(parser)`` and
``run(args) -> int``, and imports at its top only the standard library, ``domain/`` and the
helpers of ``cli/``: the services load inside ``run``.
"""

from __future__ import annotations

import argparse

from calcert_desktop.cli import commands
from calcert_desktop.cli.commands import Command
from calcert_desktop.cli.terminal import say
from calcert_desktop.paths import DataPaths, resolve_data_dir

MODULES: tuple[str, ...] = ("status", "connect", "disconnect", "init", "copy")


def module_name(command: str) -> str | None:
    """The module of the subcommand typed as ``command``, or None if no such."""
    return commands.module_name(command, MODULES)


def load(module: str) -> Command:
    """The subcommand module ``module`` (one of :data:`MODULES`), imported now."""
    return commands.load(module, __name__, MODULES)


def data_paths(args: argparse.Namespace) -> DataPaths:
    """The data folder the command acts on (``--data-dir``, ``--database``)."""
    return resolve_data_dir(args.data_dir, getattr(args, "database", None))


def say_lines(text: str) -> None:
    """``text`` line by line, each as the terminal can show it."""
    for line in text.splitlines():
        say(line)
