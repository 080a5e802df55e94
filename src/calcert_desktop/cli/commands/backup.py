"""``calcert backup -o FILE``: a verified backup of the database (of a SQLite file: a copy of
the file; of a PostgreSQL server: pg_dump's archive, or the program's own SQLite export when
pg_dump is not on this computer), saying what kind of file it wrote and where it restores."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say

if TYPE_CHECKING:
    from calcert_desktop.services.admin.maintenance import BackupMade

NAME = "backup"
DESCRIPTION = (
    "Zapisuje sprawdzoną kopię bazy danych. Baza w pliku SQLite: kopia pliku. Baza na "
    "serwerze PostgreSQL: archiwum pg_dump w formacie własnym, gdy w tym komputerze są "
    "narzędzia klienckie PostgreSQL (pg_dump i pg_restore) w wersji serwera lub nowszej; bez "
    "nich — plik SQLite z całą zawartością bazy (eksport programu). Każda kopia jest "
    "sprawdzana z bazą tabela po tabeli, zanim plik zostanie zapisany pod swoją nazwą."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", "--output", required=True, metavar="PLIK", help="plik kopii (nie może istnieć)"
    )


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import maintenance

    with opened_data(args) as ctx:
        made = maintenance.backup(ctx, acting(ctx, args), Path(args.output))
    say(f"Zapisano sprawdzoną kopię bazy danych: {made}")
    say(describe(made))
    return 0


def describe(made: BackupMade) -> str:
    """What the file is and where it restores, in one sentence."""
    if made.kind == "pg_archive":
        return (f"Rodzaj: archiwum pg_dump w formacie własnym ({made.tool}) bazy serwera "
                f"{made.engine}, schemat {made.revision}. Przywracanie: calcert restore PLIK "
                f"w instalacji połączonej z serwerem PostgreSQL {made.server_major} lub "
                f"nowszym (potrzebny pg_restore {made.server_major} lub nowszy).")  # fmt: skip
    if made.engine.startswith("PostgreSQL"):
        return (f"Rodzaj: plik SQLite — eksport programu (bez pg_dump) bazy serwera "
                f"{made.engine}, schemat {made.revision}. Przywracanie: calcert restore PLIK "
                "na serwerze PostgreSQL dowolnej wersji albo w instalacji z bazą SQLite.")
    return (f"Rodzaj: plik SQLite ({made.engine}), schemat {made.revision}. Przywracanie: "
            "calcert restore PLIK w instalacji z bazą SQLite albo na serwerze PostgreSQL.")
