"""Benchmark: opening a case file and an action's round trip, against plain SQL floors.

- **open a case**: what a case window asks for (the whole case file as the acting person may
  see it, in one call to the service), against the floor: the same rows (the case, its
  assignments, assessments, conflicts, decisions, votes, visits, certificates and its history
  from the audit log) read with plain ``sqlite3`` queries, no ORM, no read model.
- **action round trip**: an assignment and its undoing through ``perform`` (permission,
  facts, workflow guards, the handler, the audit entry, the commit), then the case file read
  again as a window does after a change, against the floor: the same two writes done with
  plain ``sqlite3`` (the row, the case's update and an audit row, each in its own
  ``BEGIN IMMEDIATE`` transaction on the same database settings), then the floor's read.

Both run alternately in one process on a copy of a demo database, so the machine's load
touches both alike; the figure to read is the ratio. The floor is the cheapest honest way to
do the same work: it does no checking at all, so the ratio is the price of the rules.

With ``--each-open-seen`` every open also records a new view of the case's personal data
(RODO, issue 18 part 5: as opening another case would), and the floor inserts the same row
in its own transaction.

Usage: python benchmarks/bench_case.py DATA_DIR [--repeat 30] [--reference CAL/…]
[--each-open-seen]
(DATA_DIR: a copy of a demo data folder; the benchmark writes to it.)
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, reading, resolve_actor
from calcert_desktop.services.process import perform
from calcert_desktop.services.views import case_file
from calcert_desktop.storage.models import Case

CASE_TABLES = ("declarations", "completion_requests", "assignments", "assessments",
               "site_visits", "visit_findings", "decisions", "votes", "certificates",
               "appeals", "revocations", "generated_documents")  # fmt: skip


def median_ms(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def floor_read(db: sqlite3.Connection, case_id: str) -> int:
    """Every row of the case file with plain SQL; the number of rows read."""
    rows = db.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchall()
    for table in CASE_TABLES:
        rows += db.execute(f"SELECT * FROM {table} WHERE case_id = ?", (case_id,)).fetchall()
    rows += db.execute("SELECT * FROM audit_log WHERE case_id = ?", (case_id,)).fetchall()
    rows += db.execute("SELECT id, login, full_name FROM users").fetchall()
    return len(rows)


def floor_view(db: sqlite3.Connection, case_id: str, user_id: str, at: datetime) -> None:
    """A view of the case's personal data recorded with plain SQL, in its own transaction."""
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO personal_data_views (id, at, user_id, user_login, case_id, what) "
               "VALUES (?, ?, ?, 'przewodniczaca', ?, 'case_file')",
               (uuid.uuid4().hex, at.isoformat(sep=" "), user_id, case_id))  # fmt: skip
    db.execute("COMMIT")


def floor_write(db: sqlite3.Connection, case_id: str, member_id: str) -> None:
    """Assign and unassign with plain SQL: the row, the case's change, an audit row each."""
    now = datetime.now(UTC).isoformat()
    row_id = uuid.uuid4().hex
    for insert in (True, False):
        db.execute("BEGIN IMMEDIATE")
        if insert:
            db.execute(
                "INSERT INTO assignments (id, case_id, member_id, assigned_on, is_rapporteur) "
                "VALUES (?, ?, ?, date('now'), 0)",
                (row_id, case_id, member_id),
            )
        else:
            db.execute("DELETE FROM assignments WHERE id = ?", (row_id,))
        db.execute("UPDATE cases SET last_event_on = date('now') WHERE id = ?", (case_id,))
        db.execute(
            "INSERT INTO audit_log (id, at, seq, user_login, action, entity, entity_id, case_id,"
            " operation, new) VALUES (?, ?, 0, 'bench', 'assign', 'assignments', ?, ?, ?, ?)",
            (uuid.uuid4().hex, now, row_id, case_id, "insert" if insert else "delete",
             json.dumps({"case_id": case_id})),
        )  # fmt: skip
        db.execute("COMMIT")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--reference", help="a case under Commission review (default: the first)")
    parser.add_argument("--each-open-seen", action="store_true",
                        help="every open records a new view of personal data (the clock moved "
                        "past the 15 minutes that make repeated opens one view), and the "
                        "floor inserts the same row")  # fmt: skip
    args = parser.parse_args()

    ctx = open_context(DataPaths(args.data_dir.resolve()), create=False)
    chair = resolve_actor(ctx, "przewodniczaca")
    with reading(ctx) as session:
        query = session.query(Case).filter(Case.state == "review").order_by(Case.reference)
        case = query.first() if args.reference is None else None
        reference = args.reference or case.reference
        case_id = case.id.hex if case else None
    member = resolve_actor(ctx, "czlonek3")

    db = sqlite3.connect(str(ctx.paths.database), isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
        db.execute(f"PRAGMA {pragma}")
    assert case_id is not None

    later = [datetime.now(UTC).replace(tzinfo=None)]

    def moved_clock() -> datetime:
        return later[0]

    if args.each_open_seen:
        ctx.now = moved_clock

    def ours_open() -> None:
        if args.each_open_seen:
            later[0] += timedelta(minutes=16)
        case_file.load(ctx, chair, reference)

    def floor_open() -> None:
        floor_read(db, case_id)
        if args.each_open_seen:
            later[0] += timedelta(minutes=16)
            floor_view(db, case_id, chair.id.hex, later[0])

    def ours_action() -> None:
        perform.perform(ctx, chair, reference, "assign", params={"member": member.login})
        perform.perform(ctx, chair, reference, "unassign", params={"member": member.login})
        case_file.load(ctx, chair, reference)

    def floor_action() -> None:
        floor_write(db, case_id, member.id.hex)
        floor_read(db, case_id)

    results: dict[str, list[float]] = {k: [] for k in ("open", "open floor", "act", "act floor")}
    for _ in range(3):  # alternate, so drift of the machine touches both
        results["open"].append(median_ms(ours_open, args.repeat))
        results["open floor"].append(median_ms(floor_open, args.repeat))
        results["act"].append(median_ms(ours_action, max(args.repeat // 3, 5)))
        results["act floor"].append(median_ms(floor_action, max(args.repeat // 3, 5)))
    ctx.close()
    db.close()
    best = {k: min(v) for k, v in results.items()}
    print(f"case {reference}")
    print("| what | ours | floor | ratio |\n| --- | --- | --- | --- |")
    for what, ours, floor in (("open a case", "open", "open floor"),
                              ("action round trip", "act", "act floor")):  # fmt: skip
        print(f"| {what} | {best[ours]:.1f} ms | {best[floor]:.1f} ms | "
              f"x{best[ours] / best[floor]:.1f} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
