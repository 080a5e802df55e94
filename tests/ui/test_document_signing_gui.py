"""Electronic signatures in the case file's Dokumenty tab: signing a stored document through
the dialog (a throwaway PKCS#12 file), the signed copy listed, selected and verifiable; a
wrong password said in the dialog, which keeps what was typed; a signed document checked
before it is opened or printed (a broken signature asked about, No by default).
The tamper detection itself is tested in tests/documents and tests/services."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from calcert_desktop.documents import pades
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import office as office_settings
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.services.documents import generate, signing
from calcert_desktop.ui.case_file import documents_tab, sign_dialog
from calcert_desktop.ui.case_file.document_rows import SIGNATURE_COLUMN
from calcert_desktop.ui.case_file.window import CaseFileWindow
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.worker import Worker
from pades_keys import P12_PASSWORD, p12_file

SIGNER = "Anna Żółkiewska"


@pytest.fixture
def ctx(cli, granted):
    """The data of a granted case (a copy of the session's), opened as the GUI opens it."""
    context = open_context(DataPaths(cli.data_dir), create=False)
    yield context
    context.close()


@pytest.fixture
def stored(ctx, granted) -> generate.GeneratedInfo:
    """The case's decision record, generated and stored (unsigned)."""
    return generate.generate(ctx, resolve_actor(ctx, "biuro"), "decision-record", granted)


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The files the system's PDF viewer was asked to open."""
    paths: list[str] = []
    monkeypatch.setattr(
        documents_tab.QDesktopServices, "openUrl",
        lambda url: paths.append(url.toLocalFile()) or True,
    )  # fmt: skip
    return paths


def case_window(ctx, granted, qtbot):
    worker = Worker()
    win = CaseFileWindow(Session(ctx, resolve_actor(ctx, "biuro"), worker), granted)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.documents_tab.model.rowCount() > 0, timeout=20000)
    return win, worker


@pytest.fixture
def tab(ctx, granted, stored, qtbot):
    """The Dokumenty tab of the granted case, its stored document listed."""
    win, worker = case_window(ctx, granted, qtbot)
    yield win.documents_tab
    worker.wait()


def cells(tab, column: int) -> list[str]:
    return [tab.model.index(row, column).data() for row in range(tab.model.rowCount())]


def sign_through_the_dialog(tab, qtbot, path: Path, password: str):
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    dialog = tab.sign_dialog
    assert dialog is not None and not dialog.isHidden()
    dialog.p12_button.setChecked(True)
    dialog.p12_path.setText(str(path))
    dialog.secret.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


def test_signing_with_a_certificate_file_lists_and_selects_the_signed_copy(
    tab, qtbot, tmp_path, stored
):
    assert cells(tab, SIGNATURE_COLUMN) == ["—"]
    assert tab.model.headerData(SIGNATURE_COLUMN, Qt.Orientation.Horizontal) == "Podpis"
    tab.table.selectRow(0)
    assert tab.sign_button.isEnabled() and not tab.check_button.isEnabled()
    qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    dialog = tab.sign_dialog
    assert dialog.p12_button.isChecked()  # nothing remembered yet: the file
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.secret_label.text().replace("&", "") == "Hasło pliku:"
    assert dialog.reason.text() == stored.kind_label
    dialog.card_button.setChecked(True)
    assert dialog.secret_label.text().replace("&", "") == "PIN karty:"
    assert dialog.card_fields.isEnabled() and not dialog.p12_fields.isEnabled()
    dialog.reject()

    key = p12_file(tmp_path, SIGNER)
    sign_through_the_dialog(tab, qtbot, key, P12_PASSWORD)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=20000)
    qtbot.waitUntil(lambda: tab._selected() is not None and tab._selected().signed)

    chosen = tab._selected()
    assert chosen.signer == SIGNER and chosen.signed_from_id == stored.id
    row = tab.table.selectionModel().selectedRows()[0].row()
    shown = tab.model.index(row, SIGNATURE_COLUMN).data()
    assert shown == f"✓ {SIGNER}, {documents_tab.local_time(chosen.signed_at)}"
    assert "—" in cells(tab, SIGNATURE_COLUMN)  # the unsigned one stays as it was
    assert not tab.status.isHidden() and SIGNER in tab.status.text()
    assert tab.status.text().startswith(f"Podpisano dokument „{stored.kind_label}”: {SIGNER}, ")
    assert "znacznika" not in tab.status.text()  # no server set: none asked for
    assert tab.check_button.isEnabled()

    session = tab._session
    [check] = signing.check(session.ctx, session.actor, chosen)
    assert check.valid and check.signer == SIGNER

    settings = QSettings()  # the path remembered for next time, never the password
    assert settings.value(sign_dialog.P12_KEY) == str(key)
    assert settings.value(sign_dialog.SOURCE_KEY) == sign_dialog.P12
    assert all(P12_PASSWORD not in str(settings.value(k)) for k in settings.allKeys())
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    assert tab.sign_dialog.p12_path.text() == str(key) and tab.sign_dialog.secret.text() == ""
    tab.sign_dialog.reject()


def test_a_wrong_password_is_said_in_the_dialog_which_keeps_what_was_typed(
    tab, qtbot, tmp_path, ctx, granted
):
    key = p12_file(tmp_path, SIGNER)
    dialog = sign_through_the_dialog(tab, qtbot, key, "złe hasło")
    assert not dialog.ok_button.isEnabled() and not dialog.secret.isEnabled()  # at work
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20000)

    assert dialog.error.text().startswith(
        f"Nie udało się otworzyć pliku certyfikatu {key}: hasło jest niepoprawne"
    )
    assert "Traceback" not in dialog.error.text()
    assert not dialog.isHidden() and dialog.ok_button.isEnabled()
    assert dialog.p12_path.text() == str(key) and dialog.secret.text() == ""
    assert dialog.reason.text() == "Protokół z posiedzenia Komisji — decyzja"
    assert tab.model.rowCount() == 1
    listed = generate.list_generated(ctx, resolve_actor(ctx, "biuro"), granted)
    assert [d.signed for d in listed] == [False]
    dialog.reject()
    assert dialog.isHidden()


