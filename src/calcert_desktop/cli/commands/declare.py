"""``calcert declare FILE.json [--received DATE] [--confirm]``: register a declaration as a
draft (or, with ``--received``, file it at once) and print its number."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from calcert_desktop.cli import confirm
from calcert_desktop.cli.act_options import parse_date
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say

NAME = "declare"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        metavar="PLIK.json",
        help="deklaracja zgodna ze schematem forms/declaration.schema.json",
    )
    parser.add_argument(
        "--received",
        metavar="RRRR-MM-DD",
        help="data wpływu pisemnej prośby: od razu złóż zgłoszenie i nadaj numer CAL/…",
    )
    confirm.add_option(parser)


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.applications import declare
    from calcert_desktop.services.applications.json_files import read_json

    data = read_json(Path(args.file))
    received = parse_date(args.received, "received") if args.received is not None else None
    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        source_dir = Path(args.file).resolve().parent
        result = confirm.run_confirmed(
            lambda confirmed: declare.declare(
                ctx, actor, data, received_on=received, source_dir=source_dir,
                confirmed=confirmed,
            ),
            args.confirm,
        )  # fmt: skip
    say(result.reference)
    say(result.message, file=sys.stderr)
    return 0
