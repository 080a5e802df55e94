"""``calcert export-person (--login L | --email E | --name N) -o FILE.json|FILE.pdf``: all the
office holds about one person (administrator; RODO's right of access)."""

from __future__ import annotations

import argparse
from pathlib import Path

from calcert_desktop.cli import person_subject
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say

NAME = "export-person"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    person_subject.add_arguments(parser)
    parser.add_argument("-o", "--output", required=True, metavar="PLIK",
                        help="plik .json albo .pdf")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.privacy import export

    with opened_data(args) as ctx:
        subject = person_subject.subject_of(args)
        written = export.write(ctx, acting(ctx, args), subject, Path(args.output).expanduser())
    say(f"Zapisano wykaz danych osoby ({subject.shown()}): {written}")
    return 0