def test_an_empty_path_is_asked_for_without_the_worker(tab, qtbot):
    tab.table.selectRow(0)
    tab.sign_selected()
    dialog = tab.sign_dialog
    dialog.p12_path.setText("")
    dialog.submit()
    assert dialog.error.text() == "Wskaż plik certyfikatu (.p12 lub .pfx)."
    dialog.card_button.setChecked(True)
    dialog.card_library.setText("/brak/libkarta.so")
    dialog.submit()
    assert dialog.error.text() == "Wpisz PIN karty."
    dialog.reject()


def test_a_missing_time_stamp_is_said_with_its_reason(ctx, granted, stored, qtbot, tmp_path):
    office_settings.save(
        ctx, resolve_actor(ctx, "admin"), {"office.timestamp_url": "http://127.0.0.1:9/tsa"}
    )
    win, worker = case_window(ctx, granted, qtbot)
    tab = win.documents_tab
    sign_through_the_dialog(tab, qtbot, p12_file(tmp_path, SIGNER), P12_PASSWORD)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=30000)
    qtbot.waitUntil(lambda: not tab.status.isHidden())
    assert "Bez znacznika czasu: serwer znacznika czasu http://127.0.0.1:9/tsa" in (
        tab.status.text()
    )
    worker.wait()


@pytest.fixture
def signed_tab(ctx, granted, stored, qtbot, tmp_path):
    """The tab with the decision record and its signed copy, the signed one selected."""
    key = pades.Pkcs12Key(p12_file(tmp_path, SIGNER), P12_PASSWORD)
    signing.sign(ctx, resolve_actor(ctx, "biuro"), stored.id, key)
    win, worker = case_window(ctx, granted, qtbot)
    tab = win.documents_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.table.selectRow(next(i for i, d in enumerate(tab._items) if d.signed))
    yield tab
    worker.wait()


def broken(_ctx, _actor, _info) -> list[pades.SignatureCheck]:
    """What the check says of a document changed after it was signed."""
    return [pades.SignatureCheck(
        field="Podpis1", signer=SIGNER, issuer=SIGNER, signed_at=datetime(2026, 1, 15, 9, 30),
        timestamped=False, intact=False, unchanged_since=False, trusted=False,
    )]  # fmt: skip


def test_a_valid_signature_is_checked_then_the_document_opens(signed_tab, qtbot, opened):
    assert signed_tab.check_button.isEnabled()
    qtbot.mouseClick(signed_tab.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert Path(opened[0]).name == signed_tab._selected().name
    assert signed_tab.status.text().startswith(f"Podpis poprawny: {SIGNER}, ")


def test_a_broken_signature_is_said_and_no_opens_nothing(
    signed_tab, qtbot, opened, monkeypatch
):
    monkeypatch.setattr(signing, "check", broken)
    asked: list[tuple] = []

    def answer(choice):
        def box(_parent, title, text, buttons, default):
            asked.append((title, text, buttons, default))
            return choice

        return box

    no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "warning", answer(no))
    signed_tab.open_selected()
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    signed_tab._session.worker.wait()
    qtbot.wait(50)
    assert opened == []
    title, text, buttons, default = asked[0]
    assert title == "Podpis elektroniczny" and default == no and buttons == yes | no
    assert f"Podpis nieważny: treść dokumentu różni się od podpisanej przez {SIGNER}." in text
    assert f"Certyfikat wystawił: {SIGNER}" in text
    assert text.endswith("Czy mimo to otworzyć dokument?")
    assert signed_tab.status.text().startswith("Podpis nieważny")

    monkeypatch.setattr(QMessageBox, "warning", answer(yes))  # opened anyway, when asked to
    signed_tab.open_selected()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)


def test_printing_a_broken_signature_asks_first(signed_tab, qtbot, monkeypatch):
    monkeypatch.setattr(signing, "check", broken)
    printed: list[Path] = []
    monkeypatch.setattr(documents_tab, "print_document", lambda _p, path, _t: printed.append(path))
    asked: list[str] = []

    def no(_parent, _title, text, _buttons, default):
        asked.append(text)
        return default  # No

    monkeypatch.setattr(QMessageBox, "warning", no)
    signed_tab.print_selected()
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    signed_tab._session.worker.wait()
    qtbot.wait(50)
    assert printed == [] and asked[0].endswith("Czy mimo to wydrukować dokument?")


def test_check_signature_shows_every_signature(signed_tab, qtbot, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, title, text: shown.append((title, text))
    )
    qtbot.mouseClick(signed_tab.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    [(title, text)] = shown
    assert title == "Podpis elektroniczny"
    assert f"Podpis poprawny: {SIGNER}, " in text
    assert f"Certyfikat wystawił: {SIGNER}" in text


def test_an_unsigned_document_opens_without_a_check(signed_tab, qtbot, opened, monkeypatch):
    checked: list[object] = []
    monkeypatch.setattr(signing, "check", lambda *args: checked.append(args) or [])
    signed_tab.table.selectRow(next(i for i, d in enumerate(signed_tab._items) if not d.signed))
    assert not signed_tab.check_button.isEnabled()
    signed_tab.open_selected()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert checked == []
