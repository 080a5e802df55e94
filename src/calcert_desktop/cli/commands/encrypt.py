"""``calcert encrypt``: the installation's SQLite database encrypted at rest (SQLCipher), its
key wrapped by every person's password and by a recovery key printed once."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import open_data
from calcert_desktop.cli.terminal import say

NAME = "encrypt"
HELP = "zaszyfruj bazę danych tej instalacji (laptopy!) i pokaż klucz odzyskiwania"
DESCRIPTION = (
    "Szyfruje bazę danych w pliku tej instalacji (SQLCipher, AES-256) kluczem danych, który "
    "otwiera hasło każdej osoby z hasłem; zmiana hasła nie wymaga ponownego szyfrowania. "
    "Najpierw zapisuje zaszyfrowaną kopię bazy w kopie-zapasowe/, szyfruje też starsze kopie. "
    "Na końcu pokazuje JEDEN RAZ klucz odzyskiwania (24 słowa): zapisz je i przechowuj "
    "bezpiecznie — otwierają bazę, gdy nikt nie pamięta hasła. Okno programu musi być "
    "zamknięte."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No arguments: the data folder is the global ``--data-dir``."""


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.domain.recovery_words import grouped, to_words
    from calcert_desktop.services.admin import encryption

    ctx = open_data(args)
    try:
        done = encryption.encrypt_installation(ctx, acting(ctx, args))
    finally:
        ctx.close()
    say(f"Zaszyfrowano bazę danych. Kopia sprzed szyfrowania (zaszyfrowana): {done.backup}")
    if done.backups_encrypted:
        say(f"Zaszyfrowano też wcześniejsze kopie w kopie-zapasowe/: {done.backups_encrypted}.")
    say("Klucz odzyskiwania — zapisz te 24 słowa teraz; program nie pokaże ich ponownie:")
    for line in grouped(to_words(done.recovery)).splitlines():
        say(line)
    say("Od teraz bazę otwiera hasło jednej z osób (--user LOGIN) albo ten klucz.")
    return 0
