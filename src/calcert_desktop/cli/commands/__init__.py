"""The commands of ``calcert``, one module each, as calibre's ``db/cli/cmd_*.py``.

:data:`COMMANDS` is the one list of them, in the order ``calcert --help`` shows them, each
with its line of help: ``calcert --help`` is printed from it alone. Nothing here imports a
command module: :func:`load` does, when the command line runs that command. Each module
holds:

- ``NAME``: the command as typed (``add-user``; the module is the name with ``_``),
- optionally ``DESCRIPTION``, the text of ``calcert COMMAND --help`` (by default the
  command's line in :data:`COMMANDS`),
- ``add_arguments(parser)``: its arguments, added only when that command is run,
- ``run(args) -> int``: the command, returning the exit code.

A command module imports at its top only the standard library, ``domain/`` and the helpers
of ``cli/``; the services (and with them SQLAlchemy, reportlab...) are imported inside
``run``, when that one command runs, and only those the command uses
(``tests/cli/test_cli_layout.py`` checks it).
"""

from __future__ import annotations

import argparse
import importlib
import keyword
from typing import Protocol, cast

# Every command: its module and its one line in ``calcert --help`` (the line lives here, not in
# the module, so that the list is printed without importing any command module).
COMMANDS: tuple[tuple[str, str], ...] = (
    ("init", "utwórz lub zaktualizuj bazę danych (i ustaw hasło pierwszego administratora)"),
    ("demo", "wypełnij pustą bazę przykładowymi sprawami (tylko administrator)"),
    ("declare", "zarejestruj deklarację z pliku JSON (drukuje jej numer)"),
    ("cases", "lista spraw"),
    ("show", "akta jednej sprawy z historią zmian"),
    ("act", "wykonaj czynność w sprawie"),
    (
        "check",
        (
            "sprawdź bazę: spójność, klucze obce, łańcuch i kompletność dziennika zmian, pliki w "
            "bazie"
        ),
    ),
    ("export_log", "zapisz dziennik zmian z podpisem do sprawdzenia przez kogoś spoza biura"),
    ("data_views", "kto i kiedy oglądał dane osobowe spraw (RODO; administrator)"),
    (
        "export_person",
        "wykaz wszystkich danych jednej osoby do JSON albo PDF (RODO; administrator)",
    ),
    ("erase_person", "usuń dane osoby tam, gdzie prawo na to pozwala (RODO; administrator)"),
    ("purge", "usuń to, czego okres przechowywania minął (RODO; --dry-run: tylko pokaż)"),
    ("sweep", "uprawomocnij decyzje i stwierdź wygaśnięcia, których termin minął"),
    ("backup", "zapisz sprawdzoną kopię bazy danych"),
    ("restore", "przywróć bazę z kopii (obecny stan zostaje zachowany w kopii)"),
    ("encrypt", "zaszyfruj bazę danych tej instalacji (laptopy!) i pokaż klucz odzyskiwania"),
    ("recover", "ustaw nowe hasło kluczem odzyskiwania (zaszyfrowana baza, zapomniane hasło)"),
    ("db", "baza danych: plik w komputerze albo serwer PostgreSQL biura, kopiowanie między nimi"),
    ("users", "lista osób i ich ról"),
    (
        "settings",
        "pokaż ustawienia albo zmień je: liczby, dane organizacji, podpisy (administrator)",
    ),
    ("add_user", "dodaj osobę (tylko administrator)"),
    ("deactivate", "dezaktywuj osobę (albo przywróć ją: --again; tylko administrator)"),
    ("set_password", "nadaj osobie hasło tymczasowe (tylko administrator)"),
    ("change_password", "zmień własne hasło"),
    ("remember_password", "zapamiętaj własne hasło w menedżerze haseł systemu (dla skryptów)"),
    ("appointments", "powołania Zarządu: skład Komisji i osoba odpowiedzialna"),
    ("appoint", "powołaj osobę do Komisji Certyfikacyjnej uchwałą Zarządu"),
    ("end_appointment", "zakończ powołanie uchwałą Zarządu"),
    (
        "responsible",
        "osoba odpowiedzialna za proces certyfikacji: pokaż albo wskaż uchwałą Zarządu",
    ),
    ("resolutions", "uchwały Zarządu z wynikami głosowań"),
    ("pdf", "wygeneruj dokument sprawy jako PDF"),
    ("sign", "podpisz dokument podpisem elektronicznym (plik .p12/.pfx albo karta PKCS#11)"),
    (
        "verify_signature",
        "sprawdź podpisy elektroniczne dokumentu PDF (pliku albo zapisanego przy sprawie)",
    ),
    (
        "reminders",
        "przygotuj przypomnienia o upływie ważności certyfikatów (wszystkie na dany dzień)",
    ),
    ("register", "zapisz rejestr certyfikatów jako PDF albo CSV (według rozszerzenia pliku)"),
    (
        "import_register",
        "przenieś dawny rejestr certyfikatów z arkusza (XLSX, ODS, CSV); --dry-run: tylko sprawdź",
    ),
    (
        "stats",
        "statystyka roczna (zgłoszenia, decyzje, odwołania, odebrania, wygaśnięcia) do XLSX, "
        "PDF albo JSON",
    ),
    (
        "templates",
        (
            "treść pism (potwierdzenie, wezwanie, odmowa, zarzuty, odebranie, umorzenie, "
            "odwołanie, przypomnienie): wersje, zapis, przywracanie"
        ),
    ),
    (
        "verify_certificate",
        "sprawdź certyfikat: treść kodu QR, numer z kodem weryfikacyjnym albo sam kod",
    ),
    ("keys", "klucze, którymi pieczętuje się i sprawdza certyfikaty"),
    (
        "installations",
        (
            "instalacje wymieniające sprawy (biuro i laptopy): lista, własny identyfikator, "
            "rejestracja, unieważnienie"
        ),
    ),
    ("export", "zapisz paczkę spraw (.calpack) dla laptopa albo — na laptopie — pracę dla biura"),
    (
        "import_",
        ("wczytaj paczkę spraw (.calpack): w biurze pracę z laptopa, na laptopie sprawy z biura"),
    ),
    ("self_test", "sprawdź, czy zainstalowany program działa (baza, dokumenty, tłumaczenia, okno)"),
)
MODULES: tuple[str, ...] = tuple(module for module, _ in COMMANDS)
_HELP_LINES: dict[str, str] = dict(COMMANDS)


