"""The yearly statistics page (Komisja → Statystyka, issue 23): for a year or a range, the
figures of each year side by side, the breakdowns by voivodeship and by institution type,
a chart beside each, and the same statistics saved as XLSX, PDF or JSON.

The figures are read on the worker (services.views.statistics) when the page is first shown
and again when a write concerns them; a new range asked while one is read wins."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.statistics import EARLIEST_YEAR
from calcert_desktop.domain.statistics_tables import Row, YearlyStatistics, range_label
from calcert_desktop.ui.operations import read_op
from calcert_desktop.ui.views.overview import ChartBox
from calcert_desktop.ui.views.placeholder import heading_label
from calcert_desktop.ui.views.statistics_model import POLISH, BreakdownModel, YearsModel
from calcert_desktop.ui.widgets.bar_chart import BarChart, Series, Tone
from calcert_desktop.ui.widgets.collapsible import Section
from calcert_desktop.ui.widgets.scrolled import scrolled

if TYPE_CHECKING:
    from calcert_desktop.ui.session import Session

# A range typed year by year is read once the typing pauses.
RELOAD_DELAY_MS = 300


class FittedTable(QTableView):
    """A table as high as its rows (the page scrolls down, never the table) and as wide as
    its columns: ``whole``, always (the years); else at most, scrolling sideways under its
    last row when the page is narrower (a breakdown's fifteen figures)."""

    def __init__(self, whole: bool) -> None:
        super().__init__()
        self._whole = whole
        self._width = 0  # the columns' width, frame included

    def fit(self) -> None:
        """Columns and rows to their contents, then the table to them."""
        self.resizeColumnsToContents()
        self.resizeRowsToContents()
        model = self.model()
        columns = range(model.columnCount()) if model else range(0)
        self._width = sum(self.columnWidth(c) for c in columns) + 2 * self.frameWidth()
        if self._whole:
            self.setFixedWidth(self._width)
        else:
            self.setMaximumWidth(self._width)
            self.updateGeometry()
        self._fit_height()

    def _fit_height(self) -> None:
        model = self.model()
        rows = range(model.rowCount()) if model else range(0)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in rows)
        if self.width() < self._width:  # the scroll bar under the last row
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        """Its columns' width (a layout aligning it gives it no more than its hint)."""
        return QSize(self._width, self.height()) if self._width else super().sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()


def _table(model: YearsModel | BreakdownModel, name: str) -> FittedTable:
    table = FittedTable(whole=isinstance(model, YearsModel))
    table.setModel(model)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab moves on to the next table
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    return table


