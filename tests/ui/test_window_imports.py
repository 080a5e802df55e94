"""The main window comes up before the database layer is imported: SQLAlchemy and the models
(about half a second) load on the worker thread once the database is opened, behind the
visible window (issue 22; an action dialog's field types once pulled them in again)."""

from __future__ import annotations

import subprocess
import sys

import calcert_process

# A fresh interpreter: the app's module imported and its main window built and shown.
PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from calcert_desktop.ui import app
application = QApplication([])
window = app.MainWindow()
window.show_at_start()
application.processEvents()
print("MODULES:" + ",".join(sorted(sys.modules)))
"""
NOT_BEFORE_THE_WINDOW = ("sqlalchemy", "alembic", "jsonschema", "reportlab", "pyhanko",
                         "calcert_desktop.storage.models",
                         "calcert_desktop.services.context")  # fmt: skip


def test_the_window_is_built_without_the_database_layer():
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=False,
        env=dict(calcert_process.environment(), QT_QPA_PLATFORM="offscreen"), timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    modules = done.stdout.rsplit("MODULES:", 1)[1].strip().split(",")
    assert "calcert_desktop.ui.main_window" in modules
    early = [m for m in modules if m in NOT_BEFORE_THE_WINDOW
             or m.split(".")[0] in NOT_BEFORE_THE_WINDOW]  # fmt: skip
    assert early == []
