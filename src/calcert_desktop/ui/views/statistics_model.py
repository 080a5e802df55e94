"""The tables of the statistics page: the years side by side (one row per figure), and a
breakdown (one row per voivodeship or institution type, one column per figure). The
figures' Polish names come from the domain (domain.statistics_labels), as in the
spreadsheet and the PDF report."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QFont

from calcert_desktop.domain.statistics_labels import FIGURE_LABELS, FIGURE_NOTES
from calcert_desktop.domain.statistics_tables import FIGURES, Figures, Period, Row
from calcert_desktop.ui.list_model import Index, ListTableModel

POLISH = QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
HEADER_LINE = 11  # characters
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Figures counted within another, shown indented under it ("w tym odnowienia").
PART_OF = {"renewals", "granted", "refused", "appeals_refusal_upheld",
           "appeals_refusal_overturned", "appeals_revocation_upheld",
           "appeals_revocation_overturned"}  # fmt: skip


def figure_text(figures: Figures, name: str) -> str:
    """A figure as the page shows it: a count, or the median with one decimal ("—" when
    nothing was decided)."""
    value = figures.value(name)
    if value is None:
        return "—"
    if name == "median_days":
        return POLISH.toString(float(value), "f", 1)
    return POLISH.toString(int(value))


def header_lines(label: str) -> str:
    """A column title in lines of about a short word's width (headers do not wrap), so
    that the fifteen figures fit a laptop's screen."""
    return "\n".join(textwrap.wrap(label, HEADER_LINE, break_long_words=False))


class YearsModel(ListTableModel):
    """Rows: the figures; columns: each year of the range, then the range's total."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._periods: list[Period] = []
        self.set_headers([self.tr("Liczba")])

    def set_periods(self, periods: Sequence[Period]) -> None:
        self._periods = list(periods)
        headers = [self.tr("Liczba")]
        headers += [self.tr("Razem {0}").format(p.label) if p.year is None else p.label
                    for p in self._periods]  # fmt: skip
        self.set_headers(headers)
        self.set_rows(FIGURES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name: str = self.item(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return ("    " if name in PART_OF else "") + FIGURE_LABELS[name]
            return figure_text(self._periods[column - 1].overall, name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return FIGURE_NOTES[name]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return NUMBER_ALIGNMENT
        total = column > 0 and self._periods[column - 1].year is None
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None


class BreakdownModel(ListTableModel):
    """Rows: the voivodeships (or institution types) of one period; columns: its figures."""

    def __init__(self, first_title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_headers([first_title, *(header_lines(FIGURE_LABELS[n]) for n in FIGURES)])

    def set_breakdown(self, rows: Sequence[Row]) -> None:
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: Row = self.item(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label if column == 0 else figure_text(row.figures, FIGURES[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return NUMBER_ALIGNMENT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return FIGURE_NOTES[FIGURES[section - 1]] if section > 0 else None
        return super().headerData(section, orientation, role)
