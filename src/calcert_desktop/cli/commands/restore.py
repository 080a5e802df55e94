"""``calcert restore FILE``: replace the database with a backup that passes ``check``,
keeping a copy of what it replaces."""

from __future__ import annotations

import argparse
from pathlib import Path

from calcert_desktop.cli.opening import open_data, opened_data

NAME = "restore"
HELP = "przywróć bazę z kopii (obecny stan zostaje zachowany w kopii)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="PLIK", help="plik kopii utworzony poleceniem backup")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import maintenance
    from calcert_desktop.services.context import resolve_actor

    with opened_data(args) as ctx:
        actor = resolve_actor(ctx, args.user)
        safety = maintenance.restore(ctx, actor, Path(args.file))
    # Reopen to bring an older copy up to this version's schema (with its own backup).
    open_data(args).close()
    print(f"Przywrócono bazę danych z {args.file}.")
    print(f"Poprzedni stan zachowano w kopii: {safety}")
    return 0
