"""Overview ("Przegląd"): what needs action now, in four lists, and two charts, on one page
that scrolls as a whole: each list is a section with its count in the heading, opened or
closed by a click, its table as tall as its rows (no scrolling inside), long texts wrapped."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont
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

from calcert_desktop.ui.case_file.common import plain_label, tooltip
from calcert_desktop.ui.list_model import Index, ListTableModel
from calcert_desktop.ui.views.placeholder import heading_label
from calcert_desktop.ui.widgets.bar_chart import BarChart, Series, Tone
from calcert_desktop.ui.widgets.collapsible import Section
from calcert_desktop.ui.widgets.overdue import overdue_colour

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

# The share of the table's width "Co" may take before it wraps; the institution the rest.
WHAT_SHARE = 0.45


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
            self.tr("Numer sprawy"),
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
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return tooltip(text) if text else None
        if role == Qt.ItemDataRole.DisplayRole:
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
        overdue = not self._waiting and column in (3, 4) and item.days_left < 0  # type: ignore[union-attr]
        if role == Qt.ItemDataRole.FontRole and overdue:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(overdue_colour())
        return None


class ActionList(Section):
    """A section: the title with the count, and a table as tall as its rows (or a sentence
    when there are none); Enter or a double click opens the case."""

    open_requested = Signal(str)

    def __init__(self, title: str, waiting: bool, parent: QWidget | None = None) -> None:
        body = QWidget()
        super().__init__(title, body, parent)
        self._title = title
        self.title = self.heading  # the heading button: its text is the title and the count
        self.model = ActionModel(waiting, self)
        self.table = QTableView()
        self.empty = plain_label(self.tr("Brak spraw."))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next list
        self.table.setWordWrap(True)  # long texts wrap: the row grows, nothing is cut
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(title)
        # Rows are sized to their wrapped text by _fit (at once: the mode would wait a layout).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header = self.table.horizontalHeader()
        for column in (0, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        # The page scrolls, not the table: it is as tall as its rows.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.activated.connect(self._open)  # double click and Enter
        # Fitted after the table's own resize has laid out its columns (a zero timer).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit)
        self._fitted = False
        self.table.installEventFilter(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        self.empty.hide()

    def set_list(self, rows: DueList | WaitingList) -> None:
        """Show the list's rows and, in the title, how many there are in all."""
        self.model.set_rows(rows.items)
        shown, total = len(rows.items), rows.total
        if shown < total:
            count = self.tr("{0} z {1}").format(shown, total)
        else:
            count = str(total)
        self.set_title(f"{self._title} ({count})")
        self.table.setAccessibleDescription(
            self.tr("Spraw na liście: {0}").format(total) if total else self.tr("Brak spraw.")
        )
        self.empty.setVisible(not shown)
        self.table.setVisible(bool(shown))
        self._fitted = False
        if self.table.isVisible():  # on screen: now; else when first shown (a hidden tab's
            self._fit()  # hundred wrapped rows took a quarter of a second to measure)

    def _fit(self) -> None:
        """Columns to the width, rows to their wrapped text, the table to its rows."""
        self._fitted = True
        header = self.table.horizontalHeader()
        self.table.resizeColumnToContents(2)
        share = int(self.table.viewport().width() * WHAT_SHARE)
        header.resizeSection(2, min(header.sectionSize(2), max(share, 160)))
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(row) for row in range(self.model.rowCount()))
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(header.sizeHint().height() + rows + frame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Show and not self._fitted:
            self._refit.start()
        if watched is self.table and event.type() == QEvent.Type.Resize:
            old, new = event.oldSize(), event.size()  # type: ignore[attr-defined]
            if old.width() != new.width():  # a new height is the fit's own doing
                self._refit.start()
        return super().eventFilter(watched, event)

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
        column.setSpacing(10)
        for action_list in lists:
            column.addWidget(action_list)
        chart_row = QWidget()
        charts = QHBoxLayout(chart_row)
        charts.setContentsMargins(0, 0, 0, 0)
        charts.setSpacing(16)
        charts.addWidget(ChartBox(self.tr("Sprawy według stanu"), self.state_chart), 3)
        charts.addWidget(ChartBox(self.tr("Certyfikaty według roku wydania"), self.year_chart), 2)
        self.charts = Section(self.tr("Liczby spraw i certyfikatów"), chart_row)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(column)
        inner.addSpacing(10)
        inner.addWidget(self.charts)
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