class StatisticsView(QWidget):
    """The statistics of a range of years: tables, charts, and "Zapisz jako…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._asked = 0  # the number of the newest reading asked for
        self._stale = True
        self.statistics: YearlyStatistics | None = None
        last = date.today().year - 1  # the office reports the year that has ended
        self.first_year = self._year_box(last)
        self.last_year = self._year_box(last)
        self.save_button = QPushButton(self.tr("&Zapisz jako…"))
        self.save_button.setToolTip(self.tr("Arkusz XLSX z wykresami, raport PDF albo JSON"))
        self.save_button.clicked.connect(self.ask_export)
        self.save_button.setEnabled(False)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.years_model = YearsModel(self)
        self.voivodeship_model = BreakdownModel(self.tr("Województwo"), self)
        self.type_model = BreakdownModel(self.tr("Typ instytucji"), self)
        self.years_table = _table(self.years_model, self.tr("Liczby według roku"))
        self.voivodeship_table = _table(self.voivodeship_model, self.tr("Według województw"))
        self.type_table = _table(self.type_model, self.tr("Według typu instytucji"))
        self.years_chart = BarChart()
        self.voivodeship_chart = BarChart()
        self.type_chart = BarChart()
        for chart in (self.years_chart, self.voivodeship_chart, self.type_chart):
            chart.set_empty_text(self.tr("Brak decyzji w tym okresie"))
        self.years_section = self._section(
            self.tr("Według roku"), self.years_table, self.tr("Decyzje Komisji"), self.years_chart
        )
        self.voivodeship_section = self._section(
            self.tr("Według województw"), self.voivodeship_table,
            self.tr("Decyzje Komisji"), self.voivodeship_chart, below=True)  # fmt: skip
        self.type_section = self._section(
            self.tr("Według typu instytucji"), self.type_table,
            self.tr("Decyzje Komisji"), self.type_chart, below=True)  # fmt: skip
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_DELAY_MS)
        self._reload.timeout.connect(self.mark_stale)
        self.first_year.valueChanged.connect(self._first_changed)
        self.last_year.valueChanged.connect(self._last_changed)
        self._lay_out()

    def _year_box(self, year: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(EARLIEST_YEAR, date.today().year)
        box.setValue(year)
        box.setGroupSeparatorShown(False)
        box.setAccelerated(True)
        return box

    def _section(self, title: str, table: FittedTable, chart_title: str, chart: BarChart,
                 below: bool = False) -> Section:  # fmt: skip
        """A table and its chart, side by side (the years) or the chart under a wide
        breakdown."""
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        grid.addWidget(table, 0, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box = ChartBox(chart_title, chart)
        if below:
            chart.setMaximumWidth(720)
            grid.addWidget(box, 1, 0)
        else:
            grid.addWidget(box, 0, 1)
            grid.setColumnStretch(1, 1)  # the table its columns' width, the chart the rest
        return Section(title, body)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        heading = heading_label(self.tr("Statystyka roczna"))
        # In a narrow window the title gives way (the window's smallest width is not ours).
        heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(heading, 1)
        first_label = QLabel(self.tr("&Od roku"))
        first_label.setBuddy(self.first_year)
        last_label = QLabel(self.tr("d&o roku"))
        last_label.setBuddy(self.last_year)
        for widget in (first_label, self.first_year, last_label, self.last_year):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.save_button)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        for section in (self.years_section, self.voivodeship_section, self.type_section):
            inner.addWidget(section)
        inner.addStretch(1)
        scroll = scrolled(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

    # --- reading ----------------------------------------------------------------------

    def attach(self, session: Session) -> None:
        """The database is open: read when the page is on screen (not at start-up)."""
        self._session = session
        self._stale = True
        this_year = session.ctx.today().year
        for box in (self.first_year, self.last_year):
            box.setMaximum(this_year)
        if self.isVisible():
            self.refresh()

    def mark_stale(self) -> None:
        """A write changed what is counted: read again now if shown, else when shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._session is not None:
            self.refresh()

    def _first_changed(self, year: int) -> None:
        if self.last_year.value() < year:
            self.last_year.setValue(year)
        self._reload.start()

    def _last_changed(self, year: int) -> None:
        if self.first_year.value() > year:
            self.first_year.setValue(year)
        self._reload.start()

    def refresh(self) -> None:
        """Read the statistics of the years chosen, on the worker."""
        if self._session is None:
            return
        from calcert_desktop.services.views.statistics import load_statistics

        self._stale = False
        self._reload.stop()  # the range typed is read now
        self._asked += 1
        asked = self._asked
        first, last = self.first_year.value(), self.last_year.value()
        ctx, actor = self._session.ctx, self._session.actor
        self.status.setText(self.tr("Liczenie statystyki za {0}…").format(
            range_label(first, last)))  # fmt: skip
        read_op(self._session, self, lambda: load_statistics(ctx, actor, first, last),
                lambda result: self._read(asked, result),
                lambda message: self._failed(asked, message))  # fmt: skip

    def _read(self, asked: int, statistics: YearlyStatistics) -> None:
        if asked != self._asked:
            return  # a newer range was asked for meanwhile
        self.show_statistics(statistics)

    def _failed(self, asked: int, message: str) -> None:
        if asked == self._asked:
            self.status.setText(message)
            self.save_button.setEnabled(False)

    # --- showing ----------------------------------------------------------------------

    def show_statistics(self, statistics: YearlyStatistics) -> None:
        """Fill the tables and charts with ``statistics``."""
        self.statistics = statistics
        self.save_button.setEnabled(True)
        self.status.setText(self._status_text(statistics))
        last = statistics.last
        self.years_model.set_periods(statistics.periods)
        self.voivodeship_model.set_breakdown(last.by_voivodeship)
        self.type_model.set_breakdown(last.by_institution_type)
        for section, title in (
            (self.voivodeship_section, self.tr("Według województw")),
            (self.type_section, self.tr("Według typu instytucji")),
        ):
            section.set_title(f"{title} ({last.label})")  # fmt: skip
        for table in (self.years_table, self.voivodeship_table, self.type_table):
            table.fit()
        self.years_chart.set_data(
            [str(p.year) for p in statistics.years],
            [(p.overall.granted, p.overall.refused) for p in statistics.years],
            self._decision_series(),
        )
        self._chart_rows(self.voivodeship_chart, last.by_voivodeship)
        self._chart_rows(self.type_chart, last.by_institution_type)

    def _decision_series(self) -> list[Series]:
        return [Series(self.tr("przyznano"), Tone.ACCENT),
                Series(self.tr("odmówiono"), Tone.ALERT)]  # fmt: skip

    def _chart_rows(self, chart: BarChart, rows: tuple[Row, ...]) -> None:
        """The rows with a decision, in the table's order."""
        decided = [row for row in rows if row.figures.decided]
        chart.set_data([row.label for row in decided],
                       [(row.figures.granted, row.figures.refused) for row in decided],
                       self._decision_series())  # fmt: skip

    def _status_text(self, statistics: YearlyStatistics) -> str:
        text = self.tr("{0}, sporządzona {1}.").format(
            statistics.title, POLISH.toString(statistics.as_of, "d MMMM yyyy")
        )
        unfinished = statistics.unfinished_year
        if unfinished is not None:
            text += " " + self.tr("Rok {0} jeszcze trwa: jego liczby są liczbami do dziś.").format(
                unfinished)  # fmt: skip
        return text

    # --- export -----------------------------------------------------------------------

    def ask_export(self) -> None:
        """Ask where to save the statistics shown (XLSX, PDF or JSON), then write them."""
        statistics = self.statistics
        if statistics is None or self._session is None:
            return
        filters = [self.tr("Arkusz Excel z wykresami (*.xlsx)"), self.tr("Raport PDF (*.pdf)"),
                   self.tr("Dane JSON (*.json)")]  # fmt: skip
        name = f"statystyka-{statistics.first_year}"
        if statistics.last_year != statistics.first_year:
            name += f"-{statistics.last_year}"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Zapisz statystykę"), str(Path.home() / f"{name}.xlsx"),
            ";;".join(filters), filters[0])  # fmt: skip
        if not path:
            return
        if Path(path).suffix.lower() not in (".xlsx", ".pdf", ".json"):  # typed without one
            path += (".xlsx", ".pdf", ".json")[filters.index(chosen) if chosen in filters else 0]
        self.export_to(path, statistics.first_year, statistics.last_year)

    def export_to(self, path: str, first: int, last: int) -> None:
        """Write the statistics of ``first`` to ``last`` to ``path`` on the worker; a
        confirmation or the error, in Polish."""
        if self._session is None:
            return
        from calcert_desktop.services.documents import statistics_export

        ctx, actor = self._session.ctx, self._session.actor
        self.save_button.setEnabled(False)
        read_op(self._session, self,
                lambda: statistics_export.export(ctx, actor, first, last, path),
                lambda _written: self._exported(path), self._export_failed,
                busy=True)  # fmt: skip

    def _exported(self, path: str) -> None:
        self.save_button.setEnabled(True)
        QMessageBox.information(
            self, self.tr("Statystyka"), self.tr("Zapisano statystykę w pliku {0}.").format(path)
        )

    def _export_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Statystyka"), message)
