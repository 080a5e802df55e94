"""The certificate check dialog, offscreen: a scanned seal (ending with Enter), a number with
its code, a revoked certificate's verdict, garbage refused in a message box."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, reading, resolve_actor
from calcert_desktop.storage.models import CertificateSeal
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.verify_certificate import VerifyCertificateDialog
from calcert_desktop.ui.worker import Worker
from case_scenarios import granted_case


@pytest.fixture
def session(cli, qapp):
    """The GUI's session as the office, on the command line's data folder."""
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    ctx.today = lambda: date(2025, 6, 1)
    worker = Worker()
    yield Session(ctx, resolve_actor(ctx, "biuro"), worker)
    worker.wait()
    ctx.close()


@pytest.fixture
def sealed(cli, session, declaration_file, tmp_path):
    """One granted, sealed certificate in the session's data folder: (payload, code)."""
    granted_case(cli, declaration_file, tmp_path)
    with reading(session.ctx) as db:
        row = db.scalar(select(CertificateSeal))
        return row.payload, row.code


@pytest.fixture
def dialog(qtbot, session):
    widget = VerifyCertificateDialog(session)
    qtbot.addWidget(widget)
    return widget


def lines(dialog) -> list[str]:
    model = dialog.checks_model
    return [model.item(row).text() for row in range(model.rowCount())]


def test_a_scanned_seal_ending_with_enter_is_checked(qtbot, dialog, sealed):
    payload, _ = sealed
    dialog.show()
    dialog.input_edit.setPlainText(payload)  # what a keyboard-wedge scanner typed
    with qtbot.waitSignal(dialog.verified, timeout=10_000) as blocker:
        qtbot.keyClick(dialog.input_edit, Qt.Key.Key_Return)
    assert blocker.args[0].valid
    assert dialog.headline.text() == (
        "Certyfikat nr CJ-001/2024 jest prawdziwy i ważny w dniu 1 czerwca 2025 r."
    )
    assert dialog.headline.textFormat() == Qt.TextFormat.PlainText
    shown = lines(dialog)
    assert shown[0].startswith("✓ Dane z kodu QR: certyfikat nr CJ-001/2024")
    assert any(line.startswith("✓ Podpis: prawidłowy") for line in shown)
    assert shown[-1] == "✓ Status w rejestrze: ważny"
    assert dialog.check_button.isEnabled()


def test_a_number_with_a_wrong_code_and_an_expired_day(qtbot, dialog, sealed):
    _, code = sealed
    dialog.input_edit.setPlainText("CJ-001/2024 ABCD-EFGH-JKMN")
    with qtbot.waitSignal(dialog.verified, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].verdict == "invalid"
    assert "NIE jest potwierdzony" in dialog.headline.text()
    assert any(line.startswith("✗ Kod weryfikacyjny") for line in lines(dialog))

    dialog.input_edit.setPlainText(f"CJ-001/2024 {code}")
    dialog.day_edit.setDate(QDate(2030, 1, 1))
    with qtbot.waitSignal(dialog.verified, timeout=10_000) as blocker:
        dialog.check()
    assert not blocker.args[0].valid
    assert "✗ Daty: certyfikat wygasł — był ważny do 28 lutego 2029 r." in lines(dialog)


def test_garbage_is_refused_in_a_message_box(qtbot, dialog, monkeypatch, session):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog.input_edit.setPlainText("to nie jest certyfikat")
    dialog.check()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert warnings[0].startswith("Nie rozpoznano „to nie jest certyfikat”")
    assert "Traceback" not in warnings[0]
    assert dialog.result() is None and dialog.checks_model.rowCount() == 0
    assert dialog.check_button.isEnabled()
    # The day checked defaults to the context's today.
    assert dialog.day_edit.date() == QDate(2025, 6, 1)
