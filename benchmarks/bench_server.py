"""Benchmark: the case list, a case file and filing on a PostgreSQL server of 100,000 cases.

Every figure is a median next to a floor measured in the same run on the same database,
the two alternating call by call: the floor is the very SQL our code sent (recorded as it
went to the driver, with its parameters) replayed alone with plain psycopg on a connection
of its own. The ratio is what our layers add (services, SQLAlchemy, the Qt list model, the
transactions' BEGIN and ROLLBACK and the pool's check of a connection); the database's own
work and the round trips of the statements are in both.

- keystroke: typing "lodz" and "pomocy spol" letter by letter, and a few selective words;
  per prefix the first screenful, what the GUI's case list does after a keystroke:
  ``dashboard.first_page``, the model reset to it, the first page of rows
  (``dashboard.rows_for``); also per word the first page's plan (EXPLAIN: a list index
  walked in order, or the trigram index) and the two paths forced, to compare them;
- sorts: the first screenful of a few words in every other order of the list;
- open a case: ``case_file.load``, the case window's one read;
- filing under 4 concurrent clients: 4 processes file drafts at once (``perform(file)``:
  the case locked, the year's counter, the number, the audit entries), against 4 processes
  replaying the same statements, act by act, each act one transaction, on a fresh copy of
  the database each (per act and in total).

The server: ``tests/postgres_server.start()`` (a temporary cluster of the machine's
PostgreSQL, or the one CALCERT_TEST_POSTGRES names: then the template is kept there and a
second run skips building it). The 100,000 cases: ``server_data.py`` (demo cases, then list
filler, in a template database copied per run).

Usage: python benchmarks/bench_server.py [--cases 100000] [--demo 2000] [--repeat 15]
       [--acts 15] [--rounds 3] [--skip list case filing]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import psycopg
import server_data
from sqlalchemy import event, select

import postgres_server
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import AppContext, reading, resolve_actor
from calcert_desktop.services.views import case_file, dashboard
from calcert_desktop.services.views.dashboard import DashboardQuery, SortColumn
from calcert_desktop.storage.models import AuditEntry, Case
from calcert_desktop.storage.store import open_database

TYPED = ("lodz", "pomocy spol")
SELECTIVE = ("zorawina", "swietochlowice", "cal/2024/01", "stowarzyszenie razem", "kowalska")
SORTED_WORDS = ("lod", "pomocy", "zorawina")
SORTS = (SortColumn.INSTITUTION, SortColumn.TOWN, SortColumn.STATE, SortColumn.DAYS_IN_STATE,
         SortColumn.NEXT_DEADLINE, SortColumn.RAPPORTEUR)  # fmt: skip
CLIENTS = 4
Statement = tuple[str, Any, bool]  # the SQL, its parameters, executemany


class Recorder:
    """The statements an engine sent to the driver, with their parameters."""

    def __init__(self, engine: Any, only_reads: bool = True) -> None:
        self.statements: list[Statement] = []
        self.on, self.only_reads = False, only_reads
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
              executemany: bool) -> None:  # fmt: skip
        if not self.on:
            return
        if self.only_reads and not statement.lstrip().upper().startswith(("SELECT", "WITH")):
            return
        self.statements.append((statement, parameters, executemany))

    def record(self, work: Callable[[], Any]) -> tuple[Any, list[Statement]]:
        self.statements, self.on = [], True
        try:
            return work(), self.statements
        finally:
            self.on = False


def replay(cursor: psycopg.Cursor, statements: list[Statement]) -> None:
    """The statements again, their rows fetched as ours were."""
    for statement, parameters, many in statements:
        if many:
            cursor.executemany(statement, parameters)
        else:
            cursor.execute(statement, parameters)
            if cursor.description is not None:
                cursor.fetchall()


def alternating(
    ours: Callable[[], Any], floor: Callable[[], Any], repeat: int
) -> tuple[float, float]:
    """Medians (ms) of ``ours`` and ``floor``, run in turn ``repeat`` times each."""
    times: dict[str, list[float]] = {"ours": [], "floor": []}
    for _ in range(repeat):
        for name, work in (("ours", ours), ("floor", floor)):
            start = time.perf_counter()
            work()
            times[name].append(time.perf_counter() - start)
    return statistics.median(times["ours"]) * 1000, statistics.median(times["floor"]) * 1000


def plan_of(cursor: psycopg.Cursor, statement: Statement) -> str:
    """The first page's plan in a few words: which index, walked or looked up."""
    sql, parameters, _ = statement
    cursor.execute("EXPLAIN " + sql, parameters)
    lines = [row[0] for row in cursor.fetchall()]
    if any("ix_cases_search_trgm" in line for line in lines):
        return "trigram index, then top-N sort"
    for line in lines:
        if "Scan using ix_cases_list" in line:
            return "walk " + line.split(" using ")[1].split()[0]
    return next((line.strip().split("  ")[0] for line in lines if "Scan" in line), lines[0])


