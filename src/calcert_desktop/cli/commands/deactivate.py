"""``calcert deactivate LOGIN`` / ``calcert deactivate LOGIN --again`` (administrator): a
person no longer acts, or acts again; their past acts stay in the history."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say

NAME = "deactivate"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("login", metavar="LOGIN")
    parser.add_argument("--again", action="store_true", help="przywróć osobę (znów aktywna)")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import people

    with opened_data(args) as ctx:
        say(people.set_active(ctx, acting(ctx, args), args.login, args.again))
    return 0
