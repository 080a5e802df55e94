"""``calcert db connect|disconnect|init|status``: which database this installation uses (its
own SQLite file, or the office's PostgreSQL server), and preparing a server's schema."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from calcert_desktop.cli.terminal import say
from calcert_desktop.paths import resolve_data_dir

NAME = "db"
HELP = "baza danych tej instalacji: plik w komputerze albo serwer PostgreSQL biura"
DESCRIPTION = (
    "Wybór bazy danych: domyślnie plik SQLite w katalogu danych; biuro z kilkoma komputerami "
    "wskazuje wspólny serwer PostgreSQL (db connect). Hasło do serwera trafia do menedżera "
    "haseł systemu, nigdy do zwykłego pliku. Skrypty mogą podać bazę opcją --database albo "
    "zmienną CALCERT_DATABASE."
)
PASSWORD_ENV = "CALCERT_DB_PASSWORD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="db_command", metavar="CZYNNOŚĆ", required=True)
    text = "pokaż, z jakiej bazy korzysta ta instalacja, i jej stan"
    actions.add_parser("status", help=text, description=text)
    text = (
        "wskaż serwer PostgreSQL biura: sprawdza połączenie, hasło zapisuje w menedżerze "
        "haseł systemu, adres (bez hasła) w katalogu danych"
    )
    p = actions.add_parser("connect", help=text, description=text)
    p.add_argument("url", metavar="ADRES", help="postgresql://użytkownik@serwer:5432/baza")
    secret = p.add_mutually_exclusive_group()
    secret.add_argument("--password-stdin", action="store_true",
                        help="odczytaj hasło z pierwszego wiersza wejścia (skrypty)")  # fmt: skip
    secret.add_argument("--no-password", action="store_true",
                        help="nie pytaj o hasło (serwer go nie wymaga albo podaje je PGPASSWORD "
                             "lub plik pgpass)")  # fmt: skip
    text = "wróć do bazy w pliku w tym komputerze (dane na serwerze pozostają nietknięte)"
    p = actions.add_parser("disconnect", help=text, description=text)
    p.add_argument("--keep-password", action="store_true",
                   help="nie usuwaj hasła serwera z menedżera haseł")  # fmt: skip
    text = "utwórz lub zaktualizuj schemat bazy (na serwerze: te same migracje co w pliku)"
    actions.add_parser("init", help=text, description=text)


def run(args: argparse.Namespace) -> int:
    actions: dict[str, Callable[[argparse.Namespace], int]] = {
        "status": _status, "connect": _connect, "disconnect": _disconnect, "init": _init,
    }  # fmt: skip
    return actions[args.db_command](args)


def _paths(args: argparse.Namespace):  # noqa: ANN202 (DataPaths)
    return resolve_data_dir(args.data_dir, getattr(args, "database", None))


def _status(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import database_choice

    where = database_choice.current(_paths(args))
    kind = "plik SQLite w tym komputerze" if where.is_sqlite else "serwer PostgreSQL"
    print(f"Baza danych: {kind}")
    _say_lines(database_choice.probe(where).describe())
    return 0


def _say_lines(text: str) -> None:
    for line in text.splitlines():
        say(line)


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


def _connect(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import database_choice

    status = database_choice.connect(_paths(args), args.url, _read_password(args))
    print("Połączono. Ta instalacja korzysta teraz z serwera:")
    _say_lines(status.describe())
    if status.state != "ready":
        print("Następny krok: calcert db init")
    return 0


def _disconnect(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import database_choice

    back = database_choice.disconnect(_paths(args), forget=not args.keep_password)
    print(f"Ta instalacja korzysta znowu z bazy w pliku: {back.shown()}")
    return 0


def _init(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import database_choice

    done = database_choice.initialise(_paths(args))
    before = done.before.state
    if before == "empty":
        print("Utworzono schemat bazy danych.")
    elif before == "older":
        print(f"Zaktualizowano schemat bazy danych "
              f"({done.before.revision} → {done.after.revision}).")  # fmt: skip
    else:
        print("Schemat bazy danych jest aktualny — nic nie zmieniono.")
    _say_lines(done.after.describe())
    if done.admin_created:
        print("Utworzono konto administratora: admin (dodaj kolejne osoby: calcert add-user).")
    return 0
