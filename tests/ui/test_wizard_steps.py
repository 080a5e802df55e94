"""The wizard's layout and review: a step indicator on every page, fields as wide as their
content, error lines that never move the fields, labelled report and evidence boxes,
evidence picked from the attachments, a summary of everything with a way back to each
step, a question when the signing date is long before the receipt, attachment sizes."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from calcert_desktop.domain import signing_dates
from calcert_desktop.ui.widgets import go_on
from calcert_desktop.ui.wizard.attachments import size_text
from calcert_desktop.ui.wizard.wizard import ApplicationWizard

EXAMPLE = Path(__file__).resolve().parents[2] / "forms" / "examples" / "declaration-example.json"
ATTACHED = [
    {"kind": "signed_form", "file_name": "zgłoszenie podpisane.pdf", "size_bytes": 1_234_567,
     "sha256": "0" * 64},
    {"kind": "report", "file_name": "raport 2024.pdf", "size_bytes": 348_160, "sha256": "1" * 64},
]  # fmt: skip


def example() -> dict:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["attachments"] = [dict(item) for item in ATTACHED]
    return data


def page_of(wizard: ApplicationWizard, page_id: str):
    return next(wizard.page(i) for i in wizard.pageIds() if wizard.page(i).page_id == page_id)


def row_of(page, path: str):
    return next(r for r in page.rows if r.spec.path == path)


def send_text(widget, text: str) -> None:
    """Key events carrying the text to ``widget`` (Polish letters included)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def wizard(session, qtbot) -> ApplicationWizard:
    shown = ApplicationWizard(session)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.flush()


@pytest.fixture
def filled(session, qtbot) -> ApplicationWizard:
    shown = ApplicationWizard(session, data=example())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.flush()


def test_every_page_says_which_step_of_how_many(wizard):
    titles = [wizard.page(i).title() for i in wizard.pageIds()]
    assert titles[0] == "Krok 1 z 7: Dane instytucji"
    assert titles[3] == "Krok 4 z 7: Standardy i raport z ich realizacji"
    assert [t.split(":")[0] for t in titles] == [f"Krok {n} z 7" for n in range(1, 8)]


def test_fields_are_as_wide_as_their_content(wizard, qtbot):
    wizard.resize(1366, 768)  # the tester's laptop
    qtbot.waitUntil(lambda: wizard.currentPage().width() > 1200)
    page = wizard.currentPage()
    width = {row.spec.path: row.widget.width() for row in page.rows}
    postal, name = width["institution.address.postal_code"], width["institution.name"]
    digits = row_of(page, "institution.nip").widget.fontMetrics().horizontalAdvance("00-000")
    assert digits < postal < 3 * digits, "a postal code field holds a postal code"
    for path in ("institution.nip", "institution.regon", "institution.phone"):
        assert width[path] < name / 2, path
    assert 300 < name < 700, "a name is wide, but not the whole window"
    summary = page_of(wizard, "summary")
    assert row_of(summary, "signature.date").widget.width() < name / 2


def test_an_error_waits_for_leaving_the_field_and_moves_nothing(wizard, qtbot):
    page = wizard.currentPage()
    postal = row_of(page, "institution.address.postal_code")
    town = row_of(page, "institution.address.town").widget
    before = town.mapTo(page, town.rect().topLeft())
    postal.widget.setFocus()
    qtbot.waitUntil(postal.widget.hasFocus)
    send_text(postal.widget, "22-1")
    assert wizard.data["institution"]["address"]["postal_code"] == "22-1"
    assert postal.error.text() == "", "no error under the cursor while typing"
    qtbot.keyClick(postal.widget, Qt.Key.Key_Tab)
    assert "Kod pocztowy" in postal.error.text()
    assert town.mapTo(page, town.rect().topLeft()) == before, "the error line was reserved"
    postal.widget.setFocus()
    qtbot.waitUntil(postal.widget.hasFocus)
    send_text(postal.widget, "0")  # 22-10: not yet right, the old message stays
    assert "Kod pocztowy" in postal.error.text()
    send_text(postal.widget, "0")  # 22-100: fixed, the message goes at once
    assert postal.error.text() == ""
    assert town.mapTo(page, town.rect().topLeft()) == before


def test_report_and_evidence_boxes_have_real_labels(wizard):
    page = page_of(wizard, "standards")
    buddies = {label.buddy(): label.text() for label in page.findChildren(QLabel) if label.buddy()}
    for code in page.descriptions:
        assert "Raport" in buddies[page.descriptions[code]]
        assert "Dowody" in buddies[page.evidence[code]]
        assert page.descriptions[code].accessibleName().startswith("Raport")


