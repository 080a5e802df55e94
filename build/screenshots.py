"""Screenshots of the main window, every wizard page, the Commission's dashboard, overview
and statistics, the people register, the register with its renewal reminders, every tab of
a case file and of Ustawienia, each role's first view, the guide, the empty first start and
the main action dialogs, to look at before a release.

    python build/screenshots.py OUT_DIR [--scale 2] [--language pl|en]

Runs offscreen (no display needed) on a 1366x768 screen, on a fresh demo database in a
temporary folder; every window at the size it really opens at there (the main window
maximised, as the first time), after it has loaded; ``--scale 1.5`` renders at 150%
(QT_SCALE_FACTOR: the same screen then has 911x512 logical pixels). Each wizard page is
shown with the example declaration filled in; the first page also empty, with its errors.
The case file is the demo case with the most history (a certificate, an appeal, a
revocation); the site-visit protocol a demo case's planned visit.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from calcert_desktop.ui.case_file.window import CaseFileWindow
    from calcert_desktop.ui.main_window import MainWindow
    from calcert_desktop.ui.session import Session

    Grab = Callable[..., None]  # (widget, name[, size: None keeps the size it opens at])


def main() -> int:
    """Make the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--language", default="pl", choices=("pl", "en"))
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    folder = Path(tempfile.mkdtemp(prefix="calcert-screens-"))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        # A 1366x768 laptop screen: windows that size themselves to the screen do so here.
        screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
        config = folder / "screen.json"
        config.write_text(json.dumps({"screens": [screen]}), "utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtCore import QSettings

    from calcert_desktop.demo import loader
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.admin import people
    from calcert_desktop.services.applications import drafts
    from calcert_desktop.services.context import AppContext, resolve_actor
    from calcert_desktop.storage.store import open_database
    from calcert_desktop.ui import app as desktop
    from calcert_desktop.ui.main_window import MainWindow
    from calcert_desktop.ui.session import Session
    from calcert_desktop.ui.wizard.wizard import ApplicationWizard
    from calcert_desktop.ui.worker import Worker

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    application = desktop.make_application(sys.argv[:1], args.language)
    paths = DataPaths(folder / "dane")
    ctx = AppContext(paths, open_database(paths, create=True))
    people.ensure_admin(ctx)
    loader.fill(ctx, resolve_actor(ctx, "admin"), cases=120, seed=2026)
    actor = resolve_actor(ctx, "biuro")
    session = Session(ctx, actor, Worker())
    example = json.loads((ROOT / "forms/examples/declaration-example.json").read_text("utf-8"))
    draft = drafts.save_draft(ctx, actor, example)
    suffix = f"{args.language}-{round(args.scale * 100)}"
    args.out.mkdir(parents=True, exist_ok=True)

    def grab(widget: QWidget, name: str, size: tuple[int, int] | None = None) -> None:
        """Shoot ``widget`` at the size it opens at (or ``size``) once it has loaded."""
        if size is not None:
            widget.resize(*size)
        widget.show()
        for _ in range(5):
            application.processEvents()
        for _ in range(4):  # a read's callback may start the next read (a case, then its actions)
            session.worker.wait()
            application.processEvents()
        layout = widget.layout()
        if layout is not None:  # a dialog just shown is laid out before it is shot
            layout.activate()
            application.processEvents()
        target = args.out / f"{name}-{suffix}.png"
        widget.grab().save(str(target))
        print(target)

    window = MainWindow(session)
    window.showMaximized()  # as it opens the first time: the whole 1366x768 screen
    window.applications.refresh()
    session.worker.wait()
    application.processEvents()
    grab(window, "00-okno-glowne")
    _, data = drafts.load_draft(ctx, session.actor, draft.reference)
    wizard = ApplicationWizard(session, draft.reference, data)
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
    landing_screens(session, grab)
    empty_start_screens(folder, grab)
    commission_screens(window, session, grab)
    sign_in_screens(window, session, grab)
    session.worker.wait()
    ctx.close()
    return 0


def sign_in_screens(window: MainWindow, session: Session, grab: Grab) -> None:
    """The sign-in dialogs at the size they open, a refusal in one, and the locked window."""
    from calcert_desktop.ui.sign_in import FirstAdminDialog, NewPasswordDialog, SignInDialog

    dialog = SignInDialog(session.worker, session.ctx, window, "biuro")
    grab(dialog, "60-logowanie", None)
    dialog.show_error(
        "Nieprawidłowy login lub hasło. Po kolejnych nieudanych próbach następna będzie "
        "możliwa dopiero za 15 sekund (o 10:42:15); o nowe hasło poproś administratora."
    )
    grab(dialog, "61-logowanie-odmowa", None)
    dialog.close()
    first = FirstAdminDialog(session.worker, session.ctx, window)
    grab(first, "62-pierwszy-administrator", None)
    first.close()
    new = NewPasswordDialog(session.worker, session.ctx, window, "biuro", "x", temporary=True)
    grab(new, "63-haslo-tymczasowe", None)
    new.close()
    own = NewPasswordDialog(session.worker, session.ctx, window, "biuro", None, temporary=False)
    grab(own, "64-zmiana-hasla", None)
    own.close()
    window.lock()
    grab(window, "65-okno-zablokowane")


def richest_case(session: Session) -> str:
    """The demo case with the longest history: most tabs of its file have something."""
    from calcert_desktop.services.views import case_file, queries
    from calcert_desktop.services.views.queries import CaseFilter

    best, length = "", -1
    states = ("revoked", "revocation_appealed", "revoked_final")
    ctx, actor = session.ctx, session.actor
    for row in queries.list_cases(ctx, actor, CaseFilter(states=states)):
        size = len(case_file.load(ctx, actor, row["reference"]).history)
        if size > length:
            best, length = row["reference"], size
    return best


def commission_screens(window: MainWindow, session: Session, grab: Grab) -> None:
    """The Commission's views, the people register, a case file and action dialogs."""
    from PySide6.QtWidgets import QApplication

    from calcert_desktop.domain.actions import Action
    from calcert_desktop.ui.actions.assess_dialog import AssessDialog
    from calcert_desktop.ui.actions.dialog import ActionDialog

    window.navigation.setCurrentRow(1)
    window.commission.tabs.setCurrentIndex(0)
    grab(window, "20-komisja-sprawy")
    search = window.commission.dashboard.search
    search.setText("pomocy")
    search.returnPressed.emit()  # at once, not after the typing pause
    for _ in range(3):  # the first page, then the whole list and the counts
        session.worker.wait()
        QApplication.processEvents()
    grab(window, "21-komisja-sprawy-szukaj")
    window.commission.tabs.setCurrentIndex(1)
    grab(window, "22-komisja-przeglad")
    window.commission.tabs.setCurrentIndex(2)
    for _ in range(2):  # the statistics are read on the worker when first shown
        session.worker.wait()
        QApplication.processEvents()
    grab(window, "22-komisja-statystyka")
    window.navigation.setCurrentRow(3)
    grab(window, "23-osoby")
    window.navigation.setCurrentRow(2)
    for _ in range(2):  # the register loads on the worker
        session.worker.wait()
        QApplication.processEvents()
    grab(window, "24-rejestr")
    window.register.open_reminders()  # the renewal reminders due today
    reminders = window.register.reminders_dialog
    assert reminders is not None
    for _ in range(2):
        session.worker.wait()
        QApplication.processEvents()
    grab(reminders, "26-rejestr-przypomnienia")
    reminders.close()
    window.navigation.setCurrentRow(4)
    for _ in range(2):  # the appointments and resolutions load on the worker
        session.worker.wait()
        QApplication.processEvents()
    grab(window, "27-zarzad")
    settings_screens(window, session, grab)
    window.settings_view.tabs.setCurrentIndex(0)
    verify_screen(window, session, grab)
    reference = richest_case(session)
    case_file = window.case_windows.open(session, reference)
    for index in range(case_file.tabs.count()):
        case_file.tabs.setCurrentIndex(index)
        grab(case_file, f"{30 + index}-sprawa-{index + 1:02d}")
    signing_screens(case_file, session, grab)
    case_file.close()
    dialogs = {
        "50-dzialanie-odmowa": lambda: ActionDialog(session, reference, Action.REFUSE),
        "51-dzialanie-zarzuty": lambda: ActionDialog(session, reference, Action.CHARGE),
        "52-dzialanie-ocena": lambda: AssessDialog(session, reference),
    }
    for name, make in dialogs.items():
        dialog = make()
        grab(dialog, name)
        dialog.close()
    protocol_screens(session, grab)


def signing_screens(case_file: CaseFileWindow, session: Session, grab: Grab) -> None:
    """The case file's Dokumenty tab with a document and its copy signed electronically (a
    throwaway certificate), and the signing dialog for the unsigned one."""
    from calcert_desktop.documents import pades
    from calcert_desktop.services.documents import generate, signing

    ctx, actor, reference = session.ctx, session.actor, case_file.reference
    kind = generate.applicable_kinds(ctx, actor, reference)[0].code
    stored = generate.generate(ctx, actor, kind, reference)
    key = pades.Pkcs12Key(throwaway_certificate(ctx.paths.root, "Anna Żółkiewska"), "x")
    result = signing.sign(ctx, actor, stored.id, key, reason=stored.kind_label)
    tab = case_file.documents_tab
    case_file.tabs.setCurrentWidget(tab)
    tab.reload()
    tab._signed(result)  # as after the dialog: the signed copy selected, who signed said
    grab(case_file, "41-sprawa-dokumenty-podpisany")
    tab.table.selectRow(next(i for i, item in enumerate(tab._items) if not item.signed))
    tab.sign_selected()
    dialog = tab.sign_dialog
    assert dialog is not None
    grab(dialog, "54-podpis-elektroniczny", None)
    dialog.reject()


def throwaway_certificate(folder: Path, name: str) -> Path:
    """A PKCS#12 file (password "x") with a self-signed certificate of ``name``."""
    from calcert_desktop.documents.throwaway_key import throwaway_p12

    path = folder / "podpis.p12"
    path.write_bytes(throwaway_p12(name, "x"))
    return path


def settings_screens(window: MainWindow, session: Session, grab: Grab) -> None:
    """Every tab of Ustawienia as the office sees it, then as the administrator (who may
    change the database, the people's access and backups)."""
    from PySide6.QtWidgets import QApplication

    from calcert_desktop.services.context import resolve_actor
    from calcert_desktop.ui.session import Session

    admin = Session(session.ctx, resolve_actor(session.ctx, "admin"), session.worker)
    for who, person in (("", session), ("-administrator", admin)):
        window.attach(person)
        window.navigation.setCurrentRow(5)
        tabs = window.settings_view.tabs
        for index in range(tabs.count()):
            if not tabs.isTabVisible(index):  # the administrator's own pages
                continue
            tabs.setCurrentIndex(index)
            for _ in range(2):  # a tab reads its settings on the worker when first shown
                session.worker.wait()
                QApplication.processEvents()
            grab(window, f"{70 + index}-ustawienia-{slug(tabs.tabText(index))}{who}")
    window.attach(session)


def slug(text: str) -> str:
    """A file-name form of a tab's title: "&Treść pism" -> "tresc-pism"."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.replace("&", "").replace("ł", "l").replace("Ł", "L"))
    letters = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return "-".join("".join(c if c.isalnum() else " " for c in letters).split())


def landing_screens(session: Session, grab: Grab) -> None:
    """Where each role lands after signing in (ui/landing.py), and the guide (F1) at the
    person's section."""
    from calcert_desktop.services.context import resolve_actor
    from calcert_desktop.ui.main_window import MainWindow
    from calcert_desktop.ui.session import Session

    for login in ("przewodniczaca", "czlonek1", "ekspert", "zarzad", "admin"):
        person = Session(session.ctx, resolve_actor(session.ctx, login), session.worker)
        window = MainWindow(person)
        window.showMaximized()
        window.land(person)
        grab(window, f"10-start-{login}")
        if login == "czlonek1":
            guide = window.show_guide()
            grab(guide, "19-przewodnik", None)
            guide.close()
        window.close()


def empty_start_screens(folder: Path, grab: Grab) -> None:
    """The first start on an empty database (the demo declined): what the administrator
    and the office see in the empty applications list."""
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.admin import people
    from calcert_desktop.services.context import AppContext, resolve_actor
    from calcert_desktop.storage.store import open_database
    from calcert_desktop.ui.main_window import MainWindow
    from calcert_desktop.ui.session import Session
    from calcert_desktop.ui.worker import Worker

    paths = DataPaths(folder / "pusta")
    ctx = AppContext(paths, open_database(paths, create=True))
    people.ensure_admin(ctx)
    worker = Worker()
    admin = Session(ctx, resolve_actor(ctx, "admin"), worker)
    window = MainWindow(admin)
    window.showMaximized()
    window.applications.refresh()
    window.navigation.setCurrentRow(0)
    worker.wait()
    grab(window, "09-pusta-baza-administrator")
    window.close()
    worker.wait()
    ctx.close()


def protocol_screens(session: Session, grab: Grab) -> None:
    """The site-visit protocol of a demo case with a planned visit, at the size it opens:
    a standard half written with a photo as evidence, then the summary page."""
    from PySide6.QtWidgets import QApplication

    from calcert_desktop.services.views import queries
    from calcert_desktop.services.views.queries import CaseFilter
    from calcert_desktop.ui.case_file.protocol_editor import ProtocolEditor

    rows = queries.list_cases(session.ctx, session.actor, CaseFilter(states=("site_visit",)))
    if not rows:
        return
    editor = ProtocolEditor(session, rows[0]["reference"])
    for _ in range(3):
        session.worker.wait()
        QApplication.processEvents()
    page = editor.show_standard(1)
    page.rating.setCurrentIndex(2)
    page.finding.setPlainText("Diagnoza potrzeb mieszkańców sprzed trzech lat; plan działań "
                              "jej nie uwzględnia.")  # fmt: skip
    page.observations.setPlainText(
        "Rozmowa z koordynatorką i wgląd w dokumentację. "
        "Tablica ogłoszeń w holu z aktualnym programem zajęć."
    )
    page.add_evidence([{"sha256": "0" * 64, "name": "tablica-ogloszen.jpg"},
                       {"sha256": "1" * 64, "name": "diagnoza-2023.pdf"}])  # fmt: skip
    grab(editor, "55-protokol-wizytacji", None)
    editor.show_summary()
    editor.summary_page.representative.setText("Anna Nowak, dyrektor")
    grab(editor, "56-protokol-wizytacji-podsumowanie", None)
    editor._save_timer.stop()  # a screenshot, not a protocol: nothing is saved
    editor.hide()


def verify_screen(window: MainWindow, session: Session, grab: Grab) -> None:
    """The certificate check with the QR text of the first certificate in the register."""
    from PySide6.QtWidgets import QApplication

    from calcert_desktop.services.seals import sealing
    from calcert_desktop.services.views.register import load_register
    from calcert_desktop.ui.verify_certificate import VerifyCertificateDialog

    entries = [e for e in load_register(session.ctx, session.actor).entries if e.status == "valid"]
    if not entries:
        return
    stored = sealing.seal_of_number(session.ctx, entries[0].number)
    dialog = VerifyCertificateDialog(session, window)
    dialog.input_edit.setPlainText(stored.payload)
    dialog.check()
    for _ in range(3):
        session.worker.wait()
        QApplication.processEvents()
    grab(dialog, "53-sprawdzanie-certyfikatu")
    dialog.close()


if __name__ == "__main__":
    raise SystemExit(main())
