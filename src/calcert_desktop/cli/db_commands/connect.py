"""``calcert db connect ADRES``: point this installation at the office's PostgreSQL server
(the connection tried first; the password to the system's credential store, the address
alone to the data folder's baza.json)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from calcert_desktop.cli.db_commands import data_paths, say_lines

NAME = "connect"
HELP = (
    "wskaż serwer PostgreSQL biura: sprawdza połączenie, hasło zapisuje w menedżerze "
    "haseł systemu, adres (bez hasła) w katalogu danych"
)
PASSWORD_ENV = "CALCERT_DB_PASSWORD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", metavar="ADRES", help="postgresql://użytkownik@serwer:5432/baza")
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument("--password-stdin", action="store_true",
                        help="odczytaj hasło z pierwszego wiersza wejścia (skrypty)")  # fmt: skip
    secret.add_argument("--no-password", action="store_true",
                        help="nie pytaj o hasło (serwer go nie wymaga albo podaje je PGPASSWORD "
                             "lub plik pgpass)")  # fmt: skip


def _read_password(args: argparse.Namespace) -> str | None:
    if args.no_password:
        return None
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if not sys.stdin.isatty():
        return None
    return getpass.getpass("Hasło do serwera bazy danych (puste: bez hasła): ") or None


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import database_choice

    status = database_choice.connect(data_paths(args), args.url, _read_password(args))
    print("Połączono. Ta instalacja korzysta teraz z serwera:")
    say_lines(status.describe())
    if status.state != "ready":
        print("Następny krok: calcert db init")
    return 0
