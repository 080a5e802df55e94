"""``calcert cases``: the cases, filtered, in Polish alphabetical order."""

from __future__ import annotations

import argparse

from calcert_desktop.cli import output
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import print_json
from calcert_desktop.domain.states import CaseState

NAME = "cases"
HELP = "lista spraw"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--status",
        action="append",
        choices=[s.value for s in CaseState],
        metavar="STAN",
        help="tylko sprawy w tym stanie (powtarzalna): " + ", ".join(s.value for s in CaseState),
    )
    parser.add_argument(
        "--search",
        metavar="TEKST",
        help="szukaj w nazwie, miejscowości, numerze, NIP (bez względu na polskie znaki)",
    )
    parser.add_argument("--year", type=int, metavar="ROK", help="rok wpływu")
    parser.add_argument("--voivodeship", metavar="WOJ", help="województwo, np. łódzkie")
    parser.add_argument(
        "--type", metavar="TYP", help="typ instytucji: jops, ngo, zaz, wtz, other"
    )
    parser.add_argument("--limit", type=int, metavar="N", help="najwyżej N spraw")
    parser.add_argument("--json", action="store_true", help="wynik w formacie JSON")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.context import resolve_actor
    from calcert_desktop.services.views import queries

    flt = queries.CaseFilter(
        states=args.status or (),
        search=args.search or "",
        year=args.year,
        voivodeship=args.voivodeship,
        institution_type=args.type,
        limit=args.limit,
    )
    with opened_data(args) as ctx:
        rows = queries.list_cases(ctx, resolve_actor(ctx, args.user), flt)
    if args.json:
        print_json(rows)
    else:
        output.print_cases(rows)
    return 0
