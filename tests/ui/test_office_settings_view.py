"""Ustawienia → Dane organizacji: the office's details and the signers load, problems show
under the field they concern as one types (Zapisz disabled), a valid change is saved through
the services, "Przywróć domyślne" restores the regulations' name, and anyone but an
administrator only looks."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from calcert_desktop.domain import office as rules
from calcert_desktop.domain.signature_slots import SignerSetting
from calcert_desktop.services.admin import office
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.office_settings import OfficeSettingsEditor
from calcert_desktop.ui.views.settings import SettingsView


def loaded(editor: OfficeSettingsEditor, qtbot) -> None:
    qtbot.waitUntil(lambda: editor._loaded is not None and not editor._busy, timeout=10000)


@pytest.fixture
def admin(session):
    return Session(session.ctx, resolve_actor(session.ctx, "admin"), session.worker)


@pytest.fixture
def view(admin, qtbot) -> SettingsView:
    widget = SettingsView(admin)
    qtbot.addWidget(widget)
    assert widget.office is None  # made when its tab is first shown, not at start-up
    widget.tabs.setCurrentIndex(3)
    assert widget.tabs.tabText(3) == "Dane o&rganizacji" and widget.office is not None
    loaded(widget.office, qtbot)
    return widget


@pytest.fixture
def editor(view) -> OfficeSettingsEditor:
    assert view.office is not None
    return view.office


def test_the_page_shows_the_defaults_and_every_signature_slot(editor):
    assert editor.fields[rules.NAME].text() == "Centrum Wspierania Aktywności Lokalnej CAL"
    assert editor.fields[rules.PLACE].text() == "Warszawa"
    assert editor.read_only_note.isHidden()
    assert [row.label.text() for row in editor.signers.values()][:3] == [
        "Certyfikat, pierwszy podpis", "Certyfikat, drugi podpis",
        "Pismo o odmowie przyznania certyfikatu"]  # fmt: skip
    refusal = editor.signers[("refusal", "1")]
    assert refusal.function.currentText() == "Przewodniczący Komisji Certyfikacyjnej"
    assert refusal.printed.text() == "Przewodniczący Komisji Certyfikacyjnej"
    assert not editor.save_button.isEnabled() and editor.restore_button.isEnabled()


def test_problems_show_under_their_field_and_keep_zapisz_disabled(editor):
    editor.fields[rules.NAME].setText("")
    problem = editor.field_problems[rules.NAME]
    assert not problem.isHidden()
    assert problem.text() == "To pole jest wymagane — uzupełnij je."
    editor.fields[rules.EMAIL].setText("biuro(at)cal")
    assert "Adres e-mail „biuro(at)cal” jest nieprawidłowy" in (
        editor.field_problems[rules.EMAIL].text())  # fmt: skip
    editor.fields[rules.PLACE].setText("War\x1bszawa")
    assert "znak sterujący U+001B" in editor.field_problems[rules.PLACE].text()
    editor.fields[rules.ADDRESS_1].setText("ul. " + "Długa " * 30)
    assert "Tekst jest za długi" in editor.field_problems[rules.ADDRESS_1].text()
    refusal = editor.signers[("refusal", "1")]
    refusal.name.setText("Barbara Łukaszewicz")
    assert refusal.problem.text().startswith(
        "Rodzaj gramatyczny: Wybierz rodzaj dla osoby podpisującej (Barbara Łukaszewicz)"
    )
    assert not editor.save_button.isEnabled()
    assert editor.status.text() == "Niezapisane zmiany."

    for key, text in ((rules.NAME, "Fundacja Przykładowa"), (rules.EMAIL, "biuro@example.pl"),
                      (rules.PLACE, "Kraków"), (rules.ADDRESS_1, "ul. Długa 1")):  # fmt: skip
        editor.fields[key].setText(text)
    refusal.gender.setCurrentIndex(refusal.gender.findData("f"))
    assert refusal.function.currentText() == "Przewodnicząca Komisji Certyfikacyjnej"
    assert refusal.printed.text() == "Barbara Łukaszewicz, Przewodnicząca Komisji Certyfikacyjnej"
    assert all(label.isHidden() for label in editor.field_problems.values())
    assert refusal.problem.isHidden() and editor.save_button.isEnabled()


def test_saving_writes_through_the_services_and_restoring_brings_the_defaults_back(
    editor, admin, qtbot, monkeypatch
):
    editor.fields[rules.NAME].setText("Fundacja Przykładowa")
    editor.fields[rules.NAME_OF].setText("Fundacji Przykładowej")
    row = editor.signers[("certificate", "2")]
    row.name.setText("Anita Błaszczyk")
    row.gender.setCurrentIndex(row.gender.findData("f"))
    row.function.setCurrentText("Wiceprezeska Zarządu")
    assert row.printed.text() == "Anita Błaszczyk, Wiceprezeska Zarządu"
    editor.save()
    qtbot.waitUntil(lambda: not editor._busy and not editor.dirty and not
                    editor.save_button.isEnabled(), timeout=10000)  # fmt: skip
    saved = office.office_settings(admin.ctx)
    assert saved.details.board == "Zarząd Fundacji Przykładowej"
    assert saved.signers[("certificate", "2")] == SignerSetting(
        "Anita Błaszczyk", "board_vice_president", "f")  # fmt: skip
    assert editor.status.text().startswith("Zapisano dane organizacji i podpisy")

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    editor.restore()
    qtbot.waitUntil(
        lambda: editor.fields[rules.NAME].text() == rules.DEFAULT_NAME and not editor._busy,
        timeout=10000,
    )
    assert office.office_settings(admin.ctx).signers == {}
    assert editor.signers[("certificate", "2")].name.text() == ""
    assert editor.signers[("certificate", "2")].function.currentText() == "Członek Zarządu"


def test_anyone_but_an_administrator_only_looks(session, qtbot):
    editor = OfficeSettingsEditor(session)  # the office (biuro)
    qtbot.addWidget(editor)
    loaded(editor, qtbot)
    assert not editor.read_only_note.isHidden()
    assert "zmienia administrator" in editor.read_only_note.text()
    assert all(edit.isReadOnly() for edit in editor.fields.values())
    row = editor.signers[("refusal", "1")]
    assert row.name.isReadOnly() and not row.function.isEnabled() and not row.gender.isEnabled()
    assert not editor.save_button.isEnabled() and not editor.restore_button.isEnabled()


def test_a_save_after_another_administrator_saved_shows_both_versions_first(
    editor, admin, qtbot, monkeypatch
):
    from calcert_desktop.services.admin import people

    people.add_user(admin.ctx, admin.actor, "admin2", "Karol Nowak", "admin")
    other = resolve_actor(admin.ctx, "admin2")
    # On another PC (nothing broadcast here): the second administrator saves a new name.
    office.save(admin.ctx, other, {rules.NAME: "Fundacja Druga"}, {}, {})
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    editor.fields[rules.NAME].setText("Fundacja Pierwsza")
    editor.save()
    qtbot.waitUntil(lambda: bool(warned) and not editor._busy, timeout=10000)
    headline, *fields = warned[0].splitlines()
    assert "w międzyczasie zmieniła to inna osoba — Karol Nowak (admin2)" in headline
    assert fields == ["Dane organizacji: pełna nazwa organizacji — Twoja wersja: „Fundacja "
                      "Pierwsza”; zapisana: „Fundacja Druga”"]  # fmt: skip
    assert office.office_settings(admin.ctx).values[rules.NAME] == "Fundacja Druga"
    # What was typed stays; the page now knows the stored version, so saving again is a
    # choice made with both versions seen.
    def reread() -> bool:
        return editor._loaded is not None and editor._loaded.values[rules.NAME] == "Fundacja Druga"

    qtbot.waitUntil(reread, timeout=10000)
    assert editor.fields[rules.NAME].text() == "Fundacja Pierwsza" and editor.dirty
    editor.save()
    qtbot.waitUntil(lambda: not editor._busy and not editor.dirty, timeout=10000)
    assert office.office_settings(admin.ctx).values[rules.NAME] == "Fundacja Pierwsza"
    assert len(warned) == 1
