"""``calcert act REF ACTION [options]``: one step of the process; each action's options come
from the domain's parameters (:mod:`calcert_desktop.cli.act_options`)."""

from __future__ import annotations

import argparse
from typing import Any

from calcert_desktop.cli import confirm
from calcert_desktop.cli.act_options import OPTIONS, collect_params, parse_date
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.open_cases import OPENING_ACTIONS

NAME = "act"


# Placeholders in the help, by how the value is typed: Polish words, never a parameter's name.
METAVARS = {"date": "RRRR-MM-DD", "login": "LOGIN", "json": "PLIK", "text": "TEKST"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "reference", metavar="NUMER", help="numer sprawy (CAL/2026/0001) lub szkicu (ROB-…)"
    )
    actions = parser.add_subparsers(
        dest="action", metavar="CZYNNOŚĆ", title="czynności", required=True
    )
    for action, options in OPTIONS.items():
        ap = actions.add_parser(action.value, help=action.label, description=action.label)
        ap.add_argument("--date", metavar="RRRR-MM-DD", help="data czynności (domyślnie dziś)")
        for option in options:
            kwargs: dict[str, Any] = {
                "dest": option.param,
                "help": option.help,
                "required": option.required,
            }
            if option.kind == "flag":
                kwargs = {"dest": option.param, "help": option.help, "action": "store_true"}
            elif option.kind in ("votes", "board_votes", "findings"):
                kwargs["action"] = "append"
                kwargs["metavar"] = "WARTOŚĆ"
            else:
                kwargs["metavar"] = METAVARS.get(option.kind, "TEKST")
            ap.add_argument(option.flag, **kwargs)
        if action in OPENING_ACTIONS:  # the core warns of the institution's other open case
            confirm.add_option(ap)


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.process import perform

    action = Action(args.action)
    params = collect_params(action, vars(args))
    on = parse_date(args.date) if args.date is not None else None  # '' is refused, not today
    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        result = confirm.run_confirmed(
            lambda confirmed: perform.perform(
                ctx, actor, args.reference, action, on, params, confirmed=confirmed
            ),
            getattr(args, "confirm", False),
        )
    say(result.message, multi_line=True)
    say(f"{result.reference}: {result.state.label}")
    return 0
