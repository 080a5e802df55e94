"""When the date changes while the program runs, the sweep runs through ``write_op``: a
decision nobody appealed becomes final and the change set is broadcast to the windows."""

from __future__ import annotations

import json
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.changes import Kind
from calcert_desktop.services.context import AppContext, resolve_actor
from calcert_desktop.storage.store import open_database
from calcert_desktop.ui.midnight import AFTER_MIDNIGHT_MS, LONGEST_WAIT_MS, MidnightSweep, wait_ms
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.worker import Worker

MEMBERS = ("czlonek1", "czlonek2", "przewodniczaca")


def test_wait_until_just_after_midnight_but_never_long() -> None:
    assert wait_ms(datetime(2025, 6, 5, 23, 59, 0)) == 60_000 + AFTER_MIDNIGHT_MS
    assert wait_ms(datetime(2025, 6, 5, 12, 0, 0)) == LONGEST_WAIT_MS


def test_date_change_sweeps_and_broadcasts(cli, declaration_file, qapp) -> None:
    ref = cli.file_case(declaration_file(signed="2025-05-01"), "2025-05-05")
    cli.review(ref, "2025-05-10", MEMBERS, rating="not")
    votes = [arg for member in MEMBERS for arg in ("--vote", f"{member}=against")]
    cli.ok("act", ref, "refuse", *votes, "--reasons", "Nie spełnia.", "--date", "2025-05-20",
           user="przewodniczaca")  # fmt: skip
    cli.ok("act", ref, "deliver", "--date", "2025-05-22", user="biuro")  # final on 6 June

    day = [date(2025, 6, 5)]
    paths = DataPaths(cli.data_dir)
    ctx = AppContext(paths, open_database(paths, create=False), today=lambda: day[0])
    worker = Worker()
    session = Session(ctx, resolve_actor(ctx, "biuro"), worker)
    heard = []
    session.changed.connect(heard.append)
    midnight = MidnightSweep(clock=lambda: datetime(2025, 6, 5, 23, 59, 0))

    def settle() -> None:
        for _ in range(5):
            worker.wait()
            QCoreApplication.processEvents()

    def state() -> str:
        return json.loads(cli.ok("show", ref, "--json", user="biuro"))["state"]

    try:
        midnight.attach(session)
        assert midnight.timer.isActive()
        assert midnight.timer.interval() == 60_000 + AFTER_MIDNIGHT_MS
        midnight.check()  # still 5 June: nothing to do
        settle()
        assert heard == [] and state() == "refused"
        day[0] = date(2025, 6, 6)
        midnight.check()
        settle()
        assert state() == "refused_final"
        assert len(heard) == 1 and heard[0].concerns(Kind.CASES, reference=ref)
        assert midnight.timer.isActive()  # waits for the next day
    finally:
        midnight.timer.stop()
        worker.wait()
        ctx.close()
