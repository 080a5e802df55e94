"""Benchmark: the Board issuing certificates from several PCs at once on one PostgreSQL
server, against a floor.

- **ours**: CLIENTS processes, each issuing its share of prepared cases through the service
  (``perform(..., "issue")``: the case locked, the guards, the year's certificate and
  resolution numbers taken under their counter rows' locks, the certificate, the resolution
  and its votes, the seal, the audit entries, one transaction each); the same with one
  process, for how the numbering lock lets the clients overlap.
- **floor**: the same numbers of processes with plain psycopg, each transaction doing the
  least a numbered issue must: lock the case row, lock and increment the year's certificate
  counter and resolution counter, insert two rows, commit. No checks, no ORM, no seal.

Rounds alternate ours and the floor on the same server so the machine's load touches both
alike; the figure to read is the ratio (milliseconds per issue, wall time of a whole round
divided by the issues in it). The server is a temporary cluster (tests/postgres_server.py)
unless ``CALCERT_TEST_POSTGRES`` names one.

Usage: PYTHONPATH=src python benchmarks/bench_concurrent_issue.py [--clients 4] [--each 10]
       [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

FLOOR_TABLE = "bench_issue_floor"


def _env() -> dict[str, str]:
    paths = [str(ROOT / "src"), str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


# --- the children -----------------------------------------------------------------------


def _wait_for_start() -> None:
    print("ready", flush=True)
    time.sleep(max(0.0, float(sys.stdin.readline()) - time.time()))


def child_ours(data_dir: str, codes: list[str]) -> None:
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.context import open_context, resolve_actor
    from calcert_desktop.services.process import perform
    from trials.case_steps import DAY, STEPS

    ctx = open_context(DataPaths(Path(data_dir)), create=False)
    board = resolve_actor(ctx, "zarzad")
    _, action, params = STEPS[-1]
    perform.perform(ctx, board, codes[0], action, DAY, params)  # warm: imports, connection
    _wait_for_start()
    for code in codes[1:]:
        perform.perform(ctx, board, code, action, DAY, params)
    print("done", flush=True)
    ctx.close()


def child_floor(url: str, case_ids: list[str]) -> None:
    import psycopg

    with psycopg.connect(url) as db:
        _wait_for_start()
        for case_id in case_ids:
            with db.transaction():
                db.execute("SELECT id FROM cases WHERE id = %s FOR UPDATE", (case_id,))
                numbers = []
                for kind in ("bench_cert", "bench_res"):
                    db.execute("INSERT INTO counters (kind, year, last) VALUES (%s, 2024, 0) "
                               "ON CONFLICT DO NOTHING", (kind,))  # fmt: skip
                    row = db.execute(
                        "SELECT last FROM counters WHERE kind = %s AND year = 2024 FOR UPDATE",
                        (kind,),
                    ).fetchone()
                    db.execute("UPDATE counters SET last = %s WHERE kind = %s AND year = 2024",
                               (row[0] + 1, kind))  # fmt: skip
                    numbers.append(row[0] + 1)
                for number in numbers:
                    db.execute(f"INSERT INTO {FLOOR_TABLE} (id, case_id, number) "
                               "VALUES (%s, %s, %s)", (uuid.uuid4(), case_id, number))  # fmt: skip
    print("done", flush=True)


# --- the parent -------------------------------------------------------------------------


def _spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, __file__, "--child", *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=_env())  # fmt: skip


def _timed(children: list[subprocess.Popen[str]]) -> float:
    """Start every child at one moment; seconds until the last is done."""
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    start = time.time() + 0.3
    for child in children:
        assert child.stdin is not None
        child.stdin.write(f"{start}\n")
        child.stdin.flush()
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "done"
    ended = time.time()
    for child in children:
        child.wait()
        assert child.returncode == 0
    return ended - start


def _prepare(server, folder: Path, count: int) -> tuple[str, list[str]]:
    """A data folder on a new database of ``server`` with ``count`` cases the Commission
    granted; the database's psycopg URL and the cases' draft codes."""
    import engines
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.context import open_context
    from cli_support import Captured, Cli, prepare
    from conftest import PEOPLE
    from trials.support import folder_with_drafts
    from trials.test_server_trials import _granted

    engines.ENGINE, engines.SERVER = engines.POSTGRESQL, server
    template = folder.parent / "przygotowana"
    if not template.exists():
        engines.point_at(template, engines.new_database())
        cli = Cli(template, Captured())
        with cli.capsys:
            prepare(cli, PEOPLE)
    codes = folder_with_drafts(template / "calcert.sqlite3", folder, count)
    _granted(folder, codes)
    name = engines.database_of(folder)
    assert name is not None
    url = server.url(name).replace("+psycopg", "")
    ctx = open_context(DataPaths(folder), create=False)
    try:
        with ctx.db.engine.begin() as connection:
            connection.exec_driver_sql(
                f"CREATE TABLE {FLOOR_TABLE} (id uuid PRIMARY KEY, case_id uuid, number int)"
            )
    finally:
        ctx.close()
    return url, codes


def _case_ids(url: str, codes: list[str]) -> list[str]:
    import psycopg

    with psycopg.connect(url) as db:
        rows = db.execute("SELECT draft_code, id FROM cases WHERE draft_code = ANY(%s)", (codes,))
        found = {code: str(case_id) for code, case_id in rows}
    return [found[code] for code in codes]


def _check_numbers(url: str, expected: int) -> None:
    """Every certificate of the round numbered once, without a gap, in each year."""
    import psycopg

    with psycopg.connect(url) as db:
        rows = db.execute("SELECT year, array_agg(seq ORDER BY seq) FROM certificates "
                          "GROUP BY year").fetchall()  # fmt: skip
    issued = sum(len(seqs) for _, seqs in rows)
    gaps = [year for year, seqs in rows if seqs != list(range(1, len(seqs) + 1))]
    if issued != expected or gaps:
        raise SystemExit(f"numbering broken: {issued} of {expected} issued, gaps in {gaps}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--each", type=int, default=10, help="issues per client and round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    import postgres_server

    os.environ.setdefault("PGPASSWORD", postgres_server.PASSWORD)
    server = postgres_server.start()
    results: dict[str, list[float]] = {"ours": [], "ours, one client": [], "floor": [],
                                       "floor, one client": []}  # fmt: skip
    try:
        with tempfile.TemporaryDirectory(prefix="bench-issue-") as scratch:
            for round_ in range(args.rounds):
                per = args.each + 1  # the first of each client's list warms it up
                total = args.clients * per + per
                url, codes = _prepare(server, Path(scratch) / f"runda{round_}", total)
                ids = _case_ids(url, codes)
                shares = [codes[n * per:(n + 1) * per] for n in range(args.clients)]
                alone = codes[args.clients * per:]
                folder = str(Path(scratch) / f"runda{round_}")
                issues = args.clients * args.each
                seconds = _timed([_spawn("ours", folder, *share) for share in shares])
                results["ours"].append(seconds / issues * 1000)
                seconds = _timed([_spawn("floor", url, *ids[n * per:(n + 1) * per][1:])
                                  for n in range(args.clients)])  # fmt: skip
                results["floor"].append(seconds / issues * 1000)
                seconds = _timed([_spawn("ours", folder, *alone)])
                results["ours, one client"].append(seconds / args.each * 1000)
                seconds = _timed([_spawn("floor", url, *ids[-per:][1:])])
                results["floor, one client"].append(seconds / args.each * 1000)
                _check_numbers(url, total)
                print(f"round {round_ + 1}: " + ", ".join(
                    f"{k} {v[-1]:.1f} ms/issue" for k, v in results.items()), flush=True)
    finally:
        server.stop()
    best = {k: min(v) for k, v in results.items()}
    print(f"\n{args.clients} clients, {args.each} issues each, best of {args.rounds} rounds:")
    print(f"  ours  {best['ours']:7.1f} ms per issue   floor {best['floor']:6.1f} ms   "
          f"x{best['ours'] / best['floor']:.1f}")  # fmt: skip
    print(f"  one client: ours {best['ours, one client']:6.1f} ms   floor "
          f"{best['floor, one client']:6.1f} ms   x"
          f"{best['ours, one client'] / best['floor, one client']:.1f}")  # fmt: skip
    print(f"  {args.clients} clients give x{best['ours, one client'] / best['ours']:.2f} the "
          "throughput of one")
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "concurrent_issue.json").write_text(json.dumps({"best_ms": best, "runs": results},
                                                          indent=1))  # fmt: skip
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, target, *rest = sys.argv[2:]
        (child_ours if kind == "ours" else child_floor)(target, rest)
    else:
        raise SystemExit(main())
