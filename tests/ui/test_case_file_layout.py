"""The case file's Zgłoszenie tab reads like the form (headings, check marks, Polish dates,
user text escaped), the Certyfikat tab shows the seal's code and QR code and prints the
certificate, and the Dokumenty tab names each document before its buttons."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QLabel

from calcert_desktop.documents.certificate import qr_modules
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.services.views.certificate_seal import seal_of_case
from calcert_desktop.ui.case_file.window import CaseFileWindow
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.worker import Worker
from case_scenarios import granted_case


@pytest.fixture
def window(cli, declaration_file, tmp_path, qtbot):
    """The file of a case with a certificate, loaded, as the office sees it."""
    reference = granted_case(cli, declaration_file, tmp_path)
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    worker = Worker()
    win = CaseFileWindow(Session(ctx, resolve_actor(ctx, "biuro"), worker), reference)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.view is not None, timeout=20000)
    yield win
    worker.wait()
    ctx.close()


def test_the_application_reads_like_the_form(window):
    tab = window.application_tab
    html = tab.text.toHtml()
    text = tab.text.toPlainText()
    for heading in ("Dane instytucji", "Warunki zgłoszenia", "Standardy", "Model pracy"):
        assert heading in text
    assert "<h3" in tab.render(window.view)  # headings, not lines of text
    assert "☑" in text and "[X]" not in text
    assert re.search(r"Data:\s*\d\d\.\d\d\.\d{4}", text)  # the signature's date, Polish
    assert not re.search(r"\d{4}-\d\d-\d\d", text)  # no ISO date anywhere
    assert html  # rich text shown


def test_user_text_in_the_application_is_never_html(window):
    view = window.view
    declaration = dict(view.declaration)
    declaration["institution"] = {**declaration["institution"], "name": "<b>Ośrodek</b> & Co"}
    rendered = window.application_tab.render(replace(view, declaration=declaration))
    assert "&lt;b&gt;Ośrodek&lt;/b&gt; &amp; Co" in rendered and "<b>Ośrodek" not in rendered


def test_the_certificate_tab_shows_its_seal(window, qtbot):
    tab = window.certificate_tab
    session = window.session
    seal = seal_of_case(session.ctx, session.actor, window.reference)
    assert seal is not None  # sealed when the Board issued it
    qtbot.waitUntil(lambda: tab.code.text() == seal.code, timeout=20000)
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", tab.code.text())
    assert not tab.qr.isHidden() and tab.qr.modules == qr_modules(seal.payload)
    assert tab.print_button.text() == "Drukuj…" and tab.print_button.isEnabled()


def test_drukuj_prints_the_certificate(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "wydruk.pdf"

    def answer(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Biuro"]))
    monkeypatch.setattr(QPrintDialog, "exec", answer)
    tab = window.certificate_tab
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=20000)
    qtbot.waitUntil(lambda: window.documents_tab.model.rowCount() == 1, timeout=20000)
    first = PdfReader(Path(target)).pages[0].mediabox
    assert first.width > first.height  # the certificate itself (landscape)
    assert "Certyfikat" in window.documents_tab.model.index(0, 2).data()


def test_documents_are_named_before_their_buttons(window, qtbot):
    tab = window.documents_tab
    qtbot.waitUntil(lambda: bool(tab.kind_buttons), timeout=20000)
    grid = tab.kinds_grid
    for row in range(grid.rowCount()):
        first = grid.itemAtPosition(row, 0).widget()
        assert isinstance(first, QLabel)
        after = [grid.itemAtPosition(row, c).widget() for c in (1, 2)]
        code = next(code for code, b in tab.kind_buttons.items() if b is after[0])
        assert after == [tab.kind_buttons[code], tab.print_buttons[code]]
        assert first.text() in tab.kind_buttons[code].accessibleName()
