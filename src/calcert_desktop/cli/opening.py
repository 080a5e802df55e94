"""Opening the data folder for one command: ``--data-dir`` (or its default), closed again
when the command is done."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from calcert_desktop.paths import resolve_data_dir
from calcert_desktop.services.context import AppContext, open_context


def open_data(args: argparse.Namespace, *, create: bool = False) -> AppContext:
    """The data folder the command names, opened (and created if ``create``)."""
    return open_context(resolve_data_dir(args.data_dir), create=create)


@contextmanager
def opened_data(args: argparse.Namespace, *, create: bool = False) -> Iterator[AppContext]:
    """``open_data`` for the length of a ``with`` block."""
    ctx = open_data(args, create=create)
    try:
        yield ctx
    finally:
        ctx.close()
