"""``calcert db SUBCOMMAND``: the database itself (which one this installation uses, its
schema, copying it between SQLite and a PostgreSQL server). The subcommands are modules
of :mod:`calcert_desktop.cli.db_commands`, listed in its ``MODULES``: a new one is a module
there and one line in that list."""

from __future__ import annotations

import argparse

from calcert_desktop.cli import db_commands
from calcert_desktop.cli.commands import description

NAME = "db"
DESCRIPTION = (
    "Wybór bazy danych i operacje na niej: domyślnie plik SQLite w katalogu danych; biuro z "
    "kilkoma komputerami wskazuje wspólny serwer PostgreSQL (db connect), a dane przenosi na "
    "niego poleceniem db copy. Hasło do serwera trafia do menedżera haseł systemu, nigdy do "
    "zwykłego pliku. Skrypty mogą podać bazę opcją --database albo zmienną CALCERT_DATABASE."
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
