"""Column widths for a list whose one name column should get the room: the other columns
get the width their usual content needs (measured on sample texts, never on every row), and
when the window is too narrow for all of them the wide ones give way down to their header,
so that the name column keeps at least a readable width (a laptop's 1100-pixel window).

The name column is stretched and elided in the middle (its delegate) (both ends of a long
name tell institutions apart: "Miejski Ośrodek … w Łodzi"); its tooltip shows it whole.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

PADDING = 20  # a cell's margins and the header's sort arrow
# How many characters of the name the column keeps however narrow the window (30: the
# issue's measure for a 1100x700 window; "Miejski Ośrodek Pomocy Społecz").
NAME_CHARS = 30
NAME_SAMPLE = "Miejski Ośrodek Pomocy Społecznej w Skarżysku"


def name_width(table: QTableView, chars: int = NAME_CHARS) -> int:
    """The width ``chars`` characters of a typical institution's name take in ``table``."""
    return table.fontMetrics().horizontalAdvance(NAME_SAMPLE[:chars]) + PADDING


class MiddleElided(QStyledItemDelegate):
    """Draws its column's text elided in the middle (the other columns keep the view's
    right elision: "wezwano do uzup…" reads better than "wez…nia")."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class ColumnFitter(QObject):
    """Keeps ``table``'s columns fitted to its width (on every resize of the table).

    ``samples``: per column (other than ``stretch``) the texts its content usually is; the
    column is as wide as the widest of them and its header. ``shrinkable``: the columns
    that give way, down to their header's width, when the name column would get less than
    :data:`NAME_CHARS` characters.
    """

    def __init__(
        self,
        table: QTableView,
        stretch: int,
        samples: Mapping[int, Sequence[str]],
        shrinkable: Sequence[int] = (),
    ) -> None:
        super().__init__(table)
        self._table = table
        self._stretch = stretch
        self._samples = dict(samples)
        self._shrinkable = tuple(shrinkable)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._delegate = MiddleElided(table)
        table.setItemDelegateForColumn(stretch, self._delegate)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        table.installEventFilter(self)
        self.fit()

    def _header_width(self, column: int) -> int:
        model = self._table.model()
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        return self._table.horizontalHeader().fontMetrics().horizontalAdvance(text) + PADDING

    def preferred(self, column: int) -> int:
        """The width the column's usual content and its header need."""
        metrics = self._table.fontMetrics()
        widest = max((metrics.horizontalAdvance(text) for text in self._samples[column]),
                     default=0)  # fmt: skip
        return max(widest + PADDING, self._header_width(column))

    def fit(self) -> None:
        """Size the columns to the table's present width."""
        widths = {column: self.preferred(column) for column in self._samples}
        # The room with a vertical scroll bar, shown or not: it comes with the rows.
        table = self._table
        bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        room = table.width() - 2 * table.frameWidth() - bar
        lacking = sum(widths.values()) + name_width(self._table) - room
        if lacking > 0 and self._shrinkable:
            # The wide columns give way in proportion to what they could give.
            spare = {c: widths[c] - self._header_width(c) for c in self._shrinkable}
            total = sum(max(s, 0) for s in spare.values())
            if total > 0:
                share = min(1.0, lacking / total)
                for column, can in spare.items():
                    widths[column] -= int(max(can, 0) * share)
        for column, width in widths.items():
            self._table.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return super().eventFilter(watched, event)
