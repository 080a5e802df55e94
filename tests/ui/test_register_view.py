"""The Rejestr view: three certificates (valid, revoked, expired) driven through the command
line; Polish columns, dates and statuses; search without diacritics; the status filter and
the counts; export to CSV and PDF on the worker with a Polish confirmation; Enter opens the
case; Ctrl+F; "Sprawdź certyfikat…" asks by a signal."""

from __future__ import annotations

import csv
import functools
import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

import engines
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.register import RegisterView
from calcert_desktop.ui.worker import Worker
from case_scenarios import act, granted_case, revoked_case
from cli_support import BOARD_VOTES, Captured, write_declaration

TODAY = date(2026, 1, 15)
LODZ = "Centrum Aktywności Lokalnej w Łodzi"


def lodz_case(cli, declaration_file) -> str:
    """A case in Łódź certified in 2019: its five years ended in 2024 (expired)."""

    def in_lodz(data: dict) -> None:
        data["institution"]["name"] = LODZ
        data["institution"]["address"].update(town="Łódź", voivodeship="łódzkie")

    ref = cli.file_case(declaration_file(signed="2019-01-10", edit=in_lodz, name="d3.json"),
                        "2019-01-14")  # fmt: skip
    cli.review(ref, "2019-01-20", ("czlonek1", "czlonek2"))
    act(cli, ref, "schedule-visit", "2019-01-21", "przewodniczaca",
        "--expert", "ekspert", "--visit-date", "2019-01-28")  # fmt: skip
    act(cli, ref, "record-visit", "2019-01-28", "ekspert", "--summary", "Zgodnie ze zgłoszeniem.")
    act(cli, ref, "grant", "2019-02-05", "przewodniczaca",
        "--vote", "czlonek1=for", "--vote", "czlonek2=for", "--reasons", "Spełnia.")  # fmt: skip
    act(cli, ref, "issue", "2019-02-10", "zarzad", *BOARD_VOTES)
    return ref


@pytest.fixture(scope="module")
def built(tmp_path_factory, prepared_db, make_cli) -> tuple[Path, dict[str, str]]:
    """The three cases, made once for this module (about 5 s); each test gets a copy."""
    folder = tmp_path_factory.mktemp("rejestr")
    data = folder / "dane"
    data.mkdir()
    engines.seed(prepared_db, data)
    with Captured() as captured:
        cli = make_cli(data, captured)
        declaration = functools.partial(write_declaration, folder)
        cases = {
            "valid": granted_case(cli, declaration, folder),
            "revoked": revoked_case(cli, declaration),
            "expired": lodz_case(cli, declaration),
        }
    return data, cases


@pytest.fixture
def cli(built, tmp_path, capsys, make_cli):
    """The command line on this test's copy of the module's data folder."""
    data = tmp_path / "dane"
    engines.copy_folder(built[0], data)
    return make_cli(data, capsys)


@pytest.fixture
def cases(built) -> dict[str, str]:
    return built[1]


@pytest.fixture
def view(cli, cases, qtbot):
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    ctx.today = lambda: TODAY
    worker = Worker()
    register = RegisterView(Session(ctx, resolve_actor(ctx, "biuro"), worker))
    qtbot.addWidget(register)
    register.resize(1200, 700)
    register.show()  # a hidden view reads the register only once it is shown
    qtbot.waitUntil(lambda: register.model.rowCount() == 3, timeout=20000)
    yield register
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


def column(view: RegisterView, index: int) -> list[str]:
    return [view.model.index(row, index).data() for row in range(view.model.rowCount())]


def test_the_register_lists_every_certificate_in_polish(view, cases):
    headers = [view.model.headerData(i, Qt.Orientation.Horizontal) for i in range(8)]
    assert headers == ["Nr certyfikatu", "Instytucja", "Miejscowość", "Województwo", "Wydany",
                       "Ważny do", "Status", "Numer sprawy"]  # fmt: skip
    # Polish order: "Centrum…" before "Gminny…"; the two Łącko certificates by issue date.
    assert column(view, 1) == [LODZ, "Gminny Ośrodek Pomocy Społecznej w Łącku",
                               "Gminny Ośrodek Pomocy Społecznej w Łącku"]  # fmt: skip
    assert column(view, 6) == ["wygasły", "odebrany", "ważny"]
    assert column(view, 7) == [cases["expired"], cases["revoked"], cases["valid"]]
    assert column(view, 4)[0] == "10.02.2019"
    assert column(view, 2)[0] == "Łódź"
    assert view.counts_label.text() == "Ważnych: 1, odebranych: 1, wygasłych: 1"
    assert view.shown_label.text() == "Wyświetlane wpisy: 3 z 3 (stan na 15.01.2026)"
    assert view.message.isHidden()


