"""``calcert data-views [--case REF] [--person LOGIN] [--json]``: who saw which case's
personal data, newest first (administrator)."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import print_json, say

NAME = "data-views"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--case", metavar="NUMER", help="tylko ta sprawa")
    parser.add_argument("--person", metavar="LOGIN", help="tylko wglądy tej osoby")
    parser.add_argument("--json", action="store_true", help="wynik w formacie JSON")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.privacy import views

    with opened_data(args) as ctx:
        found = views.list_views(ctx, acting(ctx, args), reference=args.case, login=args.person)
    if args.json:
        print_json([{"at": v.at.isoformat(timespec="seconds"), "login": v.login,
                     "case": v.reference, "what": v.what} for v in found])  # fmt: skip
        return 0
    if not found:
        say("Brak zapisanych wglądów.")
    for view in found:
        say(f"{view.at:%Y-%m-%d %H:%M} UTC  {view.login:<16} {view.reference or '—':<16} "
            f"{view.what}")  # fmt: skip
    return 0
