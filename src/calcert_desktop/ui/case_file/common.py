"""What the case file's tabs share: Polish dates, plain labels, a small read-only table
model, and the "records on top, the selected one's texts below" layout."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.ui.list_model import Index, ListTableModel

DASH = "—"


def pl_date(value: str | date | None) -> str:
    """A date as dd.mm.rrrr (a dash when there is none); accepts ISO text or a date."""
    if not value:
        return DASH
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value.strftime("%d.%m.%Y")


def tooltip(text: str) -> str:
    """A tooltip that shows user text literally (Qt guesses rich text otherwise) and wraps."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that never reads its text as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def read_only_text(accessible: str) -> QPlainTextEdit:
    """A read-only plain text area (user text stays text)."""
    text = QPlainTextEdit()
    text.setReadOnly(True)
    text.setAccessibleName(accessible)
    text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    return text


def table_view(model: QAbstractTableModel, accessible: str) -> QTableView:
    """A read-only, row-selecting table with the house settings."""
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.setAccessibleName(accessible)
    return view


def show_rows(
    model: RowsModel,
    table: QTableView,
    empty: QWidget,
    rows: Sequence[Sequence[str]],
    stretch_column: int,
) -> None:
    """Fill a short table, or show its "nothing here" sentence instead; columns sized to
    their contents with one stretched, the first row selected."""
    model.set_rows(rows)
    empty.setVisible(not rows)
    table.setVisible(bool(rows))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    if rows:
        table.selectRow(0)


class RowsModel(ListTableModel):
    """A short list of rows of text (a case has a handful of visits, decisions...)."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_headers(headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text: str = self.item(index.row())[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text.replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole and len(text) > 40:
            return tooltip(text)
        return None


class RecordsPane(QWidget):
    """Records in a table, the selected record's long texts below; a Polish sentence when
    there are none."""

    def __init__(
        self, headers: Sequence[str], empty: str, accessible: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = RowsModel(headers, self)
        self.table = table_view(self.model, accessible)
        self.detail = read_only_text(accessible)
        self.empty = plain_label(empty)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._details: list[str] = []
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

    def show_records(self, rows: Sequence[Sequence[str]], details: Sequence[str]) -> None:
        """Show ``rows`` (one per record) and, per record, the text for the detail area."""
        self._details = list(details)
        self.model.set_rows(rows)
        self.stack.setCurrentIndex(1 if rows else 0)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.detail.setPlainText("")
        if rows:
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))
            self._show_detail(self.model.index(0, 0))

    def _show_detail(self, current: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self._details):
            self.detail.setPlainText(self._details[current.row()])

    @property
    def showing_empty(self) -> bool:
        """True when the pane says there is nothing to show."""
        return self.stack.currentIndex() == 0


def section(title: str, text: str) -> str:
    """A titled block of the detail text; empty when there is no text."""
    return f"{title}\n{text.strip()}\n" if text and text.strip() else ""
