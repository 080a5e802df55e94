"""``calcert recover LOGIN``: a lost password replaced with the office's recovery key (an
encrypted installation: the key's 24 words open the data, then LOGIN gets a new password)."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.passwords import new_password, recovery_words
from calcert_desktop.cli.terminal import say
from calcert_desktop.paths import resolve_data_dir

NAME = "recover"
DESCRIPTION = (
    "Otwiera zaszyfrowaną bazę kluczem odzyskiwania biura (24 słowa z wydruku) i ustawia "
    "osobie LOGIN nowe hasło. Ze skryptu: --password-fd podaje w pierwszym wierszu słowa, "
    "w drugim nowe hasło."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("login", metavar="LOGIN", help="osoba, której hasło odzyskujesz")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.domain.recovery_words import from_words
    from calcert_desktop.services.auth import passwords, unlock

    paths = resolve_data_dir(args.data_dir, getattr(args, "database", None))
    recovery = from_words(recovery_words(args))
    ctx = unlock.open_with_recovery(paths, recovery)
    try:
        password, repeated = new_password(args, args.login)
        say(passwords.recover_password(ctx, args.login, password, repeated))
    finally:
        ctx.close()
    return 0
