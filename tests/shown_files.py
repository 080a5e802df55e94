"""``calcert show REF --json`` for many cases, in worker processes (the acceptance test of
``db copy`` runs it 6,000 times): each worker runs the command line in-process, opening each
data folder once (opening the database afresh for every case would take several minutes)."""

from __future__ import annotations

import contextlib
import hashlib
import io
from pathlib import Path
from typing import Any

_opened: dict[Path, Any] = {}


def _shared_open_context(paths: Any, *, create: bool, key: bytes | None = None) -> Any:
    from calcert_desktop.services.context import AppContext

    ctx: AppContext | None = _opened.get(paths.root)
    if ctx is None:
        ctx = _REAL(paths, create=create, key=key)
        _opened[paths.root] = ctx
        ctx.close = lambda: None  # type: ignore[method-assign]  # kept for the next case
    return ctx


_REAL: Any = None


def share_openings() -> None:
    """Make the command line open each data folder once in this process."""
    global _REAL
    from calcert_desktop.services import context

    if _REAL is None:
        _REAL = context.open_context
        context.open_context = _shared_open_context


def show(folder: str, reference: str, user: str = "biuro") -> str:
    """What ``calcert --data-dir FOLDER --user USER show REFERENCE --json`` prints."""
    from cli_support import run_main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()) as err:
        code = run_main(["--data-dir", folder], "show", reference, "--json", user=user)
    if code != 0:
        raise RuntimeError(f"show {reference} in {folder}: {err.getvalue()}")
    return out.getvalue()


def digests(folder: str, references: list[str]) -> list[str]:
    """SHA-256 of each case's ``show --json`` output in ``folder`` (a worker's task)."""
    from cli_support import cheap_password_hashes

    share_openings()
    cheap_password_hashes()  # as in the tests' process: each show signs in
    return [hashlib.sha256(show(folder, ref).encode("utf-8")).hexdigest() for ref in references]