def forced(cursor: psycopg.Cursor, statement: Statement, repeat: int) -> dict[str, float]:
    """The first page's SQL with each path forced (medians, ms): the walk of a list index
    (no bitmap scans), and the trigram index (no plain index scans)."""
    sql, parameters, _ = statement
    result = {}
    for path, settings in (("walk", ("enable_bitmapscan",)),
                           ("trigram", ("enable_indexscan", "enable_indexonlyscan"))):  # fmt: skip
        for setting in settings:
            cursor.execute(f"SET {setting} = off")
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            cursor.execute(sql, parameters)
            cursor.fetchall()
            times.append(time.perf_counter() - start)
        cursor.execute("RESET ALL")
        result[path] = statistics.median(times) * 1000
    return result


def bench_list(ctx: AppContext, floor: psycopg.Connection, repeat: int) -> dict[str, Any]:
    from PySide6.QtGui import QGuiApplication

    from calcert_desktop.ui.views.dashboard_model import DashboardModel

    app = QGuiApplication.instance() or QGuiApplication([])  # the model's fonts need one
    actor = resolve_actor(ctx, "przewodniczaca")
    recorder = Recorder(ctx.db.engine)
    model = DashboardModel(lambda ids: dashboard.rows_for(ctx, ids))
    cursor = floor.cursor()

    def head(query: DashboardQuery) -> None:
        keys = dashboard.first_page(ctx, actor, query)
        model.set_ids(keys, complete=False)
        if model.rowCount():
            model.index(0, 0).data()

    rows = []

    def measure(what: str, query: DashboardQuery, compare: bool) -> None:
        head(query)  # warm: caches of the server, of SQLAlchemy, of psycopg, for both
        _, statements = recorder.record(lambda: head(query))
        replay(cursor, statements)
        ours, floor_ms = alternating(lambda: head(query), lambda: replay(cursor, statements),
                                     repeat)  # fmt: skip
        row = {"what": what, "ms": round(ours, 2), "floor_ms": round(floor_ms, 2),
               "ratio": round(ours / floor_ms, 2),
               "plan": plan_of(cursor, statements[0])}  # fmt: skip
        if compare:
            row |= {f"{k}_ms": round(v, 2) for k, v in forced(cursor, statements[0], 5).items()}
        rows.append(row)
        extra = "".join(f"  {k} {row[k]:.1f}" for k in ("walk_ms", "trigram_ms") if k in row)
        print(f"{what:44} {ours:7.1f} ms  floor {floor_ms:6.1f} ms  x{ours / floor_ms:4.2f}  "
              f"{row['plan']}{extra}")  # fmt: skip

    prefixes = [w[:n] for w in TYPED for n in range(1, len(w) + 1) if not w[:n].endswith(" ")]
    for word in (*prefixes, *SELECTIVE):
        measure(f"keystroke {word!r}", DashboardQuery(search=word), compare=True)
    keystrokes = [r for r in rows if r["what"].startswith("keystroke")]
    for word in SORTED_WORDS:
        for sort in SORTS:
            measure(f"{word!r} by {sort.value}", DashboardQuery(search=word, sort=sort), False)
    del app
    return {"rows": rows, "keystroke_median_ms": statistics.median(r["ms"] for r in keystrokes),
            "keystroke_max_ms": max(r["ms"] for r in keystrokes),
            "keystroke_median_ratio": statistics.median(r["ratio"] for r in keystrokes),
            "keystroke_max_ratio": max(r["ratio"] for r in keystrokes)}  # fmt: skip


