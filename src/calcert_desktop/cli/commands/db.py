"""``calcert db SUBCOMMAND``: the database itself (copying it between SQLite and a
PostgreSQL server, ...). The subcommands are modules of :mod:`calcert_desktop.cli.db_commands`,
listed in its ``MODULES``: a new one is a module there and one line in that list."""

from __future__ import annotations

import argparse

from calcert_desktop.cli import db_commands
from calcert_desktop.cli.commands import description

NAME = "db"
HELP = "baza danych: kopiowanie między plikiem SQLite a serwerem PostgreSQL"
DESCRIPTION = (
    "Operacje na samej bazie danych: gdzie jest i przeniesienie jej zawartości (np. z pliku "
    "SQLite tego komputera na serwer PostgreSQL biura)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="db_command", metavar="POLECENIE", title="polecenia",
                                required=True)  # fmt: skip
    for module in db_commands.MODULES:
        command = db_commands.load(module)
        p = sub.add_parser(command.NAME, help=command.HELP, description=description(command))
        command.add_arguments(p)


def run(args: argparse.Namespace) -> int:
    module = db_commands.module_name(args.db_command)
    assert module is not None  # argparse accepted it: one of ours
    return int(db_commands.load(module).run(args) or 0)
