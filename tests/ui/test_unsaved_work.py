"""Typed work is never lost in the GUI: the wizard is offered only to those who may save a
draft; a save that fails keeps the text in the window and in a recovery file (said on the
page, not in a popup per keystroke); the next start offers it back; closing asks."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_action_walks import WINDOWS, file_case, open_action, review
from test_wizard import fill_row

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.services.applications import draft_recovery, drafts
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.services.views import case_file
from calcert_desktop.ui.main_window import MainWindow
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.wizard.wizard import ApplicationWizard

NAME = "Stowarzyszenie „Źródło” w Łęcznej"
TOWN = "Łęczna"
SHOTS = os.environ.get("CALCERT_SHOTS", "")  # a folder: the boxes are saved there as PNG


@pytest.fixture(autouse=True)
def _one_main_window():
    yield
    for window in WINDOWS:  # the main window open_action made for the test
        window.close()
    WINDOWS.clear()


def as_person(session: Session, login: str) -> Session:
    return Session(session.ctx, resolve_actor(session.ctx, login), session.worker)


def answer_box(button: str, seen: list[dict], shot: str = "") -> None:
    """When the next modal message box shows, note its texts and click ``button``."""

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, attempt)
            return
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        seen.append({"title": box.windowTitle(), "text": box.text(),
                     "detail": box.informativeText(), "buttons": list(buttons),
                     "default": box.defaultButton().text().replace("&", "")})  # fmt: skip
        if SHOTS and shot:
            box.grab().save(str(Path(SHOTS) / f"{shot}.png"))
        buttons[button].click()

    QTimer.singleShot(0, attempt)


@pytest.fixture
def no_popups(monkeypatch) -> list[str]:
    """Fail-safe: record every warning/critical/information popup instead of blocking."""
    shown: list[str] = []

    def record(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def type_institution(wizard: ApplicationWizard) -> None:
    page = wizard.currentPage()
    fill_row(page, "institution.name", NAME)
    fill_row(page, "institution.address.town", TOWN)


def failing_wizard(qtbot, session: Session) -> ApplicationWizard:
    """A wizard opened for the administrator (as if the role changed under an open form):
    every save is refused."""
    wizard = ApplicationWizard(as_person(session, "admin"))
    qtbot.addWidget(wizard)
    wizard.show()
    type_institution(wizard)
    qtbot.waitUntil(lambda: wizard.save_problem != "", timeout=5000)
    return wizard


@pytest.mark.parametrize("login", ["admin", "przewodniczaca"])
def test_who_may_not_save_a_draft_cannot_open_the_wizard(session, qtbot, login, no_popups):
    window = MainWindow(as_person(session, login))
    qtbot.addWidget(window)
    view = window.applications
    assert not window.new_action.isEnabled()
    assert "wymaga roli biuro" in window.new_action.toolTip()
    assert not view.new_button.isEnabled() and "wymaga roli biuro" in view.new_button.toolTip()
    assert view.note.isVisibleTo(view) and "wymaga roli biuro" in view.note.text()
    # Whatever asks for it (a shortcut, a signal), no form opens.
    window.new_action.trigger()
    assert window.open_wizard() is None and window.wizard is None
    assert no_popups == [view.note.text()]  # said once, for the direct request


def test_a_draft_of_the_office_cannot_be_continued_by_the_chair(session, qtbot):
    info = drafts.save_draft(session.ctx, session.actor, {"institution": {"name": NAME}})
    window = MainWindow(as_person(session, "przewodniczaca"))
    qtbot.addWidget(window)
    view = window.applications
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    assert not view.continue_button.isEnabled() and not view.delete_button.isEnabled()
    requested: list[str] = []
    view.continue_requested.connect(requested.append)
    view.table.doubleClicked.emit(view.model.index(0, 0))
    assert requested == [] and window.wizard is None
    office = MainWindow(session)
    qtbot.addWidget(office)
    assert office.new_action.isEnabled() and office.applications.new_button.isEnabled()
    assert office.applications.note.isHidden()
    assert info.reference.startswith("ROB-")


def test_a_refused_save_keeps_the_text_on_screen_and_on_disk(session, qtbot, no_popups):
    wizard = failing_wizard(qtbot, session)
    assert no_popups == []  # no modal box per keystroke
    notice = wizard.notice()
    assert notice.isVisible()
    assert "Szkic nie jest zapisany w bazie danych." in notice.label.text()
    assert "wymaga roli biuro" in notice.label.text()
    assert "pliku odzyskiwania" in notice.label.text()
    if SHOTS:
        wizard.grab().save(str(Path(SHOTS) / "wizard-notice.png"))
    assert wizard.data["institution"]["name"] == NAME
    rows = {row.spec.path: row.value() for row in wizard.currentPage().rows}
    assert rows["institution.name"] == NAME and rows["institution.address.town"] == TOWN
    path = draft_recovery.path_of(session.ctx, wizard.recovery_key)
    assert NAME in path.read_text(encoding="utf-8") and TOWN in path.read_text(encoding="utf-8")
    assert drafts.list_applications(session.ctx, session.actor) == []
    # More typing while it fails: the copy follows every character, still no popup.
    fill_row(wizard.currentPage(), "institution.address.street", "ul. Żeromskiego 7")
    qtbot.waitUntil(lambda: "Żeromskiego" in path.read_text(encoding="utf-8"), timeout=5000)
    assert no_popups == []
    answer_box("Zachowaj kopię i zamknij", [])
    wizard.close()


def test_a_later_save_that_succeeds_removes_the_copy(session, qtbot, monkeypatch):
    real_save = drafts.save_draft
    busy = [True]

    def save(*args, **kwargs):
        if busy[0]:
            raise DomainError("storage.locked")
        return real_save(*args, **kwargs)

    monkeypatch.setattr(drafts, "save_draft", save)
    wizard = ApplicationWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    type_institution(wizard)
    qtbot.waitUntil(lambda: wizard.save_problem != "", timeout=5000)
    assert "Baza danych jest zajęta" in wizard.notice().label.text()
    path = draft_recovery.path_of(session.ctx, wizard.recovery_key)
    assert path.exists()
    busy[0] = False  # the other program let go of the database
    with qtbot.waitSignal(wizard.saved, timeout=5000) as saved:
        wizard.notice().retry.click()
    session.worker.wait()
    assert not path.exists()
    assert wizard.save_problem == "" and wizard.notice().isHidden()
    _, data = drafts.load_draft(session.ctx, session.actor, saved.args[0])
    assert data["institution"]["name"] == NAME and data["institution"]["address"]["town"] == TOWN
    wizard.reject()  # nothing unsaved: closes without asking
    assert not wizard.isVisible()


def test_the_next_start_offers_the_copy_back(session, qtbot, no_popups):
    wizard = failing_wizard(qtbot, session)
    asked: list[dict] = []
    answer_box("Zachowaj kopię i zamknij", asked)
    wizard.close()
    assert not wizard.isVisible()
    assert set(asked[0]["buttons"]) == {"Zachowaj kopię i zamknij", "Odrzuć wpisane dane",
                                        "Anuluj"}  # fmt: skip
    assert "przy następnym uruchomieniu" in asked[0]["detail"]
    assert draft_recovery.path_of(session.ctx, wizard.recovery_key).exists()

    # The administrator starts the program again: nothing is offered to them.
    admin_window = MainWindow(as_person(session, "admin"))
    qtbot.addWidget(admin_window)
    admin_window.offer_unfinished()
    assert admin_window.wizard is None

    # The office starts it: the typed data comes back and reaches the database.
    window = MainWindow(session)
    qtbot.addWidget(window)
    offered: list[dict] = []
    answer_box("Przywróć", offered, shot="recovery-offer")
    with qtbot.waitSignal(window.wizard_opened, timeout=5000):  # read, asked, then opened
        window.offer_unfinished()
    assert offered[0]["title"] == "Niezapisane zgłoszenie"
    assert NAME in offered[0]["detail"] and "admin" in offered[0]["detail"]
    assert set(offered[0]["buttons"]) == {"Przywróć", "Odrzuć", "Później"}
    restored = window.wizard
    assert restored is not None and restored.recovery_key == wizard.recovery_key
    rows = {row.spec.path: row.value() for row in restored.currentPage().rows}
    assert rows["institution.name"] == NAME and rows["institution.address.town"] == TOWN
    qtbot.waitUntil(lambda: restored.reference is not None, timeout=5000)
    session.worker.wait()
    assert not draft_recovery.path_of(session.ctx, restored.recovery_key).exists()
    _, data = drafts.load_draft(session.ctx, session.actor, restored.reference)
    assert data["institution"]["name"] == NAME
    restored.reject()
    assert no_popups == []


def test_closing_with_unsaved_work_asks_and_cancel_keeps_the_window(session, qtbot):
    wizard = failing_wizard(qtbot, session)
    asked: list[dict] = []
    answer_box("Anuluj", asked, shot="wizard-close")
    wizard.reject()  # the Zamknij button, Escape and the window's close button come here
    assert wizard.isVisible() and wizard.data["institution"]["name"] == NAME
    assert asked[0]["title"] == "Niezapisane zgłoszenie" and asked[0]["default"] == "Anuluj"
    assert "wymaga roli biuro" in asked[0]["text"]
    answer_box("Anuluj", asked)
    assert not wizard.close()
    assert wizard.isVisible() and len(asked) == 2
    path = draft_recovery.path_of(session.ctx, wizard.recovery_key)
    assert path.exists()
    answer_box("Odrzuć wpisane dane", asked)
    wizard.reject()
    session.worker.wait()
    assert not wizard.isVisible() and not path.exists()


def test_closing_right_after_typing_waits_for_the_save_and_asks(session, qtbot):
    wizard = ApplicationWizard(as_person(session, "admin"))
    qtbot.addWidget(wizard)
    wizard.show()
    type_institution(wizard)  # the save is still pending (debounced) when the user closes
    asked: list[dict] = []
    answer_box("Anuluj", asked)
    wizard.reject()
    assert len(asked) == 1 and wizard.isVisible()
    assert "wymaga roli biuro" in wizard.save_problem
    assert draft_recovery.path_of(session.ctx, wizard.recovery_key).exists()
    answer_box("Zachowaj kopię i zamknij", asked)
    wizard.reject()
    assert not wizard.isVisible()


def test_the_main_window_does_not_close_over_an_unsaved_wizard(session, qtbot):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    wizard = window.open_wizard()
    assert wizard is not None
    window.session = as_person(session, "admin")  # not possible from the GUI: forces a failure
    wizard.session = window.session
    type_institution(wizard)
    qtbot.waitUntil(lambda: wizard.save_problem != "", timeout=5000)
    answer_box("Anuluj", [])
    assert not window.close()
    assert window.isVisible() and wizard.isVisible()
    answer_box("Zachowaj kopię i zamknij", [])
    assert window.close()


def _type_reason(dialog) -> None:
    dialog.field("reason").editor.setPlainText("Brak podpisu kierownika — proszę o uzupełnienie.")


@pytest.mark.parametrize("close", [lambda d: d.cancel.click(), lambda d: d.reject(),
                                   lambda d: d.close()])  # fmt: skip
def test_an_action_dialog_with_typed_text_asks_before_closing(
    session, qtbot, close: Callable[..., object]
):
    ref = file_case(session, "2024-01-15", date(2024, 1, 20))
    dialog = open_action(qtbot, session, ref, Action.REQUEST_COMPLETION, "biuro")
    assert not dialog.has_typed_text
    _type_reason(dialog)
    asked: list[dict] = []
    answer_box("Anuluj", asked, shot="action-close")
    close(dialog)
    assert dialog.isVisible()
    assert asked[0]["title"] == "Niewykonana czynność" and asked[0]["default"] == "Anuluj"
    assert {"Odrzuć wpisane dane", "Anuluj"} <= set(asked[0]["buttons"])
    assert "Brak podpisu" in dialog.field("reason").editor.toPlainText()
    answer_box("Odrzuć wpisane dane", asked)
    close(dialog)
    assert not dialog.isVisible()
    state = case_file.load(session.ctx, session.actor, ref).header.state
    assert state == "filed"  # nothing was done


def test_an_action_dialog_without_typed_text_closes_at_once(session, qtbot):
    ref = file_case(session, "2024-01-15", date(2024, 1, 20))
    dialog = open_action(qtbot, session, ref, Action.REQUEST_COMPLETION, "biuro")
    dialog.reject()  # a message box here would block the test
    assert not dialog.isVisible()


def test_the_assessment_dialog_asks_before_dropping_a_comment(session, qtbot):
    ref = file_case(session, "2024-01-15", date(2024, 1, 20))
    review(qtbot, session, ref, "2024-02-01", ("czlonek1",))
    dialog = open_action(qtbot, session, ref, Action.ASSESS, "czlonek1")
    dialog.row("S3").comment.setPlainText("Brak dowodów współpracy z partnerami.")
    asked: list[dict] = []
    answer_box("Anuluj", asked)
    dialog.cancel.click()
    assert dialog.isVisible() and len(asked) == 1
    answer_box("Odrzuć wpisane dane", asked)
    dialog.cancel.click()
    assert not dialog.isVisible()


def test_the_close_question_can_perform_the_action(session, qtbot):
    ref = file_case(session, "2024-01-15", date(2024, 1, 20))
    dialog = open_action(qtbot, session, ref, Action.REQUEST_COMPLETION, "biuro")
    _type_reason(dialog)
    asked: list[dict] = []
    command = dialog.ok.text().replace("&", "")
    answer_box(command, asked)
    with qtbot.waitSignal(dialog.performed, timeout=5000):
        dialog.reject()
    assert set(asked[0]["buttons"]) == {command, "Odrzuć wpisane dane", "Anuluj"}
    assert case_file.load(session.ctx, session.actor, ref).header.state != "filed"


def test_a_draft_saved_on_another_pc_meanwhile_is_not_overwritten(session, qtbot, no_popups):
    from calcert_desktop.services.admin import people

    info = drafts.save_draft(session.ctx, session.actor, {"institution": {"name": "Fundacja"}})
    window = MainWindow(session)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.wizard_opened, timeout=5000) as opened:
        window.open_wizard(info.reference)
    wizard = opened.args[0]
    admin = resolve_actor(session.ctx, "admin")
    people.add_user(session.ctx, admin, "biuro2", "Joanna Dąbrowska", "office")
    other = resolve_actor(session.ctx, "biuro2")
    # Another PC saves the same draft while this wizard has it open.
    drafts.save_draft(session.ctx, other, {"institution": {"name": "Fundacja Druga"}},
                      info.reference, info.version)  # fmt: skip
    type_institution(wizard)
    # (the autosave, then the refusal, on the worker: a busy CI machine may take seconds)
    qtbot.waitUntil(lambda: wizard.save_problem != "", timeout=15000)
    problem = wizard.save_problem
    assert f"Szkic zgłoszenia {info.reference}: w międzyczasie zmieniła to inna osoba — " \
           "Joanna Dąbrowska (biuro2)" in problem  # fmt: skip
    assert f"Nazwa instytucji — Twoja wersja: „{NAME}”; zapisana: „Fundacja Druga”" in problem
    assert no_popups == []  # said on the page, as any refused save
    _, stored = drafts.load_draft(session.ctx, session.actor, info.reference)
    assert stored["institution"]["name"] == "Fundacja Druga"  # nothing overwritten
    assert not stored["institution"].get("address", {}).get("town")
    path = draft_recovery.path_of(session.ctx, wizard.recovery_key)
    assert NAME in path.read_text(encoding="utf-8")  # what was typed is kept
    answer_box("Zachowaj kopię i zamknij", [])
    wizard.close()
