"""Opening the data folder for one command: ``--data-dir`` (or its default), closed again
when the command is done."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from calcert_desktop.paths import resolve_data_dir

if TYPE_CHECKING:
    from calcert_desktop.services.context import AppContext


def open_data(args: argparse.Namespace, *, create: bool = False) -> AppContext:
    """The data folder the command names, opened (and created if ``create``)."""
    # the services (SQLAlchemy with them) load when a command opens the data, not before
    from calcert_desktop.services.context import open_context

    return open_context(resolve_data_dir(args.data_dir), create=create)


@contextmanager
def opened_data(args: argparse.Namespace, *, create: bool = False) -> Iterator[AppContext]:
    """``open_data`` for the length of a ``with`` block."""
    ctx = open_data(args, create=create)
    try:
        yield ctx
    finally:
        ctx.close()
