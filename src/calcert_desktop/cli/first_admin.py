"""The first administrator's password, set by ``calcert init`` and ``calcert db init`` on a
database where no administrator has one (there is no default password)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from calcert_desktop.cli.passwords import new_password

if TYPE_CHECKING:
    from calcert_desktop.services.context import Actor, AppContext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--admin-name",
        metavar="IMIĘ_I_NAZWISKO",
        help="imię i nazwisko pierwszego administratora (login: admin)",
    )


def give(ctx: AppContext, args: argparse.Namespace) -> Actor | None:
    """Ask for and set the first administrator's password when none is set; the
    administrator, signed in with it, if set."""
    from calcert_desktop.services.auth import passwords
    from calcert_desktop.services.auth.sign_in import needs_first_admin

    if not needs_first_admin(ctx):
        return None
    print("Ustaw hasło pierwszego administratora (login: admin).")
    password, repeated = new_password(args, "admin")
    signed = passwords.set_first_admin(ctx, password, repeated, args.admin_name)
    print("Ustawiono hasło administratora (admin). Dodaj kolejne osoby: calcert --user admin "
          "add-user, a potem nadaj im hasła: calcert --user admin set-password LOGIN.")  # fmt: skip
    return signed.actor
