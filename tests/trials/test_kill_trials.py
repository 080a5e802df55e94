"""Kill -9 at random moments: every command is all or nothing.

During ``calcert demo`` on a fresh data folder, and during a loop of service actions: after
the kill ``calcert check`` passes, no case is half-written, the numbers are right, and the
command can be run again (the demo) or resumed (the loop). Seeded, so a failure replays.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.services.views import case_file
from cli_support import PASSWORD, write_declaration
from trials import act_loop
from trials.case_steps import STEPS, progress
from trials.support import check_problems, child_env, copy_folder, folder_with_drafts, spawn

SEED = 20261204
TRIALS = 20
DEMO_CASES = "80"
LOOP_CASES = 4


def _demo_window(command: list[str], database: Path, cases: int) -> tuple[float, float]:
    """Run the demo ``command`` once, watching its database: (seconds until the file
    appears, seconds until its cases are committed) — the moments worth killing in."""
    began = time.monotonic()
    process = _demo_process(command, subprocess.DEVNULL)
    appeared = committed = None
    while committed is None:
        now = time.monotonic() - began
        if appeared is None and database.exists():
            appeared = now
        if appeared is not None and _cases(database) == cases:
            committed = now
        assert process.poll() in (None, 0)
        time.sleep(0.01)
    assert process.wait() == 0
    assert appeared is not None
    return appeared, committed


def _demo_process(command: list[str], stdout: int) -> subprocess.Popen[str]:
    """The demo ``command`` started, the administrator's password given on its stdin."""
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.DEVNULL, text=True,
                               env=child_env(), stdin=subprocess.PIPE)  # fmt: skip
    assert process.stdin is not None
    process.stdin.write(f"{PASSWORD}\n")
    process.stdin.close()
    return process


def _killed(process: subprocess.Popen[str], after: float) -> tuple[bool, str]:
    """Kill -9 ``process`` ``after`` seconds from now; (was it still running, its stdout)."""
    time.sleep(after)
    running = process.poll() is None
    process.kill()
    out = process.stdout.read() if process.stdout is not None else ""
    process.wait()
    return running, out


def _cases(database: Path) -> int:
    if not database.exists():
        return 0
    with closing(sqlite3.connect(database)) as connection:
        tables = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
        if "cases" not in tables:
            return 0
        return connection.execute("SELECT count(*) FROM cases").fetchone()[0]


def _reference_counter(database: Path, year: int) -> int:
    with closing(sqlite3.connect(database)) as connection:
        row = connection.execute(
            "SELECT last FROM counters WHERE kind = 'reference' AND year = ?", (year,)
        ).fetchone()
    return row[0] if row else 0


@pytest.mark.slow
def test_kill_during_demo(tmp_path, make_cli, capsys):
    rng = random.Random(SEED)
    demo = [sys.executable, "-m", "calcert_desktop", "--data-dir"]
    args = ["demo", "--cases", DEMO_CASES, "--seed", "3"]
    signed = ["--user", "admin", "--password-fd", "0"]
    for warm_up in ("pomiar1", "pomiar2"):  # the second run, with warm caches, is measured
        measured = tmp_path / warm_up
        make_cli(measured, capsys).ok("init", "--no-encryption")
        appears, commits = _demo_window(
            [*demo, str(measured), *signed, *args], measured / "calcert.sqlite3",
            int(DEMO_CASES),
        )
    outcomes: dict[str, int] = {}
    for trial in range(TRIALS):
        folder = tmp_path / f"demo{trial}"
        cli = make_cli(folder, capsys)
        # the demo is loaded by the administrator, into a database made first
        cli.ok("init", "--no-encryption")
        process = _demo_process([*demo, str(folder), *signed, *args], subprocess.PIPE)
        _killed(process, rng.uniform(0.8 * appears, commits))
        found = _cases(cli.database)
        assert found in (0, int(DEMO_CASES)), f"trial {trial}: {found} cases"
        code, out, err = cli("check")
        assert code == 0, f"trial {trial}: {out}{err}"
        outcome = "complete" if found else "empty database"
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        code, _, err = cli(*args, user="admin")
        if found:  # the kill came after the commit: the demo is whole, a second is refused
            assert code == 1 and "pustej" in err
        else:
            assert code == 0, f"trial {trial}: {err}"
        assert _cases(cli.database) == int(DEMO_CASES)
        assert cli("check")[0] == 0
        # Real numbering goes on from the demo's last number of the year.
        today = date.today()
        last = _reference_counter(cli.database, today.year)
        declaration = write_declaration(tmp_path, signed=str(today), name=f"d{trial}.json")
        draft = cli.ok("declare", str(declaration), user="biuro").strip()
        out = cli.ok("act", draft, "file", "--date", str(today), user="biuro")
        assert f"CAL/{today.year}/{last + 1:04d}" in out, out
    print(f"demo: database at {appears:.2f} s, committed at {commits:.2f} s; {outcomes}")


