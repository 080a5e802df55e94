"""Overview ("Przegląd"): what needs action now, in four short lists, and two charts."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.ui.list_model import Index, ListTableModel
from calcert_desktop.ui.views.placeholder import heading_label
from calcert_desktop.ui.widgets.bar_chart import BarChart, Series, Tone

if TYPE_CHECKING:
    from calcert_desktop.services.views.overview import (
        ChartData,
        DueItem,
        DueList,
        Overview,
        WaitingItem,
        WaitingList,
    )
    from calcert_desktop.ui.session import Session

VISIBLE_ROWS = 5


def _day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


class ActionModel(ListTableModel):
    """One short list of the overview: cases with a deadline, or waiting since a date."""

    def __init__(self, waiting: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._waiting = waiting
        self._bold = QFont()
        self._bold.setBold(True)  # overdue: not only a colour, which some cannot see
        self.set_headers([
            self.tr("Numer"),
            self.tr("Instytucja"),
            self.tr("Kto i co") if waiting else self.tr("Co"),
            self.tr("Od") if waiting else self.tr("Termin"),
            self.tr("Czeka") if waiting else self.tr("Zostało"),
        ])  # fmt: skip

    def reference(self, row: int) -> str:
        """The case reference on ``row``."""
        reference: str = self.item(row).reference
        return reference

    def _days(self, item: DueItem | WaitingItem) -> str:
        if self._waiting:
            days = item.days_waiting  # type: ignore[union-attr]
            return self.tr("1 dzień") if days == 1 else self.tr("{0} dni").format(days)
        left = item.days_left  # type: ignore[union-attr]
        if left == 0:
            return self.tr("dziś")
        if left == 1:
            return self.tr("jutro")
        if left > 1:
            return self.tr("za {0} dni").format(left)
        if left == -1:
            return self.tr("1 dzień po terminie")
        return self.tr("{0} dni po terminie").format(-left)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return item.reference
            if column == 1:
                return item.institution
            if column == 2:
                return item.what
            if column == 3:
                return _day(item.since if self._waiting else item.due_on)  # type: ignore[union-attr]
            return self._days(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == 4 and not self._waiting:
            if item.days_left < 0:  # type: ignore[union-attr]
                return self._bold
        return None


class ActionList(QWidget):
    """A title with the count and a small table; Enter or a double click opens the case."""

    open_requested = Signal(str)

    def __init__(self, title: str, waiting: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = ActionModel(waiting, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next list
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(title)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)  # compact: more cases show
        header = self.table.horizontalHeader()
        for column in (0, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = rows.defaultSectionSize() * VISIBLE_ROWS + header.sizeHint().height() + 4
        self.table.setFixedHeight(height)
        self.table.activated.connect(self._open)  # double click and Enter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)

    def set_list(self, rows: DueList | WaitingList) -> None:
        """Show the list's rows and, in the title, how many there are in all."""
        self.model.set_rows(rows.items)
        shown, total = len(rows.items), rows.total
        if shown < total:
            count = self.tr("{0} z {1}").format(shown, total)
        else:
            count = str(total)
        self.title.setText(f"{self._title} ({count})")
        self.table.setAccessibleDescription(
            self.tr("Spraw na liście: {0}").format(total) if total else self.tr("Brak spraw.")
        )
        self._fit_columns()

    def _fit_columns(self) -> None:
        # What is due fits its text up to a third of the table; the institution takes the
        # rest (long names are elided, the tooltip shows them whole).
        self.table.resizeColumnToContents(2)
        header = self.table.horizontalHeader()
        header.resizeSection(2, min(header.sectionSize(2), max(self.table.width() // 3, 200)))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.reference(index.row()))


class ChartBox(QWidget):
    """A chart under its title."""

    def __init__(self, title: str, chart: BarChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(title)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        chart.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(chart)
        layout.addStretch(1)


class OverviewView(QWidget):
    """What needs action now, and the numbers of the whole register; opens cases by signal."""

    open_requested = Signal(str)

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self.as_of = QLabel("")
        self.as_of.setTextFormat(Qt.TextFormat.PlainText)
        self.refresh_button = QPushButton(self.tr("&Odśwież"))
        self.refresh_button.clicked.connect(self.refresh)
        self.appeals = ActionList(self.tr("Biegnące terminy odwołań"), waiting=False)
        self.responses = ActionList(self.tr("Odpowiedzi na zarzuty"), waiting=False)
        self.expiring = ActionList(self.tr("Certyfikaty wygasające w ciągu pół roku"), False)
        self.waiting = ActionList(self.tr("Najdłużej czekające na biuro lub Komisję"), True)
        lists = (self.appeals, self.responses, self.expiring, self.waiting)
        for action_list in lists:
            action_list.open_requested.connect(self.open_requested)
        self.state_chart = BarChart()
        self.year_chart = BarChart()
        top = QHBoxLayout()
        top.addWidget(heading_label(self.tr("Przegląd")))
        top.addStretch(1)
        top.addWidget(self.as_of)
        top.addWidget(self.refresh_button)
        # One list under another: each needs the whole width for its five columns.
        column = QVBoxLayout()
        column.setSpacing(12)
        for action_list in lists:
            column.addWidget(action_list)
        charts = QHBoxLayout()
        charts.setSpacing(16)
        charts.addWidget(ChartBox(self.tr("Sprawy według stanu"), self.state_chart), 3)
        charts.addWidget(ChartBox(self.tr("Certyfikaty według roku wydania"), self.year_chart), 2)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(column)
        inner.addSpacing(8)
        inner.addLayout(charts)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.refresh_button.setEnabled(False)
        if session is not None:
            self.attach(session)

    def attach(self, session: Session) -> None:
        """The database is open: load the lists and the charts."""
        self._session = session
        self.refresh_button.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        """Reload everything in the background."""
        if self._session is None:
            return
        from calcert_desktop.services.views import overview

        ctx, actor = self._session.ctx, self._session.actor
        self.refresh_button.setEnabled(False)
        self._session.worker.submit(
            lambda: (overview.needs_action(ctx, actor), overview.chart_data(ctx, actor)),
            self._show,
            self._fail,
            owner=self,
        )

    def _show(self, result: tuple[Overview, ChartData]) -> None:
        now, charts = result
        self.refresh_button.setEnabled(True)
        self.as_of.setText(self.tr("Stan na dzień {0}").format(_day(now.today)))
        self.appeals.set_list(now.appeals)
        self.responses.set_list(now.responses)
        self.expiring.set_list(now.expiring)
        self.waiting.set_list(now.waiting)
        self.state_chart.set_data(
            [s.label for s in charts.by_state],
            [(0, s.count) if s.closed else (s.count, 0) for s in charts.by_state],
            [Series(self.tr("w toku"), Tone.ACCENT), Series(self.tr("zakończone"), Tone.NEUTRAL)],
        )
        self.year_chart.set_data(
            [str(y.year) for y in charts.by_year],
            [(y.valid, y.revoked, y.expired) for y in charts.by_year],
            [
                Series(self.tr("ważne"), Tone.ACCENT),
                Series(self.tr("odebrane"), Tone.ALERT),
                Series(self.tr("wygasłe"), Tone.NEUTRAL),
            ],
        )

    def _fail(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Przegląd"), message)
