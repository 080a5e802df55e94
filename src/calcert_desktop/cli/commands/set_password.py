"""``calcert --user ADMIN set-password LOGIN``: an administrator gives a person a temporary
password (the person changes it at the first sign-in)."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.passwords import new_password
from calcert_desktop.cli.terminal import say

NAME = "set-password"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("login", metavar="LOGIN", help="osoba, której nadajesz hasło")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.auth import passwords

    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        password, repeated = new_password(args, args.login)
        passwords.check_new(password, repeated, args.login)
        say(passwords.set_password(ctx, actor, args.login, password))
    return 0
