"""The charts of the statistics' PDF report, drawn by reportlab.graphics in our font: the
years as grouped columns, a breakdown as grouped horizontal bars."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from calcert_desktop.documents import fonts
from calcert_desktop.documents import statistics_text as words
from calcert_desktop.domain.statistics_labels import FIGURE_LABELS
from calcert_desktop.domain.statistics_tables import Row, YearlyStatistics

WIDTH = 370  # points: two charts side by side on landscape A4
COLOURS = ("#44546a", "#5b9bd5", "#ed7d31")
SERIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "received": (words.CHART_RECEIVED, ("received", "granted", "refused")),
    "certificates": (words.CHART_CERTIFICATES, ("revocations", "expiries", "valid_at_end")),
}
BREAKDOWN = ("received", "granted")
TITLE_SIZE = 9
LABEL_SIZE = 7


def _scale(axis: Any, values: Sequence[Sequence[float]]) -> None:
    """The value axis from 0 to the largest value with room above, in whole numbers (counts
    have no halves): a step of 1 for small counts, reportlab's own step for larger ones, and
    1 when all are zero (reportlab cannot scale a zero range)."""
    largest = max((v for series in values for v in series), default=0)
    axis.valueMin = 0
    if largest <= 8:
        axis.valueMax, axis.valueStep = max(1, largest + 1), 1
    else:
        axis.valueMax = largest * 1.1
    axis.labelTextFormat = "%d"


def _legend(x: float, y: float, names: Sequence[str]) -> Any:
    from reportlab.graphics.charts.legends import Legend
    from reportlab.lib import colors

    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = fonts.FAMILY, LABEL_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 10
    legend.colorNamePairs = [(colors.HexColor(COLOURS[i]), FIGURE_LABELS[name])
                             for i, name in enumerate(names)]  # fmt: skip
    return legend


def _drawing(height: float) -> Any:
    """A drawing whose initial font is ours: reportlab's default (Helvetica) would be set,
    and embedded, before the first label."""
    from reportlab.graphics.shapes import Drawing

    drawing = Drawing(WIDTH, height)
    drawing.initialFontName, drawing.initialFontSize = fonts.FAMILY, LABEL_SIZE
    return drawing


def _title(drawing: Any, text: str, y: float) -> None:
    from reportlab.graphics.shapes import String

    drawing.add(String(0, y, text, fontName=fonts.BOLD, fontSize=TITLE_SIZE))


def _style(chart: Any, data: list[list[float]], colours: Sequence[str]) -> None:
    """``data`` in ``chart`` as every chart of the report draws it: our font on both axes,
    whole-number steps, a light grid, each series in its colour without an outline."""
    from reportlab.lib import colors

    chart.data = data
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = fonts.FAMILY, LABEL_SIZE
    _scale(chart.valueAxis, data)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d9d9d9")
    for index, colour in enumerate(colours):
        chart.bars[index].fillColor = colors.HexColor(colour)
        chart.bars[index].strokeColor = None


def years_chart(statistics: YearlyStatistics, which: str) -> Any:
    """Grouped columns of three figures per year: ``which`` is "received" (applications,
    grants, refusals) or "certificates" (revocations, expiries, valid at the year's end)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart

    fonts.register()
    title, names = SERIES[which]
    data = [[float(p.overall.value(name) or 0) for p in statistics.years] for name in names]
    drawing = _drawing(200)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 42, WIDTH - 44, 130
    chart.categoryAxis.categoryNames = [str(p.year) for p in statistics.years]
    _style(chart, data, COLOURS[: len(names)])
    chart.barSpacing, chart.groupSpacing = 1, 8
    drawing.add(chart)
    drawing.add(_legend(34, 12, names))
    _title(drawing, title, 188)
    return drawing


def breakdown_chart(rows: Sequence[Row], title: str) -> Any:
    """Horizontal bars of applications received and certificates granted for each row of
    a breakdown, in the table's order from the top."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts.register()
    # reportlab draws the first category, and in each the first series, at the bottom:
    # both reversed, so that the table's first row and the legend's first series are on top.
    shown = list(reversed(rows))
    series = list(reversed(BREAKDOWN))
    data = [[float(r.figures.value(name) or 0) for r in shown] for name in series]
    labels = [r.label for r in shown]
    room = max(stringWidth(label, fonts.FAMILY, LABEL_SIZE) for label in labels) + 8
    height = 18 * len(rows)
    drawing = _drawing(height + 62)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = room, 36, WIDTH - room - 10, height
    chart.categoryAxis.categoryNames = labels
    _style(chart, data, [COLOURS[BREAKDOWN.index(name)] for name in series])
    chart.barSpacing, chart.groupSpacing = 0.5, 4
    drawing.add(chart)
    drawing.add(_legend(room, 10, BREAKDOWN))
    _title(drawing, title, height + 50)
    return drawing
