"""A case action in the Commission's GUI without a mouse, from the main window to the database.

Each walk starts in the main window, signed in, with a case filed in the test: Down in the
navigation shows the Commission, Tab reaches the search, the reference is typed, Tab reaches
the list of cases and Enter opens the case file. There Tab reaches the action's button (or
the "Działania" menu button, Space, arrows and Enter in the menu), Space opens the dialog,
its fields are filled with typing, arrows and Space, and Enter confirms (the default button).
Before that, Enter with a required field empty leaves the dialog open with the Polish note
next to the field, and the database as it was. After it, the services read the case in its
new state and its history records the action and who took it. Only key events drive the
walk; widget state is read to assert and to see where the focus is. (Alt+letter mnemonics
do not fire on the offscreen platform, so they are not pressed here.)"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from test_wizard_steps import send_text
from worker_support import settle

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.applications import declare
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.services.process import perform
from calcert_desktop.services.views import case_file
from calcert_desktop.ui.actions.dialog import ActionDialog
from calcert_desktop.ui.actions.panel import ActionPanel
from calcert_desktop.ui.main_window import MainWindow
from calcert_desktop.ui.session import Session

EXAMPLE = Path(__file__).resolve().parents[2] / "forms" / "examples" / "declaration-example.json"
REASON = "Brak podpisu kierowniczki pod zgłoszeniem; prosimy o podpisany skan."
WINDOWS: list[MainWindow] = []  # the test's main window, closed before its data goes


@pytest.fixture(autouse=True)
def _close_main_window(session: Session) -> Iterator[None]:
    yield
    for window in WINDOWS:
        window.close()  # its case files close with it
    WINDOWS.clear()


def file_case(session: Session) -> str:
    """A filed application (the office's declaration of the example form)."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["signature"]["date"] = "2024-01-15"
    result = declare.declare(
        session.ctx, session.actor, data, received_on=date(2024, 1, 20), source_dir=EXAMPLE.parent
    )
    return result.reference


def as_person(session: Session, login: str) -> Session:
    return Session(session.ctx, resolve_actor(session.ctx, login), session.worker)


def stored(session: Session, reference: str) -> dict[str, Any]:
    """The case as the services read it (the JSON ``calcert show --json`` prints)."""
    office = resolve_actor(session.ctx, "biuro")
    return case_file.load(session.ctx, office, reference).to_json()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is somewhere"
    return widget


def press(qtbot: QtBot, key: Qt.Key) -> None:
    """A key through the focused window, as the system delivers it."""
    qtbot.keyClick(focused().window().windowHandle(), key)


def tab_to(qtbot: QtBot, target: QWidget, key: Qt.Key = Qt.Key.Key_Tab, limit: int = 40) -> None:
    """Press Tab (or Backtab) until ``target`` has the focus, as a person would."""
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, key)
    raise AssertionError(f"{key.name} never reached {target.accessibleName() or target}")


def open_from_dashboard(qtbot: QtBot, session: Session, reference: str) -> ActionPanel:
    """The main window signed in as ``session``'s person; the case file of ``reference``
    opened from the Commission's list by the keyboard; its action panel, loaded."""
    window = MainWindow(session)
    qtbot.addWidget(window)
    WINDOWS.append(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    settle(qtbot, session)
    navigation = window.navigation
    assert focused() is navigation
    titles = [navigation.item(row).text() for row in range(navigation.count())]
    target = titles.index("Komisja")  # the window lands on the person's own view first
    key = Qt.Key.Key_Down if navigation.currentRow() < target else Qt.Key.Key_Up
    for _ in range(len(titles)):
        if navigation.currentRow() == target:
            break
        press(qtbot, key)
    assert navigation.currentItem().text() == "Komisja"
    assert window.stack.currentWidget() is window.commission
    commission = window.commission
    dashboard = commission.dashboard
    if commission.tabs.currentWidget() is not dashboard:  # the chair lands on the overview
        tab_to(qtbot, commission.tabs.tabBar())
        press(qtbot, Qt.Key.Key_Left)  # Przegląd -> Sprawy
        assert commission.tabs.currentWidget() is dashboard
    assert commission.tabs.tabText(commission.tabs.currentIndex()) == "&Sprawy"
    tab_to(qtbot, dashboard.search)
    with qtbot.waitSignal(dashboard.loaded, timeout=5000):
        send_text(dashboard.search, reference)
    assert dashboard.model.rowCount() == 1
    tab_to(qtbot, dashboard.table)
    assert dashboard.table.currentIndex().row() == 0  # Tab made the first row current
    press(qtbot, Qt.Key.Key_Return)
    case_window = window.case_windows.window(reference)
    assert case_window is not None, "Enter in the list opens the case file"
    panel = window.case_windows.panel(reference)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.loaded)
    qtbot.waitUntil(lambda: case_window.view is not None)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is case_window)
    assert focused().window() is case_window
    return panel


