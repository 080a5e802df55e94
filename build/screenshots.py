"""Screenshots of the main window and of every wizard page, to look at before a release.

    python build/screenshots.py OUT_DIR [--scale 2] [--language pl|en]

Runs offscreen (no display needed), on a fresh demo database in a temporary folder, at
1366x768 logical pixels; ``--scale 2`` renders at 200% (QT_SCALE_FACTOR). Each wizard page
is shown with the example declaration filled in; the first page also empty, with its errors.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    """Make the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--language", default="pl", choices=("pl", "en"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services import demo, drafts
    from calcert_desktop.services.context import AppContext, resolve_actor
    from calcert_desktop.storage.store import open_database
    from calcert_desktop.ui import app as desktop
    from calcert_desktop.ui.main_window import MainWindow
    from calcert_desktop.ui.session import Session
    from calcert_desktop.ui.wizard.wizard import ApplicationWizard
    from calcert_desktop.ui.worker import Worker

    folder = Path(tempfile.mkdtemp(prefix="calcert-screens-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    application = desktop.make_application(sys.argv[:1], args.language)
    paths = DataPaths(folder / "dane")
    ctx = AppContext(paths, open_database(paths, create=True))
    demo.fill(ctx, cases=40, seed=2026)
    actor = resolve_actor(ctx, "biuro")
    session = Session(ctx, actor, Worker())
    example = json.loads((ROOT / "forms/examples/declaration-example.json").read_text("utf-8"))
    draft = drafts.save_draft(ctx, actor, example)
    suffix = f"{args.language}-{round(args.scale * 100)}"
    args.out.mkdir(parents=True, exist_ok=True)

    def grab(widget: QWidget, name: str) -> None:
        widget.resize(1366, 768)
        widget.show()
        for _ in range(5):
            application.processEvents()
        session.worker.wait()
        application.processEvents()
        target = args.out / f"{name}-{suffix}.png"
        widget.grab().save(str(target))
        print(target)

    window = MainWindow(session)
    window.applications.refresh()
    session.worker.wait()
    application.processEvents()
    grab(window, "00-okno-glowne")
    _, data = drafts.load_draft(ctx, draft.reference)
    wizard = ApplicationWizard(session, draft.reference, data)
    wizard.resize(1366, 768)
    wizard.show()
    for index in range(1, 20):
        page = wizard.currentPage()
        grab(wizard, f"{index:02d}-{page.page_id}")
        if page.page_id == "summary":
            break
        wizard.next()
    wizard.hide()
    empty = ApplicationWizard(session)
    empty.show()
    empty.currentPage().refresh_errors(reveal_all=True)
    grab(empty, "01-pusty-institution")
    empty.hide()
    session.worker.wait()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
