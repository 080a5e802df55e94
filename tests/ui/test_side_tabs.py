"""The settings' pages in a list on the left (ui/widgets/side_tabs.py): titles without the
mnemonic's "&", the page opened by its letter, hidden pages skipped, QTabWidget's signal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QLabel

from calcert_desktop.ui.widgets.side_tabs import SideTabs, mnemonic_of

TITLES = ("&Ogólne", "Proces", "&Kopia zapasowa", "&Instalacje", "Dane osobow&e")


@pytest.fixture
def tabs(qtbot) -> SideTabs:
    widget = SideTabs()
    qtbot.addWidget(widget)
    for title in TITLES:
        widget.addTab(QLabel(title), title)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_titles_show_without_the_ampersand_and_keep_it_for_callers(tabs):
    assert [tabs.list.item(i).text() for i in range(tabs.count())] == [
        "Ogólne", "Proces", "Kopia zapasowa", "Instalacje", "Dane osobowe"]  # fmt: skip
    assert tabs.tabText(2) == "&Kopia zapasowa"
    assert [mnemonic_of(t) for t in TITLES] == ["o", None, "k", "i", "e"]
    assert mnemonic_of("A && B") is None and mnemonic_of("R&&D &x") == "x"
    # The list is as wide as the longest title: nothing of it is cut.
    metrics = tabs.list.fontMetrics()
    assert tabs.list.width() > metrics.horizontalAdvance("Kopia zapasowa")


def test_choosing_a_page_shows_it_and_says_so_once(tabs, qtbot):
    with qtbot.waitSignal(tabs.currentChanged) as changed:
        tabs.list.setCurrentRow(2)
    assert changed.args == [2] and tabs.currentWidget().text() == "&Kopia zapasowa"
    page = tabs.widget(4)
    tabs.setCurrentWidget(page)
    assert tabs.currentIndex() == 4 and tabs.list.currentRow() == 4


def test_the_mnemonic_and_ctrl_tab_open_pages_skipping_hidden_ones(tabs, qtbot):
    tabs.setTabVisible(tabs.indexOf(tabs.widget(3)), False)  # Instalacje: administrators only
    assert not tabs.isTabVisible(3) and tabs.list.item(3).isHidden()
    tabs.list.setFocus()
    tabs.setCurrentIndex(2)
    qtbot.keyClick(tabs.list, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 4  # the hidden page is stepped over
    letter = [s for s in tabs.findChildren(QShortcut) if s.key().toString() == "Alt+K"]
    assert len(letter) == 1
    letter[0].activated.emit()  # Alt+K (the offscreen platform delivers no Alt shortcuts)
    assert tabs.currentIndex() == 2


def test_hiding_the_shown_page_moves_to_the_next_visible(tabs):
    tabs.setCurrentIndex(3)
    tabs.setTabVisible(3, False)
    assert tabs.currentIndex() == 4
