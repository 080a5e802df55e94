"""GUI fixtures: a session on a fresh copy of the prepared database, Qt settings isolated."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

import engines
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import AppContext, resolve_actor
from calcert_desktop.storage.store import open_database
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.worker import Worker


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, qapp) -> None:
    QCoreApplication.setOrganizationName("CALcert-tests")
    QCoreApplication.setApplicationName("CALcert Desktop tests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture(autouse=True)
def _no_unexpected_message_box(monkeypatch: pytest.MonkeyPatch):
    """A message box a test did not expect fails that test, saying what it said, instead
    of waiting offscreen for a click that never comes (the run would hang). A test that
    expects one patches QMessageBox itself, which takes precedence over this."""
    shown: list[str] = []

    def record(answer: QMessageBox.StandardButton):
        def box(_parent, title, text, *args, **kwargs):
            shown.append(f"{title}: {text}")
            return answer

        return box

    ok, no = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.No
    for name, answer in (("warning", ok), ("critical", ok), ("information", ok),
                         ("question", no)):  # fmt: skip
        monkeypatch.setattr(QMessageBox, name, record(answer))
    yield
    assert not shown, f"unexpected message boxes: {shown}"


@pytest.fixture
def session(tmp_path: Path, prepared_db: Path, qapp):
    """The GUI's session as the office (biuro), on a copy of the prepared database."""
    folder = tmp_path / "dane"
    folder.mkdir()
    engines.seed(prepared_db, folder)
    paths = DataPaths(folder)
    ctx = AppContext(paths, open_database(paths, create=False))
    worker = Worker()
    yield Session(ctx, resolve_actor(ctx, "biuro"), worker)
    # The loads the test's last answers asked for finish while the data is there (a server
    # database is dropped after the test: a load arriving later would fail).
    worker.wait()
    QApplication.processEvents()
    worker.wait()
    ctx.close()


@pytest.fixture
def admin_session(session: Session) -> Session:
    """The GUI's session of ``session``'s data, as the administrator."""
    return Session(session.ctx, resolve_actor(session.ctx, "admin"), session.worker)
