"""Ustawienia → Dziennik zmian: the administrator checks the audit log's chain (the first
broken entry named with its case) and saves it for a reviewer; anyone else sees why not."""

from __future__ import annotations

import json

from worker_support import settle

import engines
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.audit_log_settings import AuditLogEditor
from calcert_desktop.ui.views.settings import SettingsView


def test_the_office_may_not_check_or_export(qtbot, session: Session):
    editor = AuditLogEditor(session)
    qtbot.addWidget(editor)
    assert not editor.check_button.isEnabled() and not editor.export_button.isEnabled()
    assert editor.read_only_note.isVisibleTo(editor)


def test_the_tab_is_made_when_first_shown(qtbot, admin_session: Session):
    view = SettingsView(admin_session)
    qtbot.addWidget(view)
    assert view.audit is None
    view.tabs.setCurrentWidget(view.audit_page)
    assert isinstance(view.audit, AuditLogEditor)


def test_a_whole_log_is_said_whole_and_a_broken_one_names_the_entry(
    qtbot, admin_session: Session
):
    editor = AuditLogEditor(admin_session)
    qtbot.addWidget(editor)
    editor.check_button.click()
    settle(qtbot, admin_session)
    assert editor.result.text().startswith("Dziennik zmian jest nienaruszony: wpisów ")
    assert "podpisany kluczem biura" in editor.result.text()
    assert editor.check_button.isEnabled()

    with engines.raw(admin_session.ctx.paths.database) as db:
        db.drop_audit_triggers()
        db.execute("UPDATE audit_log SET user_login = 'ktos' WHERE chain_pos = 3")
    editor.check_button.click()
    settle(qtbot, admin_session)
    assert editor.result.text().startswith(
        "Dziennik zmian jest naruszony: wpis nr 3 zmieniono po zapisaniu"
    ), editor.result.text()


def test_the_log_is_saved_for_a_reviewer(qtbot, admin_session: Session, tmp_path):
    editor = AuditLogEditor(admin_session)
    qtbot.addWidget(editor)
    target = tmp_path / "dziennik.jsonl"
    editor.export_to(target)
    settle(qtbot, admin_session)
    assert editor.result.text().startswith("Zapisano dziennik zmian (wpisów: ")
    lines = target.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["head"]["position"] == len(lines) - 1

    editor.export_to(tmp_path / "nie-ma" / "dziennik.jsonl")
    settle(qtbot, admin_session)
    assert editor.result.text().startswith("Nie udało się zapisać pliku")
    assert editor.export_button.isEnabled()
