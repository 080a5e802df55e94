"""Benchmark: `calcert demo --cases N` (time, size) and `calcert cases --search` latency.

Each number is reported with a floor measured in the same run on the same machine, and as
a ratio to it, because absolute times on shared machines mean little:

- demo: the floor is plain sqlite3 inserting the same rows into the same schema (every
  index, constraint and trigger; INSERT ... SELECT of every table, parents first, one
  transaction, the app's pragmas): what SQLite itself must do to hold the data;
- search: the floor is the plain SQL query on the same file (the search index's trigram
  MATCH, as ours uses it, fetching the same rows in the same order), without ORM, services
  or formatting;
(whole `calcert cases --search` processes are bench_cli.py's).

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


def insert_floor(source: Path, target: Path) -> float:
    """The same rows inserted into the same schema, with plain sqlite3: the demo file's own
    schema (every table, index, unique and foreign key, the search index and its triggers)
    made in a fresh file with the app's pragmas, then every table's rows copied with one
    ``INSERT … SELECT`` each, parents first, in one transaction; the search index is filled
    by its triggers, as ours is. What SQLite itself must do to hold the demo's data."""
    from calcert_desktop.storage.models import Base

    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(target, isolation_level=None)) as connection:
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL",
                       "cache_size=-65536"):  # fmt: skip
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("ATTACH DATABASE ? AS src", (str(source),))
        schema = connection.execute(
            "SELECT type, name, sql FROM src.sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table' DESC, rowid"
        ).fetchall()
        virtual = [name for kind, name, sql in schema if sql.upper().startswith("CREATE VIRTUAL")]
        shadow = {f"{v}_{part}" for v in virtual
                  for part in ("data", "idx", "content", "docsize", "config")}  # FTS5's own
        tables = [name for kind, name, _ in schema if kind == "table" and name not in shadow
                  and name not in virtual]  # fmt: skip
        for _, name, sql in schema:
            if name not in shadow:
                connection.execute(sql)
        order = [t.name for t in Base.metadata.sorted_tables if t.name in tables]
        order += [name for name in tables if name not in order]  # alembic_version, …
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        for table in order:  # a table the triggers filled already (the search keys) is not
            filled = f'SELECT EXISTS (SELECT 1 FROM main."{table}")'
            if not connection.execute(filled).fetchone()[0]:
                connection.execute(f'INSERT INTO main."{table}" SELECT * FROM src."{table}"')
        connection.execute("COMMIT")
        elapsed = time.perf_counter() - start
        counts = [connection.execute(f'SELECT count(*) FROM main."{t}"').fetchone()[0]
                  == connection.execute(f'SELECT count(*) FROM src."{t}"').fetchone()[0]
                  for t in order]  # fmt: skip
        assert all(counts), "the floor copied every row"
    return elapsed


def sql_floor(connection: sqlite3.Connection, text: str) -> int:
    """The same search as plain SQL, the cheapest way SQLite offers: the search index's
    trigram MATCH of every folded word (all the benchmark's words are three letters or
    more), the rows in the Polish order, every column fetched."""
    phrases = " ".join('"' + word.replace('"', '""') + '"' for word in fold(text).split())
    rows = connection.execute(
        "SELECT * FROM cases WHERE id IN (SELECT k.case_id FROM case_search "
        'JOIN case_search_keys k ON k."key" = case_search.rowid '
        "WHERE case_search.search_text MATCH ?) ORDER BY name_sort",
        (phrases,),
    ).fetchall()
    return len(rows)


def demo_pair(paths: DataPaths, cases: int) -> tuple[float, float]:
    """One round: ours into an empty folder, then the floor on the rows ours made (the
    floor needs them, so each pair runs in that order)."""
    ctx = AppContext(paths, open_database(paths, create=True))
    ensure_admin(ctx)
    admin = resolve_actor(ctx, "admin")
    start = time.perf_counter()
    loader.fill(ctx, admin, cases=cases, seed=2026)
    ours = time.perf_counter() - start
    ctx.close()
    floor = insert_floor(paths.database, paths.root / "floor.sqlite3")
    for leftover in paths.root.glob("floor.sqlite3*"):
        leftover.unlink()
    return ours, floor


def measure_demo(paths: DataPaths, cases: int, rounds: int, results: dict[str, object]) -> None:
    """``rounds`` pairs (the earlier ones in folders of their own), the medians; the last
    round's database is the one the searches use."""
    pairs = []
    for index in range(rounds):
        last = index == rounds - 1
        where = paths if last else DataPaths(paths.root.parent / f"{paths.root.name}-{index}")
        pairs.append(demo_pair(where, cases))
        if not last:
            shutil.rmtree(where.root, ignore_errors=True)
    demo_seconds = statistics.median(ours for ours, _ in pairs)
    floor = statistics.median(floor for _, floor in pairs)
    ratio = statistics.median(ours / floor for ours, floor in pairs)
    size = size_of(paths.database)
    results["demo"] = {
        "seconds": round(demo_seconds, 2),
        "floor_seconds": round(floor, 2),
        "ratio": round(ratio, 2),
        "rounds": [[round(o, 2), round(f, 2)] for o, f in pairs],
        "database_mb": round(size / 1e6, 1),
        "bytes_per_case": round(size / cases),
    }
    print(
        f"demo --cases {cases}: {demo_seconds:.1f} s, floor (the same rows into the same "
        f"schema) {floor:.1f} s (x{ratio:.2f}, {rounds} rounds), database {size / 1e6:.0f} MB "
        f"({size / cases / 1000:.1f} kB a case)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--keep", help="keep the demo database in this folder")
    parser.add_argument("--demo-rounds", type=int, default=1, help="demo and floor pairs")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="calcert-bench-"))
    paths = DataPaths(folder)
    results: dict[str, object] = {"cases": args.cases}
    try:
        if not paths.database.exists():
            measure_demo(paths, args.cases, args.demo_rounds, results)

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

    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "demo_search.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
