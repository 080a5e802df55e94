"""A small horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials).

One row per category, each bar split into stacked series; the total at the end of each bar,
the series' numbers inside their segments when they fit. Colours come from the palette at
paint time, so the chart follows a light or dark scheme; the accessible description gives
every number as text for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


class Tone(Enum):
    """What a series means, so its colour can be taken from the palette."""

    ACCENT = "accent"  # the main series: the palette's highlight
    ALERT = "alert"  # something went wrong (revoked): a red of the highlight's strength
    NEUTRAL = "neutral"  # closed, no longer current (expired): between text and background


@dataclass(frozen=True)
class Series:
    """One stacked part of every bar."""

    name: str
    tone: Tone = Tone.ACCENT


def tone_colour(palette: QPalette, tone: Tone) -> QColor:
    """The colour of ``tone`` in ``palette``."""
    accent = palette.color(QPalette.ColorRole.Highlight)
    if tone is Tone.ACCENT:
        return accent
    if tone is Tone.ALERT:
        light = min(max(accent.lightnessF(), 0.35), 0.6)
        return QColor.fromHslF(0.0, 0.65, light)
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    return QColor(
        (text.red() * 45 + back.red() * 55) // 100,
        (text.green() * 45 + back.green() * 55) // 100,
        (text.blue() * 45 + back.blue() * 55) // 100,
    )


def _text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    luminance = 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF()
    return QColor(Qt.GlobalColor.black) if luminance > 0.55 else QColor(Qt.GlobalColor.white)


class BarChart(QWidget):
    """Horizontal stacked bars with their labels and counts."""

    MARGIN = 6
    GAP = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._series: list[Series] = [Series("")]
        self._values: list[tuple[int, ...]] = []
        self._empty_text = self.tr("Brak danych")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    # data

    def set_data(
        self, labels: Sequence[str], values: Sequence[Sequence[int]], series: Sequence[Series]
    ) -> None:
        """Show one bar per label; ``values[row]`` holds one number per series."""
        if len(labels) != len(values) or any(len(v) != len(series) for v in values):
            raise ValueError("each label needs one value per series")
        self._labels = list(labels)
        self._series = list(series)
        self._values = [tuple(int(n) for n in row) for row in values]
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def set_empty_text(self, text: str) -> None:
        """What to say when there is nothing to draw."""
        self._empty_text = text
        self.update()

    @property
    def labels(self) -> list[str]:
        """The bars' labels, top to bottom."""
        return list(self._labels)

    @property
    def values(self) -> list[tuple[int, ...]]:
        """The numbers of each bar, one per series."""
        return list(self._values)

    @property
    def totals(self) -> list[int]:
        """Each bar's length."""
        return [sum(row) for row in self._values]

    def describe(self) -> str:
        """Every bar's numbers as sentences (the accessible description and the tooltips)."""
        if not self._labels:
            return self._empty_text
        return "\n".join(self._describe_row(row) for row in range(len(self._labels)))

    def _describe_row(self, row: int) -> str:
        total = sum(self._values[row])
        text = f"{self._labels[row]}: {total}"
        parts = [
            f"{s.name} {n}" for s, n in zip(self._series, self._values[row], strict=True) if n
        ]
        if len(self._series) > 1 and parts:
            text += f" ({', '.join(parts)})"
        return text

    # geometry

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + self.GAP if len(self._series) > 1 else 0

    def sizeHint(self) -> QSize:
        rows = max(len(self._labels), 1)
        return QSize(420, 2 * self.MARGIN + self._legend_height() + rows * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for label in self._labels), default=0)
        # +2: eliding measures with fractional widths and would cut the widest label short
        return min(widest + 2, int(self.width() * 0.5))

    def _row_at(self, point: QPoint) -> int | None:
        top = self.MARGIN + self._legend_height()
        if point.y() < top:
            return None
        row = (point.y() - top) // self._row_height()
        return row if 0 <= row < len(self._labels) else None

    # drawing

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self._row_at(event.pos())
            if row is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._describe_row(row), self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if not self._labels:
                painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
                return
            self._paint_legend(painter)
            self._paint_bars(painter)
        finally:
            painter.end()

    def _paint_legend(self, painter: QPainter) -> None:
        if len(self._series) < 2:
            return
        metrics = self.fontMetrics()
        x, box = self.MARGIN + self._label_width() + self.GAP, metrics.ascent()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for series in self._series:
            painter.fillRect(
                QRect(x, self.MARGIN + (metrics.height() - box) // 2, box, box),
                tone_colour(self.palette(), series.tone),
            )
            x += box + 4
            painter.setPen(text)
            width = metrics.horizontalAdvance(series.name)
            painter.drawText(
                QRect(x, self.MARGIN, width + 2, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                series.name,
            )
            x += width + 3 * self.GAP

    def _paint_bars(self, painter: QPainter) -> None:
        metrics = self.fontMetrics()
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        colours = [tone_colour(palette, s.tone) for s in self._series]
        label_width = self._label_width()
        biggest = max(self.totals, default=0)
        number_width = metrics.horizontalAdvance(str(biggest)) + self.GAP
        left = self.MARGIN + label_width + self.GAP
        room = max(self.width() - left - number_width - self.MARGIN, 1)
        row_height = self._row_height()
        top = self.MARGIN + self._legend_height()
        for row, label in enumerate(self._labels):
            y = top + row * row_height
            painter.setPen(text)
            painter.drawText(
                QRect(self.MARGIN, y, label_width, row_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width),
            )
            x = left
            bar = QRect(0, y + 3, 0, row_height - 6)
            parts = sum(1 for number in self._values[row] if number)  # one part: total says it
            for number, colour in zip(self._values[row], colours, strict=True):
                if not number:
                    continue
                width = max(round(room * number / biggest), 1)
                bar.setLeft(x)
                bar.setWidth(width)
                painter.fillRect(bar, colour)
                caption = str(number)
                if parts > 1 and metrics.horizontalAdvance(caption) + 6 < width:
                    painter.setPen(_text_on(colour))
                    painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, caption)
                x += width
            painter.setPen(text)
            painter.drawText(
                QRect(x + 4, y, number_width, row_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(sum(self._values[row])),
            )
