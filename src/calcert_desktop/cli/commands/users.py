"""``calcert users [--json]``: the people register."""

from __future__ import annotations

import argparse

from calcert_desktop.cli import output
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import print_json

NAME = "users"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="wynik w formacie JSON")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import people

    with opened_data(args) as ctx:
        rows = people.list_users(ctx, acting(ctx, args))
    if args.json:
        print_json(rows)
    else:
        output.print_users(rows)
    return 0