def loaded_dialog(qtbot: QtBot, panel: ActionPanel, dialog: QWidget) -> ActionDialog:
    assert isinstance(dialog, ActionDialog) and dialog is panel.dialog
    qtbot.waitUntil(lambda: dialog.is_ready)
    assert dialog.isVisible() and dialog.isModal()
    assert focused().window() is dialog, "the dialog takes the keyboard"
    return dialog


def enter_refused(qtbot: QtBot, session: Session, reference: str, dialog: ActionDialog) -> None:
    """Enter with a required field empty: the dialog stays, nothing is written."""
    before = stored(session, reference)
    assert not dialog.ok.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, session)
    assert dialog.isVisible() and dialog.result() == 0
    assert not dialog.busy and dialog.error_message == ""
    assert stored(session, reference) == before


def test_office_asks_for_completion_from_the_keyboard(session: Session, qtbot: QtBot) -> None:
    reference = file_case(session)
    panel = open_from_dashboard(qtbot, session, reference)
    assert panel.offered == [Action.REQUEST_COMPLETION, Action.ACCEPT, Action.WITHDRAW]
    button = panel.control(Action.REQUEST_COMPLETION)
    assert isinstance(button, QPushButton)
    assert button.text().replace("&", "") == "Wezwij do uzupełnienia…"
    tab_to(qtbot, button)
    with qtbot.waitSignal(panel.dialog_opened) as opened:
        press(qtbot, Qt.Key.Key_Space)
    dialog = loaded_dialog(qtbot, panel, opened.args[0])
    reason = dialog.field("reason").editor
    due = dialog.field("due_on").edit
    today = session.ctx.today()
    assert dialog.date.date().toPython() == today
    assert due.date().toPython() == today + timedelta(days=14)

    # Enter in the deadline with no reason typed: the note says what is missing.
    tab_to(qtbot, due)
    enter_refused(qtbot, session, reference, dialog)
    note = dialog.problem_labels["reason"]
    assert note.isVisible()
    assert note.text() == "Wpisz treść — pole wymagane (regulamin wymaga formy pisemnej)."
    assert stored(session, reference)["state"] == "filed"

    tab_to(qtbot, reason, Qt.Key.Key_Backtab)
    send_text(reason, REASON)
    assert note.isHidden() and dialog.ok.isEnabled()
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the text (it types no tab)
    assert focused() is due and reason.toPlainText() == REASON
    default = due.date().toPython()
    # The day is the section Tab selects: a day earlier (or later, on the 1st).
    step = -1 if default.day > 1 else 1
    press(qtbot, Qt.Key.Key_Down if step < 0 else Qt.Key.Key_Up)
    chosen = default + timedelta(days=step)
    assert due.date().toPython() == chosen
    with qtbot.waitSignal(dialog.performed, timeout=10000) as performed:
        press(qtbot, Qt.Key.Key_Return)  # in the date: the default button
    assert "uzupełni" in performed.args[0]
    assert dialog.result() == ActionDialog.DialogCode.Accepted

    data = stored(session, reference)
    assert data["state"] == CaseState.INCOMPLETE.value
    assert data["state_since"] == today.isoformat()
    requests = data["completion_requests"]
    assert len(requests) == 1
    assert requests[0]["reason"] == REASON
    assert requests[0]["due_on"] == chosen.isoformat()
    asked = [e for e in data["history"] if e["action"] == Action.REQUEST_COMPLETION.value]
    assert asked and {e["user"] for e in asked} == {"biuro"}
    moved = [(e["old"]["state"], e["new"]["state"]) for e in asked if "state" in (e["new"] or {})]
    assert moved == [("filed", "incomplete")]
    written = [e["new"] for e in asked if e["record"] == "completion_requests"]
    assert [(w["reason"], w["due_on"]) for w in written] == [(REASON, chosen.isoformat())]
    # The case file that stayed open follows the change.
    case_window = panel.window()
    qtbot.waitUntil(lambda: case_window.state_label.text() == data["state_label"])