def test_evidence_is_picked_from_the_attachments_and_free_text_stays(filled, qtbot):
    page = page_of(filled, "standards")
    code = next(iter(page.evidence))
    page.evidence[code].setPlainText("uchwała rady gminy")
    menu = page.pickers[code].menu()
    menu.aboutToShow.emit()
    names = [action.text() for action in menu.actions()]
    assert names == ["zgłoszenie podpisane.pdf", "raport 2024.pdf"]
    menu.actions()[1].trigger()
    menu.actions()[1].trigger()  # twice: still one line
    assert filled.data["standards"][code]["evidence"] == ["uchwała rady gminy", "raport 2024.pdf"]
    filled.data["attachments"] = []
    menu.aboutToShow.emit()
    [none] = menu.actions()
    assert not none.isEnabled() and "Nie dodano jeszcze załączników" in none.text()


def go_to_summary(wizard: ApplicationWizard, qtbot) -> None:
    while wizard.currentPage().page_id != "summary":
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, wizard.currentPage().page_id


def test_summary_lists_everything_by_step_and_goes_back(filled, qtbot):
    go_to_summary(filled, qtbot)
    summary = filled.currentPage()
    texts = {page_id: "\n".join(label.text() for label in group.findChildren(QLabel))
             for page_id, group in summary.groups.items()}  # fmt: skip
    assert list(texts) == ["institution", "people", "eligibility", "standards",
                           "model_of_work", "attachments"]  # fmt: skip
    assert "Gminny Ośrodek Pomocy Społecznej w Łącku" in texts["institution"]
    assert "małopolskie" in texts["institution"] and "33-390" in texts["institution"]
    assert "Katarzyna Wójcik-Żmuda" in texts["people"]
    assert "zadeklarowany" in texts["standards"] and "Dowody:" in texts["standards"]
    assert "zgłoszenie podpisane.pdf (1,2 MB)" in texts["attachments"]
    assert "raport 2024.pdf (340 kB)" in texts["attachments"]
    assert summary.groups["people"].title() == "Krok 2: Osoba zgłaszająca i kierownik instytucji"
    summary.back_buttons["standards"].click()
    assert filled.currentPage().page_id == "standards"
    go_to_summary(filled, qtbot)
    filled.currentPage().back_buttons["institution"].click()
    assert filled.currentPage().page_id == "institution"


def test_a_signing_date_long_before_receipt_is_asked_about(filled, qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(go_on, "ask_to_go_on", lambda _p, _t, text, _g: asked.append(text) or False)
    filed: list[date] = []
    monkeypatch.setattr(filled, "file_application", lambda received, **_: filed.append(received))
    go_to_summary(filled, qtbot)
    summary = filled.currentPage()
    signed = date.fromisoformat(filled.data["signature"]["date"])
    summary.received.setDate(QDate(signed + timedelta(days=45)))
    assert "45 dni" in summary.date_note.text()
    assert summary.isComplete(), "a question, not an error"
    assert summary.validatePage() is False and filed == []  # Anuluj: nothing filed
    assert len(asked) == 1 and "45 dni przed datą wpływu" in asked[0]
    monkeypatch.setattr(go_on, "ask_to_go_on", lambda *_: asked.append("tak") or True)
    summary.validatePage()
    assert filed == [signed + timedelta(days=45)]
    summary.received.setDate(QDate(signed + timedelta(days=30)))  # a month: no question
    assert summary.date_note.text() == ""
    summary.validatePage()
    assert len(asked) == 2 and len(filed) == 2
    summary.received.setDate(QDate(signed - timedelta(days=1)))  # received before signing
    assert "wcześniejsza niż data podpisania" in summary.date_note.text()
    assert not summary.isComplete()
    assert not filled.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_the_rule_counts_days():
    signed = date(2025, 3, 14)
    assert not signing_dates.signed_long_before_receipt(signed, date(2025, 4, 13))  # 30 days
    assert signing_dates.signed_long_before_receipt(signed, date(2025, 4, 14))  # 31 days
    assert signing_dates.signed_after_receipt(signed, date(2025, 3, 13))
    assert signing_dates.parse_signed("2025-03-14") == signed
    assert signing_dates.parse_signed("2025-3-1") is None
    assert signing_dates.parse_signed(None) is None


def test_sizes_are_written_the_polish_way(filled):
    assert [size_text(n) for n in (900, 348_160, 1_234_567, 25 * 2**20)] == [
        "900 B", "340 kB", "1,2 MB", "25,0 MB"]  # fmt: skip
    assert size_text(None) == ""
    page = page_of(filled, "attachments")
    assert [page.table.item(r, 2).text() for r in range(2)] == ["1,2 MB", "340 kB"]
