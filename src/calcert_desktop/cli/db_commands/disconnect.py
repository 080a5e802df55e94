"""``calcert db disconnect``: back to the SQLite file in the data folder (the server's data
stays as it is)."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.db_commands import data_paths

NAME = "disconnect"
HELP = "wróć do bazy w pliku w tym komputerze (dane na serwerze pozostają nietknięte)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keep-password", action="store_true",
                        help="nie usuwaj hasła serwera z menedżera haseł")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import database_choice

    back = database_choice.disconnect(data_paths(args), forget=not args.keep_password)
    print(f"Ta instalacja korzysta znowu z bazy w pliku: {back.shown()}")
    return 0
