"""``calcert responsible [LOGIN --board-vote LOGIN=za ... [--from DATA]]``: who is the
person responsible for the certification process, or the Board names one of its members by
a resolution (regulations, point 5)."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.act_options import BOARD_VOTE_HELP, parse_board_votes
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.board_options import optional_date
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.errors import ValidationError

NAME = "responsible"
DESCRIPTION = (
    "Zarząd wyłania spośród siebie osobę odpowiedzialną za proces certyfikacji (regulamin, "
    "pkt 5); pisma podają ją jako osobę do kontaktu. Bez LOGIN pokazuje, kto nią jest "
    "(dziś albo w dniu --date). Z LOGIN zapisuje uchwałę Zarządu wskazującą tę osobę od "
    "dnia --from (domyślnie dzień uchwały); poprzednia osoba pełni funkcję do dnia przed nim."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("login", nargs="?", metavar="LOGIN", help="login członka Zarządu")
    parser.add_argument(
        "--from",
        dest="starts_on",
        metavar="RRRR-MM-DD",
        help="pierwszy dzień pełnienia funkcji (domyślnie dzień uchwały)",
    )
    parser.add_argument(
        "--board-vote",
        dest="board_votes",
        action="append",
        metavar="LOGIN=GŁOS",
        help=BOARD_VOTE_HELP,
    )
    parser.add_argument(
        "--date",
        metavar="RRRR-MM-DD",
        help="data uchwały Zarządu (domyślnie dziś); bez LOGIN: dzień, na który pokazać",
    )


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import board

    on = optional_date(args.date, "date")
    if args.login is None:
        with opened_data(args) as ctx:
            day = on or ctx.today()
            found = board.responsible_on(ctx, day)
        if found is None:
            say(f"Na dzień {day.isoformat()} Zarząd nie wskazał osoby odpowiedzialnej za "
                "proces certyfikacji.")  # fmt: skip
        else:
            say(
                f"Osoba odpowiedzialna za proces certyfikacji na dzień {day.isoformat()}: "
                f"{found.full_name} ({found.login}), od {found.starts_on.isoformat()}."
            )
        return 0
    if not args.board_votes:
        raise ValidationError("board.no_votes", "board_votes")
    votes = parse_board_votes(list(args.board_votes))
    starts_on = optional_date(args.starts_on, "starts_on")
    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        say(board.name_responsible(ctx, actor, args.login, votes, starts_on, on))
    return 0
