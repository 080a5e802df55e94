"""The people view: the register, adding a person (administrators), refusals in Polish."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from calcert_desktop.domain.roles import Role
from calcert_desktop.services.admin import people
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.people import PeopleView, PersonDialog
from cli_support import admin_of


def _fill(login: str, name: str, roles: tuple[Role, ...]):
    """A stand-in for PersonDialog.exec: types the answers, checks OK, accepts."""

    def run(dialog: PersonDialog) -> int:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled() and dialog.hint.text().startswith("Wpisz login")
        dialog.login.setText(login)
        dialog.full_name.setText(name)
        # No role is allowed (the Board may appoint the person): said, not refused.
        assert ok.isEnabled() and dialog.hint.text() == (
            "Bez roli osoba działa tylko wtedy, gdy Zarząd powoła ją do Komisji."
        )
        assert not dialog.roles[Role.COMMISSION_MEMBER].isEnabled()  # the Board's appointment
        for role in roles:
            dialog.roles[role].setChecked(True)
        assert ok.isEnabled() and dialog.hint.text() == ""
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    return run


def test_register_lists_people_with_polish_roles(session, qtbot):
    view = PeopleView(session)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 9, timeout=15000)
    row = view.model.row_of("przewodniczaca")
    assert view.model.index(row, 0).data() == "Barbara Łukaszewicz"
    assert view.model.index(row, 2).data() == (
        "członek Komisji Certyfikacyjnej, przewodniczący Komisji Certyfikacyjnej"
    )
    assert view.model.index(row, 3).data() == "tak"


def test_login_is_checked_as_typed(session, qtbot):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.login.setText("jan kowalski")  # the validator refuses the space
    assert dialog.login.text() != "jan kowalski" or not dialog.login.hasAcceptableInput()
    dialog.login.setText("łukasz")
    assert not dialog.login.hasAcceptableInput() or dialog.login.text() != "łukasz"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()


def test_administrator_adds_a_person(session, qtbot, monkeypatch):
    admin = Session(session.ctx, resolve_actor(session.ctx, "admin"), session.worker)
    view = PeopleView(admin)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 9, timeout=15000)
    monkeypatch.setattr(
        PersonDialog, "exec", _fill("j.nowak", "Jan Nowak-Żółkiewski", (Role.EXPERT,))
    )
    view.add_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 10, timeout=15000)
    row = view.model.row_of("j.nowak")
    assert view.model.index(row, 0).data() == "Jan Nowak-Żółkiewski"
    assert view.model.index(row, 2).data() == "ekspert CAL"
    assert resolve_actor(session.ctx, "j.nowak").roles == {Role.EXPERT}


def test_office_is_refused_with_the_polish_message(session, qtbot, monkeypatch):
    view = PeopleView(session)  # the office (biuro), not an administrator
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 9, timeout=15000)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(PersonDialog, "exec", _fill("nowa", "Nowa Osoba", (Role.OFFICE,)))
    view.add_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    assert shown == ["Nie masz uprawnień do tej czynności: wymagana rola administrator."]
    assert "nowa" not in [p["login"] for p in people.list_users(session.ctx, admin_of(session.ctx))]


def test_administrator_deactivates_and_reactivates(session, qtbot, monkeypatch):
    admin = Session(session.ctx, resolve_actor(session.ctx, "admin"), session.worker)
    view = PeopleView(admin)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 9, timeout=15000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.table.selectRow(view.model.row_of("ekspert"))
    assert view.active_button.text() == "D&ezaktywuj"
    view.active_button.click()
    qtbot.waitUntil(
        lambda: view.model.index(view.model.row_of("ekspert"), 3).data() == "nie", timeout=10000
    )
    assert view.active_button.text() == "Aktyw&uj"  # the selection is kept
    view.active_button.click()
    qtbot.waitUntil(
        lambda: view.model.index(view.model.row_of("ekspert"), 3).data() == "tak", timeout=10000
    )
