"""Ustawienia → Dawny rejestr: the tab for the office only, the wizard's four steps on the
worker (the file, the columns with one left to choose, the dry run with the refused rows
saved as a spreadsheet, the import with progress), and Anuluj during the import writing
nothing."""

from __future__ import annotations

from datetime import date

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

import engines
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import register_records
from calcert_desktop.services.context import open_context, reading, resolve_actor
from calcert_desktop.storage.models import Case
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.register_import_wizard import RegisterImportWizard
from calcert_desktop.ui.views.settings import SettingsView
from calcert_desktop.ui.worker import Worker
from sheet_files import xlsx

HEADER = ["Lp.", "Instytucja certyfikowana", "Typ", "Miejscowość", "Województwo",
          "Nr certyfikatu", "Data wydania"]  # fmt: skip
ROWS = [
    [1, "Miejski Ośrodek Pomocy Społecznej w Łodzi", "MOPS", "Łódź", "łódzkie", "CJ-001/2020",
     date(2020, 2, 3)],
    [2, "Warsztat Terapii Zajęciowej „Źródło”", "WTZ", "Żary", "lubuskie", "CJ-002/2020",
     date(2020, 5, 6)],
    [3, "Bez województwa", "ZAZ", "Gniezno", "wielkopolska", "CJ-003/2020", date(2020, 6, 1)],
]  # fmt: skip


def open_session(data, login: str) -> Session:
    ctx = open_context(DataPaths(data), create=False)
    return Session(ctx, resolve_actor(ctx, login), Worker())


@pytest.fixture
def session(tmp_path, prepared_db, qapp):
    data = tmp_path / "dane"
    engines.seed(prepared_db, data)
    opened = open_session(data, "biuro")
    yield opened
    opened.worker.wait()
    opened.ctx.close()


def cases(session: Session) -> int:
    with reading(session.ctx) as db:
        return int(db.scalar(select(func.count()).select_from(Case)) or 0)


def test_the_tab_is_the_office_s_and_the_administrator_s(session, tmp_path, qtbot):
    view = SettingsView(session)
    qtbot.addWidget(view)
    assert view.tabs.isTabVisible(view.tabs.indexOf(view.register_page))
    member = open_session(tmp_path / "dane", "czlonek1")
    try:
        view.set_session(member)
        assert not view.tabs.isTabVisible(view.tabs.indexOf(view.register_page))
    finally:
        member.worker.wait()
        member.ctx.close()


def walk_to_the_check(wizard: RegisterImportWizard, path, qtbot) -> None:
    wizard.show()
    wizard.file_page.path.setText(str(path))
    assert wizard.file_page.isComplete()
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.ready, timeout=20000)
    # "Instytucja certyfikowana" is no heading we know: the name is left to choose
    assert not page.isComplete()
    assert "Wskaż kolumny: Nazwa instytucji." in page.problem.text()
    box = page.form.boxes[1]
    box.setCurrentIndex(box.findData("name"))
    assert page.isComplete() and page.problem.text() == ""
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.ready, timeout=20000)


def test_the_wizard_checks_then_imports_with_progress(session, tmp_path, qtbot):
    path = tmp_path / "rejestr.xlsx"
    path.write_bytes(xlsx(HEADER, ROWS))
    wizard = RegisterImportWizard(session)
    qtbot.addWidget(wizard)
    before = cases(session)
    walk_to_the_check(wizard, path, qtbot)
    check = wizard.check_page
    assert check.status.text() == ("Do utworzenia: 2 sprawy; już w bazie (pominięte): 0; "
                                   "odrzucone: 1 wiersz.")  # fmt: skip
    model = check.model
    assert [model.index(r, 1).data() for r in range(3)] == ["do utworzenia", "do utworzenia",
                                                            "odrzucony"]  # fmt: skip
    assert "Nie ma województwa „wielkopolska”" in model.index(2, 3).data()
    assert cases(session) == before  # the dry run wrote nothing
    # the refused rows, saved to correct
    target = tmp_path / "odrzucone.xlsx"
    from PySide6.QtWidgets import QFileDialog

    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(target), ""))  # type: ignore[method-assign]
    try:
        check.save.click()
        qtbot.waitUntil(lambda: target.exists(), timeout=20000)
    finally:
        QFileDialog.getSaveFileName = original  # type: ignore[method-assign]
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert rows[1][1] == "Bez województwa" and "wielkopolska" in rows[1][-1]

    wizard.next()  # Importuj: the commit page
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.done, timeout=30000)
    assert page.result.text() == ("Zaimportowano 2 sprawy z pliku rejestr.xlsx; już w bazie "
                                  "(pominięte): 0; odrzucone: 1.")  # fmt: skip
    assert page.bar.value() == page.bar.maximum()
    assert cases(session) == before + 2


def test_anuluj_during_the_import_writes_nothing(session, tmp_path, qtbot, monkeypatch):
    rows = [[n, f"Instytucja {n}", "MOPS", "Łódź", "łódzkie", f"CJ-{n:03d}/2021",
             date(2021, 3, 1)] for n in range(1, 401)]  # fmt: skip
    path = tmp_path / "duzy.xlsx"
    path.write_bytes(xlsx(HEADER, rows))
    wizard = RegisterImportWizard(session)
    qtbot.addWidget(wizard)
    before = cases(session)
    walk_to_the_check(wizard, path, qtbot)
    real = register_records._case_of

    def slow_then_cancel(sink, imported, *args):
        if imported.row == 150:
            wizard.import_page.relay.stop.set()  # as Anuluj does, while the rows are written
        return real(sink, imported, *args)

    monkeypatch.setattr(register_records, "_case_of", slow_then_cancel)
    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.done, timeout=30000)
    assert page.result.text() == "Import przerwano — nic nie zapisano."
    assert cases(session) == before
