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
    :data:`NAME_CHARS` characters. ``droppable``: the columns hidden, in this order, when
    even that is not enough (a laptop at 150%); they come back when the room does. Their
    values are still in each row's tooltip or the case itself, never lost.
    """

    def __init__(
        self,
        table: QTableView,
        stretch: int,
        samples: Mapping[int, Sequence[str]],
        shrinkable: Sequence[int] = (),
        droppable: Sequence[int] = (),
    ) -> None:
        super().__init__(table)
        self._table = table
        self._stretch = stretch
        self._samples = dict(samples)
        self._shrinkable = tuple(shrinkable)
        self._droppable = tuple(droppable)
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
        # The wide columns give up to half of what they could first; then the droppable
        # columns go; only then do the rest shrink to their headers ("wizy…" says little).
        lacking = self._shrink(widths, lacking, self._shrinkable, 0.5)
        hidden: set[int] = set()
        for column in self._droppable:
            if lacking <= 0:
                break
            hidden.add(column)
            lacking -= widths[column]
        kept = [c for c in self._shrinkable if c not in hidden]
        self._shrink(widths, lacking, kept, 1.0)
        for column, width in widths.items():
            self._table.setColumnHidden(column, column in hidden)
            self._table.setColumnWidth(column, width)

    def _shrink(
        self, widths: dict[int, int], lacking: int, columns: Sequence[int], limit: float
    ) -> int:
        """Narrow ``columns`` in proportion to what each could give above its header (at
        most ``limit`` of it) to win ``lacking`` pixels; return what is still lacking."""
        if lacking <= 0 or not columns:
            return lacking
        spare = {c: max(widths[c] - self._header_width(c), 0) for c in columns}
        total = sum(spare.values())
        if total <= 0:
            return lacking
        share = min(limit, lacking / total)
        for column, can in spare.items():
            given = int(can * share)
            widths[column] -= given
            lacking -= given
        return lacking

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return super().eventFilter(watched, event)
