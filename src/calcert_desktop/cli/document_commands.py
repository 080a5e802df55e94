"""The command line's documents: ``calcert pdf KIND REF -o FILE`` and the register,
``calcert register -o FILE`` (.pdf or .csv)."""

from __future__ import annotations

import argparse
from typing import Any

from calcert_desktop.cli.opening import opened_data
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.services.documents import exports, generate, register_export


def cmd_pdf(args: argparse.Namespace) -> int:
    with opened_data(args) as ctx:
        actor = resolve_actor(ctx, args.user)
        pdf = generate.render(ctx, actor, args.kind, args.reference)
    target = exports.write_file(args.output, pdf)  # complete under its name, or not at all
    print(f"Zapisano {target} ({len(pdf) // 1024 + 1} KB).")
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    with opened_data(args) as ctx:
        count = register_export.export(ctx, args.output)
    print(f"Zapisano rejestr certyfikatów do {args.output} (liczba wpisów: {count}).")
    return 0


def register(sub: Any) -> None:
    """Add the document commands to ``sub``."""
    text = "wygeneruj dokument sprawy jako PDF"
    p = sub.add_parser("pdf", help=text, description=text)
    p.set_defaults(handler=cmd_pdf)
    p.add_argument("kind", metavar="RODZAJ", help="rodzaj dokumentu, np. certificate")
    p.add_argument("reference", metavar="NUMER", help="numer sprawy CAL/…")
    p.add_argument("-o", "--output", required=True, metavar="PLIK.pdf", help="plik wynikowy")

    text = "zapisz rejestr certyfikatów jako PDF albo CSV (według rozszerzenia pliku)"
    p = sub.add_parser("register", help=text, description=text)
    p.set_defaults(handler=cmd_register)
    p.add_argument("-o", "--output", required=True, metavar="PLIK.pdf|PLIK.csv",
                   help="plik wynikowy: .pdf albo .csv (dla Excela)")  # fmt: skip
