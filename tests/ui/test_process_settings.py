"""Ustawienia → Proces: the settings ``calcert settings`` changes, shown with their ranges
and defaults, checked as one edits (the two periods for answering charges against each
other), saved through the service in one go, refused over another administrator's change
made meanwhile, and only looked at by anyone but an administrator."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from calcert_desktop.services.admin import settings
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.process_settings import ProcessSettingsEditor
from calcert_desktop.ui.views.settings import SettingsView


def loaded(editor: ProcessSettingsEditor, qtbot) -> None:
    qtbot.waitUntil(lambda: bool(editor._loaded) and not editor._busy, timeout=10000)


def stored(session: Session) -> dict[str, int]:
    rows = settings.list_settings(session.ctx, resolve_actor(session.ctx, "admin"))
    return {row["key"]: row["value"] for row in rows}


@pytest.fixture
def view(admin_session: Session, qtbot) -> SettingsView:
    widget = SettingsView(admin_session)
    qtbot.addWidget(widget)
    assert widget.process is None  # made when its tab is first shown, not at start-up
    widget.tabs.setCurrentWidget(widget.process_page)
    assert widget.tabs.tabText(widget.tabs.currentIndex()) == "Proces"
    assert widget.process is not None
    loaded(widget.process, qtbot)
    return widget


@pytest.fixture
def editor(view: SettingsView) -> ProcessSettingsEditor:
    assert view.process is not None
    return view.process


def test_every_setting_is_shown_with_its_range_and_default(editor, admin_session):
    assert set(editor.fields) == set(stored(admin_session))
    appeal = editor.fields["appeal_days"]
    assert appeal.number is not None and (appeal.number.minimum(), appeal.number.maximum()) == (
        1, 90)  # fmt: skip
    assert appeal.value == stored(admin_session)["appeal_days"]
    assert appeal.hint.text() == "Dni na odwołanie od doręczenia decyzji (domyślnie: 14)"
    encrypt = editor.fields["encrypt_at_rest"]
    assert encrypt.switch is not None  # a yes/no setting: a tick box, its default in words
    assert encrypt.hint.text() == "Domyślnie: tak"
    assert editor.read_only_note.isHidden()
    assert not editor.save_button.isEnabled() and not editor.undo_button.isEnabled()


def test_a_change_is_saved_through_the_service(editor, admin_session, qtbot):
    editor.fields["appeal_days"].number.setValue(21)
    editor.fields["board_quorum"].number.setValue(4)
    assert editor.status.text() == "Niezapisane zmiany."
    assert editor.save_button.isEnabled()
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.status.text().startswith("Zapisano"), timeout=10000)
    loaded(editor, qtbot)
    assert editor.status.text() == "Zapisano ustawienia procesu (zmienione: 2)."
    now = stored(admin_session)
    assert (now["appeal_days"], now["board_quorum"]) == (21, 4)
    assert not editor.save_button.isEnabled()


def test_the_answer_periods_are_checked_against_each_other(editor, admin_session, qtbot):
    minimum = editor.fields["min_response_days"]
    default = editor.fields["response_days"].value
    minimum.number.setValue(default + 5)
    assert minimum.problem.isVisibleTo(editor)
    assert minimum.problem.text() == (
        f"Domyślny termin odpowiedzi ({default} dni) nie może być krótszy niż najkrótszy "
        f"dopuszczalny ({default + 5} dni)."
    )
    assert not editor.save_button.isEnabled()
    # Both together are one valid change: saved in one transaction.
    editor.fields["response_days"].number.setValue(default + 10)
    assert not minimum.problem.isVisibleTo(editor) and editor.save_button.isEnabled()
    editor.save()
    qtbot.waitUntil(lambda: editor.status.text().startswith("Zapisano"), timeout=10000)
    now = stored(admin_session)
    assert (now["response_days"], now["min_response_days"]) == (default + 10, default + 5)


def test_undo_and_defaults(editor, admin_session):
    lock = editor.fields["lock_minutes"]
    before = lock.value
    lock.number.setValue(before + 7)
    editor.undo_button.click()
    assert lock.value == before and not editor.save_button.isEnabled()
    editor.fields["appeal_days"].number.setValue(30)
    editor.defaults_button.click()
    assert editor.fields["appeal_days"].value == 14
    assert stored(admin_session)["appeal_days"] != 30  # nothing saved without "Zapisz"


def test_a_change_made_meanwhile_is_not_overwritten(editor, admin_session, qtbot, monkeypatch):
    settings.set_int(admin_session.ctx, admin_session.actor,  # as if from another PC
                     "appeal_days", "40")  # fmt: skip
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: shown.append(text))  # fmt: skip
    editor.fields["appeal_days"].number.setValue(21)
    editor.save()
    qtbot.waitUntil(lambda: bool(shown) and not editor._busy, timeout=10000)
    assert "w międzyczasie zmieniła to inna osoba" in shown[0], shown
    assert stored(admin_session)["appeal_days"] == 40
    assert editor.fields["appeal_days"].value == 21  # what was typed stays, to save knowingly


def test_the_office_only_looks(session: Session, qtbot):
    editor = ProcessSettingsEditor(session)
    qtbot.addWidget(editor)
    loaded(editor, qtbot)
    assert editor.read_only_note.isVisibleTo(editor)
    assert editor.read_only_note.text() == (
        "Ustawienia procesu zmienia administrator. Widzisz je tylko do odczytu."
    )
    assert editor.fields["appeal_days"].number.isReadOnly()
    assert not editor.fields["encrypt_at_rest"].switch.isEnabled()
    assert not editor.defaults_button.isEnabled() and not editor.save_button.isEnabled()


def test_the_service_refuses_anyone_but_an_administrator(session: Session):
    from calcert_desktop.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        settings.save_numbers(session.ctx, session.actor, {"appeal_days": "21"})
    with pytest.raises(Exception, match="poza zakresem"):
        settings.save_numbers(session.ctx, resolve_actor(session.ctx, "admin"),
                              {"appeal_days": "0"})  # fmt: skip
