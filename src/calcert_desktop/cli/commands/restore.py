"""``calcert restore FILE``: replace the database with a backup that passes ``check``,
keeping a copy of what it replaces (a SQLite file, or on a server pg_dump's archive or a
SQLite file), and saying what was restored into what."""

from __future__ import annotations

import argparse
from pathlib import Path

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import open_data, opened_data
from calcert_desktop.cli.terminal import say

NAME = "restore"
DESCRIPTION = (
    "Zastępuje bazę danych kopią z polecenia backup, gdy kopia przejdzie pełne sprawdzenie "
    "(jak calcert check); obecny stan zostaje najpierw zachowany w kopii. Baza w pliku SQLite "
    "przyjmuje plik SQLite. Baza na serwerze PostgreSQL przyjmuje archiwum pg_dump (z serwera "
    "tej samej lub starszej wersji; potrzebny pg_restore) albo plik SQLite — w jednej "
    "transakcji: błąd pozostawia bazę bez zmian."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="PLIK", help="plik kopii utworzony poleceniem backup")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import maintenance

    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        done = maintenance.restore(ctx, actor, Path(args.file))
    # Reopen to bring an older copy up to this version's schema (with its own backup).
    open_data(args).close()
    kind = (f"archiwum pg_dump z serwera PostgreSQL {done.made_on}"
            if done.kind == "pg_archive" else "plik SQLite")  # fmt: skip
    say(f"Przywrócono bazę danych z {args.file}.")
    say(f"Rodzaj kopii: {kind}; baza danych: {done.into}.")
    say(f"Poprzedni stan zachowano w kopii: {done}")
    return 0
