"""Benchmark: reading a paper-era register of N rows (issue 23) with ``exchange.sheets``,
against the libraries alone on the same bytes.

- **ours**: ``read_sheet(data, name)``: the format found, the first visible sheet with data
  read, every cell made a plain value (whole numbers int, empty None), trailing empty rows
  and columns dropped; for CSV also the encoding tried and the delimiter detected.
- **floor**: for a workbook ``CalamineWorkbook.from_filelike(...).get_sheet_by_index(0)
  .to_python()``, the raw cells; for CSV ``data.decode(encoding)`` and
  ``list(csv.reader(...))`` with the delimiter given.

Each round times ours then the floor on the same bytes; the median of ``--rounds`` is shown.
The register (12 columns: numbers, names with Polish letters, NIP as text, two dates, an
empty cell in one row of three) is made once per run by tests/sheet_files.py's makers.

Usage: PYTHONPATH=src:tests .venv/bin/python benchmarks/bench_sheets.py [--rows 10000]
       [--rounds 7]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

import sheet_files
from calcert_desktop.exchange.sheets import read_sheet

ROOT = Path(__file__).resolve().parents[1]
HEADER = ["Lp.", "Numer", "Nazwa placówki", "NIP", "REGON", "Województwo", "Miejscowość",
          "Adres", "Data wydania", "Ważny do", "Status", "Uwagi"]  # fmt: skip
TOWNS = ["Łódź", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Zielona Góra", "Żywiec", "Sosnowiec"]


def register(rows: int) -> list[list[Any]]:
    made = []
    for n in range(1, rows + 1):
        issued = date(2005, 1, 1) + timedelta(days=n % 6000)
        town = TOWNS[n % len(TOWNS)]
        made.append([
            n, f"CJ-{n % 999 + 1:03d}/{issued.year}", f"Przedszkole nr {n} „Źdźbło” w {town}",
            f"{5260000000 + n:010d}", 100000000 + n, "łódzkie", town,
            f"ul. Długa {n % 200}, 90-{n % 1000:03d} {town}", issued,
            issued + timedelta(days=5 * 365), "wydany",
            None if n % 3 else "przeniesiony z rejestru papierowego",
        ])  # fmt: skip
    return made


def median_ms(work: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def calamine_floor(data: bytes) -> object:
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return book.get_sheet_by_index(0).to_python()


def csv_floor(data: bytes, encoding: str, delimiter: str) -> object:
    text = data.decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    rows = register(args.rows)
    files = {
        "XLSX": ("rejestr.xlsx", sheet_files.xlsx(HEADER, rows)),
        "ODS": ("rejestr.ods", sheet_files.ods(HEADER, rows)),
        "CSV UTF-8 ;": ("rejestr.csv", sheet_files.csv_bytes(HEADER, rows)),
        "CSV cp1250 ,": (
            "rejestr.csv",
            sheet_files.csv_bytes(HEADER, rows, delimiter=",", encoding="cp1250"),
        ),
    }
    results = {}
    print(f"{args.rows:,} rows x {len(HEADER)} columns, median of {args.rounds} rounds")
    print(f"{'file':<14}{'size':>10}{'ours':>11}{'floor':>11}{'ratio':>8}")
    for label, (name, data) in files.items():
        table = read_sheet(data, name)
        assert len(table.rows) == args.rows + 1, label
        if table.encoding is None:
            floor = median_ms(lambda data=data: calamine_floor(data), args.rounds)
        else:
            encoding, delimiter = table.encoding, table.delimiter or ";"
            floor = median_ms(
                lambda data=data, e=encoding, d=delimiter: csv_floor(data, e, d), args.rounds
            )
        ours = median_ms(lambda data=data, name=name: read_sheet(data, name), args.rounds)
        results[label] = {"bytes": len(data), "ours_ms": ours, "floor_ms": floor}
        print(
            f"{label:<14}{len(data) / 1e6:>8.2f}MB{ours:>9.0f}ms{floor:>9.0f}ms"
            f"{ours / floor:>7.2f}x"
        )
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_sheets.json").write_text(json.dumps({"rows": args.rows, **results}, indent=2))


if __name__ == "__main__":
    main()