def bench_case_file(ctx: AppContext, floor: psycopg.Connection, repeat: int) -> dict[str, Any]:
    chair = resolve_actor(ctx, "przewodniczaca")
    with reading(ctx) as session:
        # A demo case (the filler has no history): the first certified one with a history.
        reference = session.scalar(
            select(Case.reference)
            .where(Case.state == "certified", Case.id.in_(select(AuditEntry.case_id)))
            .order_by(Case.reference)
            .limit(1)
        )
    recorder = Recorder(ctx.db.engine)
    cursor = floor.cursor()
    case_file.load(ctx, chair, reference)
    _, statements = recorder.record(lambda: case_file.load(ctx, chair, reference))
    ours, floor_ms = alternating(lambda: case_file.load(ctx, chair, reference),
                                 lambda: replay(cursor, statements), repeat)  # fmt: skip
    print(f"open a case {reference} ({len(statements)} statements)  {ours:7.1f} ms  "
          f"floor {floor_ms:6.1f} ms  x{ours / floor_ms:4.2f}")  # fmt: skip
    return {"reference": reference, "statements": len(statements), "ms": round(ours, 2),
            "floor_ms": round(floor_ms, 2), "ratio": round(ours / floor_ms, 2)}  # fmt: skip


# --- filing under concurrent clients ---------------------------------------------------


def _locked_take_next(session: Any, kind: str, year: int) -> int:
    """``services.numbers.take_next`` with the counter's row locked until the act commits
    (``--counter-lock``: what issue 17's concurrent numbering needs; not yet on this branch,
    where two clients can read the same last number and one of them then fails)."""
    from calcert_desktop.storage.models import Counter

    counter = session.get(Counter, (kind, year), with_for_update=True)
    if counter is None:
        counter = Counter(kind=kind, year=year, last=0)
        session.add(counter)
    counter.last += 1
    return counter.last


def _file_drafts(
    url: str, codes: list[str], on: str, lock: bool, barrier: Any, out: Any
) -> None:
    """One client: file each draft (its own transaction), recording every statement."""
    from calcert_desktop.services import numbers
    from calcert_desktop.services.process import perform

    if lock:
        numbers.take_next = _locked_take_next

    paths = DataPaths(Path(tempfile.mkdtemp(prefix="calcert-client-")), url)
    ctx = AppContext(paths, open_database(paths, create=False))
    office = resolve_actor(ctx, "biuro")
    recorder = Recorder(ctx.db.engine, only_reads=False)
    day = date.fromisoformat(on)
    perform.perform  # noqa: B018 (imported before the clock starts)
    barrier.wait()
    acts, failed = [], 0
    begun = time.perf_counter()
    cpu = []
    for code in codes:
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            _, statements = recorder.record(
                lambda c=code: perform.perform(ctx, office, c, "file", on=day, confirmed=True)
            )
        except Exception as error:  # a failed act (counted; its transaction rolled back)
            failed += 1
            print(f"  filing {code} failed: {str(error).splitlines()[0]}", file=sys.stderr)
            continue
        acts.append((time.perf_counter() - start, statements))
        cpu.append(time.process_time() - start_cpu)
    total = time.perf_counter() - begun
    ctx.close()
    out.put({"times": [t for t, _ in acts], "acts": [s for _, s in acts], "total": total,
             "failed": failed, "cpu": cpu})  # fmt: skip


def _replay_acts(url: str, acts: list[list[Statement]], barrier: Any, out: Any) -> None:
    """One floor client: the same acts' statements, each act in one transaction."""
    connection = psycopg.connect(url.replace("+psycopg", ""))
    cursor = connection.cursor()
    barrier.wait()
    times, cpu = [], []
    begun = time.perf_counter()
    for statements in acts:
        start, start_cpu = time.perf_counter(), time.process_time()
        replay(cursor, statements)
        connection.commit()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    total = time.perf_counter() - begun
    connection.close()
    out.put({"times": times, "total": total, "failed": 0, "cpu": cpu})


def _run_clients(target: Callable[..., None], jobs: list[tuple]) -> list[dict[str, Any]]:
    spawn = multiprocessing.get_context("spawn")
    barrier, out = spawn.Barrier(len(jobs)), spawn.Queue()
    processes = [spawn.Process(target=target, args=(*job, barrier, out)) for job in jobs]
    for process in processes:
        process.start()
    results = [out.get() for _ in processes]
    for process in processes:
        process.join()
    return results


