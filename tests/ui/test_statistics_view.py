"""The statistics page (Komisja → Statystyka): read when first shown, the years' and the
breakdowns' figures in the tables and charts, the range kept forwards, the file saved, and
the tab only for those who may read the statistics."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from python_calamine import CalamineWorkbook

from calcert_desktop.domain.statistics_labels import FIGURE_LABELS
from calcert_desktop.domain.statistics_tables import FIGURES
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import AppContext, resolve_actor
from calcert_desktop.storage.store import open_database
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.commission import STATISTICS_TAB, CommissionView
from calcert_desktop.ui.views.statistics_view import StatisticsView
from calcert_desktop.ui.worker import Worker
from cli_support import BOARD_VOTES

TODAY = date(2025, 6, 1)


@pytest.fixture
def data(cli, declaration_file, qapp) -> Iterator[AppContext]:
    """One case received in 2020 and granted, one refused in 2021, one received in 2024."""
    granted = cli.file_case(declaration_file(signed="2020-07-10", name="a.json"), "2020-07-10")
    cli.review(granted, "2020-07-10", ("czlonek1",))
    cli.ok("act", granted, "grant", "--vote", "czlonek1=for", "--date", "2020-07-20",
           user="przewodniczaca")  # fmt: skip
    cli.ok("act", granted, "issue", *BOARD_VOTES, "--date", "2020-08-01", user="zarzad")
    refused = cli.file_case(declaration_file(signed="2021-02-01", name="b.json"), "2021-02-01")
    cli.review(refused, "2021-02-01", ("czlonek1",))
    cli.ok("act", refused, "refuse", "--vote", "czlonek1=against", "--date", "2021-03-03",
           "--reasons", "Brak wymaganych standardów pracy.", user="przewodniczaca")  # fmt: skip
    cli.file_case(declaration_file(signed="2024-05-05", name="c.json"), "2024-05-05")
    paths = DataPaths(cli.data_dir)
    ctx = AppContext(paths, open_database(paths, create=False), today=lambda: TODAY)
    yield ctx
    ctx.close()


@pytest.fixture
def session(data: AppContext) -> Iterator[Session]:
    worker = Worker()
    yield Session(data, resolve_actor(data, "biuro"), worker)
    worker.wait()


def cell(view: StatisticsView, figure: str, column: int) -> str:
    model = view.years_model
    return model.index(FIGURES.index(figure), column).data()


def test_read_when_shown_with_the_years_side_by_side(session, qtbot):
    view = StatisticsView()
    qtbot.addWidget(view)
    view.attach(session)
    assert view.statistics is None  # nothing read while the page is not on screen
    view.first_year.setValue(2020)
    view.last_year.setValue(2021)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.statistics is not None and view.statistics.last_year == 2021,
                    timeout=10000)  # fmt: skip
    model = view.years_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Liczba", "2020", "2021", "Razem 2020–2021"]
    assert model.index(0, 0).data() == FIGURE_LABELS["received"]
    assert [cell(view, "received", c) for c in (1, 2, 3)] == ["1", "1", "2"]
    assert [cell(view, "granted", c) for c in (1, 2, 3)] == ["1", "0", "1"]
    assert [cell(view, "refused", c) for c in (1, 2, 3)] == ["0", "1", "1"]
    assert cell(view, "median_days", 1) == "10,0"  # Polish decimal comma
    assert cell(view, "valid_at_end", 2) == "1"
    assert "Statystyka certyfikacji za lata 2020–2021" in view.status.text()
    # The decisions' chart: one bar a year, granted and refused stacked.
    assert view.years_chart.labels == ["2020", "2021"]
    assert view.years_chart.values == [(1, 0), (0, 1)]
    # The breakdowns show the range's total; the chart only the rows with a decision.
    voivodeships = view.voivodeship_model
    assert voivodeships.headerData(1, Qt.Orientation.Horizontal) == "Wpłynęło\nzgłoszeń"
    labels = [voivodeships.index(r, 0).data() for r in range(voivodeships.rowCount())]
    assert labels[-1] == "nie podano" and len(labels) >= 17
    assert sum(view.voivodeship_chart.totals) == 2
    assert sum(view.type_chart.totals) == 2
    assert view.voivodeship_section.heading.text() == "Według województw (2020–2021)"
    # Each table is as high as its rows: the page scrolls, never the table.
    table = view.years_table
    assert table.height() >= sum(table.rowHeight(r) for r in range(model.rowCount()))


def test_the_range_stays_forwards_and_the_newest_reading_wins(session, qtbot):
    view = StatisticsView()
    qtbot.addWidget(view)
    view.attach(session)
    assert view.last_year.maximum() == 2025  # no year to come
    view.first_year.setValue(2021)
    view.last_year.setValue(2020)  # before the first: the first follows
    assert (view.first_year.value(), view.last_year.value()) == (2020, 2020)
    view.first_year.setValue(2024)  # after the last: the last follows
    assert (view.first_year.value(), view.last_year.value()) == (2024, 2024)
    view.show()
    qtbot.waitUntil(lambda: view.statistics is not None and view.statistics.first_year == 2024,
                    timeout=10000)  # fmt: skip
    assert cell(view, "received", 1) == "1"
    assert cell(view, "decided", 1) == "0"
    assert cell(view, "median_days", 1) == "—"
    assert view.years_chart.describe() == "2024: 0"
    assert view.voivodeship_chart.labels == [] and view.save_button.isEnabled()


def test_save_as_writes_the_workbook(session, qtbot, tmp_path: Path, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    view = StatisticsView()
    qtbot.addWidget(view)
    view.attach(session)
    view.first_year.setValue(2020)
    view.last_year.setValue(2021)
    target = tmp_path / "statystyka.xlsx"
    view.export_to(str(target), 2020, 2021)
    qtbot.waitUntil(lambda: bool(told), timeout=15000)
    assert told == [f"Zapisano statystykę w pliku {target}."]
    book = CalamineWorkbook.from_path(str(target))
    assert book.sheet_names and target.stat().st_size > 0


def test_the_tab_is_there_only_for_those_who_read_statistics(data, qtbot):
    worker = Worker()
    try:
        for login, shown in (("biuro", True), ("czlonek1", False), ("zarzad", True)):
            view = CommissionView()
            qtbot.addWidget(view)
            view.tabs.setCurrentIndex(STATISTICS_TAB)
            view.attach(Session(data, resolve_actor(data, login), worker))
            assert view.tabs.isTabVisible(STATISTICS_TAB) is shown, login
            assert view.tabs.tabText(STATISTICS_TAB) == "S&tatystyka"
            assert (view.tabs.currentIndex() == STATISTICS_TAB) is shown
    finally:
        worker.wait()
