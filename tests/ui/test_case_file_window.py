"""The case file window on cases driven through the command line: every tab shows the
case's data in Polish, and a conflicted member sees no assessment matrix."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from assessment_traces import ASSESSMENT_TEXTS, assessment_traces
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.ui.case_file import window as window_module
from calcert_desktop.ui.case_file.window import CaseFileWindow
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.worker import Worker
from case_scenarios import SCAN, revoked_case


@pytest.fixture
def open_window(cli, qtbot):
    """Opens the case file of a reference as a person, waiting until it is loaded."""
    contexts, workers = [], []

    def make(reference: str, login: str = "biuro") -> CaseFileWindow:
        ctx = open_context(DataPaths(cli.data_dir), create=False)
        worker = Worker()
        contexts.append(ctx)
        workers.append(worker)
        session = Session(ctx, resolve_actor(ctx, login), worker)
        window = CaseFileWindow(session, reference)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.view is not None, timeout=20000)
        return window

    yield make
    for worker in workers:
        worker.wait()
    for ctx in contexts:
        ctx.close()


def cells(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def header(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


@pytest.fixture
def revoked(cli, declaration_file) -> str:
    return revoked_case(cli, declaration_file)


def test_header_title_and_loading(granted, open_window):
    window = open_window(granted)
    assert window.windowTitle().startswith(f"{granted} — ")
    assert window.institution_label.text() == window.view.institution
    assert window.windowTitle().endswith(window.view.institution)
    assert window.reference_label.text() == granted
    assert window.town_label.text() == window.view.town
    assert window.state_label.text() == "certyfikat ważny"
    assert window.since_label.text() == "29.02.2024"
    assert window.status.isHidden() and window.tabs.isEnabled()
    assert window.actions_bar.count() == 0  # left for the action buttons
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert titles == ["Zgłoszenie", "Załączniki", "Komisja", "Ocena", "Wizytacja", "Decyzja",
                      "Certyfikat", "Odwołania", "Cofnięcie", "Dokumenty", "Historia"]  # fmt: skip


def test_application_tab_shows_the_declaration_as_filed(granted, open_window):
    text = open_window(granted).application_tab.text.toPlainText()
    assert "Wersja formularza: 1" in text and "Data wpływu pisemnej prośby: 20.01.2024" in text
    assert "☑ 4. Diagnoza" in text  # laid out as the form: check marks, not "[X]"


def test_attachments_tab_opens_the_stored_file_and_explains_a_missing_one(
    granted, open_window, qtbot, monkeypatch
):
    window = open_window(granted)
    tab = window.attachments_tab
    assert cells(tab.model, 0) == ["Raport z realizacji standardów", "Statut"]
    assert cells(tab.model, 1) == ["raport.pdf", "statut.pdf"]
    assert cells(tab.model, 2)[0] == f"{len(SCAN)} B" and cells(tab.model, 2)[1] == "—"
    # Stored when the session's granted case was made: today, or yesterday for a run that
    # crossed midnight (the case is made once per session, tests/conftest.py).
    stored_on = {(date.today() - timedelta(days=back)).strftime("%d.%m.%Y") for back in (0, 1)}
    assert cells(tab.model, 3)[0] in stored_on
    assert cells(tab.model, 4) == ["jest", "brak pliku"]
    opened, warnings = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    tab.table.selectRow(0)
    tab.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    shown = Path(opened[0].toLocalFile())
    assert shown.name == "raport.pdf" and shown.read_bytes() == SCAN
    # Copied out into this run's private folder, never a fixed shared one.
    assert shown.parent.parent.name.startswith("calcert-podglad-")
    tab.table.selectRow(1)
    tab.open_selected()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "statut.pdf" in warnings[0] and "nie ma w bazie danych" in warnings[0]


def test_commission_tab_lists_members_and_the_conflict(granted, open_window):
    tab = open_window(granted).commission_tab
    assert cells(tab.members.model, 0) == ["Tomasz Wróbel", "Agnieszka Kołodziej",
                                           "Paweł Śliwiński"]  # fmt: skip
    assert cells(tab.members.model, 1) == ["czlonek1", "czlonek2", "czlonek3"]
    assert cells(tab.members.model, 2) == ["01.02.2024"] * 3
    assert cells(tab.members.model, 3) == ["tak", "", ""]
    assert cells(tab.members.model, 4)[2] == "zgłoszony 02.02.2024"
    assert cells(tab.conflicts.model, 0) == ["Paweł Śliwiński"]
    assert cells(tab.conflicts.model, 2) == [
        "Członek zarządu stowarzyszenia prowadzącego instytucję."
    ]
    assert "Powód:" in tab.conflicts.detail.toPlainText()


def test_assessment_matrix(granted, open_window):
    tab = open_window(granted).assessment_tab
    model = tab.model
    assert tab.showing_matrix
    assert model.rowCount() == 9 and model.columnCount() == 3
    assert model.headerData(3, Qt.Orientation.Vertical) == "S4 Diagnoza"
    assert header(model) == ["Tomasz Wróbel\n(sprawozdawca)", "Agnieszka Kołodziej",
                             "Paweł Śliwiński\n(konflikt interesów)"]  # fmt: skip
    s4 = model.index(3, 0)
    assert s4.data() == "½ spełnia częściowo *"
    assert model.index(0, 1).data() == "✓ spełnia"
    assert cells(model, 2) == ["konflikt interesów"] * 9
    assert s4.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert s4.data(Qt.ItemDataRole.ForegroundRole) is not None
    tip = s4.data(Qt.ItemDataRole.ToolTipRole)
    assert "Diagnoza sprzed pięciu lat." in tip and "raport.pdf, s. 12" in tip
    tab.table.setCurrentIndex(s4)
    detail = tab.detail.toPlainText()
    assert "Ocena: spełnia częściowo (03.02.2024)" in detail
    assert "Komentarz: Diagnoza sprzed pięciu lat." in detail
    assert "Dowody: raport.pdf, s. 12" in detail


def test_conflicted_member_sees_no_matrix(granted, open_window):
    window = open_window(granted, "czlonek3")
    tab = window.assessment_tab
    assert not tab.showing_matrix
    assert "konflikt interesów" in tab.message.text()
    assert tab.model.columnCount() == 0
    history = window.history_tab.model
    texts = [history.describe(row) for row in range(history.rowCount())]
    assert not any("Diagnoza sprzed" in text for text in texts)
    assert any("niewidoczn" in text for text in texts)
    # Another member of the same case sees it.
    assert open_window(granted, "czlonek2").assessment_tab.showing_matrix


def test_conflicted_member_reads_no_assessment_in_the_cli_nor_the_window(
    cli, granted, open_window
):
    # The command line: nothing in the JSON, searched as text and walked as data.
    assert assessment_traces(cli.ok("show", granted, "--json", user="czlonek3")) == []
    # The window reads the same service: no matrix, no cell, no value in the history.
    window = open_window(granted, "czlonek3")
    assert window.view is not None
    assert window.view.assessments == () and window.view.withheld
    tab = window.assessment_tab
    assert not tab.showing_matrix
    model = tab.model
    assert model.columnCount() == 0
    assert not any(model.index(r, c).data() for r in range(model.rowCount())
                   for c in range(model.columnCount()))  # fmt: skip
    history = window.history_tab.model
    texts = [history.describe(row) for row in range(history.rowCount())]
    texts += [history.index(row, 5).data() for row in range(history.rowCount())]
    assert not any(t in text for text in texts for t in ASSESSMENT_TEXTS)
    rated = [history.describe(row) for row in range(history.rowCount())
             if history.entry(row).record == "assessments"]  # fmt: skip
    assert len(rated) == 18
    assert all("niewidoczna" in text and "spełnia" not in text for text in rated)
    # A member without a conflict sees the very cell the conflicted one does not.
    other = open_window(granted, "czlonek2").assessment_tab
    tip = other.model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Diagnoza sprzed pięciu lat." in tip


def test_visit_decision_and_certificate_tabs(granted, open_window):
    window = open_window(granted)
    visits = window.visits_tab.pane
    assert cells(visits.model, 0) == ["Marta Żak"]
    assert cells(visits.model, 1) == ["10.02.2024"] and cells(visits.model, 2) == ["10.02.2024"]
    assert cells(visits.model, 3) == ["przeprowadzona"]
    detail = visits.detail.toPlainText()
    assert "Wizytacja potwierdziła zgłoszenie." in detail
    assert "S4 Diagnoza — spełnia częściowo" in detail and "Diagnoza wymaga aktualizacji." in detail
    decisions = window.decisions_tab.pane
    assert cells(decisions.model, 0) == ["przyznanie certyfikatu"]
    assert cells(decisions.model, 2) == ["20.02.2024"]
    assert cells(decisions.model, 4) == ["za 2, przeciw 0, wstrzymało się 0"]
    text = decisions.detail.toPlainText()
    assert "Tomasz Wróbel — za" in text and "Standardy spełnione." in text
    certificate = window.certificate_tab
    assert certificate.number.text() == "CJ-001/2024"
    assert certificate.issued.text() == "29.02.2024"
    assert certificate.valid_until.text() == "28.02.2029"
    assert certificate.status.text() == "ważny"
    assert certificate.resolution.text() == (
        "nr 1/2024 z 29.02.2024 (Halina Sobczak: za, Jerzy Będkowski: za)"
    )
    assert certificate.none.isHidden()
    assert window.appeals_tab.pane.showing_empty
    assert window.revocation_tab.pane.showing_empty
    assert window.appeals_tab.pane.empty.text().startswith("Brak odwołań")


def test_refused_appealed_certified_and_revoked(revoked, open_window):
    window = open_window(revoked)
    assert window.state_label.text() == "certyfikat odebrany"
    decisions = window.decisions_tab.pane
    assert cells(decisions.model, 0) == [
        "odmowa przyznania", "uchylenie decyzji (Zarząd)", "odebranie certyfikatu"
    ]
    assert cells(decisions.model, 3)[0] == "22.03.2023"
    decisions.table.selectRow(0)
    assert "przeciw" in decisions.detail.toPlainText()
    # The Board's decision on the appeal: its resolution's number and votes.
    assert cells(decisions.model, 4)[1] == "za 2, przeciw 0, wstrzymało się 0"
    decisions.table.selectRow(1)
    board = decisions.detail.toPlainText()
    assert "Uchwała Zarządu nr 1/2023" in board and "Halina Sobczak — za" in board
    appeals = window.appeals_tab.pane
    assert cells(appeals.model, 0) == ["30.03.2023"]
    assert cells(appeals.model, 1) == ["decyzja uchylona"]
    assert "Raport pominięto przy ocenie." in appeals.detail.toPlainText()
    revocation = window.revocation_tab.pane
    assert cells(revocation.model, 0) == ["10.01.2025"]
    assert cells(revocation.model, 1) == ["15.01.2025"]
    assert cells(revocation.model, 2) == ["10.02.2025"]
    assert cells(revocation.model, 3) == ["01.02.2025"]
    assert cells(revocation.model, 4) == ["certyfikat odebrany"]
    text = revocation.detail.toPlainText()
    for part in ("Skarga mieszkańców.", "Zaprzestano pracy środowiskowej (S5).",
                 "Praca trwa, przedstawiamy dowody."):  # fmt: skip
        assert part in text
    assert window.certificate_tab.status.text() == "odebrany"
    assert window.visits_tab.pane.showing_empty
    assert window.visits_tab.pane.empty.text().startswith("Brak wizytacji")


def test_history_is_readable(revoked, open_window):
    window = open_window(revoked)
    model = window.history_tab.model
    rows = range(model.rowCount())
    assert header(model) == ["Kiedy", "Kto", "Czynność", "Rekord", "Operacja", "Zmiany"]
    whos = {model.index(r, 1).data() for r in rows}
    assert {"Barbara Łukaszewicz", "Jerzy Będkowski", "Ewa Zalewska"} <= whos
    actions = {model.index(r, 2).data() for r in rows}
    assert "decyzja o odebraniu certyfikatu" in actions
    assert all(len(model.index(r, 0).data()) == 16 and model.index(r, 0).data()[2] == "."
               for r in rows)  # fmt: skip
    summaries = [model.index(r, 5).data() for r in rows]
    assert any("stan: certyfikat ważny → postępowanie wyjaśniające" in s for s in summaries)
    assert not any("{" in s or '"' in s for s in summaries)  # no raw JSON
    detail = "\n".join(model.describe(r) for r in rows)
    assert "uzasadnienie: Odpowiedź nie usuwa naruszenia S5." in detail
    assert "termin odpowiedzi: — → 10.02.2025" in detail
    assert "członek Komisji: Tomasz Wróbel" in detail
    assert window.history_tab.detail.toPlainText() == model.describe(model.rowCount() - 1)


def test_refresh_reloads_and_keys_close_and_switch(granted, open_window, qtbot, cli):
    window = open_window(granted)
    window.show()
    qtbot.waitExposed(window)
    cli.ok("act", granted, "open-revocation", "--reason", "Skarga.", "--date", "2025-01-10",
           user="przewodniczaca")  # fmt: skip
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.refresh()
    assert window.state_label.text() == "postępowanie wyjaśniające"
    assert not window.revocation_tab.pane.showing_empty
    window.tabs.setCurrentIndex(0)
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert QSettings().value(window_module.GEOMETRY_KEY) is not None