def test_search_without_diacritics_and_the_status_filter(view, qtbot):
    view.search.setText("lodz")  # typed as the user would, without Polish letters
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert column(view, 2) == ["Łódź"]
    assert view.counts_label.text() == "Ważnych: 0, odebranych: 0, wygasłych: 1"
    assert view.shown_label.text().startswith("Wyświetlane wpisy: 1 z 3")

    view.search.setText("ŁĄCKU")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    view.status_combo.setCurrentIndex(view.status_combo.findData("revoked"))
    assert column(view, 6) == ["odebrany"]
    assert view.status_combo.itemText(0) == "wszystkie (2)"
    assert view.status_combo.currentText() == "odebrany (1)"

    view.search.setText("Kraków")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5000)
    assert not view.message.isHidden()
    assert view.message.text().startswith("Żaden wpis rejestru nie pasuje do wyszukiwania")
    assert not view.export_button.isEnabled()
    # The way back to the whole register is offered with the message.
    assert not view.clear_filters_button.isHidden() and view.table.isHidden()
    view.clear_filters_button.click()
    assert view.search.text() == "" and view.status_combo.currentIndex() == 0
    assert view.model.rowCount() == 3 and view.message.isHidden()
    assert view.clear_filters_button.isHidden() and not view.table.isHidden()


def test_export_to_csv_and_pdf_writes_the_rows_shown(view, qtbot, tmp_path, boxes, monkeypatch):
    view.status_combo.setCurrentIndex(view.status_combo.findData("valid"))
    target = tmp_path / "rejestr"  # typed without a suffix; the CSV filter chosen
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName",
        lambda *args, **kwargs: (str(target), "Arkusz CSV (*.csv)"),
    )  # fmt: skip
    with qtbot.waitSignal(view.exported, timeout=20000) as done:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        assert not view.busy.isHidden() and not view.export_button.isEnabled()
    written = Path(done.args[0])
    assert written == tmp_path / "rejestr.csv" and done.args[1] == 1
    rows = list(csv.reader(io.StringIO(written.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Numer certyfikatu", "Instytucja", "Miejscowość"]
    assert [row[1] for row in rows[1:]] == ["Gminny Ośrodek Pomocy Społecznej w Łącku"]
    assert rows[1][6] == "ważny"
    assert boxes == [("information", f"Zapisano rejestr certyfikatów w pliku {written}.\n"
                                     "Liczba wpisów: 1.")]  # fmt: skip
    assert view.busy.isHidden() and view.export_button.isEnabled()

    view.status_combo.setCurrentIndex(0)
    with qtbot.waitSignal(view.exported, timeout=20000):
        view.export_to(str(tmp_path / "rejestr.pdf"))
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "rejestr.pdf").pages)
    assert LODZ in text and "wygasły" in text and "odebrany" in text
    assert boxes[-1][1].endswith("Liczba wpisów: 3.")


def test_an_export_that_cannot_be_written_says_so(view, qtbot, tmp_path, boxes):
    blocker = tmp_path / "plik"
    blocker.write_text("x")
    view.export_to(str(blocker / "rejestr.pdf"))
    qtbot.waitUntil(lambda: bool(boxes), timeout=20000)
    kind, text = boxes[0]
    assert kind == "warning"
    assert text == (
        f"Nie udało się zapisać pliku {blocker / 'rejestr.pdf'}: w ścieżce jest plik zamiast "
        "folderu. Poprzednia zawartość pliku (jeśli była) pozostała bez zmian."
    )
    assert view.busy.isHidden() and view.export_button.isEnabled()


def test_keyboard_enter_opens_the_case_and_ctrl_f_searches(view, qtbot, cases):
    with qtbot.waitActive(view):  # shortcuts and focus need the active window
        view.show()
        view.activateWindow()
    view.table.setFocus()
    view.table.selectRow(1)
    with qtbot.waitSignal(view.open_case, timeout=2000) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [cases["revoked"]]

    view.search.setText("lodz")
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus() and view.search.selectedText() == "lodz"
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # on to the first entry found
    assert view.table.hasFocus()
    with qtbot.waitSignal(view.open_case, timeout=2000) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    assert opened.args == [cases["expired"]]

    with qtbot.waitSignal(view.verify_requested, timeout=2000):
        qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)


def test_refresh_reads_the_register_again(view, qtbot):
    view._session.ctx.today = lambda: date(2029, 6, 1)  # the 2024 certificate has run out
    with qtbot.waitSignal(view.loaded, timeout=20000) as loaded:
        view.refresh()
    assert loaded.args == [3]
    assert column(view, 6) == ["wygasły", "odebrany", "wygasły"]
    assert view.counts_label.text() == "Ważnych: 0, odebranych: 1, wygasłych: 2"


def test_a_hidden_view_reads_the_register_when_it_is_first_shown(session, qtbot):
    view = RegisterView(session)
    qtbot.addWidget(view)
    session.worker.wait()
    qtbot.wait(50)
    assert view._listing is None  # nothing read at start-up, behind another view
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.show()


def test_an_empty_register_says_so(session, qtbot):
    view = RegisterView(session)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.show()
    assert view.model.rowCount() == 0
    assert view.message.text().startswith(
        "Rejestr jest pusty — nie wydano jeszcze żadnego certyfikatu."
    )
    assert "Zarząd" in view.message.text()  # says how an entry gets there
    assert view.clear_filters_button.isHidden()  # nothing to clear
    assert not view.export_button.isEnabled()
