"""The main window: its views, the applications list and its actions, the About box,
remembered geometry, and one running copy per data folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from calcert_desktop.services.applications import drafts
from calcert_desktop.ui.main_window import MainWindow
from calcert_desktop.ui.single_instance import SingleInstance


def test_navigation_and_status_bar(session, qtbot):
    window = MainWindow(session)
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Zgłoszenia", "Komisja", "Rejestr", "Osoby", "Zarząd", "Ustawienia"]
    for row in range(len(titles)):
        window.navigation.setCurrentRow(row)
        assert window.stack.currentIndex() == row
    permanent = [w for w in window.statusBar().children() if hasattr(w, "text")]
    assert any("Ewa Zalewska (biuro)" in w.text() for w in permanent)


def test_applications_list_continue_and_delete_a_draft(session, qtbot, monkeypatch):
    data = {"institution": {"name": "Fundacja „Ósemka”"}}
    first = drafts.save_draft(session.ctx, session.actor, data)
    window = MainWindow(session)
    qtbot.addWidget(window)
    view = window.applications
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    assert view.model.index(0, 1).data() == "Fundacja „Ósemka”"
    view.table.selectRow(0)
    assert view.continue_button.isEnabled() and view.delete_button.isEnabled()
    with qtbot.waitSignal(window.wizard_opened, timeout=5000):  # the draft is read first
        view.continue_button.click()
    assert window.wizard is not None and window.wizard.reference == first.reference
    window.wizard.flush()
    window.wizard.close()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.table.selectRow(0)
    view.delete_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10000)
    assert drafts.list_applications(session.ctx, session.actor) == []


def test_about_box_names_version_and_licences(session, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window = MainWindow(session)
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    about = [a for a in help_menu.actions() if a.text() == "&O programie…"]
    about[0].trigger()
    assert shown and "0.1.0" in shown[0] and "LGPL" in shown[0] and "Licencje" in shown[0]
    assert "DejaVu Sans" in shown[0] and "Bitstream Vera" in shown[0]  # the bundled fonts


def test_geometry_is_remembered(session, qtbot):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.resize(640, 480)  # smaller than the offscreen test screen (800x600)
    window.close()
    assert QSettings().value("main_window/geometry") is not None
    again = MainWindow(session)
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (640, 480)


def test_one_running_copy_per_data_folder(tmp_path, qtbot):
    first = SingleInstance(tmp_path / "dane")
    assert first.acquire()
    first.listen()
    second = SingleInstance(tmp_path / "dane")
    with qtbot.waitSignal(first.activated, timeout=10000):
        assert not second.acquire()
    other = SingleInstance(tmp_path / "inne")
    assert other.acquire()
    other.release()
    first.release()
    third = SingleInstance(tmp_path / "dane")
    assert third.acquire()
    third.release()


def test_a_filed_application_opens_in_its_case_file(session, qtbot, declaration_file):
    import json as _json
    from datetime import date

    from calcert_desktop.services.process import perform

    data = _json.loads(declaration_file().read_text(encoding="utf-8"))
    draft = drafts.save_draft(session.ctx, session.actor, data)
    filed = perform.perform(session.ctx, session.actor, draft.reference, "file", date(2024, 3, 1))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.applications.refresh()
    qtbot.waitUntil(lambda: window.applications.model.rowCount() > 0)
    case_file = window.case_windows.window(filed.reference)
    assert case_file is None
    window.applications.open_requested.emit(filed.reference)
    case_file = window.case_windows.window(filed.reference)
    assert case_file is not None
    qtbot.waitUntil(lambda: case_file.view is not None, timeout=5000)
    panel = window.case_windows.panel(filed.reference)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.loaded, timeout=5000)
    assert "accept" in [str(a) for a in panel.offered]  # biuro may accept a filed application
    tab = case_file.application_tab
    assert tab.text.isReadOnly()
    text = tab.text.toPlainText()
    assert filed.reference in text and data["institution"]["name"] in text
    assert "☑ 9." in text and data["model_of_work"]["description"][:40] in text
    window.close()
    assert not case_file.isVisible()  # the case files close with the main window


def test_the_application_carries_the_cal_icon(qapp):
    from calcert_desktop.ui.app import make_application

    app = make_application(["calcert"], "pl")
    assert app is qapp
    sizes = app.windowIcon().availableSizes()
    assert sizes and max(size.width() for size in sizes) == 256


def test_a_restore_is_refused_while_the_app_has_the_folder_open(cli, tmp_path, qtbot):
    copy = tmp_path / "kopia.sqlite3"
    cli.ok("backup", "-o", str(copy))
    app = SingleInstance(cli.data_dir)
    assert app.acquire()
    try:
        cli.refused("restore", str(copy), user="admin", expect="programie okienkowym")
    finally:
        app.release()
    cli.ok("restore", str(copy), user="admin")


def test_the_other_pages_are_built_once_the_window_is_on_screen(session, qtbot):
    """The window comes up with Zgłoszenia and an empty place for each other page; those
    are built on the event loop's second turn (issue 22), or at once when chosen or when a
    person is signed in."""
    window = MainWindow()
    qtbot.addWidget(window)
    assert window._pages is None
    assert window.stack.count() == window.navigation.count() == 6
    window.show_at_start()
    qtbot.waitUntil(lambda: window._pages is not None, timeout=10000)
    built = window.built_pages()
    assert [window.stack.indexOf(page) for page in built.in_order()] == [1, 2, 3, 4, 5]
    assert window.stack.count() == 6  # the empty places are gone

    chosen = MainWindow()  # a page chosen before they are built: built, then shown
    qtbot.addWidget(chosen)
    chosen.navigation.setCurrentRow(4)
    assert chosen._pages is not None and chosen.stack.currentWidget() is chosen.board
    chosen.attach(session)
    assert chosen.navigation.currentItem().text() == "Zgłoszenia"  # biuro lands there
    assert chosen.stack.currentWidget() is chosen.applications
