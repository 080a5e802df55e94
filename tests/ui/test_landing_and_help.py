"""A start that leads somewhere (issue 20, point 1): each role lands on its own work, the
window opens maximised the first time, Pomoc has the user guide at the person's section
(every picture it names is there) and loads the demo into an empty database."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from worker_support import settle

from calcert_desktop.domain.roles import Role
from calcert_desktop.paths import DataPaths
from calcert_desktop.resources import resources_dir
from calcert_desktop.services.admin import people
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.services.views import queries
from calcert_desktop.ui.guide import SECTIONS, section_of
from calcert_desktop.ui.landing import OVERVIEW_TAB, View, landing_of
from calcert_desktop.ui.main_window import MainWindow
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.worker import Worker


def as_person(session: Session, login: str) -> Session:
    return Session(session.ctx, resolve_actor(session.ctx, login), session.worker)


@pytest.mark.parametrize(("login", "view", "tab", "mine"), [
    ("biuro", "Zgłoszenia", None, None),
    ("przewodniczaca", "Komisja", "Przegląd", None),
    ("czlonek1", "Komisja", "Sprawy", True),
    ("ekspert", "Komisja", "Sprawy", False),
    ("zarzad", "Zarząd", None, None),
    ("admin", "Osoby", None, None),
])  # fmt: skip
def test_each_role_lands_on_its_work(session, qtbot, login, view, tab, mine):
    window = MainWindow(as_person(session, login))
    qtbot.addWidget(window)
    assert window.navigation.currentItem().text() == view
    assert window.stack.currentIndex() == window.navigation.currentRow()
    if tab is not None:
        tabs = window.commission.tabs
        assert tabs.tabText(tabs.currentIndex()).replace("&", "") == tab
    if mine is not None:
        dashboard = window.commission.dashboard
        assert dashboard.mine_check.isChecked() is mine
        assert dashboard.heading.text() == ("Moje sprawy" if mine else "Wszystkie sprawy")


@pytest.mark.parametrize(("login", "first"), [
    ("biuro", "ApplicationsView"),
    ("przewodniczaca", "OverviewView"),
    ("czlonek1", "DashboardView"),
    ("zarzad", "BoardView"),
    ("admin", "PeopleView"),
])  # fmt: skip
def test_the_view_on_screen_loads_first(session, qtbot, monkeypatch, login, first):
    """The worker answers in order: the view the person lands on asks first, so it is
    filled first; the others load behind it."""
    asked: list[str] = []
    submit = Worker.submit

    def recording(worker, work, *args, **kwargs):
        asked.append(getattr(work, "__qualname__", ""))
        return submit(worker, work, *args, **kwargs)

    monkeypatch.setattr(Worker, "submit", recording)
    window = MainWindow()  # as the program starts: the window shown, then the person's data
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach(as_person(session, login))
    loads = [name.split(".")[0] for name in asked if name.split(".")[0].endswith("View")]
    assert loads[0] == first
    assert {"ApplicationsView", "DashboardView", "OverviewView"} <= set(loads)
    # The Board's page and the register read when first shown, not behind the others.
    assert ("BoardView" in loads) is (first == "BoardView")
    assert "RegisterView" not in loads
    settle(qtbot, session)


def test_a_person_with_several_roles_lands_on_the_first_and_a_return_keeps_the_place(
    session, qtbot
):
    assert landing_of(frozenset({Role.EXPERT, Role.OFFICE})).view is View.APPLICATIONS
    assert landing_of(frozenset({Role.COMMISSION_CHAIR, Role.COMMISSION_MEMBER})).tab == (
        OVERVIEW_TAB
    )
    assert landing_of(frozenset()).view is View.APPLICATIONS
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(2)  # Rejestr, chosen by the person
    window.attach(session)  # the same person again (e.g. after the lock): they stay there
    assert window.navigation.currentRow() == 2
    window.attach(as_person(session, "zarzad"))  # someone else: their own work
    assert window.navigation.currentItem().text() == "Zarząd"


def test_the_window_opens_maximised_the_first_time_then_at_its_remembered_size(session, qtbot):
    assert QSettings().value("main_window/geometry") is None
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show_at_start()
    assert window.isMaximized()
    window.showNormal()
    window.resize(window.minimumSizeHint().width(), 500)
    remembered = window.size()
    window.close()
    again = MainWindow(session)
    qtbot.addWidget(again)
    again.show_at_start()
    assert not again.isMaximized() and again.size() == remembered


def test_the_guide_opens_at_the_persons_section_and_names_only_pictures_it_has(session, qtbot):
    folder = resources_dir() / "guide"
    html = (folder / "przewodnik.html").read_text("utf-8")
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert len(pictures) >= 5
    assert all((folder / picture).is_file() for picture in pictures), pictures
    anchors = set(re.findall(r'<a name="([^"]+)"', html))
    assert {anchor for _role, anchor in SECTIONS} <= anchors
    for link in re.findall(r'<a href="#([^"]+)"', html):
        assert link in anchors, link
    assert section_of(frozenset({Role.EXPERT})) == "ekspert"

    window = MainWindow(as_person(session, "ekspert"))
    qtbot.addWidget(window)
    guide = window.show_guide()
    qtbot.addWidget(guide)
    assert guide.isVisible() and "Ekspert" in guide.browser.toPlainText()
    top = guide.browser.verticalScrollBar().value()
    assert top > 0  # scrolled down to the expert's section, past the process
    assert window.show_guide() is guide  # one window, brought back


def test_the_demo_is_offered_to_an_administrator_and_loads_into_an_empty_database(
    session, qtbot, monkeypatch, tmp_path
):
    office = MainWindow(session)
    qtbot.addWidget(office)
    assert not office.demo_action.isEnabled() and "administrator" in office.demo_action.toolTip()
    ctx = open_context(DataPaths(tmp_path / "nowa"), create=True)  # a new installation
    worker = Worker()
    try:
        people.ensure_admin(ctx)
        admin = Session(ctx, resolve_actor(ctx, "admin"), worker)
        window = MainWindow(admin)
        qtbot.addWidget(window)
        assert window.demo_action.isEnabled()
        asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question",
                            lambda _p, _t, text, *a, **k: asked.append(text)
                            or QMessageBox.StandardButton.Yes)  # fmt: skip
        window.demo_action.trigger()
        qtbot.waitUntil(lambda: bool(queries.count_by_state(ctx)), timeout=60000)
        settle(qtbot, admin)
        assert "pustej bazy" in asked[0]
        assert "Utworzono 300 spraw" in window.statusBar().currentMessage()

        refused: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning",
                            lambda _p, _t, text, *a, **k: refused.append(text))  # fmt: skip
        window.demo_action.trigger()  # a second time: the database has cases now
        settle(qtbot, admin)
        assert len(refused) == 1 and "pustej bazy" in refused[0]
        assert sum(queries.count_by_state(ctx).values()) == 300
    finally:
        worker.wait()
        ctx.close()


def test_an_empty_applications_list_says_what_to_do_and_offers_the_button(session, qtbot,
                                                                          monkeypatch):  # fmt: skip
    from calcert_desktop.services.applications import drafts

    window = MainWindow(session)  # the office
    qtbot.addWidget(window)
    view = window.applications
    settle(qtbot, session)
    assert view.list_or_empty.showing_empty
    assert "Nowe zgłoszenie" in view.empty.text.text()
    assert not view.empty_new_button.isHidden() and view.empty_demo_button.isHidden()
    with qtbot.waitSignal(view.new_requested):
        view.empty_new_button.click()

    admin = MainWindow(as_person(session, "admin"))
    qtbot.addWidget(admin)
    settle(qtbot, session)
    empty = admin.applications
    assert "dane przykładowe" in empty.empty.text.text()
    assert empty.empty_new_button.isHidden() and not empty.empty_demo_button.isHidden()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text)
                        or QMessageBox.StandardButton.No)  # fmt: skip
    with qtbot.waitSignal(empty.demo_requested):
        empty.empty_demo_button.click()
    assert asked and "Wczytać przykładowe dane" in asked[0]  # the main window asks first

    drafts.save_draft(session.ctx, session.actor, {"institution": {"name": "Fundacja „Ósemka”"}})
    view.refresh()
    settle(qtbot, session)
    assert not view.list_or_empty.showing_empty and view.model.rowCount() == 1
