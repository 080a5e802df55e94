"""Live views: a write made on another PC (another context on the same server database)
reloads the open list of cases and the open case file within seconds, as the PC's own
writes do; a write rolled back there reloads nothing here; after the server restarts the
window listens again and shows the changes made since. A SQLite file starts no listening."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

import engines
from calcert_desktop.domain.forms import forms_dir
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.applications import declare
from calcert_desktop.services.changes import EVERYTHING, Changes
from calcert_desktop.services.context import AppContext, open_context, resolve_actor, writing
from calcert_desktop.services.lookup import find_case
from calcert_desktop.services.process import perform
from calcert_desktop.ui.case_file.window import CaseFileWindow
from calcert_desktop.ui.main_window import MainWindow
from calcert_desktop.ui.session import Session
from cli_support import institution_nip
from server_restart import kill_server, start_server_again

EXAMPLE = forms_dir() / "examples" / "declaration-example.json"
server_only = pytest.mark.postgresql_only("LISTEN/NOTIFY is the server's")
SHOWN_WITHIN_MS = 10_000  # "within a few seconds", with room for a busy machine


def filed(session: Session) -> str:
    """A case filed by the office (awaiting the formal check)."""
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["institution"]["nip"] = institution_nip()
    result = declare.declare(session.ctx, session.actor, data, received_on=date(2025, 4, 1),
                             source_dir=EXAMPLE.parent)  # fmt: skip
    return result.reference


@pytest.fixture
def other_pc(session: Session) -> Iterator[AppContext]:
    """The same database opened by another PC."""
    other = open_context(session.ctx.paths, create=False)
    yield other
    other.close()


@pytest.fixture
def window(session: Session, qtbot) -> Iterator[MainWindow]:
    """The main window, listening."""
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()  # on the applications; the list of cases reloads hidden too
    window.follow_others(session.ctx)
    feed = window.live.feed
    assert feed is not None
    qtbot.waitUntil(feed.connected.is_set, timeout=20_000)
    yield window
    window.live.stop()
    assert window.live.feed is None


def applications(window: MainWindow) -> list[str]:
    """The cases the list of applications shows (drafts, and those awaiting the check)."""
    model = window.applications.model
    return [model.info(row).reference for row in range(model.rowCount())]


def counted(window: MainWindow, state: CaseState) -> int:
    """How many cases in ``state`` the list of cases counts (its filter says "stan (N)").

    The list's count, not its row: on PostgreSQL the rows on screen are not fetched yet
    (services/views/dashboard.py rows_for takes the server's UUID keys for text)."""
    combo = window.commission.dashboard.state_combo
    text = combo.itemText(combo.findData(state.value))
    return int(text.rsplit("(", 1)[1].rstrip(")")) if "(" in text else 0


def settle(session: Session) -> None:
    """Let every job and the reloads it sets off run out."""
    for _ in range(5):
        session.worker.wait()
        QCoreApplication.processEvents()


def open_file(window: MainWindow, qtbot, reference: str) -> CaseFileWindow:
    window.open_case(reference)
    case_window = window.case_windows.window(reference)
    assert case_window is not None
    qtbot.waitUntil(lambda: case_window.view is not None, timeout=20_000)
    return case_window


def accept_elsewhere(other: AppContext, reference: str) -> str:
    """The office of the other PC accepts the case; the state it is in now."""
    result = perform.perform(other, resolve_actor(other, "biuro"), reference, "accept",
                             on=date(2025, 4, 2))  # fmt: skip
    return result.state.label


@server_only
def test_a_write_on_another_pc_shows_in_the_open_lists_and_case_file(
    session, window, other_pc, qtbot
):
    reference = filed(session)
    window.applications.refresh()
    window.commission.dashboard.refresh()
    qtbot.waitUntil(lambda: reference in applications(window), timeout=20_000)
    qtbot.waitUntil(lambda: counted(window, CaseState.FILED) == 1, timeout=20_000)
    case_window = open_file(window, qtbot, reference)
    assert case_window.state_label.text() == CaseState.FILED.label
    assert counted(window, CaseState.REVIEW) == 0

    state = accept_elsewhere(other_pc, reference)
    committed = time.monotonic()
    assert state == CaseState.REVIEW.label
    qtbot.waitUntil(lambda: case_window.state_label.text() == state, timeout=SHOWN_WITHIN_MS)
    in_file = time.monotonic() - committed
    qtbot.waitUntil(lambda: reference not in applications(window), timeout=SHOWN_WITHIN_MS)
    in_applications = time.monotonic() - committed
    qtbot.waitUntil(lambda: counted(window, CaseState.REVIEW) == 1, timeout=SHOWN_WITHIN_MS)
    in_cases = time.monotonic() - committed
    assert counted(window, CaseState.FILED) == 0
    print(f"\nlive views: the case file after {in_file * 1000:.0f} ms, the applications "
          f"after {in_applications * 1000:.0f} ms, the cases after {in_cases * 1000:.0f} ms")


@server_only
def test_a_write_rolled_back_on_another_pc_reloads_nothing(session, window, other_pc, qtbot):
    kept, undone = filed(session), filed(session)
    heard: list[Changes] = []
    window.live.heard.connect(heard.append)
    kept_window, undone_window = open_file(window, qtbot, kept), open_file(window, qtbot, undone)
    undone_loads: list[bool] = []
    undone_window.loaded.connect(lambda: undone_loads.append(True))

    office = resolve_actor(other_pc, "biuro")
    with pytest.raises(RuntimeError), writing(other_pc, office, "accept") as transaction:
        case = find_case(transaction, undone, for_update=True)
        perform.run_in(transaction, other_pc, office, case, "accept", date(2025, 4, 2))
        transaction.flush()
        raise RuntimeError("the other PC lost its power")
    state = accept_elsewhere(other_pc, kept)  # committed after: heard after the other would be
    qtbot.waitUntil(lambda: kept_window.state_label.text() == state, timeout=SHOWN_WITHIN_MS)

    assert heard and all(kept in changes.references for changes in heard)
    assert not any(undone in changes.references for changes in heard)
    assert not undone_loads
    assert undone_window.state_label.text() != state


def everything(changes: Changes) -> bool:
    return changes.all_cases and changes.kinds == EVERYTHING.kinds


@server_only
def test_after_the_server_restarts_the_window_listens_again(
    session, window, other_pc, qtbot, monkeypatch
):
    warned: list[str] = []  # a read that failed would say so in a message box
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    reference = filed(session)
    case_window = open_file(window, qtbot, reference)
    settle(session)  # nothing of it still reading when the server dies
    heard: list[Changes] = []
    window.live.heard.connect(heard.append)
    feed = window.live.feed
    assert feed is not None

    kill_server()
    try:
        qtbot.waitUntil(lambda: not feed.connected.is_set(), timeout=60_000)
    finally:
        start_server_again()
    restarted = time.monotonic()
    # Back: one reload of everything (what was written meanwhile was told to nobody here).
    with qtbot.waitSignal(case_window.loaded, timeout=60_000):
        qtbot.waitUntil(lambda: any(everything(changes) for changes in heard), timeout=60_000)
    assert feed.connections == 2
    listening_again = time.monotonic() - restarted

    state = accept_elsewhere(other_pc, reference)
    qtbot.waitUntil(lambda: case_window.state_label.text() == state, timeout=SHOWN_WITHIN_MS)
    settle(session)
    assert not warned  # every reload after the restart read what it asked for
    print(f"\nlive views: listening again {listening_again * 1000:.0f} ms after the restart")


def test_a_sqlite_file_starts_no_listening(session, qtbot):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.follow_others(session.ctx)
    assert (window.live.feed is not None) == engines.on_server()
    window.live.stop()
    assert window.live.feed is None
