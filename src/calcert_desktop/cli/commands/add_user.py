"""``calcert add-user LOGIN "Imię Nazwisko" --roles R1,R2`` (administrator)."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.appointments import APPOINTED_ROLES
from calcert_desktop.domain.roles import Role

NAME = "add-user"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("login", metavar="LOGIN")
    parser.add_argument("full_name", metavar="IMIĘ_I_NAZWISKO")
    parser.add_argument(
        "--roles",
        default="",
        metavar="ROLE",
        help="role po przecinku: "
        + ", ".join(r for r in Role if r not in APPOINTED_ROLES)
        + " (członków Komisji powołuje Zarząd: calcert appoint; osoba może nie mieć żadnej roli)",
    )


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import people

    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        say(people.add_user(ctx, actor, args.login, args.full_name, args.roles))
    return 0
