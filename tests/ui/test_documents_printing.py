"""Printing from the case file's Dokumenty tab: "Generuj i drukuj…" stores the document and
prints that stored file; "Drukuj…" prints a listed one; a missing file is said in Polish.
The print dialog is answered as a user would, with a PDF file as the printer."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.ui.case_file import documents_tab
from calcert_desktop.ui.case_file.window import CaseFileWindow
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.worker import Worker
from case_scenarios import granted_case


@pytest.fixture
def tab(cli, declaration_file, tmp_path, qtbot):
    """The Dokumenty tab of a granted case's file, loaded."""
    reference = granted_case(cli, declaration_file, tmp_path)
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    worker = Worker()
    win = CaseFileWindow(Session(ctx, resolve_actor(ctx, "biuro"), worker), reference)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: bool(win.documents_tab.print_buttons), timeout=20000)
    yield win.documents_tab
    worker.wait()
    ctx.close()


@pytest.fixture
def printed_to(tmp_path, monkeypatch) -> Path:
    """Where the print dialog's answer sends the print: a PDF file, all pages."""
    target = tmp_path / "wydruk.pdf"

    def answer(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Biuro"]))
    monkeypatch.setattr(QPrintDialog, "exec", answer)
    return target


def test_every_kind_has_generate_and_print(tab):
    assert list(tab.print_buttons) == list(tab.kind_buttons)
    button = tab.print_buttons["certificate"]
    assert button.text() == "Generuj i drukuj…"
    assert button.accessibleName() == "Generuj i drukuj: Certyfikat"
    assert not tab.print_button.isEnabled()  # nothing generated, nothing chosen


def test_generate_and_print_stores_the_certificate_and_prints_it(tab, qtbot, printed_to):
    qtbot.mouseClick(tab.print_buttons["certificate"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20000)
    qtbot.waitUntil(printed_to.exists, timeout=20000)

    stored = tab._items[0].path
    assert stored.is_relative_to(tab._session.ctx.paths.documents)
    source, printed = PdfReader(stored), PdfReader(printed_to)
    assert len(printed.pages) == len(source.pages)
    first = printed.pages[0].mediabox
    assert first.width > first.height  # the certificate is landscape


def test_print_prints_the_selected_document(tab, qtbot, monkeypatch):
    asked: list[tuple[Path, str]] = []
    monkeypatch.setattr(
        documents_tab, "print_document", lambda _parent, path, title: asked.append((path, title))
    )
    monkeypatch.setattr(documents_tab.QDesktopServices, "openUrl", lambda _url: True)
    tab.generate("decision-record")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20000)
    tab.table.selectRow(0)
    assert tab.print_button.isEnabled()
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert asked == [(tab._items[0].path, tab._items[0].kind_label)]


def test_printing_a_missing_file_says_so(tab, qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(documents_tab.QDesktopServices, "openUrl", lambda _url: True)
    tab.generate("decision-record")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20000)
    tab._items[0].path.unlink()
    tab.table.selectRow(0)
    tab.print_selected()
    assert shown == [f"W folderze danych brak pliku dokumentu {tab._items[0].file_name}."]