def test_chair_assigns_a_member_from_the_keyboard(session: Session, qtbot: QtBot) -> None:
    reference = file_case(session)
    perform.perform(session.ctx, session.actor, reference, Action.ACCEPT, date(2024, 2, 1))
    chair = as_person(session, "przewodniczaca")
    panel = open_from_dashboard(qtbot, chair, reference)
    assert Action.ASSIGN in panel.offered and len(panel.offered) > 4
    menu_button = panel.menu_button
    assert menu_button is not None and menu_button.text().replace("&", "") == "Działania"
    assign = panel.control(Action.ASSIGN)
    chosen: list[str] = []

    def in_the_menu() -> None:
        """The menu runs its own loop: Down to "Wyznacz…", Enter."""
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        for _ in range(len(menu.actions())):
            if menu.activeAction() is assign:
                break
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        active = menu.activeAction()
        chosen.append(active.text() if active else "")
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    tab_to(qtbot, menu_button)
    with qtbot.waitSignal(panel.dialog_opened) as opened:
        QTimer.singleShot(0, in_the_menu)
        press(qtbot, Qt.Key.Key_Space)
    assert [text.replace("&", "") for text in chosen] == ["Wyznacz członka Komisji…"]
    dialog = loaded_dialog(qtbot, panel, opened.args[0])
    combo = dialog.field("member").combo
    box = dialog.field("rapporteur").box
    assert isinstance(combo, QComboBox) and isinstance(box, QCheckBox)

    # Enter with nobody chosen: the note asks for a person.
    tab_to(qtbot, combo)
    assert combo.currentData() is None
    enter_refused(qtbot, session, reference, dialog)
    note = dialog.problem_labels["member"]
    assert note.isVisible() and note.text() == "Wybierz osobę z listy."
    assert stored(session, reference)["members"] == []

    for _ in range(combo.count()):
        if combo.currentData() == "czlonek1":
            break
        press(qtbot, Qt.Key.Key_Down)
    assert combo.currentText() == "Tomasz Wróbel"
    assert note.isHidden() and dialog.ok.isEnabled()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is box and not box.isChecked()
    press(qtbot, Qt.Key.Key_Space)
    assert box.isChecked()
    with qtbot.waitSignal(dialog.performed, timeout=10000) as performed:
        press(qtbot, Qt.Key.Key_Return)  # on the box: the default button
    assert "Wyznaczono" in performed.args[0]
    assert dialog.result() == ActionDialog.DialogCode.Accepted

    data = stored(session, reference)
    assert [(m["login"], m["rapporteur"]) for m in data["members"]] == [("czlonek1", True)]
    assigned = [e for e in data["history"] if e["action"] == Action.ASSIGN.value]
    assert assigned and {e["user"] for e in assigned} == {"przewodniczaca"}
    inserted = [e["new"] for e in assigned if e["record"] == "assignments"]
    today = session.ctx.today().isoformat()
    assert [(n["member_id"], n["is_rapporteur"], n["assigned_on"]) for n in inserted] == [
        ("czlonek1", True, today)
    ]
    named = [e["new"]["rapporteur_id"] for e in assigned if e["record"] == "cases"]
    assert named == ["czlonek1"]
