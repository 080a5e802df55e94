"""``calcert register -o FILE``: the register of certificates as a PDF or a CSV file (by the
file's extension)."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data

NAME = "register"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="PLIK.pdf|PLIK.csv",
                        help="plik wynikowy: .pdf albo .csv (dla Excela)")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.documents import register_export

    with opened_data(args) as ctx:
        count = register_export.export(ctx, acting(ctx, args), args.output)
    print(f"Zapisano rejestr certyfikatów do {args.output} (liczba wpisów: {count}).")
    return 0
