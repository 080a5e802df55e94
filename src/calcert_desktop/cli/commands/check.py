"""``calcert check``: integrity, foreign keys, the audit log (its hash chain and signature,
and every record against it), the yearly numbering and the
files kept in the database; exit code 1 when anything is wrong."""

from __future__ import annotations

import argparse

from calcert_desktop.cli import output
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data

NAME = "check"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No arguments: the data folder is the global ``--data-dir``."""


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import maintenance

    with opened_data(args) as ctx:
        report = maintenance.check(ctx, acting(ctx, args))
    output.print_report(report)
    return 0 if report.ok else 1
