"""Ustawienia → Dane osobowe (RODO): the administrator sees who viewed a case's personal
data, saves a person's data, erases it once the law allows (the plan shown first, then
asked), and tries the retention purge; anyone else sees why not."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from worker_support import settle

from calcert_desktop.services.context import resolve_actor
from calcert_desktop.services.views import case_file
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.privacy_settings import PrivacyEditor
from calcert_desktop.ui.views.settings import SettingsView
from cli_support import Cli, write_declaration

EMAIL = "m.sowinska@przyklad.pl"


def _filed(session: Session, capsys, tmp_path) -> tuple[Cli, str]:
    def submitter(data: dict) -> None:
        data["submitter"] = {"name": "Marta Sowińska", "email": EMAIL, "phone": "600 100 200",
                             "position": "animatorka"}  # fmt: skip

    cli = Cli(session.ctx.paths.root, capsys)
    return cli, cli.file_case(write_declaration(tmp_path, edit=submitter), "2024-02-20")


def test_the_office_may_not_manage_personal_data(qtbot, session: Session):
    editor = PrivacyEditor(session)
    qtbot.addWidget(editor)
    assert not editor.export_pdf.isEnabled() and not editor.erase_button.isEnabled()
    assert not editor.plan_button.isEnabled() and not editor.views_button.isEnabled()
    assert editor.read_only_note.isVisibleTo(editor)


def test_the_tab_is_made_when_first_shown(qtbot, admin_session: Session):
    view = SettingsView(admin_session)
    qtbot.addWidget(view)
    assert view.privacy is None
    view.tabs.setCurrentWidget(view.privacy_page)
    assert isinstance(view.privacy, PrivacyEditor)


def test_views_export_erasure_and_purge(qtbot, admin_session: Session, capsys, tmp_path,
                                        monkeypatch):  # fmt: skip
    cli, ref = _filed(admin_session, capsys, tmp_path)
    ctx = admin_session.ctx
    case_file.load(ctx, resolve_actor(ctx, "biuro"), ref)
    editor = PrivacyEditor(admin_session)
    qtbot.addWidget(editor)
    editor.views_case.setText(ref)
    editor.views_button.click()
    settle(qtbot, admin_session)
    model = editor.views_model
    assert model.rowCount() == 1
    assert [model.data(model.index(0, c)) for c in (1, 2, 3)] == ["biuro", ref, "akta sprawy"]

    editor.kind.setCurrentIndex(editor.kind.findData("email"))
    editor.who.setText(EMAIL)
    editor.export_to(tmp_path / "osoba.pdf")
    settle(qtbot, admin_session)
    assert editor.person_result.toPlainText().startswith("Zapisano wykaz danych osoby")
    assert (tmp_path / "osoba.pdf").read_bytes().startswith(b"%PDF")

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k:
                        asked.append(text) or QMessageBox.StandardButton.Yes)  # fmt: skip
    editor.erase_button.click()
    settle(qtbot, admin_session)
    assert "Sprawy w toku potrzebują danych tej osoby" in editor.person_result.toPlainText()
    assert not asked  # not allowed: nothing to confirm
    cli.ok("act", ref, "withdraw", "--date", "2024-03-01", user="biuro")
    editor.erase_button.click()
    settle(qtbot, admin_session)
    assert len(asked) == 1 and ref in asked[0]
    assert editor.person_result.toPlainText().startswith("Usunięto dane osoby")
    assert "Marta Sowińska" not in cli.ok("show", ref, user="biuro")

    editor.plan_button.click()
    settle(qtbot, admin_session)
    assert "Szkice bez zmian dłużej niż 12 mies.: 0" in editor.purge_result.toPlainText()
    assert not editor.purge_button.isEnabled()  # nothing past its period
