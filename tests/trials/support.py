"""What the trials share: a data folder with the test people and numbered drafts, child
processes that see this worktree's code, and the consistency every trial must end with."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import engines
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import maintenance
from calcert_desktop.services.applications import declare
from calcert_desktop.services.context import open_context, resolve_actor
from cli_support import EXAMPLE, admin_of, institution_nip

TESTS = Path(__file__).resolve().parents[1]
SRC = TESTS.parent / "src"
HERE = Path(__file__).resolve().parent


def child_env() -> dict[str, str]:
    """The environment of a child process: this worktree's code before any installed one."""
    paths = [str(SRC), str(TESTS), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


def spawn(script: str, *args: str) -> subprocess.Popen[str]:
    """Start ``tests/trials/<script>`` in its own process, its output piped."""
    return subprocess.Popen(
        [sys.executable, str(HERE / script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )


def folder_with_drafts(prepared_db: Path, folder: Path, count: int) -> list[str]:
    """``folder`` made a data folder (the test people) holding ``count`` drafts; their codes."""
    folder.mkdir(parents=True)
    engines.seed(prepared_db, folder)
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["signature"]["date"] = "2024-02-10"
    data.pop("attachments", None)
    ctx = open_context(DataPaths(folder), create=False)
    try:
        office = resolve_actor(ctx, "biuro")
        drafts = []
        for _ in range(count):  # each draft its own institution (filing one warns of none)
            data["institution"]["nip"] = institution_nip()
            drafts.append(declare.declare(ctx, office, data).reference)
        return drafts
    finally:
        ctx.close()


def copy_folder(template: Path, target: Path) -> Path:
    """A fresh copy of a closed data folder."""
    engines.copy_folder(template, target)
    return target


def check_problems(folder: Path) -> list[str]:
    """What ``calcert check`` finds in the data folder (empty when it passes)."""
    ctx = open_context(DataPaths(folder), create=False)
    try:
        report = maintenance.check(ctx, admin_of(ctx))
    finally:
        ctx.close()
    return [*report.integrity, *report.foreign_keys, *report.audit, *report.numbering]
