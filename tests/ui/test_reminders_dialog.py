"""Renewal reminders in the GUI: the register's button (for the office only), the dialog
listing what is due on the chosen day, preparing them all on the worker with progress and
copies in a folder, a day with nothing due said in Polish, stopping midway writing nothing;
and the case file offering the new letters when the case has their record."""

from __future__ import annotations

import functools
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

import blob_support
import engines
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.services.documents import generate, reminder_batch
from calcert_desktop.ui.case_file.window import CaseFileWindow
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.register import RegisterView
from calcert_desktop.ui.views.reminders_dialog import RemindersDialog
from calcert_desktop.ui.worker import Worker
from cli_support import Captured, write_declaration
from letter_scenarios import REMINDER_DAY, discontinued_case, expiring_cases, incomplete_case

DAY = date.fromisoformat(REMINDER_DAY)


@pytest.fixture(scope="module")
def built(tmp_path_factory, prepared_db, make_cli):
    folder = tmp_path_factory.mktemp("przypomnienia-gui")
    data = folder / "dane"
    data.mkdir()
    engines.seed(prepared_db, data)
    with Captured() as captured:
        cli = make_cli(data, captured)
        cases = expiring_cases(cli, functools.partial(write_declaration, folder))
    return data, cases


@pytest.fixture
def session(built, tmp_path, qapp):
    data = tmp_path / "dane"
    engines.copy_folder(built[0], data)
    ctx = open_context(DataPaths(data), create=False)
    ctx.today = lambda: DAY
    worker = Worker()
    yield Session(ctx, resolve_actor(ctx, "biuro"), worker)
    worker.wait()
    ctx.close()


@pytest.fixture
def boxes(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind,
            lambda _parent, _title, text, *a, kind=kind: shown.append((kind, text)),
        )  # fmt: skip
    return shown


@pytest.fixture
def dialog(session, qtbot):
    shown = RemindersDialog(session)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.generate_button.isEnabled(), timeout=20000)
    return shown


def rows(dialog: RemindersDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip


def stored(session) -> int:
    """How many generated documents the database holds."""
    return len(blob_support.hashes(session.ctx))


def test_the_register_offers_the_reminders_to_the_office_only(session, qtbot):
    office = RegisterView(session)
    qtbot.addWidget(office)
    assert office.reminders_button.isVisibleTo(office)
    assert office.reminders_button.text() == "Przypomnienia o &odnowieniu…"
    office.open_reminders()
    assert isinstance(office.reminders_dialog, RemindersDialog)
    qtbot.waitUntil(lambda: office.reminders_dialog.model.rowCount() == 2, timeout=20000)
    office.reminders_dialog.close()

    member = Session(session.ctx, resolve_actor(session.ctx, "czlonek1"), session.worker)
    other = RegisterView(member)
    qtbot.addWidget(other)
    assert not other.reminders_button.isVisibleTo(other)


def test_the_dialog_lists_what_is_due_and_prepares_it_all(dialog, session, qtbot, boxes, built,
                                                          tmp_path):  # fmt: skip
    cases = built[1]
    assert dialog.day.date() == QDate(2025, 12, 1)
    assert rows(dialog) == [
        [cases["january"], "CJ-001/2021", "14.01.2026", "—", "Gminny Ośrodek Pomocy Społecznej "
         "w Łącku"],
        [cases["march"], "CJ-002/2021", "09.03.2026", "—", "Gminny Ośrodek Pomocy Społecznej "
         "w Łącku"],
    ]  # fmt: skip
    assert dialog.summary.text() == (
        "Do przygotowania: 2 – certyfikaty, których ważność kończy się do 01.06.2026 (okres "
        "przypomnień: 6 mies.)."
    )
    copies = tmp_path / "kopie"
    dialog.folder.setText(str(copies))
    steps: list[tuple[int, int]] = []
    dialog._progress.advanced.connect(lambda done, total: steps.append((done, total)))
    dialog.generate_button.click()
    assert dialog.bar.isVisibleTo(dialog) and not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: bool(boxes), timeout=20000)
    assert boxes == [("information", "Przygotowano przypomnienia: 2. Każde zapisano w "
                      f"dokumentach sprawy.\nKopie zapisano w folderze {copies}.")]  # fmt: skip
    assert steps == [(1, 2), (2, 2)]  # the bar followed each letter
    assert not dialog.bar.isVisibleTo(dialog)
    assert stored(session) == 2 and len(list(copies.iterdir())) == 2
    # Read again: both reminded, nothing left for this day.
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=20000)
    assert dialog.summary.text() == (
        "Na dzień 01.12.2025 nie ma certyfikatów, o których trzeba przypomnieć. Pominięto te, "
        "o których już przypomniano: 2."
    )
    assert not dialog.generate_button.isEnabled() and dialog.close_button.isEnabled()
    dialog.again.setChecked(True)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=20000)
    assert dialog.model.index(0, 3).data() != "—"  # the day of the last reminder


def test_another_day_with_nothing_due(dialog, qtbot):
    dialog.day.setDate(QDate(2025, 5, 1))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=20000)
    qtbot.waitUntil(lambda: "nie ma" in dialog.summary.text(), timeout=20000)
    assert dialog.summary.text() == (
        "Na dzień 01.05.2025 nie ma certyfikatów, o których trzeba przypomnieć."
    )
    assert dialog.empty.isVisibleTo(dialog) and not dialog.generate_button.isEnabled()
    assert "ważność kończy się do 01.11.2025" in dialog.empty.text()


def test_stopping_midway_writes_nothing(dialog, session, qtbot, boxes, monkeypatch):
    real = reminder_batch.renewal_reminder.render

    def render_then_stop(data, texts):
        dialog._progress.stop.set()  # as "Przerwij" does, while the first letter renders
        return real(data, texts)

    monkeypatch.setattr(reminder_batch.renewal_reminder, "render", render_then_stop)
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: bool(boxes), timeout=20000)
    assert boxes == [("warning", "Przerwano przygotowywanie przypomnień — niczego nie zapisano.")]
    assert stored(session) == 0 and not dialog.bar.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.generate_button.isEnabled(), timeout=20000)


def test_the_case_file_offers_the_new_letters(cli, declaration_file, qtbot):
    incomplete = incomplete_case(cli, declaration_file)
    discontinued = discontinued_case(cli, declaration_file)
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    ctx.today = lambda: date(2025, 3, 1)
    worker = Worker()
    office = Session(ctx, resolve_actor(ctx, "biuro"), worker)
    try:
        win = CaseFileWindow(office, incomplete)
        qtbot.addWidget(win)
        qtbot.waitUntil(lambda: bool(win.documents_tab.kind_buttons), timeout=20000)
        assert list(win.documents_tab.kind_buttons) == [
            "application", "acknowledgement", "completion-request"
        ]  # fmt: skip
        other = CaseFileWindow(office, discontinued)
        qtbot.addWidget(other)
        qtbot.waitUntil(lambda: bool(other.documents_tab.kind_buttons), timeout=20000)
        assert "discontinuation" in other.documents_tab.kind_buttons
        assert "renewal-reminder" not in other.documents_tab.kind_buttons  # to 2028: not due
        assert [k.code for k in generate.applicable_kinds(ctx, office.actor, discontinued)][-1] \
            != "renewal-reminder"  # fmt: skip
    finally:
        worker.wait()
        ctx.close()
