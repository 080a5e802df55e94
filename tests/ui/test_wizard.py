"""The application-form wizard, driven like a user would: Polish text typed key by key,
choices picked, boxes ticked, page by page; then filed and found intact in the database."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QWidget, QWizard

from calcert_desktop.services.applications import drafts
from calcert_desktop.services.views import case_file
from calcert_desktop.ui.wizard.wizard import ApplicationWizard

EXAMPLE = Path(__file__).resolve().parents[2] / "forms" / "examples" / "declaration-example.json"


def type_text(widget: QWidget, text: str) -> None:
    """Send key events carrying the text (qtbot.keyClicks aborts on Polish letters)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def fill_row(page, path: str, value) -> None:
    row = next(r for r in page.rows if r.spec.path == path)
    widget = row.widget
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(widget.findData(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate.fromString(value, "yyyy-MM-dd"))
    else:
        assert isinstance(widget, QLineEdit)
        type_text(widget, value)


def value_at(data: dict, path: str):
    node = data
    for key in path.split("."):
        node = node.get(key) if isinstance(node, dict) else None
    return node


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def fill_wizard(wizard: ApplicationWizard, data: dict, qtbot, attachment: Path) -> None:
    """Walk every page, typing ``data`` in."""
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    for page_index, page_id in enumerate(
        ("institution", "people", "eligibility", "standards", "model_of_work", "attachments")
    ):
        page = wizard.currentPage()
        assert page.page_id == page_id, (page_index, page.page_id)
        if page_id in ("institution", "people"):
            assert not next_button.isEnabled(), "an empty page must not let the user go on"
            for row in list(page.rows):
                value = value_at(data, row.spec.path)
                if value:
                    fill_row(page, row.spec.path, value)
        elif page_id == "eligibility":
            for code, box in page.boxes.items():
                box.setChecked(bool(data["eligibility"][code]))
        elif page_id == "standards":
            for code, entry in data["standards"].items():
                page.declared[code].setChecked(entry["declared"])
                page.descriptions[code].setPlainText(entry.get("description", ""))
                page.evidence[code].setPlainText("\n".join(entry.get("evidence", [])))
        elif page_id == "model_of_work":
            for code, box in page.fields.items():
                box.setChecked(code in data["model_of_work"]["fields"])
            page.description.setPlainText(data["model_of_work"]["description"])
        elif page_id == "attachments":
            page.kind.setCurrentIndex(page.kind.findData("signed_form"))
            with qtbot.waitSignal(page.checked) as checked:
                page.add_file(attachment)
            assert checked.args == [1]
        qtbot.waitUntil(next_button.isEnabled, timeout=2000)
        wizard.next()
    assert wizard.currentPage().page_id == "summary"


def test_fill_the_wizard_end_to_end_and_file(session, qtbot, tmp_path):
    data = example()
    scan = tmp_path / "zgłoszenie podpisane.pdf"
    scan.write_bytes(b"%PDF-1.4 skan")
    wizard = ApplicationWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_wizard(wizard, data, qtbot, scan)
    summary = wizard.currentPage()
    fill_row(summary, "signature.place", data["signature"]["place"])
    fill_row(summary, "signature.date", data["signature"]["date"])
    summary.received.setDate(QDate(2025, 3, 20))
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(finish.isEnabled, timeout=2000)
    with qtbot.waitSignal(wizard.filed, timeout=5000) as filed:
        finish.click()
    reference = filed.args[0]
    assert reference.startswith("CAL/2025/")
    stored = case_file.load(session.ctx, session.actor, reference).to_json()
    assert stored["state"] == "filed" and stored["received_on"] == "2025-03-20"
    declaration = stored["declaration"]
    expected = copy.deepcopy(data)
    for key in ("institution", "submitter", "head", "eligibility", "standards", "signature"):
        assert declaration[key] == expected[key], key
    assert declaration["model_of_work"]["fields"] == sorted(
        expected["model_of_work"]["fields"],
        key=[c.code for c in wizard.form.fields_of_activity].index,
    )
    assert declaration["model_of_work"]["description"] == expected["model_of_work"]["description"]
    [attached] = declaration["attachments"]
    assert attached["file_name"] == "zgłoszenie podpisane.pdf" and attached["size_bytes"] == 13


def test_every_change_is_saved_as_a_draft(session, qtbot):
    wizard = ApplicationWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.currentPage()
    fill_row(page, "institution.name", "Gminny Ośrodek Pomocy Społecznej w Żółkiewce")
    with qtbot.waitSignal(wizard.saved, timeout=10000):
        pass
    session.worker.wait()
    info, data = drafts.load_draft(session.ctx, session.actor, wizard.reference)
    assert data["institution"]["name"] == "Gminny Ośrodek Pomocy Społecznej w Żółkiewce"
    fill_row(page, "institution.address.postal_code", "22-1")
    postal = next(r for r in page.rows if r.spec.path.endswith("postal_code"))
    postal.widget.clearFocus()  # the error shows once the field is left, not while typing
    page.refresh_errors()
    assert "Kod pocztowy" in postal.error.text() and postal.error.isVisible()
    wizard.reject()  # closing keeps what was typed
    _, data = drafts.load_draft(session.ctx, session.actor, info.reference)
    assert data["institution"]["address"]["postal_code"] == "22-1"
    listed = drafts.list_applications(session.ctx, session.actor)
    assert [d.reference for d in listed] == [info.reference]
