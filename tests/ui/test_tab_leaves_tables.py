"""Tab leaves every list and table of the main window and the case file (arrows move inside
them): with Qt's default, Tab walked from cell to cell and wrapped, so a keyboard user on the
case file's Historia tab never reached the action buttons (found by the keyboard walk)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QTableView

from calcert_desktop.domain.forms import forms_dir
from calcert_desktop.services.applications import declare
from calcert_desktop.ui.main_window import MainWindow

EXAMPLE = forms_dir() / "examples" / "declaration-example.json"


def trapping(widget) -> list[str]:
    return [table.accessibleName() or type(table.parent()).__name__
            for table in widget.findChildren(QTableView)
            if table.tabKeyNavigation()
            and table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers]  # fmt: skip


def test_no_read_only_table_keeps_the_tab_key(session, qtbot):
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    filed = declare.declare(session.ctx, session.actor, data, source_dir=EXAMPLE.parent)
    reference = filed.reference
    window = MainWindow(session)
    qtbot.addWidget(window)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)  # views make some tables when first shown
    assert len(window.findChildren(QTableView)) >= 5
    assert trapping(window) == []
    case_file = window.case_windows.open(session, reference)
    qtbot.waitUntil(lambda: case_file.tabs.isEnabled(), timeout=10000)
    assert len(case_file.findChildren(QTableView)) >= 4
    assert trapping(case_file) == []
    case_file.close()
