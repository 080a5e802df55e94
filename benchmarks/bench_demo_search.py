"""Benchmark: `calcert demo --cases N` (time, size) and `calcert cases --search` latency.

Each number is reported with a floor measured in the same run on the same machine, and as
a ratio to it, because absolute times on shared machines mean little:

- demo: the floor is plain sqlite3 writing the same rows again (INSERT ... SELECT of every
  table into a fresh file with the same pragmas): the cost of the data volume itself;
- search: the floor is the plain SQL query on the same file (folded LIKE on the search
  column, fetching the same rows), without ORM, services or formatting;
- command line: one `calcert cases --search` process against `python -c "import sqlite3"`.

Usage: python benchmarks/bench_demo_search.py [--cases 100000] [--repeat 7] [--keep DIR]
       (with --keep DIR holding a database already, the demo is not made again: only the
       searches are measured)
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

from calcert_desktop.demo import loader
from calcert_desktop.domain.polish_text import fold
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin.people import ensure_admin
from calcert_desktop.services.context import AppContext, resolve_actor
from calcert_desktop.services.views import queries
from calcert_desktop.storage.store import open_database

SEARCHES = (
    "lodz",
    "pomocy spolecznej",
    "zorawina",
    "CAL/2024/01",
    "swietochlowice",
    "stowarzyszenie razem",
)


def median_time(function, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def copy_floor(source: Path, target: Path) -> float:
    """Plain sqlite3 writing every row of ``source`` into a fresh file."""
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    with closing(sqlite3.connect(target)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("ATTACH DATABASE ? AS src", (str(source),))
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM src.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        with connection:
            for table in tables:
                connection.execute(f'CREATE TABLE "{table}" AS SELECT * FROM src."{table}"')
    return time.perf_counter() - start


def sql_floor(connection: sqlite3.Connection, text: str) -> int:
    """The same search as plain SQL: every folded word must appear in the search column."""
    words = fold(text).split()
    where = " AND ".join("search_text LIKE ?" for _ in words)
    rows = connection.execute(
        f"SELECT * FROM cases WHERE {where} ORDER BY name_sort", [f"%{w}%" for w in words]
    ).fetchall()
    return len(rows)


def measure_demo(paths: DataPaths, cases: int, results: dict[str, object]) -> None:
    ctx = AppContext(paths, open_database(paths, create=True))
    ensure_admin(ctx)
    admin = resolve_actor(ctx, "admin")
    start = time.perf_counter()
    loader.fill(ctx, admin, cases=cases, seed=2026)
    demo_seconds = time.perf_counter() - start
    ctx.close()
    floor_file = paths.root / "floor.sqlite3"
    floor = copy_floor(paths.database, floor_file)
    floor_file.unlink()
    size = size_of(paths.database)
    results["demo"] = {
        "seconds": round(demo_seconds, 2),
        "floor_seconds": round(floor, 2),
        "ratio": round(demo_seconds / floor, 1),
        "database_mb": round(size / 1e6, 1),
    }
    print(
        f"demo --cases {cases}: {demo_seconds:.1f} s, floor {floor:.1f} s "
        f"(x{demo_seconds / floor:.1f}), database {size / 1e6:.0f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--keep", help="keep the demo database in this folder")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="calcert-bench-"))
    paths = DataPaths(folder)
    results: dict[str, object] = {"cases": args.cases}
    try:
        if not paths.database.exists():
            measure_demo(paths, args.cases, results)

        ctx = AppContext(paths, open_database(paths, create=False))
        office = resolve_actor(ctx, "biuro")
        plain = sqlite3.connect(paths.database)
        plain.execute("PRAGMA cache_size=-65536")  # the same page cache as the app's
        search_rows = []
        for word in SEARCHES:
            flt = queries.CaseFilter(search=word)
            ours, rows = median_time(
                lambda flt=flt: queries.list_cases(ctx, office, flt), args.repeat
            )
            base, count = median_time(lambda w=word: sql_floor(plain, w), args.repeat)
            assert len(rows) == count, (word, len(rows), count)
            search_rows.append(
                {
                    "search": word,
                    "rows": count,
                    "ms": round(ours * 1000, 1),
                    "floor_ms": round(base * 1000, 1),
                    "ratio": round(ours / base, 1),
                }
            )
            print(
                f"search {word!r:24} {count:6} rows: {ours * 1000:8.1f} ms, "
                f"SQL floor {base * 1000:7.1f} ms (x{ours / base:.1f})"
            )
        ctx.close()
        plain.close()
        results["search"] = search_rows

        command = [
            sys.executable,
            "-m",
            "calcert_desktop",
            "--data-dir",
            str(folder),
            "cases",
            "--search",
            "lodz",
        ]
        cli, _ = median_time(lambda: subprocess.run(command, capture_output=True, check=True), 3)
        bare, _ = median_time(
            lambda: subprocess.run([sys.executable, "-c", "import sqlite3"], check=True), 3
        )
        results["cli_search"] = {
            "ms": round(cli * 1000),
            "python_floor_ms": round(bare * 1000),
            "ratio": round(cli / bare, 1),
        }
        print(
            f"calcert cases --search lodz (whole process): {cli * 1000:.0f} ms, "
            f"bare python {bare * 1000:.0f} ms (x{cli / bare:.1f})"
        )
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "demo_search.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
