"""A crash mid-wizard loses nothing: the process is killed after typing, and the next
start offers the draft back with everything typed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

import engines
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import AppContext, resolve_actor
from calcert_desktop.storage.store import open_database
from calcert_desktop.ui.main_window import MainWindow
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.worker import Worker

TYPED = {
    "institution.name": "Stowarzyszenie „Źródło” w Łęcznej",
    "institution.address.town": "Łęczna",
    "institution.address.street": "ul. Żeromskiego 7",
}

CRASHING_RUN = textwrap.dedent(
    """
    import os, signal, sys
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.context import AppContext, resolve_actor
    from calcert_desktop.storage.store import open_database
    from calcert_desktop.ui.main_window import MainWindow
    from calcert_desktop.ui.session import Session
    from calcert_desktop.ui.worker import Worker
    sys.path.insert(0, os.environ["TESTS_DIR"])
    from test_wizard import fill_row

    data_dir, settings_dir, typed = sys.argv[1], sys.argv[2], eval(sys.argv[3])
    app = QApplication([])
    QCoreApplication.setOrganizationName("CALcert-tests")
    QCoreApplication.setApplicationName("CALcert Desktop tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    paths = DataPaths(__import__("pathlib").Path(data_dir))
    ctx = AppContext(paths, open_database(paths, create=False))
    window = MainWindow(Session(ctx, resolve_actor(ctx, "biuro"), Worker()))
    wizard = window.open_wizard()
    page = wizard.currentPage()
    for path, text in typed.items():
        fill_row(page, path, text)
    deadline = __import__("time").monotonic() + 10
    while wizard.reference is None:  # the first save is debounced, then runs on the worker
        app.processEvents()
        window.session.worker.wait(20)
        if __import__("time").monotonic() > deadline:
            sys.exit(3)
    window.session.worker.wait()
    app.processEvents()  # the saved signal reaches the main window (it remembers the draft)
    print(wizard.reference, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no clean shutdown of any kind
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs a POSIX kill")
def test_killed_mid_wizard_offers_the_draft_back(tmp_path, prepared_db, qtbot, monkeypatch):
    data_dir = tmp_path / "dane"
    data_dir.mkdir()
    engines.seed(prepared_db, data_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               TESTS_DIR=os.path.dirname(__file__))  # fmt: skip
    run = subprocess.run(
        [sys.executable, "-c", CRASHING_RUN, str(data_dir), str(tmp_path), repr(TYPED)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == -signal.SIGKILL, run.stderr
    reference = run.stdout.strip().splitlines()[-1]
    assert reference.startswith("ROB-")

    # The next start: same settings folder (the ui conftest points QSettings at tmp_path).
    assert QSettings().value("wizard/last_draft") == reference
    paths = DataPaths(data_dir)
    ctx = AppContext(paths, open_database(paths, create=False))
    asked: list[str] = []

    def answer_yes(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    window = MainWindow(Session(ctx, resolve_actor(ctx, "biuro"), Worker()))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.wizard_opened, timeout=5000):  # read, asked, then opened
        window.offer_unfinished()
    assert asked and "Przywrócić niedokończone zgłoszenie?" in asked[0]
    assert reference in asked[0] and "Łęcznej" in asked[0]
    wizard = window.wizard
    assert wizard is not None and wizard.reference == reference
    page = wizard.currentPage() or wizard.page(wizard.startId())
    shown = {row.spec.path: row.value() for row in page.rows}
    for path, text in TYPED.items():
        assert shown[path] == text
    assert json.dumps(wizard.data, ensure_ascii=False).count("Łęczn") >= 2
    wizard.flush()
    window.session.worker.wait()
    ctx.close()
