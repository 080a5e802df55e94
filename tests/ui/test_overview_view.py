"""The overview view: its lists show the right cases and open one; its charts get the numbers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import AppContext, resolve_actor
from calcert_desktop.storage.store import open_database
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.overview import OverviewView
from calcert_desktop.ui.worker import Worker
from cli_support import BOARD_VOTES

TODAY = date(2025, 6, 1)


@pytest.fixture
def cases_session(cli, declaration_file, qapp) -> Iterator[tuple[Session, dict[str, str]]]:
    """Two filed cases and one certificate near its end, seen on TODAY by the office."""
    refs = {
        "older": cli.file_case(declaration_file(signed="2025-01-10", name="a.json"), "2025-01-10"),
        "newer": cli.file_case(declaration_file(signed="2025-03-03", name="b.json"), "2025-03-03"),
    }
    ref = cli.file_case(declaration_file(signed="2020-07-10", name="c.json"), "2020-07-10")
    cli.review(ref, "2020-07-10", ("czlonek1",))
    cli.ok("act", ref, "grant", "--vote", "czlonek1=for", "--date", "2020-07-20",
           user="przewodniczaca")  # fmt: skip
    cli.ok("act", ref, "issue", *BOARD_VOTES, "--date", "2020-08-01", user="zarzad")
    refs["expiring"] = ref
    paths = DataPaths(cli.data_dir)
    ctx = AppContext(paths, open_database(paths, create=False), today=lambda: TODAY)
    worker = Worker()
    yield Session(ctx, resolve_actor(ctx, "biuro"), worker), refs
    worker.wait()
    ctx.close()


def test_lists_show_the_cases_and_open_one(cases_session, qtbot):
    session, refs = cases_session
    view = OverviewView()
    qtbot.addWidget(view)
    assert not view.refresh_button.isEnabled()  # nothing to load before the database opens
    view.attach(session)
    qtbot.waitUntil(lambda: view.waiting.model.rowCount() == 2, timeout=5000)
    assert view.as_of.text() == "Stan na dzień 01.06.2025"
    waiting = view.waiting.model
    assert [waiting.index(r, 0).data() for r in range(2)] == [refs["older"], refs["newer"]]
    assert waiting.index(0, 2).data() == "biuro: kontrola formalna zgłoszenia"
    assert waiting.index(0, 3).data() == "10.01.2025"
    assert waiting.index(0, 4).data() == "142 dni"
    assert view.waiting.title.text() == "Najdłużej czekające na biuro lub Komisję (2)"

    expiring = view.expiring.model
    assert expiring.rowCount() == 1 and expiring.index(0, 0).data() == refs["expiring"]
    assert expiring.index(0, 3).data() == "31.07.2025"
    assert expiring.index(0, 4).data() == "za 60 dni"
    assert view.appeals.model.rowCount() == 0
    assert view.appeals.title.text() == "Biegnące terminy odwołań (0)"

    # Loaded while hidden (a tab not on screen), the lists are fitted when first shown:
    # each table as tall as its rows, nothing scrolls inside it.
    table = view.waiting.table
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    header = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    qtbot.waitUntil(lambda: table.height() == header + sum(
        table.rowHeight(row) for row in range(waiting.rowCount())))  # fmt: skip
    assert table.rowHeight(0) >= table.fontMetrics().height()
    # New rows while hidden again, at the same width: fitted when shown, not before.
    both = [waiting.item(0), waiting.item(1)]
    view.hide()
    view.waiting.set_list(SimpleNamespace(items=both[:1], total=1))
    assert table.height() > header + table.rowHeight(0)  # still the two rows' height
    view.show()
    qtbot.waitUntil(lambda: table.height() == header + table.rowHeight(0))
    view.waiting.set_list(SimpleNamespace(items=both, total=2))
    opened = []
    view.open_requested.connect(opened.append)
    rect = table.visualRect(waiting.index(1, 1))
    # As a user's double click does, press first: the view opens the item pressed on.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [refs["newer"]]
    view.expiring.table.setFocus()
    view.expiring.table.setCurrentIndex(expiring.index(0, 0))
    qtbot.keyClick(view.expiring.table, Qt.Key.Key_Return)
    assert opened == [refs["newer"], refs["expiring"]]


def test_charts_get_the_numbers(cases_session, qtbot):
    session, _ = cases_session
    view = OverviewView(session)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: bool(view.year_chart.labels), timeout=5000)
    states = dict(zip(view.state_chart.labels, view.state_chart.totals, strict=True))
    assert states["złożone – kontrola formalna"] == 2
    assert states["certyfikat ważny"] == 1
    assert next(iter(states)) == "szkic zgłoszenia"  # the process order
    assert view.year_chart.labels == ["2020"]
    assert view.year_chart.values == [(1, 0, 0)]
    assert "2020: 1 (ważne 1)" in view.year_chart.accessibleDescription()
    assert view.state_chart.accessibleName() == "Sprawy według stanu"
    view.resize(1100, 700)
    assert not view.grab().isNull()  # both charts paint inside the view
