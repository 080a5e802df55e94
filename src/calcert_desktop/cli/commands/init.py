"""``calcert init``: create or upgrade the database; in a new one, the ``admin`` account
and its password (asked for: there is no default one)."""

from __future__ import annotations

import argparse

from calcert_desktop.cli import first_admin
from calcert_desktop.cli.opening import opened_data

NAME = "init"
HELP = "utwórz lub zaktualizuj bazę danych (i ustaw hasło pierwszego administratora)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    first_admin.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import people

    with opened_data(args, create=True) as ctx:
        created = people.ensure_admin(ctx)
        print(f"Baza danych gotowa: {ctx.db.location.shown()}")
        if created:
            print("Utworzono konto administratora: admin.")
        first_admin.give(ctx, args)
    return 0
