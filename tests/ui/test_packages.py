"""Packages in the window (issue 19, point 6): the office hands a case to a laptop from a
dialog, then reads the laptop's returned work: the dry run's list shows the conflict with
both versions, "Wczytaj" waits until it is resolved, and the import keeps what was chosen."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from worker_support import settle

from calcert_desktop.ui.packages import ExportDialog, ImportDialog
from cli_support import Cli
from exchange_support import name_office, new_laptop, pair, person_on, under_review


def test_a_case_goes_to_a_laptop_and_its_work_comes_back_through_the_dialogs(
    qtbot, session, declaration_file, tmp_path: Path, capsys
):
    office = Cli(session.ctx.paths.root, capsys)
    name_office(office)
    reference = under_review(office, declaration_file)
    laptop = new_laptop(tmp_path / "laptop", capsys, "Laptop Tomasza")
    pair(office, laptop)

    dialog = ExportDialog(session, [reference])
    qtbot.addWidget(dialog)
    settle(qtbot, session)
    assert dialog.recipient.currentText() == "Laptop Tomasza"
    assert dialog.person.currentData() == "czlonek1"
    target = tmp_path / "ocena.calpack"
    dialog.target.setText(str(target))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot, session)
    assert dialog.result() == dialog.DialogCode.Accepted and target.exists()
    assert "Laptop Tomasza" in dialog.message

    laptop.ok("import", str(target), user="admin")
    person_on(laptop, "czlonek1")
    for standard, rating in (("S1", "meets"), ("S2", "not")):
        comment = [] if rating == "meets" else ["--comment", "Na laptopie."]
        laptop.ok("act", reference, "assess", "--standard", standard, "--rating", rating,
                  *comment, "--date", "2024-02-12", user="czlonek1")  # fmt: skip
    back = tmp_path / "zwrot.calpack"
    laptop.ok("export", "--to", "Biuro CAL", "-o", str(back), user="czlonek1")
    office.ok("act", reference, "assess", "--standard", "S2", "--rating", "partly",
              "--comment", "W biurze.", "--date", "2024-02-11", user="czlonek1")  # fmt: skip

    reading = ImportDialog(session, back)
    qtbot.addWidget(reading)
    settle(qtbot, session)
    rows = {reading.table.item(r, 2).text(): r for r in range(reading.table.rowCount())}
    conflict = rows["ocena standardu S2"]
    assert reading.table.item(conflict, 3).text() == "konflikt"
    assert "W biurze." in reading.table.item(conflict, 4).text()
    assert "Na laptopie." in reading.table.item(conflict, 5).text()
    assert not reading.apply_button.isEnabled() and "Rozstrzygnij" in reading.error.text()
    choice = reading.table.cellWidget(conflict, 6)
    choice.setCurrentIndex(choice.findData("office"))
    assert reading.apply_button.isEnabled()
    reading.apply_button.click()
    settle(qtbot, session)
    assert reading.result() == reading.DialogCode.Accepted
    shown = json.loads(office.ok("show", reference, "--json", user="biuro"))["assessments"]
    mine = {a["standard"]: a for a in shown if a["member"] == "czlonek1"}
    assert mine["S1"]["rating"] == "meets" and mine["S2"]["comment"] == "W biurze."

    again = ImportDialog(session, back)  # read once: nothing more to do
    qtbot.addWidget(again)
    settle(qtbot, session)
    assert "nic się nie zmieniło" in again.summary.text()
    assert not again.apply_button.isEnabled()
