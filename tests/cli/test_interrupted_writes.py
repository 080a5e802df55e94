"""Writes that are interrupted leave nothing half-written under a final name.

- kill -9 at a random moment (seeded, within the command's measured duration) during
  ``calcert backup -o FILE`` and during ``calcert pdf KIND REF -o FILE`` over an existing good
  file: the target is absent or complete (a sound SQLite backup, a readable PDF); when the
  kill left a partial file, i.e. came before the rename, the previous file is intact byte for
  byte; ``calcert check`` passes; the leftovers are gone after the next command; the command
  run again succeeds.
- a write that fails midway (a file-size limit, as ``ulimit -f``) leaves the previous file
  intact and says why in one Polish line.
"""

from __future__ import annotations

import functools
import io
import os
import random
import sqlite3
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader

import calcert_process
from calcert_desktop.storage import migrate
from calcert_desktop.storage.backup import check_backup_file
from calcert_desktop.storage.files import is_partial

TRIALS = 20
WRITING_TRIALS = 4  # each kind, killed the moment its partial file appears
REFERENCE = "CAL/2026/0001"
PDF = ("pdf", "application", REFERENCE)
OUTCOMES: Counter[str] = Counter()


def partials(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if is_partial(p))


def readable_pdf(content: bytes) -> bool:
    """A complete PDF: pypdf reads every page and finds the case number on the first."""
    reader = PdfReader(io.BytesIO(content), strict=True)
    return len(reader.pages) >= 1 and REFERENCE in reader.pages[0].extract_text()


def row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def measured(data: Path, *args: str, user: str | None = None, fresh: Path | None = None) -> float:
    """How long the command takes here and now (the slower of two runs; ``fresh`` is
    removed before each)."""
    took = []
    for _ in range(2):
        if fresh is not None:
            fresh.unlink(missing_ok=True)
        started = time.monotonic()
        done = calcert_process.run(data, *args, user=user)
        took.append(time.monotonic() - started)
        assert done.returncode == 0, done.stderr
    return max(took)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """A small demo database, a folder for the exported PDF, and the data folder's own
    folder for backups (so that the next start must clear what a killed backup left)."""
    base = tmp_path_factory.mktemp("przerwane")
    data, out = base / "dane", base / "wyniki"
    out.mkdir()
    for args, user in ((("init", "--no-encryption"), None), (("demo", "--cases", "3"), "admin")):
        done = calcert_process.run(data, *args, user=user)
        assert done.returncode == 0, done.stderr
    (data / "kopie-zapasowe").mkdir()
    yield {"data": data, "pdf": out / "wniosek.pdf",
           "backup": data / "kopie-zapasowe" / "k.sqlite3"}  # fmt: skip
    print(f"\nkill -9 trials: {dict(OUTCOMES)}")


@pytest.fixture(scope="module")
def durations(demo: dict[str, Path]) -> dict[str, float]:
    data = demo["data"]
    pdf_s = measured(data, *PDF, "-o", str(demo["pdf"]), user="biuro")  # the good file too
    trial = demo["backup"].with_name("pomiar.sqlite3")
    backup_s = measured(data, "backup", "-o", str(trial), fresh=trial)
    trial.unlink()
    print(f"\nmeasured: pdf {pdf_s:.2f} s, backup {backup_s:.2f} s")
    return {"pdf": pdf_s, "backup": backup_s}


def killed(data: Path, *args: str, delay: float, user: str | None = None) -> bool:
    """Start the command, SIGKILL it after ``delay`` seconds; True if it was still running."""
    process = calcert_process.start(data, *args, user=user)
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:  # still running: the kill lands
        process.kill()
        process.wait()
        return True
    return False


def killed_while_writing(data: Path, *args: str, target: Path, user: str | None = None) -> bool:
    """Start the command, SIGKILL it the moment its partial file beside ``target`` appears
    (random moments seldom fall in those few milliseconds); True if it was caught so."""
    process = calcert_process.start(data, *args, user=user)
    prefix = f".{target.name}."
    while process.poll() is None:
        if any(entry.name.startswith(prefix) for entry in os.scandir(target.parent)):
            process.kill()
            process.wait()
            return True
        time.sleep(0.0005)  # leave the child the CPU; its write takes milliseconds
    return False


def checked_and_cleared(cli, data: Path) -> None:
    """``calcert check`` passes, and opening the data folder removed every leftover in it."""
    out = cli.ok("check")
    assert "Baza danych jest w porządku." in out
    assert partials(data) == []


