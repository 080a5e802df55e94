"""The whole wizard without a mouse: Tab between inputs, typing, Space on boxes and buttons,
Enter for the default button, from the first page to filing on the summary. (Alt+letter
mnemonics do not fire on the offscreen platform, so they are not pressed here.)"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QWidget,
    QWizard,
)
from test_wizard_steps import send_text

from calcert_desktop.services.views import case_file
from calcert_desktop.ui.wizard.wizard import ApplicationWizard

EXAMPLE = Path(__file__).resolve().parents[2] / "forms" / "examples" / "declaration-example.json"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is somewhere"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """A key through the window, as the system delivers it (so Alt+letter finds buttons)."""
    window = focused().window().windowHandle()
    qtbot.keyClick(window, key, modifier)


def tab_to(qtbot, target: QWidget, limit: int = 60) -> None:
    """Press Tab until ``target`` has the focus (as a person would)."""
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target}")


def value_at(data: dict, path: str):
    node = data
    for key in path.split("."):
        node = node.get(key) if isinstance(node, dict) else None
    return node


def type_row(qtbot, form, row, value) -> None:
    """Fill one field from the keyboard: text typed, a choice found by typing its start."""
    tab_to(qtbot, row.widget)
    if isinstance(row.widget, QComboBox):
        label = dict((c.code, c.label) for c in form.choices(row.spec.choices))[value]
        send_text(row.widget, label[:6])
        assert row.widget.currentData() == value, (row.spec.path, row.widget.currentText())
    else:
        send_text(row.widget, str(value))


def test_the_whole_wizard_from_the_keyboard(session, qtbot, tmp_path, monkeypatch):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    scan = tmp_path / "zgłoszenie podpisane.pdf"
    scan.write_bytes(b"%PDF-1.4 skan")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(scan)], ""))
    wizard = ApplicationWizard(session)
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):  # mnemonics and focus need the active window
        wizard.show()
        wizard.activateWindow()

    def next_page(expected: str) -> None:
        page = wizard.currentPage()
        qtbot.waitUntil(page.isComplete, timeout=2000)
        if isinstance(focused(), QLineEdit):
            press(qtbot, Qt.Key.Key_Return)  # Enter in a line: the default button, Dalej
        else:  # Enter in a text box is a new line: Tab to Dalej, Space
            tab_to(qtbot, wizard.button(QWizard.WizardButton.NextButton))
            press(qtbot, Qt.Key.Key_Space)
        assert wizard.currentPage().page_id == expected
        assert wizard.currentPage().title().startswith("Krok ")

    for page_id, following in (("institution", "people"), ("people", "eligibility")):
        page = wizard.currentPage()
        assert page.page_id == page_id
        for row in page.rows:
            value = value_at(data, row.spec.path)
            if value:
                type_row(qtbot, wizard.form, row, value)
        next_page(following)

    page = wizard.currentPage()
    for box in page.boxes.values():
        tab_to(qtbot, box)
        press(qtbot, Qt.Key.Key_Space)
        assert box.isChecked()
    next_page("standards")

    page = wizard.currentPage()
    for code in page.declared:
        tab_to(qtbot, page.declared[code])
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is page.descriptions[code]
        send_text(focused(), f"Opis realizacji standardu {code}: spotkania z mieszkańcami.")
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is page.evidence[code]
        send_text(focused(), "statut.pdf")
    assert all(entry["declared"] for entry in wizard.data["standards"].values())
    next_page("model_of_work")

    page = wizard.currentPage()
    first = next(iter(page.fields.values()))
    tab_to(qtbot, first)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, page.description)
    send_text(page.description, "Model pracy środowiskowej: diagnoza, animacja, ewaluacja.")
    next_page("attachments")

    page = wizard.currentPage()
    tab_to(qtbot, page.kind)
    assert page.kind.currentData() == "signed_form"
    with qtbot.waitSignal(page.checked, timeout=5000) as checked:
        tab_to(qtbot, page.add_button)
        press(qtbot, Qt.Key.Key_Space)
    assert checked.args == [1]
    next_page("summary")

    summary = wizard.currentPage()
    place = next(row for row in summary.rows if row.spec.path == "signature.place")
    tab_to(qtbot, place.widget)
    send_text(place.widget, "Łącko")
    assert "Krok 1: Dane instytucji" in [group.title() for group in summary.groups.values()]
    qtbot.waitUntil(summary.isComplete, timeout=2000)
    with qtbot.waitSignal(wizard.filed, timeout=10000) as filed:
        press(qtbot, Qt.Key.Key_Return)  # in the place's line: the default button, Złóż
    stored = case_file.load(session.ctx, session.actor, filed.args[0]).to_json()
    declaration = stored["declaration"]
    assert declaration["institution"] == data["institution"]
    assert declaration["head"] == data["head"]
    assert declaration["signature"]["place"] == "Łącko"
    assert declaration["attachments"][0]["file_name"] == "zgłoszenie podpisane.pdf"
    assert isinstance(first, QCheckBox) and declaration["model_of_work"]["fields"]