class Command(Protocol):
    """What a command module provides (see the module's docstring)."""

    NAME: str

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def module_name(command: str, modules: tuple[str, ...] = MODULES) -> str | None:
    """The module of the command typed as ``command`` (``add-user``) among ``modules``
    (the commands', or a command's subcommands'), or None if no such."""
    name = command.replace("-", "_")
    module = f"{name}_" if keyword.iskeyword(name) else name  # "import": import_.py
    return module if module in modules and command == name.replace("_", "-") else None


def load(module: str, package: str = __name__, modules: tuple[str, ...] = MODULES) -> Command:
    """The command module ``module`` of ``package`` (one of its ``modules``), imported now."""
    if module not in modules:
        raise KeyError(module)
    return cast(Command, importlib.import_module(f"{package}.{module}"))


def command_name(module: str) -> str:
    """The command as typed for its module (``add_user``: ``add-user``, ``import_``:
    ``import``)."""
    return module.removesuffix("_").replace("_", "-")


def help_line(command: str) -> str:
    """The line of help of the command typed as ``command``."""
    module = module_name(command)
    if module is None:
        raise KeyError(command)
    return _HELP_LINES[module]


def description(command: Command) -> str:
    """The text shown by ``calcert COMMAND --help``: its ``DESCRIPTION``, else its ``HELP``
    (a subcommand of ``db``), else its line in :data:`COMMANDS`."""
    found = getattr(command, "DESCRIPTION", None) or getattr(command, "HELP", None)
    return str(found) if found else help_line(command.NAME)
