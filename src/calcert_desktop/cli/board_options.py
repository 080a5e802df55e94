"""The options every command of a Board's resolution shares: the Board members' votes
(``--board-vote LOGIN=za``, repeated), the resolution's date, and the function typed in
Polish (``--as członek``)."""

from __future__ import annotations

import argparse
from datetime import date

from calcert_desktop.cli.act_options import BOARD_VOTE_HELP, parse_board_votes, parse_date
from calcert_desktop.domain.case_labels import TYPED_FUNCTIONS, typed_code


def add_resolution_options(parser: argparse.ArgumentParser) -> None:
    """``--board-vote`` (required, repeated) and ``--date`` of the resolution."""
    parser.add_argument(
        "--board-vote",
        dest="board_votes",
        action="append",
        required=True,
        metavar="LOGIN=GŁOS",
        help=BOARD_VOTE_HELP,
    )
    parser.add_argument(
        "--date", metavar="RRRR-MM-DD", help="data uchwały Zarządu (domyślnie dziś)"
    )


def board_votes(args: argparse.Namespace) -> dict[str, str]:
    """The votes given, login -> vote."""
    return parse_board_votes(list(args.board_votes or []))


def optional_date(text: str | None, field: str) -> date | None:
    """A date option (None when not given; an empty one is refused)."""
    return parse_date(text, field) if text is not None else None


def function_code(text: str) -> str:
    """The function typed in Polish (członek, przewodniczący, odpowiedzialna) or as a code."""
    return typed_code(TYPED_FUNCTIONS, text)
