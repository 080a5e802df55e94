"""``calcert init``: create or upgrade the database; in a new one, the ``admin`` account
and its password (asked for: there is no default one), and then the database encrypted at
rest with the recovery key shown once, unless ``--no-encryption`` records the office's
choice to keep it plain."""

from __future__ import annotations

import argparse

from calcert_desktop.cli import first_admin, recovery_output
from calcert_desktop.cli.opening import open_data

NAME = "init"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    first_admin.add_arguments(parser)
    parser.add_argument(
        "--no-encryption",
        action="store_true",
        help="nie szyfruj nowej bazy w pliku (np. gdy cały dysk szyfruje BitLocker); wybór "
        "zapisuje się w ustawieniu encrypt_at_rest",
    )
    recovery_output.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import encryption, people

    sheet = recovery_output.sheet_target(args)
    ctx = open_data(args, create=True)
    paths = ctx.paths
    try:
        created = people.ensure_admin(ctx)
        print(f"Baza danych gotowa: {ctx.db.location.shown()}")
        if created:
            print("Utworzono konto administratora: admin.")
        admin = first_admin.give(ctx, args)
        if admin is None or not encryption.due(ctx, admin):
            return 0
        if args.no_encryption:
            print(encryption.keep_plain(ctx, admin))
            return 0
        done = encryption.encrypt_installation(ctx, admin)
    finally:
        ctx.close()
    recovery_output.show(paths, done, sheet)
    return 0
