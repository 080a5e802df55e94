"""``calcert verify-certificate TEXT [--on DATE]``: check a certificate's seal, offline.

Exit codes: 0 genuine and valid, 1 not (or invalid input), 3 a genuine signature whose
status this register cannot confirm."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.act_options import parse_date
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.commands import help_line
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say

NAME = "verify-certificate"
DESCRIPTION = help_line(NAME) + (
    ". Kod wyjścia: 0 certyfikat prawdziwy i ważny, 1 niepotwierdzony, 3 podpis "
    "prawdziwy, ale statusu nie można sprawdzić w tym rejestrze."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    example = "CAL1.… z kodu QR, np. CJ-001/2025 7KQ2-M9XD-4HTA, albo sam kod"
    parser.add_argument("text", nargs="+", metavar="TEKST", help=example)
    parser.add_argument("--on", metavar="RRRR-MM-DD", help="dzień, na który sprawdzić ważność")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.seals import verification

    exit_codes = {verification.VALID: 0, verification.INVALID: 1, verification.UNCONFIRMED: 3}
    on = parse_date(args.on) if args.on is not None else None
    with opened_data(args) as ctx:
        result = verification.verify(ctx, acting(ctx, args), " ".join(args.text), on)
    say(result.headline)  # names read from someone's PDF: escaped
    for check in result.checks:
        say(f"  {check.line()}")
    return exit_codes[result.verdict]
