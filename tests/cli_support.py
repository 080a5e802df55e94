"""Helpers of the command-line test fixtures that a module-scoped fixture can use too (a
module cannot import them from ``conftest``: ``tests/ui`` has a conftest of its own)."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "forms" / "examples" / "declaration-example.json"


def write_declaration(
    folder: Path,
    signed: str = "2024-02-10",
    edit: Callable[[dict[str, Any]], None] | None = None,
    name: str = "deklaracja.json",
) -> Path:
    """The example declaration, signed on ``signed`` and changed by ``edit``, as a file in
    ``folder``."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["signature"]["date"] = signed
    if edit:
        edit(data)
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


class Captured:
    """What ``capsys`` gives ``Cli``, for a fixture wider than one test: the output printed
    inside ``with captured:`` (stdout and stderr redirected to buffers)."""

    def __init__(self) -> None:
        self.out, self.err = io.StringIO(), io.StringIO()
        self._redirects: list[Any] = []

    def __enter__(self) -> Captured:
        self._redirects = [contextlib.redirect_stdout(self.out),
                           contextlib.redirect_stderr(self.err)]  # fmt: skip
        for redirect in self._redirects:
            redirect.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        for redirect in reversed(self._redirects):
            redirect.__exit__(*exc)

    def readouterr(self) -> tuple[str, str]:
        out, err = self.out.getvalue(), self.err.getvalue()
        for buffer in (self.out, self.err):
            buffer.seek(0)
            buffer.truncate()
        return out, err
