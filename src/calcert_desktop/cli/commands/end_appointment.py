"""``calcert end-appointment LOGIN --as członek|przewodniczący|odpowiedzialna [--until DATA]
--board-vote LOGIN=za ...``: the Board ends an appointment by a resolution."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.board_options import (
    add_resolution_options,
    board_votes,
    function_code,
    optional_date,
)
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say

NAME = "end-appointment"
DESCRIPTION = (
    "Zarząd kończy uchwałą powołanie osoby: członka lub przewodniczącego Komisji "
    "Certyfikacyjnej albo osoby odpowiedzialnej za proces certyfikacji. Ostatni dzień "
    "pełnienia funkcji to --until (domyślnie dzień uchwały); od następnego dnia osoby nie "
    "można wyznaczyć do sprawy."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("login", metavar="LOGIN", help="login osoby")
    parser.add_argument(
        "--as",
        dest="function",
        required=True,
        metavar="FUNKCJA",
        help="członek, przewodniczący albo odpowiedzialna",
    )
    parser.add_argument(
        "--until",
        dest="ends_on",
        metavar="RRRR-MM-DD",
        help="ostatni dzień pełnienia funkcji (domyślnie dzień uchwały)",
    )
    add_resolution_options(parser)


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import board

    votes = board_votes(args)
    on = optional_date(args.date, "date")
    ends_on = optional_date(args.ends_on, "ends_on")
    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        done = board.end_appointment(ctx, actor, args.login, function_code(args.function),
                                     votes, ends_on, on)  # fmt: skip
    say(done)
    return 0
