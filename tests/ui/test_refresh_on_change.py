"""After a write, one change set is broadcast and only what it concerns is read again: an
action in one case file reloads that case (its file and its actions) and the lists showing
its row, not the other case files nor the views it does not touch. And the walk through the
main window (from the start: demo offer, person, unfinished work), the lists, the wizard, a
case file and a change of person opens no database session on the GUI thread."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QSettings
from PySide6.QtWidgets import QMessageBox, QWizard
from sign_in_support import dialog_of, submit

from calcert_desktop.domain.actions import Action
from calcert_desktop.services.admin import people
from calcert_desktop.services.applications import declare, draft_recovery, drafts
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.services.documents import letter_templates
from calcert_desktop.services.process import available, perform
from calcert_desktop.services.views import case_file, dashboard, overview, queries, register
from calcert_desktop.ui import recovery_offer
from calcert_desktop.ui.app import start_session
from calcert_desktop.ui.case_file.window import CaseFileWindow
from calcert_desktop.ui.demo_offer import offer_demo
from calcert_desktop.ui.main_window import LAST_DRAFT_KEY, MainWindow
from calcert_desktop.ui.recovery_offer import RecoveryChoice
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.sign_in import SignInDialog
from calcert_desktop.ui.wizard.wizard import ApplicationWizard
from cli_support import PASSWORD, institution_nip

EXAMPLE = Path(__file__).resolve().parents[2] / "forms" / "examples" / "declaration-example.json"


def example() -> dict[str, Any]:
    """The example declaration, each time of an institution of its own (its own NIP)."""
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["institution"]["nip"] = institution_nip()
    return data


def in_review(session: Session) -> str:
    """A case awaiting the Commission (filed and accepted by the office)."""
    filed = declare.declare(session.ctx, session.actor, example(), received_on=date(2025, 4, 1),
                            source_dir=EXAMPLE.parent)  # fmt: skip
    perform.perform(session.ctx, session.actor, filed.reference, "accept", on=date(2025, 4, 2))
    return filed.reference


def settle(session: Session) -> None:
    """Let every job and what it sets off (refreshes after a broadcast) run out."""
    for _ in range(5):
        session.worker.wait()
        QCoreApplication.processEvents()


class Reads:
    """Counts calls of service reads (by the case they were asked for, where they take one)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: Counter[str] = Counter()
        self.cases: list[tuple[str, str]] = []
        self._monkeypatch = monkeypatch

    def count(self, module: Any, name: str, reference_at: int | None = None) -> None:
        original: Callable[..., Any] = getattr(module, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            if reference_at is not None:
                self.cases.append((name, args[reference_at]))
            return original(*args, **kwargs)

        self._monkeypatch.setattr(module, name, counted)


@pytest.fixture
def chair(session: Session) -> Session:
    return Session(session.ctx, resolve_actor(session.ctx, "przewodniczaca"), session.worker)


def open_file(window: MainWindow, qtbot, reference: str) -> CaseFileWindow:
    window.open_case(reference)
    case_window = window.case_windows.window(reference)
    panel = window.case_windows.panel(reference)
    assert case_window is not None and panel is not None
    qtbot.waitUntil(lambda: case_window.view is not None and panel.loaded, timeout=5000)
    return case_window


def assign(window: MainWindow, qtbot, reference: str, member: str) -> None:
    """The chair assigns ``member`` in the case file's action dialog."""
    panel = window.case_windows.panel(reference)
    assert panel is not None and Action.ASSIGN in panel.offered, panel.offered
    dialog = panel.open_dialog(Action.ASSIGN)
    qtbot.waitUntil(lambda: dialog.is_ready, timeout=5000)
    combo = dialog.field("member").combo
    combo.setCurrentIndex(combo.findData(member))
    with qtbot.waitSignal(dialog.performed, timeout=5000):
        dialog.ok.click()


def test_an_action_reloads_its_case_and_the_rows_it_changed_only(
    session, chair, qtbot, monkeypatch
):
    first, second = in_review(session), in_review(session)
    window = MainWindow(chair)
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(1)  # the chair lands on Przegląd; the list of cases on screen
    window.commission.tabs.setCurrentIndex(0)
    windows = {ref: open_file(window, qtbot, ref) for ref in (first, second)}
    window.settings_view.letters_editor()  # the letters' wording is on screen too
    settle(chair)

    reads = Reads(monkeypatch)
    reads.count(case_file, "load", reference_at=2)
    reads.count(available, "available_actions", reference_at=2)
    for module, name in ((people, "list_users"), (register, "load_register"),
                         (drafts, "list_applications"), (letter_templates, "current"),
                         (overview, "needs_action"), (dashboard, "first_page")):  # fmt: skip
        reads.count(module, name)

    with qtbot.waitSignal(windows[first].loaded, timeout=5000):
        assign(window, qtbot, first, "czlonek1")
    settle(chair)

    # The case acted on: its file once, its actions once; the other case file: nothing.
    assert sorted(reads.cases) == [("available_actions", first), ("load", first)]
    # The list of cases shows its row (the assignment changed it): read again, once.
    assert reads.calls["first_page"] == 1
    # Views the assignment does not concern are not read again.
    for name in ("list_users", "load_register", "list_applications", "current",
                 "needs_action"):  # fmt: skip
        assert reads.calls[name] == 0, name


def test_a_write_elsewhere_reloads_a_case_file_only_for_its_case(
    session, chair, qtbot, monkeypatch
):
    first, second = in_review(session), in_review(session)
    window = MainWindow(chair)
    qtbot.addWidget(window)
    for ref in (first, second):
        open_file(window, qtbot, ref)
    settle(chair)
    reads = Reads(monkeypatch)
    reads.count(case_file, "load", reference_at=2)
    reads.count(people, "list_users")

    admin = Session(session.ctx, resolve_actor(session.ctx, "admin"), session.worker)
    window.people.attach(admin)  # the people list, acting as the administrator
    settle(chair)
    assert reads.calls["list_users"] == 1
    answers: list[object] = []
    from calcert_desktop.ui.operations import write_op

    write_op(admin, window.people,
             lambda: people.add_user(admin.ctx, admin.actor, "nowa", "Nowa Osoba", "office"),
             answers.append)  # fmt: skip
    settle(chair)
    assert len(answers) == 1
    assert reads.calls["list_users"] == 2  # the people list: read again
    assert reads.calls["load"] == 0  # no case file: people are not case data


def close_wizard(session: Session, wizard: ApplicationWizard) -> None:
    """Close a wizard whose data is saved (so nothing is asked)."""
    wizard.flush()
    settle(session)
    wizard.close()
    assert not wizard.isVisible()


def test_the_gui_opens_no_database_session_on_its_own_thread(session, qtbot, monkeypatch):
    """From the start (demo offer, the person, unfinished work) through the lists, the
    wizard, a case file and an action to a change of person: every session on the worker."""
    ctx, actor = session.ctx, session.actor
    db = ctx.db
    threads: list[str] = []
    recording = [True]  # off while the test itself prepares data on its own thread
    for name in ("sessions", "writer_sessions"):
        maker = getattr(db, name)

        def opened(*args: Any, _maker: Any = maker, **kwargs: Any) -> Any:
            if recording[0]:
                threads.append(threading.current_thread().name)
            return _maker(*args, **kwargs)

        monkeypatch.setattr(db, name, opened)

    @contextmanager
    def preparing() -> Iterator[None]:
        recording[0] = False
        try:
            yield
        finally:
            recording[0] = True

    questions: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    window = MainWindow()  # as at start: shown before the database is open
    qtbot.addWidget(window)
    window.show()

    # A first start on an empty database offers demo data (declined here).
    with preparing():
        assert queries.count_by_state(ctx) == {}
    offered: list[bool] = []
    with preparing():
        admin = resolve_actor(ctx, "admin")
    offer_demo(ctx, session.worker, window, admin, lambda: offered.append(True))
    qtbot.waitUntil(lambda: offered == [True], timeout=5000)
    assert len(questions) == 1 and "Baza danych jest pusta" in questions[0]

    # The next start: a recovery file for one draft, a stray one, and another draft left
    # open; nobody remembered as the last person, so the list is offered.
    with preparing():
        kept = drafts.save_draft(ctx, actor, {"institution": {"name": "Fundacja Kopia"}})
        left_open = drafts.save_draft(ctx, actor, {"institution": {"name": "Fundacja Szkic"}})
    kept_key, stray_key = draft_recovery.new_key(), draft_recovery.new_key()
    recovered = {"institution": {"name": "Fundacja Kopia", "address": {"town": "Łęczna"}}}
    draft_recovery.keep(ctx, actor, kept_key, kept.reference, recovered)
    draft_recovery.keep(ctx, actor, stray_key, None, {"institution": {"name": "Zbędne"}})
    QSettings().setValue(LAST_DRAFT_KEY, left_open.reference)
    asked: list[str | None] = []

    def ask_recovery(parent: Any, recovery: Any) -> RecoveryChoice:
        asked.append(recovery.reference)
        return RecoveryChoice.RESTORE if recovery.reference else RecoveryChoice.DISCARD

    monkeypatch.setattr(recovery_offer, "ask_recovery", ask_recovery)
    answer[0] = QMessageBox.StandardButton.Yes
    wizards: list[ApplicationWizard] = []
    window.wizard_opened.connect(wizards.append)
    start_session(window, ctx, session.worker, None, "")
    submit(qtbot, dialog_of(qtbot, SignInDialog), login="biuro", password=PASSWORD)
    qtbot.waitUntil(lambda: len(wizards) == 2, timeout=5000)
    assert window.session is not None and window.session.actor.login == "biuro"
    assert sorted(asked, key=str) == sorted([kept.reference, None], key=str)
    assert len(questions) == 2 and left_open.reference in questions[1]  # no demo offer again
    assert [w.reference for w in wizards] == [kept.reference, left_open.reference]
    assert wizards[0].data["institution"]["address"]["town"] == "Łęczna"
    settle(session)
    assert not draft_recovery.path_of(ctx, stray_key).exists()
    for wizard in wizards:
        close_wizard(session, wizard)

    # A draft continued from the applications list.
    view = window.applications
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    row = next(r for r in range(2) if view.model.index(r, 1).data() == "Fundacja Szkic")
    view.table.selectRow(row)
    with qtbot.waitSignal(window.wizard_opened, timeout=5000):
        view.continue_button.click()
    assert window.wizard is not None and window.wizard.reference == left_open.reference
    close_wizard(session, window.wizard)

    # A new application: typed, saved as a draft, then filed, all from the wizard.
    wizard = window.open_wizard()
    assert wizard is not None
    wizard.data.update(example())
    wizard.data["attachments"] = []
    with qtbot.waitSignal(wizard.saved, timeout=5000):
        wizard.changed()
    while wizard.currentPage().page_id != "summary":
        wizard.next()
    summary = wizard.currentPage()
    summary.received.setDate(QDate(2025, 3, 20))
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(finish.isEnabled, timeout=5000)
    with qtbot.waitSignal(wizard.filed, timeout=5000) as filed:
        finish.click()
    assert not wizard.isVisible()
    reference = filed.args[0]
    # A case file, and an action in it (the office accepts the application).
    case_window = open_file(window, qtbot, reference)
    panel = window.case_windows.panel(reference)
    assert panel is not None
    dialog = panel.open_dialog(Action.ACCEPT)
    qtbot.waitUntil(lambda: dialog.is_ready, timeout=5000)
    with qtbot.waitSignal(case_window.loaded, timeout=5000):
        dialog.ok.click()
    settle(session)
    assert case_window.view is not None and case_window.view.header.state == "review"
    # Someone else takes over from the File menu.
    window.switch_action.trigger()
    with qtbot.waitSignal(window.person_changed, timeout=5000):
        submit(qtbot, dialog_of(qtbot, SignInDialog), login="przewodniczaca", password=PASSWORD)
    assert window.session.actor.login == "przewodniczaca"
    settle(session)
    assert threads, "the walk read nothing: the wrapper is not in the way"
    assert "MainThread" not in threads, Counter(threads)
