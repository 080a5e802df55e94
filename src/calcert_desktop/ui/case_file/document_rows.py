"""The table of a case's generated documents: its columns, the tooltips of the columns that
may be narrowed, and the fitting of the columns to the rows shown (documents_tab.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt

from calcert_desktop.ui.case_file.common import DASH, RowsModel, tooltip
from calcert_desktop.ui.list_model import Index
from calcert_desktop.ui.widgets.column_fit import ColumnFitter


def local_time(at: datetime) -> str:
    """A stored UTC moment as the user's local date and time (dd.mm.rrrr gg:mm)."""
    return at.replace(tzinfo=UTC).astimezone().strftime("%d.%m.%Y %H:%M")


WHO_COLUMN, DOCUMENT_COLUMN = 1, 2
FILE_COLUMN = 5  # the stored file's name
SIGNATURE_COLUMN = 6  # who signed it electronically, and when
# Narrowed (their whole text in the tooltip) when the window is too narrow for every column
# and a readable file name (a laptop at 150%).
SHRINKABLE = (SIGNATURE_COLUMN, DOCUMENT_COLUMN, WHO_COLUMN)


class RowsFitter(ColumnFitter):
    """Fits the columns to the rows shown (a case has a handful: each is measured)."""

    def fit_rows(self, samples: dict[int, list[str]]) -> None:
        """Fit the columns to ``samples`` (per column but the stretched one, its texts)."""
        self._samples = dict(samples)
        self.fit()


class DocumentRows(RowsModel):
    """The generated documents; the cells of a column that may be narrowed show their whole
    text as a tooltip."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            text: str = self.item(index.row())[index.column()]
            if index.column() in (*SHRINKABLE, FILE_COLUMN) and text != DASH:
                return tooltip(text)
        return super().data(index, role)
