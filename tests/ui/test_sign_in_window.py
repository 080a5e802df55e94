"""Signing in to the window: the first administrator on a new database, the sign-in dialog
(a refusal shown in it, a temporary password replaced), someone else taking over, and the
window locked after inactivity with no case data left on screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from sign_in_support import dialog_of, refusal, submit

import engines
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import people, settings
from calcert_desktop.services.auth import passwords
from calcert_desktop.services.context import AppContext, open_context, resolve_actor
from calcert_desktop.ui.app import start_session
from calcert_desktop.ui.main_window import MainWindow
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.sign_in import FirstAdminDialog, NewPasswordDialog, SignInDialog
from calcert_desktop.ui.worker import Worker
from cli_support import PASSWORD, TEMPORARY

NEW = "Zielona łąka nad Wisłą"


@pytest.fixture
def opened(cli) -> Iterator[tuple[AppContext, Worker]]:
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    worker = Worker()
    yield ctx, worker
    worker.wait()
    QApplication.processEvents()
    worker.wait()
    ctx.close()


def test_a_new_database_asks_for_the_first_administrator(tmp_path: Path, qtbot, monkeypatch):
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: questions.append(text)
                        or QMessageBox.StandardButton.No)  # fmt: skip
    paths = DataPaths(engines.fresh(tmp_path / "nowa"))
    ctx = open_context(paths, create=True)
    people.ensure_admin(ctx)
    worker = Worker()
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        start_session(window, ctx, worker, None, "")
        dialog = dialog_of(qtbot, FirstAdminDialog)
        submit(qtbot, dialog, new="krótkie", repeated="krótkie")
        assert "co najmniej 10 znaków" in refusal(qtbot, dialog)
        assert dialog.isVisible() and window.session is None and not dialog.new.text()
        submit(qtbot, dialog, name="Anna Kowalska", new=NEW, repeated=NEW)
        qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
        assert window.session.actor.login == "admin"
        assert "Anna Kowalska (admin)" in window.who.text()
        # The administrator is offered the demo on an empty database (declined here).
        qtbot.waitUntil(lambda: len(questions) == 1, timeout=10000)
        assert "Baza danych jest pusta" in questions[0]
    finally:
        worker.wait()
        QApplication.processEvents()
        worker.wait()
        ctx.close()


def test_a_refusal_is_shown_in_the_dialog_and_the_right_password_signs_in(opened, qtbot):
    ctx, worker = opened
    window = MainWindow()
    qtbot.addWidget(window)
    start_session(window, ctx, worker, "przewodniczaca", "1")
    dialog = dialog_of(qtbot, SignInDialog)
    assert dialog.login.text() == "przewodniczaca" and dialog.password.echoMode() == \
        QLineEdit.EchoMode.Password  # fmt: skip
    submit(qtbot, dialog, password="nie-to-hasło")
    assert "Nieprawidłowy login lub hasło" in refusal(qtbot, dialog)
    assert window.session is None and not dialog.password.text()
    submit(qtbot, dialog, password=PASSWORD)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    assert window.session.actor.login == "przewodniczaca"
    assert "commission_chair" in window.session.actor.roles


def test_cancelling_the_sign_in_closes_the_window(opened, qtbot):
    ctx, worker = opened
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    start_session(window, ctx, worker, None, "1")
    dialog = dialog_of(qtbot, SignInDialog)
    dialog.reject()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert window.session is None


def test_a_temporary_password_is_replaced_before_the_window_opens(opened, qtbot):
    ctx, worker = opened
    passwords.set_password(ctx, resolve_actor(ctx, "admin"), "biuro", TEMPORARY)
    window = MainWindow()
    qtbot.addWidget(window)
    start_session(window, ctx, worker, "biuro", "1")
    submit(qtbot, dialog_of(qtbot, SignInDialog), password=TEMPORARY)
    new = dialog_of(qtbot, NewPasswordDialog)
    assert new.old.isHidden() and "tymczasowe" in new.intro.text()
    submit(qtbot, new, new=NEW, repeated="Zielona łąka nad Odrą")
    assert "różni się od pierwszego" in refusal(qtbot, new)
    assert window.session is None
    submit(qtbot, new, new=NEW, repeated=NEW)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    from calcert_desktop.services.auth.sign_in import sign_in

    assert not sign_in(ctx, "biuro", NEW).must_change


def test_the_password_given_at_start_signs_in_without_a_dialog(opened, qtbot):
    ctx, worker = opened
    window = MainWindow()
    qtbot.addWidget(window)
    start_session(window, ctx, worker, "czlonek1", "1", PASSWORD)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    assert window.session.actor.login == "czlonek1"
    assert not any(isinstance(w, SignInDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())  # fmt: skip


def test_someone_else_takes_over(session, qtbot):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.switch_person()
    dialog = dialog_of(qtbot, SignInDialog)
    assert dialog.login.text() == ""  # the next person types their own login
    with qtbot.waitSignal(window.person_changed, timeout=10000):
        submit(qtbot, dialog, login="przewodniczaca", password=PASSWORD)
    assert window.session is not None and window.session.actor.login == "przewodniczaca"
    assert "(przewodniczaca)" in window.who.text()
    from PySide6.QtCore import QSettings

    assert QSettings().value("last_user") == "przewodniczaca"


def _visible_texts(widget: QWidget) -> str:
    """Every text a person could read in ``widget`` and its visible children: labels, fields,
    text views, and the cells of item views."""
    parts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel):
            parts.append(child.text())
        elif isinstance(child, QLineEdit):
            parts.append(child.text())
        elif isinstance(child, (QTextEdit, QPlainTextEdit)):
            parts.append(child.toPlainText())
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            root = QModelIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list's model keeps it private: one column
                columns = 1
            for row in range(min(model.rowCount(root), 200)):
                for column in range(columns):
                    parts.append(str(model.index(row, column).data() or ""))
        parts.append(child.windowTitle())
    return "\n".join(parts)


def test_a_locked_window_shows_no_case_data(cli, granted, qtbot):
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    worker = Worker()
    window = MainWindow(Session(ctx, resolve_actor(ctx, "biuro"), worker))
    qtbot.addWidget(window)
    window.show()
    try:
        case = window.case_windows.open(window.session, granted)
        qtbot.waitUntil(lambda: case.view is not None, timeout=20000)
        institution = case.view.institution
        window.navigation.setCurrentRow(1)  # Komisja: the list of cases
        qtbot.waitUntil(lambda: institution in _visible_texts(window), timeout=20000)
        assert case.isVisible() and granted in _visible_texts(case)

        window.lock()
        assert window.is_locked()
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert shown == [window]  # the case file is hidden too
        screen = _visible_texts(window)
        assert institution not in screen and granted not in screen
        assert "Ewa Zalewska (biuro)" in screen
        assert not window.new_action.isEnabled() and not window.switch_action.isEnabled()

        page = window.lock_page
        page.password.setText("nie-to-hasło")
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Nieprawidłowy" in page.error.text(), timeout=10000)
        assert window.is_locked() and not case.isVisible()

        page.password.setText(PASSWORD)
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.is_locked(), timeout=10000)
        assert case.isVisible() and window.new_action.isEnabled()
        assert institution in _visible_texts(window)
    finally:
        window.case_windows.close_all()
        worker.wait()
        QApplication.processEvents()
        worker.wait()
        ctx.close()


def test_inactivity_locks_and_input_keeps_it_open(session, qtbot):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    # The office's setting (10 minutes by default) read on the worker at sign-in.
    qtbot.waitUntil(lambda: window.idle.timer.isActive(), timeout=10000)
    assert window.idle.timer.interval() == 10 * 60_000
    window.idle.timer.start(400)
    for _ in range(4):  # input keeps restarting the countdown
        qtbot.wait(150)
        QApplication.sendEvent(window.navigation,
                               QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down,
                                         Qt.KeyboardModifier.NoModifier))  # fmt: skip
        assert not window.is_locked()
    qtbot.waitUntil(window.is_locked, timeout=5000)


def test_a_closed_window_stops_watching_the_applications_input(session, qtbot):
    """The idle timer filters every event of the application; a closed window's timer stops
    filtering, so deleting the window later (Python's collector, at any moment) cannot
    leave the application calling a filter in the middle of its destruction (this crashed
    the screenshot script with a segmentation fault)."""
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.idle.timer.isActive(), timeout=10000)
    assert window.idle._watching
    window.close()
    assert not window.idle._watching and not window.idle.timer.isActive()


def test_the_setting_zero_never_locks(cli, qtbot):
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    worker = Worker()
    try:
        settings.set_value(ctx, resolve_actor(ctx, "admin"), "lock_minutes", "0")
        window = MainWindow(Session(ctx, resolve_actor(ctx, "biuro"), worker))
        qtbot.addWidget(window)
        worker.wait()
        QApplication.processEvents()
        assert not window.idle.timer.isActive()
        window.lock()  # still possible by hand (Plik → Zablokuj okno, Ctrl+L)
        assert window.is_locked()
    finally:
        worker.wait()
        QApplication.processEvents()
        worker.wait()
        ctx.close()


@pytest.mark.parametrize(("login", "offered"), [("admin", True), ("biuro", True),
                                                 ("czlonek1", False), ("ekspert", False)])
def test_the_people_register_is_offered_only_to_who_may_read_it(cli, qtbot, login, offered):
    """The window hides what the service would refuse (a member, an expert): no view to
    open, and no refusal popping up at sign-in."""
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    worker = Worker()
    try:
        window = MainWindow(Session(ctx, resolve_actor(ctx, login), worker))
        qtbot.addWidget(window)
        worker.wait()
        QApplication.processEvents()
        row = window.stack.indexOf(window.people)
        assert window.navigation.item(row).isHidden() == (not offered)
        if offered:
            qtbot.waitUntil(lambda: window.people.model.rowCount() > 0, timeout=10000)
    finally:
        worker.wait()
        QApplication.processEvents()
        worker.wait()
        ctx.close()
