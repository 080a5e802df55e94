"""``calcert export-log -o FILE``: the whole audit log with its signed head and the office's
public keys, for an outside reviewer (resources/reviewer/check_audit_log.py checks it)."""

from __future__ import annotations

import argparse
from pathlib import Path

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say

NAME = "export-log"
DESCRIPTION = (
    "Zapisuje cały dziennik zmian (plik JSON Lines, UTF-8): każdy wpis z jego skrótem "
    "SHA-256 i skrótem wpisu poprzedniego, podpisany koniec łańcucha i klucze publiczne "
    "biura. Osoba spoza biura sprawdza plik skryptem check_audit_log.py z folderu "
    "reviewer programu (opis w README), z kluczem publicznym biura podanym osobno."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="PLIK",
                        help="plik dziennika (.jsonl); istniejący zostanie zastąpiony")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import audit_log

    with opened_data(args) as ctx:
        made = audit_log.export_log(ctx, acting(ctx, args), Path(args.output))
    say(f"Zapisano dziennik zmian ({made.entries} wpisów): {made.path}")
    return 0
