"""``calcert self-test``: check that this installation works end to end (see selftest.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

NAME = "self-test"
DESCRIPTION = (
    "Sprawdza w tymczasowym katalogu danych: zasoby programu, utworzenie i migrację "
    "bazy, sprawy przykładowe, certyfikat i pismo o odmowie (PDF odczytany z powrotem), "
    "tłumaczenia oraz otwarcie i zamknięcie okna głównego (bez ekranu). Kod wyjścia 0, "
    "gdy wszystko działa; 1 przy pierwszym błędzie. Dane użytkownika nie są dotykane."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--report", metavar="PLIK",
        help="zapisz przebieg także do pliku (program okienkowy w Windows nie ma konsoli)",
    )  # fmt: skip
    parser.add_argument(
        "--keep", metavar="KATALOG", help="użyj tego katalogu i zostaw w nim dane testu"
    )


class _Tee:
    """Write to the console (when there is one) and to the report file."""

    def __init__(self, *streams: Any) -> None:
        self.streams = [stream for stream in streams if stream is not None]

    def write(self, text: str) -> int:
        for stream in self.streams:
            stream.write(text)
        return len(text)

    def flush(self) -> None:
        for stream in self.streams:
            stream.flush()

    def fileno(self) -> int:
        """The console's descriptor, else the report's: where a hung check's stacks go."""
        for stream in self.streams:
            try:
                return int(stream.fileno())
            except (AttributeError, OSError, ValueError):
                continue
        raise OSError("brak deskryptora pliku")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop import selftest

    keep = Path(args.keep) if args.keep else None
    if not args.report:
        return selftest.run(sys.stdout, keep, debug=args.debug)
    with open(args.report, "w", encoding="utf-8") as report:
        return selftest.run(_Tee(sys.stdout, report), keep, debug=args.debug)  # type: ignore[arg-type]
