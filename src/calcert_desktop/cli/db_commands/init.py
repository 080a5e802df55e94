"""``calcert db init``: create or upgrade the schema of the database this installation uses
(on a server: the same Alembic migrations as in a file)."""

from __future__ import annotations

import argparse

from calcert_desktop.cli import first_admin
from calcert_desktop.cli.db_commands import data_paths, say_lines
from calcert_desktop.cli.opening import opened_data

NAME = "init"
HELP = "utwórz lub zaktualizuj schemat bazy (na serwerze: te same migracje co w pliku)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    first_admin.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import database_choice

    done = database_choice.initialise(data_paths(args))
    before = done.before.state
    if before == "empty":
        print("Utworzono schemat bazy danych.")
    elif before == "older":
        print(f"Zaktualizowano schemat bazy danych "
              f"({done.before.revision} → {done.after.revision}).")  # fmt: skip
    else:
        print("Schemat bazy danych jest aktualny — nic nie zmieniono.")
    say_lines(done.after.describe())
    if done.admin_created:
        print("Utworzono konto administratora: admin.")
    with opened_data(args, sweep=False) as ctx:
        first_admin.give(ctx, args)
    return 0
