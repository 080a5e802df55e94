"""``calcert appoint LOGIN --as członek|przewodniczący --from DATA [--until DATA]
--board-vote LOGIN=za ...``: the Board appoints a person to the Certification Commission
(regulations, point 6), by a resolution (a Board member or an administrator records it)."""

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

NAME = "appoint"
DESCRIPTION = (
    "Zarząd powołuje Komisję Certyfikacyjną (regulamin, pkt 6): uchwała z głosami członków "
    "Zarządu powołuje osobę na członka albo przewodniczącego Komisji od wskazanego dnia, "
    "bezterminowo albo do wskazanego dnia. Do sprawy można wyznaczyć tylko osobę, której "
    "powołanie obowiązuje w dniu wyznaczenia. Uchwałę zapisuje członek Zarządu albo "
    "administrator."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("login", metavar="LOGIN", help="login powoływanej osoby")
    parser.add_argument(
        "--as",
        dest="function",
        required=True,
        metavar="FUNKCJA",
        help="członek albo przewodniczący (Komisji Certyfikacyjnej)",
    )
    parser.add_argument(
        "--from",
        dest="starts_on",
        metavar="RRRR-MM-DD",
        help="pierwszy dzień powołania (domyślnie dzień uchwały)",
    )
    parser.add_argument(
        "--until",
        dest="ends_on",
        metavar="RRRR-MM-DD",
        help="ostatni dzień powołania (domyślnie bezterminowo)",
    )
    add_resolution_options(parser)


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import board

    votes = board_votes(args)
    on = optional_date(args.date, "date")
    starts_on = optional_date(args.starts_on, "starts_on")
    ends_on = optional_date(args.ends_on, "ends_on")
    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        done = board.appoint(ctx, actor, args.login, function_code(args.function), votes,
                             starts_on, ends_on, on)  # fmt: skip
    say(done)
    return 0