def bench_filing(server: Any, template: str, acts: int, rounds: int, lock: bool) -> dict:
    with psycopg.connect(server_data.ServerUrls(server.url(template)).libpq) as connection:
        drafts = [row[0] for row in connection.execute(
            "SELECT draft_code FROM cases WHERE state = 'draft' ORDER BY draft_code LIMIT %s",
            (CLIENTS * acts,),
        )]  # fmt: skip
    shares = [drafts[k::CLIENTS] for k in range(CLIENTS)]
    # Filed today, all of them: one counter row, which the clients queue for.
    years = [date.today().isoformat()] * CLIENTS
    summary: dict[str, list[float]] = {
        f"{side}_{what}": [] for side in ("ours", "floor") for what in ("act", "total", "cpu")
    }
    failed = 0
    for round_number in range(rounds):
        url = server_data.copy_of(server, template, "calcert_bench_filing")
        jobs = [(url, share, year, lock) for share, year in zip(shares, years, strict=True)]
        ours = _run_clients(_file_drafts, jobs)
        url = server_data.copy_of(server, template, "calcert_bench_filing")
        floor = _run_clients(_replay_acts, [(url, r["acts"]) for r in ours])
        failed += sum(r["failed"] for r in ours)
        for name, results in (("ours", ours), ("floor", floor)):
            summary[f"{name}_act"].append(
                statistics.median(t for r in results for t in r["times"]) * 1000
            )
            summary[f"{name}_total"].append(max(r["total"] for r in results) * 1000)
            summary[f"{name}_cpu"].append(
                statistics.median(t for r in results for t in r["cpu"]) * 1000
            )
        last = {k: v[-1] for k, v in summary.items()}
        print(f"  round {round_number + 1}: act {last['ours_act']:.1f} ms (floor "
              f"{last['floor_act']:.1f}), all {CLIENTS * acts} acts "
              f"{last['ours_total']:.0f} ms (floor {last['floor_total']:.0f})")  # fmt: skip
    server_data.drop(server, "calcert_bench_filing")
    best = {k: min(v) for k, v in summary.items()}
    locked = ", counter locked" if lock else ""
    print(f"filing, {CLIENTS} clients x {acts} acts{locked}: act {best['ours_act']:.1f} ms, "
          f"floor {best['floor_act']:.1f} ms, "
          f"x{best['ours_act'] / best['floor_act']:.2f}; all {best['ours_total']:.0f} ms, "
          f"floor {best['floor_total']:.0f} ms, x{best['ours_total'] / best['floor_total']:.2f}"
          f"; client's CPU per act {best['ours_cpu']:.1f} ms, floor {best['floor_cpu']:.1f} ms"
          f"; failed acts {failed}")  # fmt: skip
    return {"clients": CLIENTS, "acts_per_client": acts, "counter_lock": lock,
            "failed": failed, **{k: round(v, 1) for k, v in best.items()}}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--demo", type=int, default=2000, help="whole demo cases among them")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--acts", type=int, default=15, help="filings per client and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--counter-lock", action="store_true",
                        help="filing takes the counter's row lock (see _locked_take_next)")
    parser.add_argument("--skip", nargs="*", default=(), choices=("list", "case", "filing"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("CALCERT_NO_SWEEP", "1")
    server = postgres_server.start()
    try:
        template = server_data.template_name(args.cases, args.demo, args.seed)
        if not server_data.is_ready(server, template):
            server_data.build_template(server, template, cases=args.cases, demo=args.demo,
                                       seed=args.seed)  # fmt: skip
        url = server_data.copy_of(server, template, "calcert_bench_run")
        paths = DataPaths(Path(tempfile.mkdtemp(prefix="calcert-bench-")), url)
        ctx = AppContext(paths, open_database(paths, create=False))
        floor = psycopg.connect(server_data.ServerUrls(url).libpq, autocommit=True)
        with reading(ctx) as session:
            total = len(session.scalars(select(Case.id)).all())
        version = floor.execute("SHOW server_version").fetchone()[0]
        print(f"{total} cases on PostgreSQL {version}")
        results: dict[str, Any] = {"cases": total, "server": version}
        if "list" not in args.skip:
            results["list"] = bench_list(ctx, floor, args.repeat)
        if "case" not in args.skip:
            results["case_file"] = bench_case_file(ctx, floor, args.repeat)
        ctx.close()
        floor.close()
        server_data.drop(server, "calcert_bench_run")
        if "filing" not in args.skip:
            results["filing"] = bench_filing(server, template, args.acts, args.rounds,
                                             args.counter_lock)  # fmt: skip
    finally:
        server.stop()
    if "list" in results:
        got = results["list"]
        print(f"keystroke, first screenful: median {got['keystroke_median_ms']:.1f} ms, "
              f"max {got['keystroke_max_ms']:.1f} ms; ratio median "
              f"x{got['keystroke_median_ratio']:.2f}, "
              f"max x{got['keystroke_max_ratio']:.2f}")  # fmt: skip
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "server.json").write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
