"""``calcert cases``: the cases, filtered, in Polish alphabetical order."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from calcert_desktop.cli import output
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import print_json
from calcert_desktop.domain.states import CaseState

if TYPE_CHECKING:
    from collections.abc import Mapping

NAME = "cases"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--status",
        action="append",
        metavar="STAN",
        help="tylko sprawy w tym stanie (powtarzalna), np. „ocena Komisji”; wielkość liter "
        "i polskie znaki bez znaczenia",
    )
    parser.add_argument(
        "--search",
        metavar="TEKST",
        help="szukaj w nazwie, miejscowości, numerze, NIP (bez względu na polskie znaki)",
    )
    parser.add_argument("--year", type=int, metavar="ROK", help="rok wpływu")
    parser.add_argument(
        "--voivodeship", metavar="WOJ", help="województwo, np. łódzkie (także lodzkie)"
    )
    parser.add_argument(
        "--type", metavar="TYP", help="typ instytucji: jops, ngo, zaz, wtz albo pełna nazwa"
    )
    parser.add_argument("--limit", type=int, metavar="N", help="najwyżej N spraw")
    parser.add_argument("--json", action="store_true", help="wynik w formacie JSON")


def _filter_values(args: argparse.Namespace) -> tuple[list[str], str | None, str | None]:
    """The typed states, voivodeship and type as stored codes (a ValidationError names an
    unknown one and suggests the nearest)."""
    from calcert_desktop.domain.filter_values import resolve
    from calcert_desktop.domain.forms import load_form

    form = load_form()
    states: Mapping[str, str] = {s.value: s.label for s in CaseState}
    voivodeships = {v.name: v.name for v in form.voivodeships}
    types = {c.code: c.label for c in form.institution_types}
    return (
        [resolve(v, states, "stanu sprawy") for v in args.status or ()],
        resolve(args.voivodeship, voivodeships, "województwa") if args.voivodeship else None,
        resolve(args.type, types, "typu instytucji") if args.type else None,
    )


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.views import queries

    states, voivodeship, institution_type = _filter_values(args)
    flt = queries.CaseFilter(
        states=states,
        search=args.search or "",
        year=args.year,
        voivodeship=voivodeship,
        institution_type=institution_type,
        limit=args.limit,
    )
    with opened_data(args) as ctx:
        rows = queries.list_cases(ctx, acting(ctx, args), flt)
    if args.json:
        print_json(rows)
    else:
        output.print_cases(rows)
    return 0
