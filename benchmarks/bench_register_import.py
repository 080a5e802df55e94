"""Benchmark: importing the paper-era register (issue 23) against plain SQL inserting the
same rows.

Ours: ``register_import.apply`` (the service, in-process) of an XLSX of N rows into a fresh
database (the first administrator only): the file read with python-calamine, each row
judged, every case written with its decision, certificate (and revocation), the import's
records, the audit entries and their hash chain, in one transaction.

The floor: plain sqlite3 inserting the same rows with plain SQL: every row ours left
(records and audit entries alike, read beforehand, untimed, as Python tuples) inserted with
one ``executemany`` of ``INSERT INTO t VALUES (?, …)`` per table, parents first, in one
transaction, into a fresh file made with the database's own schema (tables, indexes, unique
and foreign keys, the search index and its triggers) and the app's pragmas. What a program
holding the values must do to store them; it reads no spreadsheet, checks nothing, builds
no record and hashes no audit entry. (An ``INSERT … SELECT`` between two files, as
``bench_demo_search`` copies the demo, binds no value at all: no program importing a file
can do that.) Each round runs ours, then the floor on ours' rows; the median of the rounds
and of their ratios.

Usage: python benchmarks/bench_register_import.py [--rows 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import json
import sqlite3
import statistics
import tempfile
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import xlsxwriter

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import register_import
from calcert_desktop.services.admin.people import ensure_admin
from calcert_desktop.services.auth.passwords import set_first_admin
from calcert_desktop.services.context import AppContext
from calcert_desktop.storage.store import open_database

HEADER = ["Nazwa instytucji", "Typ", "Miejscowość", "Województwo", "Nr certyfikatu",
          "Data wydania", "Data odebrania", "Rozstrzygnięcie", "Data decyzji"]  # fmt: skip
TOWNS = [("Łódź", "łódzkie"), ("Kraków", "małopolskie"), ("Żary", "lubuskie"),
         ("Świdnica", "dolnośląskie"), ("Gdańsk", "pomorskie"),
         ("Ząbki", "mazowieckie")]  # fmt: skip
KINDS = ["MOPS", "GOPS", "fundacja", "stowarzyszenie", "WTZ", "ZAZ"]


def spreadsheet(rows: int) -> bytes:
    """N rows of a plausible register: certificates of 2012..2025 (some revoked, many
    expired) and one refusal in ten."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = book.add_worksheet("Rejestr")
    dates = book.add_format({"num_format": "dd.mm.yyyy"})
    sheet.write_row(0, 0, HEADER)
    seq: dict[int, int] = {}
    for n in range(rows):
        town, region = TOWNS[n % len(TOWNS)]
        day = date(2012, 1, 2) + timedelta(days=(n * 37) % (14 * 365))
        name = f"{KINDS[n % len(KINDS)]} nr {n} w mieście {town}"
        sheet.write_row(n + 1, 0, [name, KINDS[n % len(KINDS)], town, region])
        if n % 10 == 9:
            sheet.write(n + 1, 7, "odmowa")
            sheet.write_datetime(n + 1, 8, day, dates)
            continue
        seq[day.year] = seq.get(day.year, 0) + 1
        sheet.write(n + 1, 4, f"CJ-{seq[day.year]:03d}/{day.year}")
        sheet.write_datetime(n + 1, 5, day, dates)
        if n % 40 == 3 and day < date(2025, 1, 1):
            sheet.write_datetime(n + 1, 6, day + timedelta(days=400), dates)
    book.close()
    return out.getvalue()


def executemany_floor(source: Path, target: Path) -> float:
    """Seconds plain sqlite3 takes to insert every row of ``source`` into a fresh file of
    the same schema, with the values in hand (see the module's notes)."""
    from calcert_desktop.storage.models import Base

    with closing(sqlite3.connect(source)) as reader:
        schema = reader.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table' DESC, rowid").fetchall()
        virtual = [name for _k, name, sql in schema if sql.upper().startswith("CREATE VIRTUAL")]
        shadow = {f"{v}_{part}" for v in virtual
                  for part in ("data", "idx", "content", "docsize", "config")}  # fmt: skip
        tables = [name for kind, name, _ in schema if kind == "table" and name not in shadow
                  and name not in virtual]  # fmt: skip
        order = [t.name for t in Base.metadata.sorted_tables if t.name in tables]
        order += [name for name in tables if name not in order]
        rows = {name: reader.execute(f'SELECT * FROM "{name}"').fetchall() for name in order}
    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(target, isolation_level=None)) as connection:
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL",
                       "cache_size=-65536"):  # fmt: skip
            connection.execute(f"PRAGMA {pragma}")
        for _kind, name, sql in schema:
            if name not in shadow:
                connection.execute(sql)
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        for name in order:  # a table the triggers filled (the search keys) is left to them
            filled = connection.execute(f'SELECT EXISTS (SELECT 1 FROM "{name}")').fetchone()[0]
            if rows[name] and not filled:
                marks = ", ".join("?" * len(rows[name][0]))
                connection.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows[name])
        connection.execute("COMMIT")
        elapsed = time.perf_counter() - start
        for name in order:
            count = connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            assert count == len(rows[name]), f"the floor inserted every row of {name}"
    return elapsed


def fresh(folder: Path) -> tuple[AppContext, object]:
    paths = DataPaths(folder)
    ctx = AppContext(paths, open_database(paths, create=True))
    ensure_admin(ctx)
    admin = set_first_admin(ctx, "hasło-pomiarowe-2026", "hasło-pomiarowe-2026").actor
    return ctx, admin


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="calcert-import-"))
    sheet = root / "rejestr.xlsx"
    sheet.write_bytes(spreadsheet(args.rows))
    rounds: list[tuple[float, float]] = []
    for index in range(args.repeat):
        ctx, admin = fresh(root / f"dane{index}")
        start = time.perf_counter()
        done = register_import.apply(ctx, admin, sheet)  # type: ignore[arg-type]
        ours = time.perf_counter() - start
        ctx.close()
        floor = executemany_floor(root / f"dane{index}" / "calcert.sqlite3",
                                  root / f"floor{index}.db")
        rounds.append((ours, floor))
        print(f"round {index + 1}: ours {ours:.2f} s, floor {floor:.2f} s "
              f"(x{ours / floor:.2f}) — {done}")  # fmt: skip
    ours = statistics.median(r[0] for r in rounds)
    floor = statistics.median(r[1] for r in rounds)
    ratio = statistics.median(r[0] / r[1] for r in rounds)
    print(f"import of {args.rows} rows: {ours:.2f} s; floor {floor:.2f} s; x{ratio:.2f} "
          f"(median of {len(rounds)} rounds' ratios)")  # fmt: skip
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "register_import.json").write_text(json.dumps({
        "rows": args.rows, "ours_s": round(ours, 3), "floor_s": round(floor, 3),
        "ratio": round(ratio, 2), "rounds": len(rounds),
    }, indent=2), encoding="utf-8")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
