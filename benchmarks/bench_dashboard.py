"""Benchmark: the Commission's dashboard on a large database (open, type, sort, open a case).

Every number is a median, reported with a floor measured in the same run on the same file:
the very SQL statements our code ran (recorded as they went to the driver, with their
parameters), replayed alone with plain sqlite3 and the same page cache. The ratio is what
our layers (services, SQLAlchemy, the Qt model) add to the database's own work.

- open: the ids with no filter, the first page of rows, the counts per state;
- keystroke: typing "lodz" and "pomocy spol" letter by letter; for each prefix, in two
  lines as the view asks the worker for them:
  - first page: ``first_page`` (the head of the sorted list), the model reset to it and
    its rows, what the user sees after the keystroke;
  - full list and counts: ``ids_and_counts`` (with the cancel check the view passes) and
    the model extended from the head to the whole list, what follows in the background;
- sort: a header click (institution, town, rapporteur, institution descending): ids, model
  reset, first page;
- open a case: ``case_file.load`` (the case window's one read);
- memory: what the model holds (tracemalloc) after the first page and after scrolling
  through every row.

Usage: python benchmarks/bench_dashboard.py DATA_DIR [--repeat 7]
       DATA_DIR holds calcert.sqlite3; it is migrated if older. Never point it at a
       database you need unchanged: work on a copy (sqlite3's backup API).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import time
import tracemalloc
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from sqlalchemy import event, select

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import AppContext, open_context, reading, resolve_actor
from calcert_desktop.services.views import case_file, dashboard
from calcert_desktop.services.views.dashboard import DashboardQuery, SortColumn
from calcert_desktop.storage.models import Case
from calcert_desktop.ui.views import dashboard_model
from calcert_desktop.ui.views.dashboard_model import DashboardModel

TYPED = ("lodz", "pomocy spol")
SORTS = (
    ("institution", SortColumn.INSTITUTION, False),
    ("town", SortColumn.TOWN, False),
    ("rapporteur", SortColumn.RAPPORTEUR, False),
    ("institution, descending", SortColumn.INSTITUTION, True),
)
Statement = tuple[str, Any]


class Recorder:
    """The SELECT statements an engine ran through the driver, with their parameters: only
    those that completed (a first-page walk stopped by its step budget is left out, so the
    floor of such a keystroke leaves out the walk's cost: it errs in our disfavour)."""

    def __init__(self, ctx: AppContext) -> None:
        self.statements: list[Statement] = []
        self.on = False
        event.listen(ctx.db.engine, "after_cursor_execute", self._seen)

    def _seen(self, conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if self.on and statement.lstrip().upper().startswith(("SELECT", "WITH")):
            self.statements.append((statement, parameters))

    def record(self, work: Callable[[], Any]) -> tuple[Any, list[Statement]]:
        self.statements, self.on = [], True
        try:
            return work(), self.statements
        finally:
            self.on = False


def median_ms(work: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def replay(plain: sqlite3.Connection, statements: list[Statement]) -> None:
    for statement, parameters in statements:
        plain.execute(statement, parameters).fetchall()


class Bench:
    """Our code and its floor, measured alternately on one file."""

    def __init__(self, ctx: AppContext, plain: sqlite3.Connection, repeat: int) -> None:
        self.ctx, self.plain, self.repeat = ctx, plain, repeat
        self.recorder = Recorder(ctx)
        self.rows: list[dict[str, Any]] = []

    def measure(self, what: str, work: Callable[[], Any], detail: str = "") -> float:
        work()  # warm: the page cache and SQLAlchemy's statement cache, for both sides
        _, statements = self.recorder.record(work)
        ours = median_ms(work, self.repeat)
        floor = median_ms(lambda: replay(self.plain, statements), self.repeat)
        row = {
            "what": what,
            "detail": detail,
            "ms": round(ours, 1),
            "floor_ms": round(floor, 1),
            "ratio": round(ours / floor, 2) if floor else None,
            "statements": len(statements),
        }
        self.rows.append(row)
        print(f"{what:44} {detail:>14} {ours:8.1f} ms  floor {floor:7.1f} ms  x{ours / floor:.2f}")
        return ours


def first_page(model: DashboardModel) -> None:
    """What the view shows after a reset: the rows of the first page."""
    if model.rowCount():
        model.index(0, 0).data()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--user", default="przewodniczaca")
    # The order the list opens and is typed in: the view's default ("needs action first"
    # since issue 20; "reference", by number, as it opened before).
    parser.add_argument("--sort", default=SortColumn.ATTENTION.value,
                        choices=[column.value for column in SortColumn])  # fmt: skip
    parser.add_argument("--out", type=Path, help="the JSON's file (default results/dashboard.json)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([])  # the model's fonts and colours need one
    paths = DataPaths(args.data_dir)
    start = time.perf_counter()
    ctx = open_context(paths, create=False)
    opened_s = time.perf_counter() - start
    actor = resolve_actor(ctx, args.user)
    plain = sqlite3.connect(paths.database)
    plain.execute("PRAGMA cache_size=-65536")  # the same page cache as the app's
    with reading(ctx) as session:
        total = len(session.scalars(select(Case.id)).all())
    print(f"{total} cases; opening the data folder (migration if needed) {opened_s:.1f} s")
    bench = Bench(ctx, plain, args.repeat)
    model = DashboardModel(lambda ids: dashboard.rows_for(ctx, ids))

    def show(query: DashboardQuery, counts: bool) -> None:
        if counts:  # as the view asks: ids and counts per state together
            ids, _ = dashboard.ids_and_counts(ctx, actor, query)
        else:
            ids = dashboard.case_ids(ctx, actor, query)
        model.set_ids(ids)
        first_page(model)

    opening = DashboardQuery(sort=SortColumn(args.sort))
    print(f"open and keystrokes sorted by {opening.sort}")
    bench.measure("open: ids + first page + counts", lambda: show(opening, True))

    def head(query: DashboardQuery) -> list[str]:
        keys = dashboard.first_page(ctx, actor, query)
        model.set_ids(keys, complete=False)
        first_page(model)
        return keys

    bench.measure("open: first page (what the view shows first)", lambda: head(opening))

    def rest(query: DashboardQuery, keys: list[str]) -> None:
        ids, _ = dashboard.ids_and_counts(ctx, actor, query, cancelled=lambda: False)
        model.set_ids(keys, complete=False)  # back to the head, as after the first step
        model.extend_to(ids)

    keystrokes: list[float] = []
    full_lists: list[float] = []
    floors: dict[str, list[float]] = {"first": [], "full": []}
    for word in TYPED:
        for end in range(1, len(word) + 1):
            prefix = word[:end]
            if prefix.endswith(" "):
                continue  # a trailing space changes no word: the view's query is the same
            query = DashboardQuery(search=prefix, sort=SortColumn(args.sort))
            count = len(dashboard.case_ids(ctx, actor, query))
            keys = head(query)
            keystrokes.append(
                bench.measure(
                    f"first page {prefix!r}", lambda q=query: head(q), f"{count} cases"
                )
            )
            floors["first"].append(bench.rows[-1]["floor_ms"])
            full_lists.append(
                bench.measure(
                    f"full list and counts {prefix!r}",
                    lambda q=query, k=keys: rest(q, k),
                    f"{count} cases",
                )
            )
            floors["full"].append(bench.rows[-1]["floor_ms"])

    for label, column, descending in SORTS:
        query = DashboardQuery(sort=column, descending=descending)
        bench.measure(f"sort by {label}", lambda q=query: show(q, False))

    with reading(ctx) as session:
        reference = session.scalar(
            select(Case.reference)
            .where(Case.state == "certified", Case.reference.is_not(None))
            .order_by(Case.reference)
            .limit(1)
        )
    if reference:
        bench.measure(
            "open a case (case_file.load)", lambda: case_file.load(ctx, actor, reference)
        )

    # Memory: the model with every id, after the first page, then after every row was shown.
    del model
    tracemalloc.start()
    ids = dashboard.case_ids(ctx, actor, DashboardQuery())
    model = DashboardModel(lambda page: dashboard.rows_for(ctx, page))
    model.set_ids(ids)
    first_page(model)
    after_first = tracemalloc.get_traced_memory()[0]
    for row in range(0, model.rowCount()):
        model.index(row, 1).data()
    after_all, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    cached = model.cached_rows()
    limit = dashboard_model.PAGE_SIZE * dashboard_model.MAX_PAGES
    print(
        f"memory with {len(ids)} ids: after the first page {after_first / 1e6:.1f} MB, "
        f"after scrolling through every row {after_all / 1e6:.1f} MB "
        f"(peak {peak / 1e6:.1f} MB), rows cached {cached} (limit {limit})"
    )
    median_key = statistics.median(keystrokes)
    median_full = statistics.median(full_lists)
    floor_key = statistics.median(floors["first"])
    floor_full = statistics.median(floors["full"])
    print(
        f"first page after a keystroke, median over {len(keystrokes)} prefixes: "
        f"{median_key:.1f} ms (floor {floor_key:.1f} ms, x{median_key / floor_key:.2f})"
    )
    print(
        f"full list and counts, median over {len(full_lists)} prefixes: "
        f"{median_full:.1f} ms (floor {floor_full:.1f} ms, x{median_full / floor_full:.2f})"
    )

    results = {
        "cases": total,
        "open_seconds": round(opened_s, 2),
        "rows": bench.rows,
        "first_page_median_ms": round(median_key, 1),
        "first_page_floor_median_ms": round(floor_key, 1),
        "full_list_median_ms": round(median_full, 1),
        "full_list_floor_median_ms": round(floor_full, 1),
        "memory": {
            "ids": len(ids),
            "after_first_page_mb": round(after_first / 1e6, 2),
            "after_all_rows_mb": round(after_all / 1e6, 2),
            "peak_mb": round(peak / 1e6, 2),
            "rows_cached": cached,
        },
    }
    results["sort"] = args.sort
    out = args.out or Path(__file__).parent / "results" / "dashboard.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    with closing(plain):
        pass
    ctx.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
