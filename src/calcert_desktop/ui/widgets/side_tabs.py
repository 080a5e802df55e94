"""Pages chosen from a list on the left: the settings' nine pages, whose tabs in a row
needed some 1,080 pixels and scrolled behind arrows on a 1366x768 laptop at 150% (911 wide).

The part of QTabWidget's interface the settings use (``addTab``, ``setTabVisible``,
``tabText``, ``currentChanged``…), so the page owners need not know the difference. A title's
mnemonic ("&Kopia zapasowa") is drawn without its "&" and Alt with its letter opens the page,
as a tab's would; Ctrl+Tab and Ctrl+Shift+Tab step through the visible pages."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

TITLE_ROLE = Qt.ItemDataRole.UserRole + 1  # the title as given, with its "&"


def mnemonic_of(title: str) -> str | None:
    """The letter after a single "&" in ``title``, or None."""
    plain = title.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


class SideTabs(QWidget):
    """A list of page titles on the left and the chosen page beside it."""

    currentChanged = Signal(int)  # QTabWidget's name, so page owners need not care

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Strony ustawień"))
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self._chosen)
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._step(step))

    # --- QTabWidget's interface ---------------------------------------------------------
    def addTab(self, page: QWidget, title: str) -> int:
        item = QListWidgetItem(title.replace("&&", "\0").replace("&", "").replace("\0", "&"))
        item.setData(TITLE_ROLE, title)
        self.list.addItem(item)
        index = self.stack.addWidget(page)
        letter = mnemonic_of(title)
        if letter is not None:
            shortcut = QShortcut(QKeySequence(f"Alt+{letter.upper()}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda page=page: self._open(page))
        self._fit_list()
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(index)
        return index

    def count(self) -> int:
        return self.stack.count()

    def widget(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def indexOf(self, page: QWidget) -> int:
        return self.stack.indexOf(page)

    def tabText(self, index: int) -> str:
        item = self.list.item(index)
        return "" if item is None else str(item.data(TITLE_ROLE))

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def currentWidget(self) -> QWidget | None:
        return self.stack.currentWidget()

    def setCurrentIndex(self, index: int) -> None:
        self.list.setCurrentRow(index)

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(page))

    def isTabVisible(self, index: int) -> bool:
        item = self.list.item(index)
        return item is not None and not item.isHidden()

    def setTabVisible(self, index: int, visible: bool) -> None:
        item = self.list.item(index)
        if item is None:
            return
        item.setHidden(not visible)
        if not visible and self.currentIndex() == index:
            self._step(1)

    # --- inside ---------------------------------------------------------------------------
    def _chosen(self, row: int) -> None:
        if 0 <= row != self.stack.currentIndex():
            self.stack.setCurrentIndex(row)
            self.currentChanged.emit(row)

    def _open(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if self.isTabVisible(index):
            self.setCurrentIndex(index)
            self.list.setFocus()

    def _step(self, step: int) -> None:
        count = self.count()
        index = self.currentIndex()
        for _ in range(count):
            index = (index + step) % count
            if self.isTabVisible(index):
                self.setCurrentIndex(index)
                return

    def _fit_list(self) -> None:
        """As wide as the longest title, no wider."""
        widest = max((self.list.fontMetrics().horizontalAdvance(self.list.item(i).text())
                      for i in range(self.list.count())), default=0)  # fmt: skip
        self.list.setFixedWidth(widest + 2 * self.list.frameWidth() + 24)
