"""Opening the data folder for one command: ``--data-dir`` (or its default), closed again
when the command is done."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from calcert_desktop.cli.acting import user_login
from calcert_desktop.cli.passwords import own_password
from calcert_desktop.paths import DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from calcert_desktop.services.context import AppContext


def open_data(
    args: argparse.Namespace, *, create: bool = False, sweep: bool = True
) -> AppContext:
    """The data folder the command names, opened (and created if ``create``); then, unless
    ``sweep`` is False (or ``CALCERT_NO_SWEEP=1``: tests recording backdated acts), what
    became final or expired by today is recorded as the system's act (one query when
    nothing is due), and said on stderr when there was something, and files the wizard
    stored for drafts never saved are removed after their grace period (one query when
    there are none)."""
    # the services (SQLAlchemy with them) load when a command opens the data, not before
    from calcert_desktop.services.context import open_context

    paths = resolve_data_dir(args.data_dir, getattr(args, "database", None))
    ctx = open_context(paths, create=create, key=_unlocked(args, paths))
    if sweep and os.environ.get("CALCERT_NO_SWEEP") != "1":
        try:
            _sweep(ctx)
        except BaseException:
            ctx.close()
            raise
    return ctx


def _unlocked(args: argparse.Namespace, paths: DataPaths) -> bytes | None:
    """An encrypted installation's data key, unwrapped with the password of ``--user``
    (read once: :func:`cli.acting.acting` signs in with it); None for a plain one."""
    from calcert_desktop.services.auth import remembered, unlock

    if not unlock.is_encrypted(paths):
        return None
    login = user_login(args)
    password = own_password(args, login, lambda: remembered.stored_for(paths, login))
    key = unlock.data_key_for(paths, login, password)
    args.unlocked_password = password
    return key


def _sweep(ctx: AppContext) -> None:
    from calcert_desktop.services.admin.unused_files import remove_unused_files
    from calcert_desktop.services.process.sweep import sweep

    remove_unused_files(ctx)
    done = sweep(ctx)
    for item in done.items:
        print(f"{item.reference}: {item.action.label} z dniem {item.on.isoformat()} "
              f"(zapisane przez system)", file=sys.stderr)  # fmt: skip


@contextmanager
def opened_data(
    args: argparse.Namespace, *, create: bool = False, sweep: bool = True
) -> Iterator[AppContext]:
    """``open_data`` for the length of a ``with`` block."""
    ctx = open_data(args, create=create, sweep=sweep)
    try:
        yield ctx
    finally:
        ctx.close()
