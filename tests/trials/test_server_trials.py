"""Several people at once, each in their own process (a PC of the office) on one database:
twenty filings and twenty certificates issued at the same moment get twenty distinct,
gap-free numbers; two people saving the same draft get one success and one Polish conflict
naming the other; the server killed mid-write loses no acknowledged record and leaves no
half-written one, and an open program works again once the server is back.

Twenty PCs at once and the server killed need the server (two writers numbering on SQLite:
tests/trials/test_simultaneous_writers.py); the two people editing one draft run on either
engine (on SQLite the writers queue for the file; on the server they lock the draft's row).
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

import engines
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import people
from calcert_desktop.services.applications import drafts
from calcert_desktop.services.context import AppContext, open_context, reading, resolve_actor
from calcert_desktop.services.process import batch, perform
from calcert_desktop.services.views import case_file
from calcert_desktop.storage.models import Counter
from server_restart import start_server_again
from trials.case_steps import DAY, STANDARDS, STEPS
from trials.support import check_problems, folder_with_drafts, spawn

CLIENTS = 20
ISSUE = len(STEPS) - 1  # the Board's step: a certificate number and a resolution number


def _together(children: list[subprocess.Popen[str]], lead: float = 0.5) -> list[list[str]]:
    """Start every child's work at one moment; each one's outcome lines, split in three
    (``ok``/``fail``, the case, the rest)."""
    for child in children:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "ready", line + (child.stderr.read() if child.stderr else "")
    start = f"{time.time() + lead}\n"
    for child in children:
        assert child.stdin is not None
        child.stdin.write(start)
        child.stdin.flush()
    results = []
    for child in children:
        out, err = child.communicate(timeout=180)
        assert child.returncode == 0, err
        results += [line.split(" ", 2) for line in out.splitlines()]
    return results


def _opened(folder: Path) -> AppContext:
    return open_context(DataPaths(folder), create=False)


def _counter(folder: Path, kind: str, year: int) -> int | None:
    ctx = _opened(folder)
    try:
        with reading(ctx) as session:
            row = session.get(Counter, (kind, year))
            return row.last if row is not None else None
    finally:
        ctx.close()


def _granted(folder: Path, codes: list[str]) -> None:
    """Take each drafted case up to the Commission's grant (the step before the Board's)."""
    ctx = _opened(folder)
    try:
        for code in codes:
            for login, action, params in STEPS[:3]:
                perform.perform(ctx, resolve_actor(ctx, login), code, action, DAY, params)
            ratings = {s: ("meets", "", "") for s in STANDARDS}
            batch.assess_standards(ctx, resolve_actor(ctx, "czlonek1"), code, DAY, ratings)
            login, action, params = STEPS[ISSUE - 1]
            perform.perform(ctx, resolve_actor(ctx, login), code, action, DAY, params)
    finally:
        ctx.close()


@pytest.mark.postgresql_only("twenty PCs at once: SQLite's writers would outwait its busy timeout")
def test_twenty_filings_at_once_get_twenty_gap_free_references(prepared_db, tmp_path):
    folder = tmp_path / "dane"
    codes = folder_with_drafts(prepared_db, folder, CLIENTS)
    results = _together([spawn("server_child.py", str(folder), "file-loop", c) for c in codes])
    assert [r for r in results if r[0] != "ok"] == []
    assert sorted(r[2] for r in results) == [f"CAL/2024/{n:04d}" for n in range(1, CLIENTS + 1)]
    assert _counter(folder, "reference", 2024) == CLIENTS
    assert check_problems(folder) == []  # the counter's audit log replays to its value


@pytest.mark.slow
@pytest.mark.postgresql_only("twenty PCs at once: SQLite's writers would outwait its busy timeout")
def test_twenty_certificates_issued_at_once_get_gap_free_numbers(prepared_db, tmp_path):
    folder = tmp_path / "dane"
    codes = folder_with_drafts(prepared_db, folder, CLIENTS)
    _granted(folder, codes)
    children = [spawn("server_child.py", str(folder), "act", "zarzad", str(ISSUE), c)
                for c in codes]  # fmt: skip
    results = _together(children)
    assert [r for r in results if r[0] != "ok"] == []
    issued = [json.loads(r[2]) for r in results]
    assert sorted(i["certificate"] for i in issued) == [
        f"CJ-{n:03d}/2024" for n in range(1, CLIENTS + 1)
    ]
    assert sorted(int(i["resolution"].split("/")[0]) for i in issued) == list(
        range(1, CLIENTS + 1)
    )
    assert _counter(folder, "certificate", 2024) == CLIENTS
    assert _counter(folder, "resolution", 2024) == CLIENTS
    assert check_problems(folder) == []


def test_two_people_saving_one_draft_get_one_success_and_one_polish_conflict(
    prepared_db, tmp_path
):
    folder = tmp_path / "dane"
    (code,) = folder_with_drafts(prepared_db, folder, 1)
    ctx = _opened(folder)
    try:
        admin = resolve_actor(ctx, "admin")
        people.add_user(ctx, admin, "biuro2", "Joanna Dąbrowska", "office")
    finally:
        ctx.close()
    names = {"biuro": "Fundacja Pierwsza", "biuro2": "Fundacja Druga"}
    results = _together([
        spawn("server_child.py", str(folder), "save-draft", login, code, name)
        for login, name in names.items()
    ])  # fmt: skip
    assert sorted(r[0] for r in results) == ["fail", "ok"]
    message = json.loads(next(r[2] for r in results if r[0] == "fail"))
    ctx = _opened(folder)
    try:
        info, data = drafts.load_draft(ctx, resolve_actor(ctx, "biuro"), code)
    finally:
        ctx.close()
    winner = data["institution"]["name"]
    loser = next(name for name in names.values() if name != winner)
    other = "Ewa Zalewska (biuro)" if winner == names["biuro"] else "Joanna Dąbrowska (biuro2)"
    headline, *fields = message.splitlines()
    assert headline.startswith(f"Szkic zgłoszenia {code}: w międzyczasie zmieniła to inna "
                               f"osoba — {other}, ")  # fmt: skip
    assert "Twoich zmian nie zapisano" in headline
    assert fields == [f"Nazwa instytucji — Twoja wersja: „{loser}”; zapisana: „{winner}”"]
    assert info.version == 2  # one save went through, the other wrote nothing


def test_the_same_act_twice_at_once_is_taken_once_and_refused_once(prepared_db, tmp_path):
    folder = tmp_path / "dane"
    (code,) = folder_with_drafts(prepared_db, folder, 1)
    # Two PCs file the same application at the same moment: the second waits for the case's
    # row lock, then the state guard reads the filed case and refuses; no number is lost.
    results = _together([spawn("server_child.py", str(folder), "act", "biuro", "0", code)
                         for _ in range(2)])  # fmt: skip
    assert sorted(r[0] for r in results) == ["fail", "ok"]
    assert json.loads(next(r[2] for r in results if r[0] == "ok"))["reference"] == "CAL/2024/0001"
    refusal = json.loads(next(r[2] for r in results if r[0] == "fail"))
    assert refusal.startswith("Czynność „złożenie zgłoszenia na pisemną prośbę” nie jest "
                              "możliwa, gdy sprawa ma stan „złożone – kontrola formalna”")
    assert _counter(folder, "reference", 2024) == 1
    assert check_problems(folder) == []


# --- the server itself ------------------------------------------------------------------


WRITERS = 4
EACH = 10


@pytest.mark.postgresql_only("kills and restarts the database server")
def test_killing_the_server_mid_write_loses_no_acknowledged_record(prepared_db, tmp_path):
    folder = tmp_path / "dane"
    codes = folder_with_drafts(prepared_db, folder, WRITERS * EACH)
    children = [
        spawn("server_child.py", str(folder), "file-loop", *codes[n::WRITERS])
        for n in range(WRITERS)
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    for child in children:
        assert child.stdin is not None
        child.stdin.write(f"{time.time()}\n")
        child.stdin.flush()
    first = children[0]
    assert first.stdout is not None
    seen = [first.stdout.readline().strip() for _ in range(3)]  # the writers are under way
    assert engines.SERVER is not None
    engines.SERVER.kill()  # kill -9 the postmaster while they write
    lines = [line.split(" ", 2) for line in seen if line.strip()]
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err  # every failure was said, none crashed the program
        lines += [line.split(" ", 2) for line in out.splitlines()]
    start_server_again()

    acknowledged = {code: reference for kind, code, reference in lines if kind == "ok"}
    failures = [json.loads(message) for kind, _, message in lines if kind == "fail"]
    assert 3 <= len(acknowledged) < len(codes) and failures
    for message in failures:  # in Polish, naming the server: no driver's English
        assert "serwer" in message and "Error" not in message, message
    assert check_problems(folder) == []  # whole records with their audit entries, numbers right
    ctx = _opened(folder)
    try:
        office = resolve_actor(ctx, "biuro")
        files = {code: case_file.load(ctx, office, code).to_json() for code in codes}
        filed = {code: f["reference"] for code, f in files.items() if f["state"] == "filed"}
        for code, data in files.items():  # a case is a draft or filed, nothing in between
            assert (data["state"], data["reference"] is None) in (("draft", True),
                                                                   ("filed", False)), code
        # Every acknowledged filing is there; at most one per writer committed as the
        # server died, before its acknowledgement reached the writer.
        assert acknowledged.items() <= filed.items()
        assert len(filed) - len(acknowledged) <= WRITERS
        refused = {code: json.loads(message) for kind, code, message in lines if kind == "fail"}
        for code in filed.keys() - acknowledged.keys():  # never told "not saved" when it was
            assert "w chwili zapisu" in refused[code], refused[code]
        assert sorted(filed.values()) == [f"CAL/2024/{n:04d}" for n in range(1, len(filed) + 1)]
        print(f"server killed: {len(acknowledged)} filings acknowledged, {len(filed)} "
              f"committed, {len(failures)} refused in Polish: {sorted(set(failures))}")
        # The rest files on, the numbers going on from where they stopped.
        for code in codes:
            if code not in filed:
                perform.perform(ctx, office, code, "file", DAY)
    finally:
        ctx.close()
    assert _counter(folder, "reference", 2024) == len(codes)
    assert check_problems(folder) == []


@pytest.mark.postgresql_only("kills and restarts the database server")
def test_an_open_program_works_again_when_the_server_is_back(prepared_db, tmp_path, qapp):
    from calcert_desktop.ui.worker import Worker

    folder = tmp_path / "dane"
    (code,) = folder_with_drafts(prepared_db, folder, 1)
    ctx = _opened(folder)  # as the desktop program holds it, with its pool of connections
    worker = Worker()
    try:
        office = resolve_actor(ctx, "biuro")
        assert drafts.load_draft(ctx, office, code)[0].reference == code
        assert engines.SERVER is not None
        engines.SERVER.kill()
        time.sleep(0.5)  # the backends notice their postmaster is gone
        with pytest.raises(DomainError) as read:
            drafts.load_draft(ctx, office, code)
        with pytest.raises(DomainError) as written:
            perform.perform(ctx, office, code, "file", DAY)
        failed: list[str] = []
        worker.submit(lambda: ctx.db.engine.connect().close(), on_failure=failed.append)
        worker.wait()
        qapp.processEvents()
        start_server_again()

        for error in (read.value, written.value):
            assert error.code in ("server.connection_lost", "server.unreachable"), error.code
            assert "nic nie" in error.message.lower() or "Nic nie" in error.message
        # The worker's last line of defence words an error no service caught, too.
        assert len(failed) == 1 and failed[0].startswith(
            "Nie można połączyć się z serwerem bazy danych biura"
        ), failed
        # The same program, not restarted: its pool checks each connection before use.
        assert drafts.load_draft(ctx, office, code)[0].state.value == "draft"
        result = perform.perform(ctx, office, code, "file", DAY)
        assert result.reference == "CAL/2024/0001"
        done: list[object] = []
        worker.submit(lambda: drafts.list_applications(ctx, office), on_success=done.append)
        worker.wait()
        qapp.processEvents()
        assert len(done) == 1
    finally:
        worker.wait()
        ctx.close()
    assert check_problems(folder) == []
