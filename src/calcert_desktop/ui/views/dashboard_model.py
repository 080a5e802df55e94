"""The dashboard's table model: only the sorted ids, rows fetched by the page on demand.

With 100,000 cases the model holds the ids (filtered and sorted in SQL by the service) and
a few pages of rows: when the view asks ``data()`` for a row not in the cache, the page
around it (``PAGE_SIZE`` rows) is fetched in one indexed query, and the least recently used
page is dropped beyond ``MAX_PAGES`` (Anki's browser works the same way). Memory therefore
does not grow however far the user scrolls.

After a keystroke the model first holds only the head of the list (``set_ids(head,
complete=False)``, shown at once); :meth:`DashboardModel.extend_to` then brings in the
whole list when it is known, as rows inserted after the head: the selection, the scroll
position and the fetched rows stay.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QWidget

from calcert_desktop.ui.case_file.common import tooltip
from calcert_desktop.ui.widgets.overdue import overdue_colour

if TYPE_CHECKING:
    from calcert_desktop.services.views.dashboard import CaseKey, DashboardRow

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
PAGE_SIZE = 200
MAX_PAGES = 8
Fetch = Callable[[Sequence[str]], "dict[CaseKey, DashboardRow]"]

# Column order; the service's SortColumn values, so a header click names its sort.
COLUMNS = (
    "reference",
    "institution",
    "town",
    "state",
    "days_in_state",
    "next_deadline",
    "rapporteur",
)


class DashboardModel(QAbstractTableModel):
    """Cases by id; rows come from ``fetch`` (the service) a page at a time."""

    def __init__(self, fetch: Fetch | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[CaseKey] = []
        self._complete = True
        self._pages: OrderedDict[int, dict[CaseKey, DashboardRow]] = OrderedDict()
        self._headers = [
            self.tr("Numer sprawy"),
            self.tr("Instytucja"),
            self.tr("Miejscowość"),
            self.tr("Stan"),
            self.tr("Dni w stanie"),
            self.tr("Najbliższy termin"),
            self.tr("Sprawozdawca"),
        ]

    def set_fetch(self, fetch: Fetch) -> None:
        """Where rows come from (the open database)."""
        self._fetch = fetch
        self.clear_cache()

    def set_ids(self, ids: list[CaseKey], complete: bool = True) -> None:
        """Show these cases, in this order (rows are fetched when first shown);
        ``complete=False``: only the head of the list, the rest to come by
        :meth:`extend_to`."""
        self.beginResetModel()
        self._ids = ids
        self._complete = complete
        self._pages.clear()
        self.endResetModel()

    def is_complete(self) -> bool:
        """False while the model holds only the head of the list."""
        return self._complete

    def extend_to(self, ids: list[CaseKey]) -> bool:
        """Show the whole list ``ids``. If it begins with the cases shown now, the rest is
        appended as inserted rows (selection, scroll position and fetched rows stay) and
        True is returned; otherwise (the cases changed meanwhile) the model is reset."""
        shown = len(self._ids)
        if len(ids) < shown or ids[:shown] != self._ids:
            self.set_ids(ids)
            return False
        # A page cut short by the end of the head would lack the rows now after it.
        self._pages.pop(shown // PAGE_SIZE, None)
        if len(ids) > shown:
            self.beginInsertRows(NO_PARENT, shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        else:
            self._ids = ids
        self._complete = True
        return True

    def clear_cache(self) -> None:
        """Forget fetched rows (after the cases changed); the visible ones are fetched anew."""
        self._pages.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def case_id(self, row: int) -> CaseKey:
        """The id of the case on ``row``."""
        return self._ids[row]

    def row_of(self, case_id: CaseKey) -> int | None:
        """The row showing ``case_id``, if it is in the list (so far)."""
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def case_row(self, row: int) -> DashboardRow | None:
        """The case on ``row`` (fetched with its page if need be)."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    def cached_rows(self) -> int:
        """How many rows the cache holds now (bounded by PAGE_SIZE * MAX_PAGES)."""
        return sum(len(page) for page in self._pages.values())

    def _load(self, number: int) -> dict[CaseKey, DashboardRow]:
        ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        page = self._fetch(ids) if self._fetch is not None else {}
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None  # the view asks many roles per cell: no page fetch for those
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == "days_in_state":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self.case_row(index.row())
        if row is None:
            return None
        overdue = column == "next_deadline" and row.deadline_passed
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(overdue_colour()) if overdue else None
        if role == Qt.ItemDataRole.FontRole:
            if not overdue:
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return self.tr("Termin minął")
            # Long names, towns and state labels may be cut off by the column's width.
            text = {"institution": row.institution, "town": row.town,
                    "state": row.state_label, "rapporteur": row.rapporteur}.get(column)
            return tooltip(text) if text else None  # fmt: skip
        return self._text(row, column)

    def _text(self, row: DashboardRow, column: str) -> str:
        if column == "reference":
            return row.reference
        if column == "institution":
            return row.institution or self.tr("(bez nazwy)")
        if column == "town":
            return row.town
        if column == "state":
            return row.state_label
        if column == "days_in_state":
            return "" if row.days_in_state is None else str(row.days_in_state)
        if column == "next_deadline":
            if row.next_deadline is None:
                return ""
            text = row.next_deadline.strftime("%d.%m.%Y")
            # Marked in words too, not by colour alone.
            return self.tr("{0} – minął").format(text) if row.deadline_passed else text
        return row.rapporteur or ""
