"""``calcert --user LOGIN remember-password [--forget]``: keep one's password in the
system's credential store for scripts (``--stored-password``), or forget it."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.acting import user_login
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.passwords import own_password

NAME = "remember-password"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--forget", action="store_true", help="usuń zapamiętane hasło z menedżera haseł"
    )


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.auth import remembered

    login = user_login(args)
    with opened_data(args) as ctx:
        if args.forget:
            remembered.forget(ctx, login)
            print(f"Usunięto zapamiętane hasło konta {login}.")
            return 0
        # Typed (or from a descriptor), never the stored one: it is what is being kept.
        remembered.remember(ctx, login, own_password(args, login))
    print(f"Zapamiętano hasło konta {login} w menedżerze haseł systemu "
          "(skrypty: --stored-password).")  # fmt: skip
    return 0
