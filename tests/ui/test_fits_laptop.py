"""Nothing in the main window asks for more room than a 1366x768 laptop at 150% has.

At QT_SCALE_FACTOR=1.5 that screen is 911x512 logical pixels, and the layouts measure in
logical pixels (the fonts grow with the factor), so the window's minimum size, measured here
at 100%, is what it needs there. A view whose row of labels and buttons did not wrap once
widened the maximised window past the screen (the register's counts) and the settings' tallest
tab made it 686 pixels high; both showed up in the screenshots at 150%."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from worker_support import settle

from calcert_desktop.demo import loader
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import people
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.services.views import queries
from calcert_desktop.services.views.queries import CaseFilter
from calcert_desktop.ui.actions.assess_dialog import AssessDialog
from calcert_desktop.ui.main_window import MainWindow
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.worker import Worker

# The maximised window's room on a 1366x768 screen at 150%, less its frame and a margin.
ROOM_WIDTH, ROOM_HEIGHT = 900, 500


@pytest.fixture
def demo(tmp_path: Path, qapp) -> Iterator[tuple[Session, Session]]:
    """A new installation with a small demo: the office's and the administrator's sessions."""
    ctx = open_context(DataPaths(tmp_path / "demo"), create=True)
    worker = Worker()
    try:
        people.ensure_admin(ctx)
        loader.fill(ctx, resolve_actor(ctx, "admin"), cases=25, seed=2026)
        yield (Session(ctx, resolve_actor(ctx, "biuro"), worker),
               Session(ctx, resolve_actor(ctx, "admin"), worker))  # fmt: skip
    finally:
        worker.wait()
        ctx.close()


def test_every_view_and_settings_tab_fits_a_laptop_at_150_percent(demo, qtbot):
    for person in demo:  # the office, then the administrator with their extra tabs
        window = MainWindow(person)
        qtbot.addWidget(window)
        window.resize(ROOM_WIDTH, ROOM_HEIGHT)
        window.show()
        seen = 0
        for row in range(window.navigation.count()):
            if window.navigation.item(row).isHidden():
                continue
            window.navigation.setCurrentRow(row)
            view = window.stack.currentWidget()
            tabs = getattr(view, "tabs", None)
            for index in range(tabs.count()) if tabs is not None else (None,):
                if index is not None:
                    if not tabs.isTabVisible(index):
                        continue
                    tabs.setCurrentIndex(index)
                for _ in range(3):  # a view loads on the worker, then fills in
                    settle(qtbot, person)
                    QApplication.processEvents()
                needs = window.minimumSizeHint()
                where = window.navigation.item(row).text() + (
                    f" / {tabs.tabText(index)}" if index is not None else ""
                )
                assert needs.width() <= ROOM_WIDTH, (where, needs.width())
                assert needs.height() <= ROOM_HEIGHT, (where, needs.height())
                seen += 1
        assert seen >= 10  # every view and tab was looked at, not just the first
        window.close()


def test_the_case_file_fits_and_dialogs_open_within_the_screen(demo, qtbot):
    office, _admin = demo
    rows = queries.list_cases(office.ctx, office.actor, CaseFilter(states=("revoked_final",)))
    reference = rows[0]["reference"]  # a case with something on every tab
    window = MainWindow(office)
    qtbot.addWidget(window)
    case_file = window.case_windows.open(office, reference)
    qtbot.waitUntil(lambda: case_file.tabs.isEnabled(), timeout=10000)
    for index in range(case_file.tabs.count()):
        case_file.tabs.setCurrentIndex(index)
        needs = case_file.minimumSizeHint()
        where = case_file.tabs.tabText(index)
        # The case file's room at 150%: the screen less the frame (resize_within_screen).
        assert needs.width() <= ROOM_WIDTH - 30, (where, needs.width())
        assert needs.height() <= ROOM_HEIGHT - 40, (where, needs.height())
    case_file.close()
    room = window.screen().availableGeometry()
    dialog = AssessDialog(office, reference)
    qtbot.addWidget(dialog)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()


def test_a_deep_data_folder_does_not_widen_the_settings(qtbot):
    # The path under "Katalog danych" once set the window's least width: a CI run's temporary
    # folder made it 901 pixels, one more than a laptop at 150% has.
    from calcert_desktop.ui.views.settings import SettingsView

    view = SettingsView()
    qtbot.addWidget(view)
    view.show()
    QApplication.processEvents()
    short = view.minimumSizeHint().width()
    view.folder.setText("C:\\Users\\Małgorzata.Brzęczyszczykiewicz\\AppData\\Local\\" * 4)
    QApplication.processEvents()
    assert view.folder.minimumSizeHint().width() < 400
    assert view.minimumSizeHint().width() <= max(short, 500)
