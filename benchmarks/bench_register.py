"""Benchmark: the register of N certificates as a PDF against a floor.

The floor is reportlab's canvas drawing the same strings (every cell, the title and the
header on each page) in the same font, at fixed places, one text object a page, with no
measuring, wrapping or tables: the cost of the PDF and its text itself. Ours is
``documents.register.register_pdf``. Both in the same process, in turn each round; the
medians, and the median of the rounds' ratios.

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
    """The same strings on a canvas, 28 rows a page, no layout: each page one text object
    (the cheapest way reportlab writes text: no BT/ET pair per string)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4))
    title = title_on(AS_OF)
    entries = ordered(entries)
    per_page = 28
    for start in range(0, len(entries), per_page):
        text = canvas.beginText()
        text.setFont(fonts.BOLD, 13)
        text.setTextOrigin(42, 540)
        text.textOut(title)
        text.setFont(fonts.BOLD, FONT_SIZE)
        x = 42.0
        for column, width in PDF_COLUMNS:
            text.setTextOrigin(x, 515)
            text.textOut(column)
            x += width
        text.setFont(fonts.FAMILY, FONT_SIZE)
        y = 500.0
        for index, entry in enumerate(entries[start : start + per_page], start=start + 1):
            cells = (f"{index}.", entry.number, entry.institution, entry.town, entry.voivodeship,
                     short_date(entry.issued_on), short_date(entry.valid_until),
                     entry.status_label(AS_OF))  # fmt: skip
            x = 42.0
            for cell, (_column, width) in zip(cells, PDF_COLUMNS, strict=True):
                text.setTextOrigin(x, y)
                text.textOut(cell)
                x += width
            y -= 16.5
        footer = f"Strona {start // per_page + 1}"
        text.setTextOrigin(800 - canvas.stringWidth(footer, fonts.FAMILY, FONT_SIZE), 22)
        text.textOut(footer)
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def timed(function: Callable[[], bytes]) -> tuple[float, int]:
    started = time.perf_counter()
    size = len(function())
    return time.perf_counter() - started, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    entries = rows(args.rows)
    fonts.register()
    # Ours and the floor in turn, every round: a machine getting busier weighs on both.
    rounds = [(timed(lambda: register_pdf(entries, AS_OF)), timed(lambda: floor(entries)))
              for _ in range(args.repeat)]  # fmt: skip
    ours = statistics.median(o for (o, _), _ in rounds)
    base = statistics.median(b for _, (b, _) in rounds)
    ratio = statistics.median(o / b for (o, _), (b, _) in rounds)
    ours_size, base_size = rounds[-1][0][1], rounds[-1][1][1]
    print(f"register of {args.rows:,} entries, {args.repeat} rounds in turn, medians")
    print(f"  ours  {ours:7.2f} s  {ours_size / 1e6:6.2f} MB")
    print(f"  floor {base:7.2f} s  {base_size / 1e6:6.2f} MB")
    print(f"  ratio x{ours / base:.2f} (median of the rounds' ratios x{ratio:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
