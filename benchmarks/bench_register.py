"""Benchmark: the register of N certificates as a PDF against a floor.

The floor is reportlab's canvas drawing the same strings (every cell, the title and the
header on each page) in the same font, at fixed places, with no measuring, wrapping or
tables: the cost of the PDF and its text itself. Ours is ``documents.register.register_pdf``.
Both in the same process, the median of several runs, and the ratio.

Usage: PYTHONPATH=src python benchmarks/bench_register.py [--rows 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

from calcert_desktop.documents import fonts
from calcert_desktop.documents.polish_dates import short_date
from calcert_desktop.documents.register import (
    FONT_SIZE,
    PDF_COLUMNS,
    RegisterEntry,
    ordered,
    register_pdf,
    title_on,
)

AS_OF = date(2026, 3, 14)
NAMES = (
    "Gminny Ośrodek Pomocy Społecznej w Łącku",
    "Stowarzyszenie „Razem” w Żórawinie",
    "Centrum Aktywności Lokalnej Świętochłowice",
    "Fundacja Rozwoju Społeczności Lokalnych „Źródło” w Łodzi",
)


def rows(count: int) -> list[RegisterEntry]:
    """``count`` certificates, one in 40 with a name long enough to wrap."""
    result = []
    for index in range(count):
        name = f"{NAMES[index % len(NAMES)]} {index}"
        if index % 40 == 0:
            name += " — prowadzony przez Stowarzyszenie Wspierania Inicjatyw Sąsiedzkich"
        issued = date(2021, 1, 1) + timedelta(days=index % 1800)
        result.append(RegisterEntry(f"CJ-{index % 999 + 1:03d}/{issued.year}", name, "Łódź",
                                    "łódzkie", issued, issued + timedelta(days=1826),
                                    ("valid", "revoked", "expired")[index % 3]))  # fmt: skip
    return result


def floor(entries: list[RegisterEntry]) -> bytes:
    """The same strings drawn on a canvas, 28 rows a page, no layout."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4))
    title = title_on(AS_OF)
    entries = ordered(entries)
    per_page = 28
    for start in range(0, len(entries), per_page):
        canvas.setFont(fonts.BOLD, 13)
        canvas.drawString(42, 540, title)
        canvas.setFont(fonts.BOLD, FONT_SIZE)
        x = 42.0
        for column, width in PDF_COLUMNS:
            canvas.drawString(x, 515, column)
            x += width
        canvas.setFont(fonts.FAMILY, FONT_SIZE)
        y = 500.0
        for index, entry in enumerate(entries[start : start + per_page], start=start + 1):
            cells = (f"{index}.", entry.number, entry.institution, entry.town, entry.voivodeship,
                     short_date(entry.issued_on), short_date(entry.valid_until),
                     entry.status_label(AS_OF))  # fmt: skip
            x = 42.0
            for text, (_column, width) in zip(cells, PDF_COLUMNS, strict=True):
                canvas.drawString(x, y, text)
                x += width
            y -= 16.5
        canvas.drawRightString(800, 22, f"Strona {start // per_page + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def median_seconds(function: Callable[[], bytes], repeat: int) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        size = len(function())
        times.append(time.perf_counter() - started)
    return statistics.median(times), size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    entries = rows(args.rows)
    fonts.register()
    ours, ours_size = median_seconds(lambda: register_pdf(entries, AS_OF), args.repeat)
    base, base_size = median_seconds(lambda: floor(entries), args.repeat)
    print(f"register of {args.rows:,} entries, median of {args.repeat}")
    print(f"  ours  {ours:7.2f} s  {ours_size / 1e6:6.2f} MB")
    print(f"  floor {base:7.2f} s  {base_size / 1e6:6.2f} MB")
    print(f"  ratio x{ours / base:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
