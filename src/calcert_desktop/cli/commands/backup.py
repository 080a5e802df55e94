"""``calcert backup -o FILE``: a verified online backup of the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from calcert_desktop.cli.opening import opened_data

NAME = "backup"
HELP = "zapisz sprawdzoną kopię bazy danych"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", "--output", required=True, metavar="PLIK", help="plik kopii (nie może istnieć)"
    )


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import maintenance

    with opened_data(args) as ctx:
        target = maintenance.backup(ctx, Path(args.output))
    print(f"Zapisano sprawdzoną kopię bazy danych: {target}")
    return 0
