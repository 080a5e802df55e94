"""``calcert pdf KIND REF -o FILE``: one document of a case as a PDF file."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data

NAME = "pdf"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", metavar="RODZAJ", help="rodzaj dokumentu, np. certificate")
    parser.add_argument("reference", metavar="NUMER", help="numer sprawy CAL/…")
    parser.add_argument(
        "-o", "--output", required=True, metavar="PLIK.pdf", help="plik wynikowy"
    )


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.documents import exports, generate

    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        pdf = generate.render(ctx, actor, args.kind, args.reference)
    target = exports.write_file(args.output, pdf)  # complete under its name, or not at all
    print(f"Zapisano {target} ({len(pdf) // 1024 + 1} KB).")
    return 0