def _assert_whole(ctx, code: str, done: int) -> None:
    """The case's records are exactly those of its first ``done`` steps."""
    data = case_file.load(ctx, resolve_actor(ctx, "biuro"), code).to_json()
    assert (data["reference"] is not None) == (done >= 1), data["state"]
    assert len(data["members"]) == (1 if done >= 3 else 0)
    assert len(data["assessments"]) == max(0, min(9, done - 3))
    assert len(data["decisions"]) == (1 if done >= len(STEPS) - 1 else 0)
    assert (data["certificate"] is not None) == (done == len(STEPS))


def _started_loop(folder: Path, codes: list[str]) -> subprocess.Popen[str]:
    """The act loop on ``folder``, once it has opened the database (start-up is not what
    the trial is about)."""
    process = spawn("act_loop.py", str(folder), *codes)
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process


@pytest.mark.slow
def test_kill_during_an_act_loop(prepared_db, tmp_path):
    rng = random.Random(SEED + 1)
    template = tmp_path / "wzor"
    codes = folder_with_drafts(prepared_db, template, LOOP_CASES)
    measured = _started_loop(copy_folder(template, tmp_path / "pomiar"), codes)
    began = time.monotonic()
    assert measured.wait() == 0
    duration = time.monotonic() - began
    steps_at_kill = []
    for trial in range(TRIALS):
        folder = copy_folder(template, tmp_path / f"petla{trial}")
        _, out = _killed(_started_loop(folder, codes), rng.uniform(0.0, 1.0) * duration)
        printed = len(out.splitlines())  # steps reported after their commit
        assert check_problems(folder) == [], f"trial {trial}"
        ctx = open_context(DataPaths(folder), create=False)
        try:
            done = [progress(ctx, code) for code in codes]
            for code, count in zip(codes, done, strict=True):
                _assert_whole(ctx, code, count)
        finally:
            ctx.close()
        # Cases are worked one after another: those before are whole, those after untouched.
        current = next((i for i, d in enumerate(done) if d < len(STEPS)), len(done))
        assert all(d == 0 for d in done[current + 1 :]), done
        assert sum(done) in (printed, printed + 1), (done, printed)
        steps_at_kill.append(sum(done))
        act_loop.run(folder, codes)  # resumed where each case stopped
        assert check_problems(folder) == [], f"trial {trial} after resuming"
        ctx = open_context(DataPaths(folder), create=False)
        try:
            office = resolve_actor(ctx, "biuro")
            files = [case_file.load(ctx, office, code).to_json() for code in codes]
        finally:
            ctx.close()
        assert sorted(f["reference"] for f in files) == [
            f"CAL/2024/{n:04d}" for n in range(1, LOOP_CASES + 1)
        ]
        assert sorted(f["certificate"]["number"] for f in files) == [
            f"CJ-{n:03d}/2024" for n in range(1, LOOP_CASES + 1)
        ]
    print(f"act loop: {duration:.2f} s of actions a run; steps done at each kill: {steps_at_kill}")
