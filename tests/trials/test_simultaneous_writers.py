"""Writers wait their turn: two processes filing cases at the same moments, twenty times,
all succeed, and the year's numbers stay gap-free and unique (no lost update of the
counter, no number given twice), on either engine (a SQLite file's writers queue for it;
a server's lock the year's counter row)."""

from __future__ import annotations

import time

import pytest

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, reading
from calcert_desktop.storage.models import Counter
from trials.support import check_problems, folder_with_drafts, spawn

PAIRS = 20
INTERVAL = 0.25  # seconds between rounds; one filing takes a few hundredths


@pytest.mark.slow
def test_twenty_pairs_of_simultaneous_writers_all_succeed(prepared_db, tmp_path):
    folder = tmp_path / "dane"
    codes = folder_with_drafts(prepared_db, folder, 2 * PAIRS)
    children = [
        spawn("writer_child.py", str(folder), str(INTERVAL), *codes[half::2])
        for half in (0, 1)
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    start = f"{time.time() + 0.3}\n"
    outputs = []
    for child in children:
        assert child.stdin is not None
        child.stdin.write(start)
        child.stdin.flush()
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        outputs.append(out.splitlines())
    results = [line.split(" ", 2) for lines in outputs for line in lines]
    failures = [r for r in results if r[0] != "ok"]
    assert failures == [] and len(results) == 2 * PAIRS
    references = sorted(r[2] for r in results)
    assert references == [f"CAL/2024/{n:04d}" for n in range(1, 2 * PAIRS + 1)]
    ctx = open_context(DataPaths(folder), create=False)
    try:
        with reading(ctx) as session:
            counter = session.get(Counter, ("reference", 2024))
            assert counter is not None and counter.last == 2 * PAIRS
    finally:
        ctx.close()
    assert check_problems(folder) == []
