"""The wizard without a mouse: every input has an accessible name and a label buddy, Tab
walks the inputs in the order of the layout, buttons carry mnemonics."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizard,
)

from calcert_desktop.ui.main_window import MainWindow
from calcert_desktop.ui.wizard.wizard import ApplicationWizard

INPUTS = (QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QCheckBox)


def inputs_of(page: QWidget) -> list[QWidget]:
    found = []
    for widget in page.findChildren(QWidget):
        if isinstance(widget, INPUTS) and not isinstance(widget.parent(), QDateEdit | QComboBox):
            found.append(widget)
    return found


def test_every_input_is_named_and_labelled(session, qtbot):
    wizard = ApplicationWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
        for widget in inputs_of(page):
            if isinstance(widget, QCheckBox):
                assert widget.text(), (page.page_id, widget)
                continue
            assert widget.accessibleName(), (page.page_id, type(widget).__name__)
            in_table = page.page_id in ("standards",)  # described by their group's title
            assert widget in buddies or in_table, (page.page_id, widget.accessibleName())
    wizard.flush()


def test_tab_walks_the_institution_page_in_layout_order(session, qtbot):
    wizard = ApplicationWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.currentPage()
    expected = [row.widget for row in page.rows]
    first = expected[0]
    first.setFocus()
    visited = [first]
    widget = first
    for _ in range(len(expected) - 1):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & widget.focusPolicy().TabFocus) or widget not in expected:
            widget = widget.nextInFocusChain()
        visited.append(widget)
    assert visited == expected
    wizard.flush()


def test_buttons_have_mnemonics(session, qtbot):
    wizard = ApplicationWizard(session)
    qtbot.addWidget(wizard)
    kinds = QWizard.WizardButton
    for button in (kinds.NextButton, kinds.BackButton, kinds.CancelButton, kinds.FinishButton):
        assert "&" in wizard.buttonText(button)
    window = MainWindow(session)
    qtbot.addWidget(window)
    for button in window.applications.findChildren(QAbstractButton):
        if button.text():  # the table's unlabelled corner button has nothing to underline
            assert "&" in button.text(), button.text()
    for action in window.menuBar().actions():
        assert "&" in action.text()
    wizard.flush()
