"""The dashboard: typing filters, header clicks sort, Enter and double click open, saved
views come back, the row cache stays bounded however far one scrolls, and the first page
comes before the whole list, which then grows under it."""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from calcert_desktop.domain.forms import forms_dir
from calcert_desktop.services.applications import declare
from calcert_desktop.services.views import dashboard
from calcert_desktop.services.views.dashboard import DashboardRow
from calcert_desktop.ui.views import dashboard_model
from calcert_desktop.ui.views.dashboard import DashboardView
from calcert_desktop.ui.views.dashboard_model import DashboardModel

EXAMPLE = forms_dir() / "examples" / "declaration-example.json"
NAMES = [
    ("Łódzkie Centrum Usług", "Łódź"),
    ("Lubelska Fundacja", "Śrem"),
    ("Mazowiecki Ośrodek", "Sopot"),
    ("Azyl Fundacja", "Szczecin"),
]


@pytest.fixture
def view(session, qtbot) -> DashboardView:
    for name, town in NAMES:
        data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        data["institution"]["name"] = name
        data["institution"]["address"]["town"] = town
        declare.declare(session.ctx, session.actor, data, source_dir=EXAMPLE.parent)
    widget = DashboardView()
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.attach(session)
    return widget


def column(view: DashboardView, number: int) -> list[str]:
    return [view.model.index(r, number).data() for r in range(view.model.rowCount())]


def click_header(view: DashboardView, qtbot, section: int) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_lists_every_case_with_counts(view):
    assert view.model.rowCount() == 4
    assert view.count_label.text() == "Liczba spraw: 4"
    assert view.state_combo.itemText(0) == "wszystkie (4)"
    draft = view.state_combo.findData("draft")
    assert view.state_combo.itemText(draft) == "szkic zgłoszenia (4)"
    assert all(code.startswith("ROB-") for code in column(view, 0))


def test_typing_filters_the_list(view, qtbot):
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.keyClicks(view.search, "lodz")
    assert column(view, 1) == ["Łódzkie Centrum Usług"]
    assert view.count_label.text() == "Liczba spraw: 1"
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.search.setText("fundacja śrem")  # Polish letters: set, not typed
    assert column(view, 1) == ["Lubelska Fundacja"]
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.search.clear()
    assert view.model.rowCount() == 4


def test_a_burst_of_keystrokes_runs_the_newest_query_only(view, qtbot):
    shown: list[int] = []
    view.loaded.connect(shown.append)
    for text in ("f", "fu", "fun", "fund", "fundacja", "fundacja sre"):
        view.search.setText(text)
        view._run_query()  # as if each pause had been long enough
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    view._session.worker.wait()
    qtbot.wait(50)
    assert shown[-1] == 1 and column(view, 1) == ["Lubelska Fundacja"]
    assert len(shown) <= 2  # the stale answers in between were dropped, not shown


def test_header_click_sorts_in_polish_order(view, qtbot):
    click_header(view, qtbot, 1)
    assert column(view, 1) == [
        "Azyl Fundacja",
        "Lubelska Fundacja",
        "Łódzkie Centrum Usług",
        "Mazowiecki Ośrodek",
    ]
    click_header(view, qtbot, 1)
    assert column(view, 1)[0] == "Mazowiecki Ośrodek"
    click_header(view, qtbot, 2)
    assert column(view, 2) == ["Łódź", "Sopot", "Szczecin", "Śrem"]
    assert view.current_query().sort == "town" and not view.current_query().descending


def test_enter_and_double_click_open_the_case(view, qtbot):
    view.table.setFocus()
    view.table.selectRow(2)
    expected = view.model.index(2, 0).data()
    with qtbot.waitSignal(view.open_requested, timeout=2000) as opened:
        QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [expected]
    rect = view.table.visualRect(view.model.index(1, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_requested, timeout=2000) as opened:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [view.model.index(1, 0).data()]


def test_ctrl_f_focuses_the_search(view, qtbot):
    view.table.setFocus()
    QTest.keySequence(view.table, QKeySequence(QKeySequence.StandardKey.Find))
    assert view.search.hasFocus()


def test_saved_views_round_trip(view, session, qtbot):
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.search.setText("fundacja")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.state_combo.setCurrentIndex(view.state_combo.findData("draft"))
    click_header(view, qtbot, 2)
    saved = view.current_query()
    view.save_view("Fundacje wg miejscowości")
    assert view.views_combo.currentText() == "Fundacje wg miejscowości"

    other = DashboardView()  # another window, later: the view is in QSettings
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.loaded, timeout=5000):
        other.attach(session)
    assert other.views_combo.findData("Fundacje wg miejscowości") > 0
    with qtbot.waitSignal(other.loaded, timeout=5000):
        other.apply_view("Fundacje wg miejscowości")
    assert other.current_query() == saved
    assert other.table.horizontalHeader().sortIndicatorSection() == 2
    assert column(other, 1) == ["Azyl Fundacja", "Lubelska Fundacja"]  # Szczecin, Śrem

    other.delete_view("Fundacje wg miejscowości")
    assert other.saved_views() == {}
    assert other.views_combo.count() == 1


