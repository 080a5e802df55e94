"""``calcert resolutions [--year ROK] [--json]``: the Board's resolutions with their votes."""

from __future__ import annotations

import argparse

from calcert_desktop.cli import output
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import print_json

NAME = "resolutions"
DESCRIPTION = (
    "Uchwały Zarządu Centrum Wspierania Aktywności Lokalnej CAL w kolejności numerów: "
    "wydanie certyfikatu, rozstrzygnięcie odwołania, powołanie do Komisji Certyfikacyjnej i "
    "zakończenie powołania, wskazanie osoby odpowiedzialnej za proces certyfikacji — z datą, "
    "głosami członków Zarządu biorących udział i wynikiem."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, metavar="ROK", help="tylko uchwały z tego roku")
    parser.add_argument("--json", action="store_true", help="wynik w formacie JSON")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import board

    with opened_data(args) as ctx:
        rows = board.list_resolutions(ctx, acting(ctx, args), args.year)
    if args.json:
        print_json([row.to_json() for row in rows])
    else:
        output.print_resolutions(rows)
    return 0
