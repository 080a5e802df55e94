"""``calcert appointments [--json]``: who the Board appointed to the Commission and as the
person responsible for certification, from when to when."""

from __future__ import annotations

import argparse

from calcert_desktop.cli import output
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import print_json

NAME = "appointments"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="wynik w formacie JSON")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import board

    with opened_data(args) as ctx:
        rows = board.list_appointments(ctx, acting(ctx, args))
    if args.json:
        print_json([row.to_json() for row in rows])
    else:
        output.print_appointments(rows)
    return 0
