"""Printing from the case file's Dokumenty tab: "Generuj i drukuj…" stores the document and
prints that stored document (a copy streamed out of the database); "Drukuj…" prints a
listed one; a missing one is said in Polish.
The print dialog is answered as a user would, with a PDF file as the printer."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox

from blob_support import content
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

    stored = tab._session.ctx.paths.root / "gotowy.pdf"
    stored.write_bytes(content(tab._session.ctx, tab._items[0].sha256))
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
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)  # copied out on the worker first
    [(path, title)] = asked
    assert title == tab._items[0].kind_label and path.name == tab._items[0].name
    assert path.read_bytes() == content(tab._session.ctx, tab._items[0].sha256)


def test_printing_a_missing_file_says_so(tab, qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(documents_tab.QDesktopServices, "openUrl", lambda _url: True)
    tab.generate("decision-record")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20000)
    lose(tab._session.ctx, tab._items[0].sha256)
    tab.table.selectRow(0)
    tab.print_selected()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown == [f"W bazie danych brak pliku dokumentu {tab._items[0].file_name}."]


def lose(ctx, digest: str) -> None:
    """The stored document lost behind the services' back (and its copy from this run)."""
    from calcert_desktop.services.context import writing
    from calcert_desktop.storage.models import Blob, BlobChunk
    from calcert_desktop.storage.preview_folder import PREVIEWS

    with writing(ctx, None, "test") as session:
        session.execute(BlobChunk.__table__.delete().where(BlobChunk.sha256 == digest))
        session.execute(Blob.__table__.delete().where(Blob.sha256 == digest))
    PREVIEWS.remove()
