"""``calcert verify-signature FILE|KIND REF``: read a PDF's electronic signatures back.

Exit codes: 0 every signature valid (the document unchanged since), 1 a signature broken or
the document changed after it, or no signature at all."""

from __future__ import annotations

import argparse
from pathlib import Path

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.commands import help_line
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.errors import DomainError, ValidationError

NAME = "verify-signature"
DESCRIPTION = help_line(NAME) + (
    ". Kod wyjścia: 0 wszystkie podpisy poprawne, 1 podpis nieważny, dokument zmieniony po "
    "podpisaniu albo bez podpisu."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "target", nargs="+", metavar="PLIK|RODZAJ NUMER",
        help="plik PDF albo rodzaj dokumentu i numer sprawy (jego najnowsza podpisana wersja)",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.documents import signing

    if len(args.target) > 2:
        raise ValidationError("signature.target_usage", "target")
    if len(args.target) == 1:
        path = Path(args.target[0]).expanduser()
        name = path.name
        checks = signing.check_file(path)
    else:
        kind, reference = args.target
        with opened_data(args) as ctx:
            actor = acting(ctx, args)
            document = signing.newest_signed(ctx, actor, kind, reference)
            name = document.name
            checks = signing.check(ctx, actor, document)
    if not checks:
        raise DomainError("signature.not_signed", None, name=name)
    say(f"{name}:")
    for number, check in enumerate(checks, 1):
        say(f"  {number}. {check.summary()}")
        for line in check.details():
            say(f"     {line}")
    return 0 if all(check.valid for check in checks) else 1
