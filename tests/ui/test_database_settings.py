"""Ustawienia → Baza danych: where the data is, and pointing the installation at the
office's server (an administrator's tool; the window stays live while it connects)."""

from __future__ import annotations

import json

import pytest
from worker_support import settle

import engines
import postgres_server
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.database_settings import DatabaseSettingsEditor
from memory_keyring import memory_keyring


def test_the_office_sees_where_the_data_is_and_may_not_change_it(qtbot, session: Session):
    editor = DatabaseSettingsEditor(session)
    qtbot.addWidget(editor)
    settle(qtbot, session)
    where = str(session.ctx.db.location.shown())
    assert where in editor.where.text()
    assert not editor.server_box.isEnabled()
    assert editor.read_only_note.isVisibleTo(editor)
    assert "schemat aktualny" in editor.state.text()


def test_an_empty_field_is_named_and_nothing_is_written(qtbot, admin_session: Session):
    editor = DatabaseSettingsEditor(admin_session)
    qtbot.addWidget(editor)
    assert editor.server_box.isEnabled()
    editor.host.clear()
    editor.connect_button.click()
    settle(qtbot, admin_session)
    assert editor.result.text() == (
        "Pole „serwer” jest puste — wpisz je, aby połączyć się z serwerem."
    )
    paths = admin_session.ctx.paths
    assert json.loads((paths.root / "baza.json").read_text())["url"] if engines.on_server() \
        else not (paths.root / "baza.json").exists()  # fmt: skip


@pytest.mark.postgresql_only
def test_the_administrator_checks_and_connects_to_a_server(qtbot, admin_session: Session,
                                                           monkeypatch):  # fmt: skip
    server = engines.SERVER
    assert server is not None
    name = engines.new_database()
    paths = admin_session.ctx.paths
    (paths.root / "baza.json").unlink()  # this PC's own file first
    editor = DatabaseSettingsEditor(admin_session)
    qtbot.addWidget(editor)
    editor.host.setText("127.0.0.1")
    editor.port.setValue(server.port)
    editor.database.setText(name)
    editor.user.setText(postgres_server.ROLE)
    monkeypatch.delenv("PGPASSWORD")
    editor.password.setText("zle-haslo")
    editor.check_button.click()
    settle(qtbot, admin_session)
    assert "odrzucił hasło użytkownika calcert" in editor.result.text()
    editor.password.setText(postgres_server.PASSWORD)
    editor.check_button.click()
    settle(qtbot, admin_session)
    assert editor.result.text().startswith("Połączenie działa.")
    assert "baza pusta" in editor.result.text()
    assert not (paths.root / "baza.json").exists()  # checking writes nothing
    shown = []
    monkeypatch.setattr("calcert_desktop.ui.views.database_settings.QMessageBox.information",
                        lambda *args: shown.append(args[2]))  # fmt: skip
    with memory_keyring() as store:
        editor.connect_button.click()
        settle(qtbot, admin_session)
    assert shown and "Zamknij program i uruchom go ponownie" in shown[0]
    assert list(store.secrets.values()) == [postgres_server.PASSWORD]
    saved = json.loads((paths.root / "baza.json").read_text())["url"]
    assert saved == f"postgresql://calcert@127.0.0.1:{server.port}/{name}"
    assert editor.password.text() == ""
