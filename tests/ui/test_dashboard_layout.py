"""The dashboard and the register on a laptop: the institution column keeps a readable
width in a 1100x700 window, the list opens on what needs action first, an overdue date is
red with a legend saying so, and an empty list says what to do."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from calcert_desktop.domain.forms import forms_dir
from calcert_desktop.services.applications import declare
from calcert_desktop.services.views.dashboard import DashboardQuery, SortColumn, case_ids
from calcert_desktop.ui.views.applications import ApplicationsView
from calcert_desktop.ui.views.dashboard import DashboardView
from calcert_desktop.ui.views.dashboard_model import COLUMNS
from calcert_desktop.ui.views.register import RegisterModel, RegisterView
from calcert_desktop.ui.widgets.column_fit import NAME_SAMPLE
from calcert_desktop.ui.widgets.overdue import DARK_RED, LIGHT_RED, overdue_colour

EXAMPLE = forms_dir() / "examples" / "declaration-example.json"
LONG_NAME = "Miejski Ośrodek Pomocy Społecznej w Skarżysku-Kamiennej im. Jana Pawła II"
VIEW_WIDTH = 900  # what a 1100x700 main window leaves the list beside the navigation


def thirty_chars(table) -> int:
    return table.fontMetrics().horizontalAdvance(LONG_NAME[:30])


@pytest.fixture
def view(session, qtbot) -> DashboardView:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["institution"]["name"] = LONG_NAME
    declare.declare(session.ctx, session.actor, data, source_dir=EXAMPLE.parent)
    widget = DashboardView()
    qtbot.addWidget(widget)
    widget.resize(VIEW_WIDTH, 600)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.attach(session)
    return widget


def test_the_institution_column_shows_thirty_characters_at_laptop_width(view):
    table = view.table
    column = COLUMNS.index("institution")
    assert table.columnWidth(column) >= thirty_chars(table)
    assert NAME_SAMPLE[:30] == "Miejski Ośrodek Pomocy Społecz"
    # Every column fits: no horizontal scroll bar hides the right-hand ones.
    assert table.horizontalHeader().length() <= table.viewport().width()
    tip = view.model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)  # the whole name
    assert "Skarżysku-Kamiennej im. Jana Pawła II" in tip


def test_the_list_opens_on_what_needs_action_first(view, session):
    query = view.current_query()
    assert query.sort == SortColumn.ATTENTION and not query.descending
    assert view.table.horizontalHeader().sortIndicatorSection() == -1  # no column's arrow
    assert not view.attention_button.isEnabled()
    expected = case_ids(session.ctx, session.actor, DashboardQuery(sort=SortColumn.ATTENTION))
    assert [view.model.case_id(r) for r in range(view.model.rowCount())] == expected


def test_a_header_click_then_pilne_najpierw_goes_back(view, qtbot):
    header = view.table.horizontalHeader()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        header.setSortIndicator(COLUMNS.index("town"), header.sortIndicatorOrder())
    assert view.current_query().sort == SortColumn.TOWN and view.attention_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.attention_button.click()
    assert view.current_query().sort == SortColumn.ATTENTION
    assert header.sortIndicatorSection() == -1 and not view.attention_button.isEnabled()


def test_overdue_red_reads_on_light_and_dark_palettes_and_has_a_legend(view):
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Base, "#ffffff")
    dark.setColor(QPalette.ColorRole.Base, "#1e1e1e")
    assert overdue_colour(light) == LIGHT_RED and overdue_colour(dark) == DARK_RED
    assert view.legend.accessibleName() == "Legenda: czerwona data – termin minął"
    assert not view.legend.isHidden()


def test_an_empty_list_says_where_cases_come_from(session, qtbot):
    widget = DashboardView()
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.attach(session)
    assert widget.list_stack.currentWidget() is widget.empty
    assert widget.empty_text.text().startswith("Brak spraw. Sprawy powstają z zarejestrowanych")
    assert widget.clear_filters_button.isHidden()
    with qtbot.waitSignal(widget.applications_requested, timeout=2000):
        widget.to_applications_button.click()


def test_no_match_offers_to_clear_the_filters(view, qtbot):
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.search.setText("nieistniejąca nazwa")
    assert view.list_stack.currentWidget() is view.empty
    assert view.empty_text.text().startswith("Żadna sprawa nie pasuje")
    assert view.to_applications_button.isHidden() and not view.clear_filters_button.isHidden()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.clear_filters_button.click()
    assert view.search.text() == "" and view.model.rowCount() == 1
    assert view.list_stack.currentWidget() is view.table


def test_the_register_institution_column_shows_thirty_characters(session, qtbot):
    register = RegisterView()
    qtbot.addWidget(register)
    register.resize(VIEW_WIDTH, 600)
    register.show()
    qtbot.waitExposed(register)
    table = register.table
    column = RegisterModel.COLUMNS.index("institution")
    assert table.columnWidth(column) >= thirty_chars(table)
    assert table.horizontalHeader().length() <= table.viewport().width()


def test_the_applications_list_gives_the_name_the_room(session, qtbot):
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["institution"]["name"] = LONG_NAME
    declare.declare(session.ctx, session.actor, data, source_dir=EXAMPLE.parent)
    applications = ApplicationsView()
    qtbot.addWidget(applications)
    applications.resize(VIEW_WIDTH, 600)
    applications.show()
    qtbot.waitExposed(applications)
    applications.set_session(session)
    qtbot.waitUntil(lambda: applications.model.rowCount() == 1, timeout=5000)
    table = applications.table
    assert table.columnWidth(1) >= thirty_chars(table)
    assert table.horizontalHeader().length() <= table.viewport().width()
    shown = applications.model.index(0, 1)
    assert shown.data() == LONG_NAME and shown.data(Qt.ItemDataRole.ToolTipRole) == LONG_NAME


def test_too_narrow_even_so_the_least_needed_columns_go_and_come_back(view, qtbot):
    table = view.table
    column = COLUMNS.index("institution")
    days, rapporteur = COLUMNS.index("days_in_state"), COLUMNS.index("rapporteur")
    view.resize(1300, 600)  # a desktop monitor: every column
    qtbot.waitUntil(lambda: not table.isColumnHidden(days))
    assert not any(table.isColumnHidden(c) for c in range(len(COLUMNS)))
    view.resize(720, 600)  # what a 1366x768 laptop at 150% leaves the list
    qtbot.waitUntil(lambda: table.isColumnHidden(days))
    assert table.columnWidth(column) >= thirty_chars(table)
    assert table.horizontalHeader().length() <= table.viewport().width()
    # The days go first, then the rapporteur; the case number and the deadline stay.
    assert not table.isColumnHidden(COLUMNS.index("reference"))
    assert not table.isColumnHidden(COLUMNS.index("next_deadline"))
    assert table.isColumnHidden(rapporteur) <= table.isColumnHidden(days)
    view.resize(1300, 600)
    qtbot.waitUntil(lambda: not table.isColumnHidden(days))
    assert not table.isColumnHidden(rapporteur)