def test_the_row_cache_stays_bounded_while_scrolling(view, monkeypatch):
    monkeypatch.setattr(dashboard_model, "PAGE_SIZE", 1)
    monkeypatch.setattr(dashboard_model, "MAX_PAGES", 2)
    view.model.clear_cache()
    for row in range(view.model.rowCount()):
        assert view.model.index(row, 1).data()
        assert view.model.cached_rows() <= 2


def fake_row(case_id: str, number: int) -> DashboardRow:
    return DashboardRow(
        uuid.UUID(case_id), f"CAL/2025/{number:05}", f"Instytucja {number}", "Łódź", "review",
        "ocena Komisji", 3, date(2025, 1, 1), True, None,
    )  # fmt: skip


def test_model_fetches_by_the_page_and_forgets_old_pages(qapp):
    ids = [uuid.uuid4().hex for _ in range(10_000)]
    number = {case_id: n for n, case_id in enumerate(ids)}
    fetched: list[int] = []

    def fetch(page: list[str]) -> dict[str, DashboardRow]:
        fetched.append(len(page))
        return {c: fake_row(c, number[c]) for c in page}

    model = DashboardModel(fetch)
    model.set_ids(ids)
    assert fetched == []  # nothing is fetched until shown
    assert model.index(0, 0).data() == "CAL/2025/00000"
    assert model.index(5, 5).data() == "01.01.2025 – minął"
    assert model.index(5, 5).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert fetched == [dashboard_model.PAGE_SIZE]
    for row in range(len(ids)):
        assert model.index(row, 1).data() == f"Instytucja {row}"
    assert len(fetched) == len(ids) // dashboard_model.PAGE_SIZE
    limit = dashboard_model.PAGE_SIZE * dashboard_model.MAX_PAGES
    assert model.cached_rows() == limit < len(ids)


def test_the_first_page_comes_first_then_the_list_grows_under_it(view, qtbot, monkeypatch):
    monkeypatch.setattr(dashboard, "FIRST_PAGE", 2)
    full = column(view, 0)
    inserted: list[tuple[int, int]] = []
    resets: list[bool] = []
    view.model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    view.model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(view.head_shown, timeout=5000) as head:
        view.refresh()
    # Only the head so far, and the count says so; the rest is counted in the background.
    assert head.args == [2] and view.model.rowCount() == 2 and not view.model.is_complete()
    assert view.count_label.text() == "Liczba spraw: co najmniej 2, liczę…"
    view.table.selectRow(1)  # the user picks a case meanwhile
    picked = view.model.case_id(1)
    with qtbot.waitSignal(view.loaded, timeout=5000) as loaded:
        pass
    assert loaded.args == [4] and column(view, 0) == full and view.model.is_complete()
    assert inserted == [(2, 3)] and resets == [True]  # the head's reset only: then appended
    assert view._selected_id() == picked
    assert view.count_label.text() == "Liczba spraw: 4"
    assert view.state_combo.itemText(0) == "wszystkie (4)"


def test_a_stale_full_answer_is_dropped(view, qtbot):
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.search.setText("fundacja")
    shown = column(view, 1)
    old = view._generation - 1  # an answer to the query before the last one
    view._show(old, None, ([view.model.case_id(0)], {"draft": 1}))
    view._show(view._generation, None, None)  # a cancelled one: nothing to show
    assert column(view, 1) == shown and sorted(shown) == ["Azyl Fundacja", "Lubelska Fundacja"]
    assert view.count_label.text() == "Liczba spraw: 2"


def test_model_extends_the_head_or_resets_when_the_cases_changed(qapp):
    ids = [uuid.uuid4().hex for _ in range(500)]
    number = {case_id: n for n, case_id in enumerate(ids)}
    fetched: list[int] = []

    def fetch(page: list[str]) -> dict[str, DashboardRow]:
        fetched.append(len(page))
        return {c: fake_row(c, number[c]) for c in page}

    model = DashboardModel(fetch)
    model.set_ids(ids[:150], complete=False)
    assert model.index(149, 1).data() == "Instytucja 149" and fetched == [150]
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    assert model.extend_to(ids) and model.rowCount() == 500 and model.is_complete()
    # The page cut short by the end of the head is fetched again, whole.
    assert model.index(199, 1).data() == "Instytucja 199" and fetched == [150, 200]
    assert resets == []
    model.set_ids(ids[:150], complete=False)
    other = [ids[1], ids[0], *ids[2:]]
    assert not model.extend_to(other) and model.rowCount() == 500
    assert model.index(0, 1).data() == "Instytucja 1" and resets == [True, True]
