"""Historia: the case's audit log, readable: local time, people's names, Polish actions,
records and field names, values as dates and words rather than raw JSON."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QVBoxLayout, QWidget

from calcert_desktop.domain.case_labels import (
    OPERATIONS,
    RECORDS,
    STATUS_LABELS,
    VALUE_LABELS,
    action_label,
    field_label,
    label,
)
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.views.case_file import PERSON_KEYS
from calcert_desktop.ui.case_file.common import (
    DASH,
    pl_date,
    plain_label,
    read_only_text,
    table_view,
    tooltip,
)
from calcert_desktop.ui.list_model import Index, ListTableModel

if TYPE_CHECKING:
    from calcert_desktop.services.views.case_file_model import CaseFile, HistoryEntry

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
# Internal keys: ids say nothing to a reader (the record and the case are already named).
HIDDEN = frozenset({"id", "case_id", "draft_code", "year", "seq"})
SUMMARY_FIELDS = ("state", "reference", "kind", "standard", "member_id", "person_id", "rating",
                  "vote", "number", "status", "outcome", "expert_id", "planned_for",
                  "delivered_on", "next_deadline")  # fmt: skip
SUMMARY_WIDTH = 110
# Fields a new record of one kind is summed up by first: a change's reason beside the change.
RECORD_SUMMARY_FIELDS: dict[str, tuple[str, ...]] = {"amendments": ("reason", "amended_on")}


def local_time(at: str | datetime) -> str:
    """The log's UTC timestamp (naive, or ISO text) as local time, dd.mm.rrrr gg:mm."""
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    moment = moment.replace(tzinfo=UTC).astimezone()
    return moment.strftime("%d.%m.%Y %H:%M")


def value_text(view: CaseFile, record: str, key: str, value: Any) -> str:
    """One logged value as a reader would write it."""
    if value is None or value == "":
        return DASH
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("CaseHistory", "tak")
        return QCoreApplication.translate("CaseHistory", "nie")
    if record == "declarations" and key == "body":
        return QCoreApplication.translate(
            "CaseHistory", "(pełna treść zgłoszenia — zob. zakładkę Zgłoszenie)"
        )
    if key in PERSON_KEYS:
        return view.name(str(value))
    if key == "state":
        try:
            return CaseState(value).label
        except ValueError:
            return str(value)
    if key == "status" and record in STATUS_LABELS:
        return label(STATUS_LABELS[record], str(value))
    if key in VALUE_LABELS:
        return label(VALUE_LABELS[key], str(value))
    if key == "standard":
        return view.standard_title(str(value))
    if isinstance(value, str) and _DATE.match(value):
        return pl_date(value)
    if isinstance(value, str) and _DATETIME.match(value):
        return local_time(value[:19])
    return str(value)


def changes(view: CaseFile, entry: HistoryEntry) -> list[tuple[str, str, str]]:
    """(field label, old value, new value) of one log entry, internal ids left out."""
    old, new = entry.old or {}, entry.new or {}
    keys = [k for k in dict.fromkeys([*new, *old]) if k not in HIDDEN and not (
        k.endswith("_id") and k not in PERSON_KEYS)]  # fmt: skip
    record = entry.record
    rows = []
    for key in keys:
        before = value_text(view, record, key, old.get(key)) if entry.old else ""
        after = value_text(view, record, key, new.get(key)) if entry.new else ""
        if entry.operation == "insert" and after == DASH:
            continue  # an empty column of a new record says nothing
        rows.append((field_label(record, key), before, after))
    return rows


def summary(view: CaseFile, entry: HistoryEntry) -> str:
    """One line for the table: what changed, the telling fields (state, rating...) first."""
    if entry.withheld:
        return QCoreApplication.translate(
            "CaseHistory", "(oceny niewidoczne — zgłoszono konflikt interesów)"
        )
    rows = changes(view, entry)
    telling = RECORD_SUMMARY_FIELDS.get(entry.record, SUMMARY_FIELDS)
    order = {field_label(entry.record, k): n for n, k in enumerate(telling)}
    if entry.operation == "update":
        rows.sort(key=lambda row: order.get(row[0], len(order)))
        text = "; ".join(f"{name}: {before} → {after}" for name, before, after in rows)
    else:
        picked = sorted((r for r in rows if r[0] in order), key=lambda row: order[row[0]])
        text = ", ".join(f"{name}: {after or before}" for name, before, after in picked or rows[:2])
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_WIDTH else text[: SUMMARY_WIDTH - 1] + "…"


class HistoryModel(ListTableModel):
    """The case's log entries, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: CaseFile | None = None
        self._summaries: list[str] = []
        self.set_headers([self.tr("Kiedy"), self.tr("Kto"), self.tr("Czynność"),
                          self.tr("Rekord"), self.tr("Operacja"), self.tr("Zmiany")])  # fmt: skip

    def set_file(self, view: CaseFile) -> None:
        """Show the history of ``view``."""
        entries = list(view.history)
        self._view = view
        self._summaries = [summary(view, e) for e in entries]
        self.set_rows(entries)

    def entry(self, row: int) -> HistoryEntry:
        """The log entry on ``row``."""
        entry: HistoryEntry = self.item(row)
        return entry

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._view is None:
            return None
        entry = self.entry(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return local_time(entry.at)
            if column == 1:
                return self._view.name(entry.user)
            if column == 2:
                return action_label(entry.action)
            if column == 3:
                return label(RECORDS, entry.record)
            if column == 4:
                return label(OPERATIONS, entry.operation)
            return self._summaries[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return tooltip(self.describe(index.row()))
        return None

    def describe(self, row: int) -> str:
        """The whole entry as plain text: who, when, what, every field before and after."""
        assert self._view is not None
        entry = self.entry(row)
        head = [
            f"{local_time(entry.at)} — {self._view.name(entry.user)} ({entry.user})",
            self.tr("Czynność: {0}").format(action_label(entry.action)),
            self.tr("{0}: {1}").format(
                label(OPERATIONS, entry.operation).capitalize(), label(RECORDS, entry.record)
            ),
            "",
        ]
        if entry.withheld:
            return "\n".join([*head, self.tr(
                "Zgłosiłeś(-aś) konflikt interesów w tej sprawie — treść ocen jest niewidoczna."
            )])  # fmt: skip
        lines = []
        for name, before, after in changes(self._view, entry):
            if entry.operation == "update":
                lines.append(f"{name}: {before} → {after}")
            else:
                lines.append(f"{name}: {after or before}")
        return "\n".join(head + (lines or [self.tr("(bez szczegółów)")]))


class HistoryTab(QWidget):
    """The log in a table; the selected entry in full below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.table = table_view(self.model, self.tr("Historia zmian sprawy"))
        self.detail = read_only_text(self.tr("Szczegóły wpisu historii"))
        self.note = plain_label(self.tr(
            "Każda zmiana w sprawie, z datą, osobą i wartościami przed zmianą i po niej."
        ))  # fmt: skip
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

    def show_file(self, view: CaseFile) -> None:
        """Show the history of ``view``; the newest entry selected."""
        self.model.set_file(view)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.detail.clear()
        if self.model.rowCount():
            last = self.model.rowCount() - 1
            self.table.setCurrentIndex(self.model.index(last, 0))
            self.table.scrollToBottom()

    def _show_detail(self, current: QModelIndex) -> None:
        if current.isValid():
            self.detail.setPlainText(self.model.describe(current.row()))
