"""``calcert demo``: fill an empty database with realistic Polish demo cases, in one
transaction."""

from __future__ import annotations

import argparse
import sys

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data

NAME = "demo"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--cases", type=int, default=200, metavar="N", help="liczba spraw (domyślnie 200)"
    )
    parser.add_argument(
        "--seed", type=int, default=2026, metavar="ZIARNO", help="ziarno losowania (domyślnie 2026)"
    )


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.demo import loader  # the name lists load only when needed

    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        summary = loader.fill(ctx, actor, cases=args.cases, seed=args.seed, progress=_progress)
    print(summary.message)
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\rTworzę sprawy demonstracyjne: {done}/{total}", end="", file=sys.stderr)
        if done == total:
            print(file=sys.stderr)
