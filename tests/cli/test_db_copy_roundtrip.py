"""Acceptance of issue 17: ``calcert db copy`` of a 2,000-case demo from SQLite to PostgreSQL
and back to SQLite gives byte-identical ``calcert cases --json`` and ``calcert show REF
--json`` for every case, on the source, on the server in the middle and on the final copy.

It runs in the server's run of the suite: the source is a SQLite file and the middle a
database on the run's server. The demo is made once for the module (about 30 s) and each
copy's time is printed (``-s``), not asserted.

``show`` runs 6,000 times: opening the database afresh each time would take ten minutes, so
those runs (in worker processes, tests/shown_files.py) open each folder once and compare
SHA-256 of the outputs (the command line's own path otherwise: argument parsing, the
service, the JSON printed); a sample is run as plain command lines and must print the same.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import engines
import postgres_server
import shown_files
from cli_support import Captured, Cli

# Both engines in one test: run once, in the server run (the SQLite run has no server).
pytestmark = pytest.mark.postgresql_only("needs the server beside a SQLite file")

CASES = 2000
SAMPLE = 15  # show runs repeated as plain command lines, each folder
CHUNK = 250  # cases per worker's task


@pytest.fixture(scope="module")
def folders(
    tmp_path_factory: pytest.TempPathFactory, postgres: postgres_server.Server
) -> Iterator[dict[str, Path]]:
    """The demo's data folder, the server's (the copy), and the copy of that copy."""
    base = tmp_path_factory.mktemp("przeprowadzka")
    captured = Captured()
    databases = engines.ServerDatabases(postgres)
    with pytest.MonkeyPatch.context() as patch, captured:
        patch.setenv("PGPASSWORD", postgres_server.PASSWORD)
        source = Cli(base / "komputer", captured)
        source.ok("init", "--no-encryption")
        source.ok("demo", "--cases", str(CASES), user="admin")
        middle = Cli(databases.point(base / "serwer", databases.new()), captured)
        back = Cli(base / "laptop", captured)
        back.data_dir.mkdir()
        started = time.monotonic()
        source.ok("db", "copy", "--from", str(source.data_dir), "--to", str(middle.data_dir))
        there = time.monotonic() - started
        started = time.monotonic()
        back.ok("db", "copy", "--from", str(middle.data_dir), "--to", str(back.data_dir))
        back_again = time.monotonic() - started
    print(f"\ndb copy of {CASES} demo cases: SQLite -> PostgreSQL {there:.1f} s, "
          f"PostgreSQL -> SQLite {back_again:.1f} s")  # fmt: skip
    yield {"source": source.data_dir, "server": middle.data_dir, "copy": back.data_dir}
    databases.drop_all()


@pytest.fixture
def on_each(
    folders: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> dict[str, Cli]:
    """The command line on the three folders, with the server's password as an office's
    script gives it."""
    monkeypatch.setenv("PGPASSWORD", postgres_server.PASSWORD)
    return {where: Cli(folder, capsys) for where, folder in folders.items()}


def _cases(cli: Cli) -> str:
    return cli.ok("cases", "--json", user="biuro")


def test_the_case_list_is_byte_identical_on_all_three(on_each):
    listed = {where: _cases(cli) for where, cli in on_each.items()}
    assert len(json.loads(listed["source"])) == CASES
    assert listed["server"] == listed["source"]
    assert listed["copy"] == listed["source"]
    search = {where: cli.ok("cases", "--search", "lodz", user="biuro")
              for where, cli in on_each.items()}  # fmt: skip
    assert search["server"] == search["source"] == search["copy"] and search["source"].strip()


@pytest.mark.slow  # 6,000 show commands: a few minutes, spread over the processors
def test_every_case_file_is_byte_identical_on_all_three(on_each):
    references = [row["reference"] for row in json.loads(_cases(on_each["source"]))]
    assert len(references) == CASES and all(references)
    # A sample as plain command lines (each opening the database itself) ...
    plain = {where: [cli.ok("show", ref, "--json", user="biuro") for ref in references[:SAMPLE]]
             for where, cli in on_each.items()}  # fmt: skip
    assert json.loads(plain["source"][0])["reference"] == references[0]
    assert plain["server"] == plain["source"] and plain["copy"] == plain["source"]
    # ... must print what the workers' runs print (one opening per folder and process).
    chunks = [references[i : i + CHUNK] for i in range(0, CASES, CHUNK)]
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2, mp_context=spawn) as pool:
        jobs = {where: [pool.submit(shown_files.digests, str(cli.data_dir), chunk)
                        for chunk in chunks] for where, cli in on_each.items()}  # fmt: skip
        digests = {where: [d for job in found for d in job.result()]
                   for where, found in jobs.items()}  # fmt: skip
    for where, outputs in plain.items():
        assert [hashlib.sha256(o.encode()).hexdigest() for o in outputs] == digests[where][:SAMPLE]
    differing = [ref for ref, a, b, c in zip(references, digests["source"], digests["server"],
                                            digests["copy"], strict=True)
                 if not a == b == c]  # fmt: skip
    assert differing == []


def test_the_copies_pass_the_full_check(on_each):
    for cli in on_each.values():
        assert "Baza danych jest w porządku." in cli.ok("check")