def pdf_trial(demo: dict[str, Path], kill, label: str, cli) -> None:
    """``kill`` runs ``pdf -o`` over the good file and stops it; then the checks."""
    data, target = demo["data"], demo["pdf"]
    before = target.read_bytes()
    was_running = kill(data, *PDF, "-o", str(target), user="biuro")

    left = partials(target.parent)
    after = target.read_bytes()  # never absent: it existed, and a rename replaces in one step
    if left:  # killed between the temporary file and the rename
        assert after == before
    assert after == before or readable_pdf(after)
    OUTCOMES[f"pdf {label}: {'partial left' if left else 'old' if after == before else 'new'}"
             f"{'' if was_running else ' (ran to the end)'}"] += 1  # fmt: skip

    checked_and_cleared(cli, data)
    cli.ok(*PDF, "-o", str(target), user="biuro")
    assert partials(target.parent) == []  # the next write of the file cleared the leftover
    assert readable_pdf(target.read_bytes())


def backup_trial(demo: dict[str, Path], kill, label: str, cli) -> None:
    """``kill`` runs ``backup -o`` (into the data folder) and stops it; then the checks."""
    data, target = demo["data"], demo["backup"]
    target.unlink(missing_ok=True)  # a backup never replaces a file
    live = row_counts(data / "calcert.sqlite3")
    was_running = kill(data, "backup", "-o", str(target))

    left = partials(data)
    if target.exists():  # renamed only once complete and verified
        check_backup_file(target, migrate.known_revisions())
        assert row_counts(target) == live
    OUTCOMES[f"backup {label}: "
             f"{'partial left' if left else 'complete' if target.exists() else 'absent'}"
             f"{'' if was_running else ' (ran to the end)'}"] += 1  # fmt: skip

    checked_and_cleared(cli, data)  # the next start removed the killed backup's files
    target.unlink(missing_ok=True)
    cli.ok("backup", "-o", str(target))
    check_backup_file(target, migrate.known_revisions())
    assert row_counts(target) == live
    assert partials(data) == []


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(TRIALS))
def test_pdf_killed_at_random_leaves_the_old_file_or_the_new_one(
    trial, demo, durations, make_cli, capsys
):
    delay = random.Random(f"pdf-{trial}").uniform(0, durations["pdf"])
    pdf_trial(demo, functools.partial(killed, delay=delay), "random",
              make_cli(demo["data"], capsys))  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(TRIALS))
def test_backup_killed_at_random_leaves_no_partial_backup(
    trial, demo, durations, make_cli, capsys
):
    delay = random.Random(f"backup-{trial}").uniform(0, durations["backup"])
    backup_trial(demo, functools.partial(killed, delay=delay), "random",
                 make_cli(demo["data"], capsys))  # fmt: skip


@pytest.mark.slow
def test_killed_while_writing_the_old_pdf_stays_and_the_backup_is_cleared(demo, make_cli, capsys):
    cli = make_cli(demo["data"], capsys)
    for _ in range(WRITING_TRIALS):
        pdf_trial(demo, functools.partial(killed_while_writing, target=demo["pdf"]), "writing",
                  cli)  # fmt: skip
        backup_trial(demo, functools.partial(killed_while_writing, target=demo["backup"]),
                     "writing", cli)  # fmt: skip
    caught = sum(n for key, n in OUTCOMES.items() if "writing: partial left" in key)
    assert caught > 0, dict(OUTCOMES)  # the window was really hit, so the checks above bit


def test_a_write_failing_midway_keeps_the_previous_pdf_and_says_why(tmp_path, make_cli, capsys):
    data = tmp_path / "dane"
    for args, user in ((("init", "--no-encryption"), None), (("demo", "--cases", "3"), "admin")):
        assert calcert_process.run(data, *args, user=user).returncode == 0
    target = tmp_path / "wniosek.pdf"
    make_cli(data, capsys).ok(*PDF, "-o", str(target), user="biuro")
    good = target.read_bytes()
    assert len(good) > 40 * 1024  # bigger than the limit below: the write fails midway

    # ulimit -f 40: SQLite's 32 KiB shared-memory file still fits, the PDF does not.
    done = calcert_process.run_limited(data, *PDF, "-o", str(target), user="biuro",
                                       file_size=40 * 1024)  # fmt: skip
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert done.stderr.splitlines() == [
        f"błąd: Nie udało się zapisać pliku {target}: plik przekracza dopuszczalny rozmiar. "
        "Poprzednia zawartość pliku (jeśli była) pozostała bez zmian."
    ]
    assert target.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dane", "wniosek.pdf"]
