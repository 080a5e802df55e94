"""The QPainter bar chart: its numbers, its text for screen readers, and that it paints."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from calcert_desktop.ui.widgets.bar_chart import BarChart, Series, Tone, tone_colour

STATUS = [
    Series("ważne", Tone.ACCENT),
    Series("odebrane", Tone.ALERT),
    Series("wygasłe", Tone.NEUTRAL),
]


def test_chart_keeps_the_numbers_and_describes_them(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data(["2019", "2020"], [(0, 3, 14), (7, 0, 0)], STATUS)
    assert chart.labels == ["2019", "2020"]
    assert chart.values == [(0, 3, 14), (7, 0, 0)]
    assert chart.totals == [17, 7]
    assert chart.accessibleDescription() == (
        "2019: 17 (odebrane 3, wygasłe 14)\n2020: 7 (ważne 7)"
    )
    assert chart.sizeHint().height() > 2 * chart.fontMetrics().height()
    with pytest.raises(ValueError):
        chart.set_data(["2021"], [(1, 2)], STATUS)


@pytest.mark.parametrize("window", ["#f0f0f0", "#202020"])
def test_chart_paints_its_bars_in_palette_colours(qtbot, window):
    chart = BarChart()
    qtbot.addWidget(chart)
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2a82da"))
    chart.setPalette(palette)
    chart.setAutoFillBackground(True)
    chart.set_data(["jeden", "dwa"], [(10, 0, 0), (0, 0, 20)], STATUS)
    chart.resize(400, chart.sizeHint().height())
    image = chart.grab().toImage()  # runs paintEvent
    accent = tone_colour(chart.palette(), Tone.ACCENT)
    neutral = tone_colour(chart.palette(), Tone.NEUTRAL)
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert accent.name() in colours and neutral.name() in colours
    assert neutral.name() != QColor(window).name()  # expired bars stand out from the window


def test_empty_chart_says_so(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data([], [], STATUS)
    assert chart.accessibleDescription() == "Brak danych"
    chart.resize(300, 80)
    assert not chart.grab().isNull()
