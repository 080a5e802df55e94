"""``calcert show REF [--json]``: a case's whole file with its history."""

from __future__ import annotations

import argparse

from calcert_desktop.cli import output
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import print_json

NAME = "show"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "reference", metavar="NUMER", help="numer sprawy (CAL/2026/0001) lub szkicu (ROB-…)"
    )
    parser.add_argument("--json", action="store_true", help="wynik w formacie JSON")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.views import case_file

    with opened_data(args) as ctx:
        shown = case_file.load(ctx, acting(ctx, args), args.reference)
    if args.json:
        print_json(shown.to_json())
    else:
        output.print_case_file(shown)
    return 0
