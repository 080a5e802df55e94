"""``calcert db status``: which database this installation uses (its own SQLite file or the
office's PostgreSQL server) and the state of its schema."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.db_commands import data_paths, say_lines

NAME = "status"
HELP = "pokaż, z jakiej bazy korzysta ta instalacja, i jej stan"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options of its own


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import database_choice

    where = database_choice.current(data_paths(args))
    kind = "plik SQLite w tym komputerze" if where.is_sqlite else "serwer PostgreSQL"
    print(f"Baza danych: {kind}")
    say_lines(database_choice.probe(where).describe())
    return 0
