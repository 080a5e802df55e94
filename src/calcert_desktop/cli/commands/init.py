"""``calcert init``: create or upgrade the database, with the ``admin`` account in an empty
one."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.opening import opened_data

NAME = "init"
HELP = "utwórz lub zaktualizuj bazę danych"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No arguments: the data folder is the global ``--data-dir``."""


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import people

    with opened_data(args, create=True) as ctx:
        created = people.ensure_admin(ctx)
        print(f"Baza danych gotowa: {ctx.db.location.shown()}")
        if created:
            print("Utworzono konto administratora: admin (dodaj kolejne osoby: calcert add-user).")
    return 0
