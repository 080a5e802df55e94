"""``calcert encrypt``: the installation's SQLite database encrypted at rest (SQLCipher), its
key wrapped by every person's password and by a recovery key printed once."""

from __future__ import annotations

import argparse

from calcert_desktop.cli import recovery_output
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import open_data

NAME = "encrypt"
DESCRIPTION = (
    "Szyfruje bazę danych w pliku tej instalacji (SQLCipher, AES-256) kluczem danych, który "
    "otwiera hasło każdej osoby z hasłem; zmiana hasła nie wymaga ponownego szyfrowania. "
    "Najpierw zapisuje zaszyfrowaną kopię bazy w kopie-zapasowe/, szyfruje też starsze kopie. "
    "Na końcu pokazuje JEDEN RAZ klucz odzyskiwania (24 słowa): zapisz je i przechowuj "
    "bezpiecznie — otwierają bazę, gdy nikt nie pamięta hasła. Okno programu musi być "
    "zamknięte. Nowe instalacje (calcert init) są szyfrowane od razu."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    recovery_output.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import encryption

    sheet = recovery_output.sheet_target(args)
    ctx = open_data(args)
    paths = ctx.paths
    try:
        done = encryption.encrypt_installation(ctx, acting(ctx, args))
    finally:
        ctx.close()
    recovery_output.show(paths, done, sheet)
    return 0
