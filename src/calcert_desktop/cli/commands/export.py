"""``calcert export REF... --to INSTALLATION -o FILE``: a package of cases (issue 19). At
the office: the cases handed to a laptop for one person's work; on a laptop: the work
recorded there, sent back to the office."""

from __future__ import annotations

import argparse
from pathlib import Path

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say

NAME = "export"
DESCRIPTION = (
    "W biurze: przekazuje sprawy na laptop (wizytacja eksperta lub ocena członka Komisji) — "
    "tylko to, czego ta praca wymaga: sprawę, zgłoszenie z załącznikami i pracę jednej "
    "osoby. Na laptopie: odsyła do biura to, co zapisano w przekazanych sprawach (bez "
    "spraw: wszystkie z nową pracą). Paczka jest podpisana kluczem tej instalacji i "
    "zaszyfrowana dla odbiorcy."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("references", nargs="*", metavar="SPRAWA",
                        help="numer sprawy (CAL/2026/0001)")  # fmt: skip
    parser.add_argument("--to", required=True, metavar="INSTALACJA",
                        help="odbiorca: nazwa lub numer klucza z „calcert installations list”")
    parser.add_argument("-o", "--output", required=True, metavar="PLIK",
                        help="plik paczki (.calpack)")  # fmt: skip
    parser.add_argument("--for", dest="for_login", metavar="LOGIN",
                        help="czyja praca (gdy w sprawach pracuje kilka osób)")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.exchange import transfer

    target = Path(args.output).expanduser()
    if target.suffix.lower() != ".calpack":
        target = target.with_name(target.name + ".calpack")
    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        say(transfer.export(ctx, actor, args.references, args.to, target, args.for_login))
    return 0
