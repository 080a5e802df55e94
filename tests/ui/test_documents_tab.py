"""The Dokumenty tab of the case file: the kinds a granted case has something for, generating
one (stored, opened, listed), a refusal shown in Polish, and copying a document out."""

from __future__ import annotations

import errno
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from blob_support import content
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.storage import files
from calcert_desktop.storage.preview_folder import PREVIEWS
from calcert_desktop.ui.case_file.window import CaseFileWindow
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.worker import Worker
from case_scenarios import granted_case


@pytest.fixture
def window(cli, declaration_file, tmp_path, qtbot):
    """The case file of a granted case, as a Commission member, documents tab loaded."""
    reference = granted_case(cli, declaration_file, tmp_path)
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    ctx.today = lambda: date(2026, 1, 15)  # its certificate (to 2029-02-28) not yet due
    worker = Worker()
    win = CaseFileWindow(Session(ctx, resolve_actor(ctx, "czlonek1"), worker), reference)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: bool(win.documents_tab.kind_buttons), timeout=20000)
    yield win
    worker.wait()
    ctx.close()


def cells(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_tab_lists_the_kinds_of_a_granted_case(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Dok&umenty" in titles
    tab = window.documents_tab
    expected = ["application", "acknowledgement", "certificate", "visit-protocol",
                "decision-record"]  # fmt: skip
    assert list(tab.kind_buttons) == expected
    button = tab.kind_buttons["certificate"]
    assert button.text() == "Generuj i otwórz"
    assert button.accessibleName() == "Generuj i otwórz: Certyfikat"
    assert tab.table.isHidden() and not tab.empty.isHidden()
    assert not tab.open_button.isEnabled() and not tab.save_button.isEnabled()


def test_generating_the_certificate_opens_the_stored_file_and_lists_it(
    window, qtbot, monkeypatch
):
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    tab = window.documents_tab
    qtbot.mouseClick(tab.kind_buttons["certificate"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20000)

    assert len(opened) == 1 and Path(opened[0]).is_file()
    assert Path(opened[0]).read_bytes().startswith(b"%PDF")
    # A copy streamed out of the database into this run's private preview folder.
    assert Path(opened[0]).read_bytes() == content(window.session.ctx, tab._items[0].sha256)
    assert Path(opened[0]).is_relative_to(PREVIEWS.path())
    assert cells(tab.model, 1) == ["Tomasz Wróbel"]
    assert cells(tab.model, 2) == ["Certyfikat"]
    assert cells(tab.model, 3) == ["—"]  # a certificate has no editable wording
    assert cells(tab.model, 5) == [Path(opened[0]).name]
    assert not tab.table.isHidden() and tab.open_button.isEnabled()

    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20000)  # copied out on the worker
    assert opened[1] == opened[0]


def test_saving_a_copy_copies_the_stored_file(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    tab = window.documents_tab
    tab.generate("decision-record")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20000)
    target = tmp_path / "kopia.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.is_file, timeout=20000)  # written on the worker, renamed whole
    assert target.read_bytes() == content(window.session.ctx, tab._items[0].sha256)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".kopia")) == []


def test_a_copy_that_cannot_be_written_says_why_and_keeps_the_old_file(
    window, qtbot, monkeypatch, tmp_path
):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    tab = window.documents_tab
    tab.generate("decision-record")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20000)
    tab.table.selectRow(0)
    missing = tmp_path / "brak" / "kopia.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    tab.save_selected()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown == [
        f"Nie udało się zapisać pliku {missing}: folder nie istnieje. Poprzednia zawartość "
        "pliku (jeśli była) pozostała bez zmian."
    ]

    target = tmp_path / "kopia.pdf"
    target.write_bytes(b"previous copy")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.save_selected()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20000)
    assert "brak miejsca na dysku" in shown[1] and str(target) in shown[1]
    assert target.read_bytes() == b"previous copy"
    assert [p.name for p in tmp_path.iterdir() if ".czesciow" in p.name] == []


def test_a_refused_kind_shows_the_polish_message(window, qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    tab = window.documents_tab
    tab.generate("revocation")  # the case has no revocation: refused, nothing stored
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "nie można wydać" in shown[0]
    assert all(button.isEnabled() for button in tab.kind_buttons.values())
    assert tab.model.rowCount() == 0
