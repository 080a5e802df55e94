"""``calcert --user LOGIN change-password``: a person changes their own password (also a
temporary one an administrator gave)."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.acting import user_login
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.passwords import new_password, own_password

NAME = "change-password"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # the person is --user; the passwords are asked for


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.auth import passwords, remembered

    login = user_login(args)
    with opened_data(args) as ctx:
        old = own_password(args, login, lambda: remembered.stored(ctx, login))
        new, repeated = new_password(args, login)
        passwords.change_password(ctx, login, old, new, repeated)
        remembered.keep_in_step(ctx, login, new)  # a script's copy
    print(f"Zmieniono hasło konta {login}.")
    return 0
