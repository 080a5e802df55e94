"""The yearly statistics as an Excel workbook (XlsxWriter, in memory): a sheet of the years,
one per breakdown (voivodeships, institution types), one of native charts drawn from those
tables, and one that says what each column counts.

The breakdowns' sheets are one long table (a period and a group per row, a header row
frozen, a filter on it) rather than a block per year: Excel's filters and pivot tables
read it as it is, and the charts point at the range's last block.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from calcert_desktop.documents import statistics_text as words
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.statistics_labels import FIGURE_LABELS, FIGURE_NOTES
from calcert_desktop.domain.statistics_tables import FIGURES, Period, Row, YearlyStatistics

SUMMARY_SHEET = "Podsumowanie"
VOIVODESHIP_SHEET = "Województwa"
TYPE_SHEET = "Typy instytucji"
CHART_SHEET = "Wykresy"
NOTES_SHEET = "Objaśnienia"
HEADER_ROW = 3  # the title, the line under it, the note on an unfinished year, then this
FIRST_DATA_ROW = HEADER_ROW + 1
FIGURE_WIDTH = 12.5  # characters: "Odwołania od" on a line of the wrapped header
# The series the charts draw (figure names), in the tables' column order.
YEAR_SERIES = ("received", "granted", "refused")
CERTIFICATE_SERIES = ("revocations", "expiries", "valid_at_end")
BREAKDOWN_SERIES = ("received", "granted")
COLOURS = ("#44546A", "#5B9BD5", "#ED7D31")
NOTE_WIDTH = 100  # characters of the notes' column
NOTE_LINE = 110  # characters of a note on a line of it (the width counts wide digits)


@dataclass(frozen=True)
class _Block:
    """Where a breakdown sheet put the rows of the chart's period: first and last row
    (zero-based), the label's column."""

    first: int
    last: int
    label_column: int


def statistics_xlsx(statistics: YearlyStatistics, office: OfficeDetails = DEFAULT_OFFICE) -> bytes:
    """The workbook of ``statistics``, as the bytes of an .xlsx file."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"title": statistics.title, "subject": "Certyfikat Jakości CAL",
                         "author": "CALcert Desktop", "company": office.name})  # fmt: skip
    styles = _styles(book)
    summary = book.add_worksheet(SUMMARY_SHEET)
    years_end = _summary_sheet(summary, statistics, office, styles)
    blocks = []
    for name, title, column, rows_of in (
        (VOIVODESHIP_SHEET, words.BY_VOIVODESHIP, words.VOIVODESHIP, _voivodeships),
        (TYPE_SHEET, words.BY_TYPE, words.INSTITUTION_TYPE, _types),
    ):
        sheet = book.add_worksheet(name)
        blocks.append(_breakdown_sheet(sheet, statistics, office, styles, (title, column), rows_of))
    charts = book.add_worksheet(CHART_SHEET)
    _charts(book, charts, statistics, years_end, blocks)
    _notes_sheet(book.add_worksheet(NOTES_SHEET), styles)
    book.close()
    return buffer.getvalue()


def _voivodeships(period: Period) -> Sequence[Row]:
    return period.by_voivodeship


def _types(period: Period) -> Sequence[Row]:
    return period.by_institution_type


def _styles(book: Any) -> dict[str, Any]:
    header = {"bold": True, "text_wrap": True, "valign": "bottom", "bg_color": "#DFE6EE",
              "bottom": 2, "bottom_color": "#44546A", "border_color": "#C8D0DA"}  # fmt: skip
    return {
        "title": book.add_format({"bold": True, "font_size": 14}),
        "note": book.add_format({"italic": True, "font_color": "#595959"}),
        "header": book.add_format({**header, "align": "center"}),
        "header_text": book.add_format({**header, "align": "left"}),
        "text": book.add_format({"valign": "top"}),
        "year": book.add_format({"num_format": "0", "align": "left"}),
        "count": book.add_format({"num_format": "#,##0"}),
        "median": book.add_format({"num_format": "0.0"}),
        "total_text": book.add_format({"bold": True, "top": 1}),
        "total_count": book.add_format({"bold": True, "top": 1, "num_format": "#,##0"}),
        "total_median": book.add_format({"bold": True, "top": 1, "num_format": "0.0"}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
        "bold": book.add_format({"bold": True, "valign": "top"}),
    }


def _heading(sheet: Any, title: str, statistics: YearlyStatistics, office: OfficeDetails,
             styles: dict[str, Any]) -> None:  # fmt: skip
    sheet.write_string(0, 0, title, styles["title"])
    sheet.write_string(1, 0, words.made_by(statistics, office), styles["note"])
    note = words.unfinished_note(statistics)
    if note:
        sheet.write_string(2, 0, note, styles["note"])


def _printed(sheet: Any, landscape: bool = True) -> None:
    """Printed (and converted to PDF) on A4, as wide as one page, the header row on each."""
    sheet.set_paper(9)
    if landscape:
        sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)


def _header(
    sheet: Any, labels: Sequence[str], styles: dict[str, Any], widths: Sequence[float]
) -> None:
    for column, (label, width) in enumerate(zip(labels, widths, strict=True)):
        sheet.set_column(column, column, width)
        style = styles["header_text"] if column < len(labels) - len(FIGURES) else styles["header"]
        sheet.write_string(HEADER_ROW, column, label, style)
    sheet.set_row(HEADER_ROW, 48)  # three lines of a wrapped title
    _printed(sheet)
    sheet.repeat_rows(HEADER_ROW)


def _figures(sheet: Any, row: int, column: int, values: Any, styles: dict[str, Any],
             total: bool = False) -> None:  # fmt: skip
    prefix = "total_" if total else ""
    for offset, name in enumerate(FIGURES):
        value = values.value(name)
        style = styles[prefix + ("median" if name == "median_days" else "count")]
        if value is None:
            sheet.write_blank(row, column + offset, None, style)
        else:
            sheet.write_number(row, column + offset, value, style)


def _summary_sheet(sheet: Any, statistics: YearlyStatistics, office: OfficeDetails,
                   styles: dict[str, Any]) -> int:  # fmt: skip
    """The years, one a row, and the range's total; returns the last year's row."""
    _heading(sheet, statistics.title, statistics, office, styles)
    labels = [words.YEAR, *(FIGURE_LABELS[name] for name in FIGURES)]
    _header(sheet, labels, styles, [16, *([FIGURE_WIDTH] * len(FIGURES))])
    row = FIRST_DATA_ROW
    for period in statistics.years:
        sheet.write_number(row, 0, period.year or 0, styles["year"])
        _figures(sheet, row, 1, period.overall, styles)
        row += 1
    if statistics.total is not None:
        sheet.write_string(row, 0, words.period_title(statistics.total), styles["total_text"])
        _figures(sheet, row, 1, statistics.total.overall, styles, total=True)
    sheet.freeze_panes(FIRST_DATA_ROW, 1)
    return FIRST_DATA_ROW + len(statistics.years) - 1


def _breakdown_sheet(
    sheet: Any,
    statistics: YearlyStatistics,
    office: OfficeDetails,
    styles: dict[str, Any],
    titles: tuple[str, str],
    rows_of: Any,
) -> _Block:
    """Every period's rows of one breakdown; returns where the last period's rows are."""
    title, column_title = titles
    _heading(sheet, f"{title} — {statistics.title[0].lower()}{statistics.title[1:]}",
             statistics, office, styles)  # fmt: skip
    longest = max(len(row.label) for row in rows_of(statistics.last))
    labels = [words.PERIOD, column_title, *(FIGURE_LABELS[name] for name in FIGURES)]
    widths = [18, max(16, longest + 2), *([FIGURE_WIDTH] * len(FIGURES))]
    _header(sheet, labels, styles, widths)
    row = FIRST_DATA_ROW
    first = row
    for period in statistics.periods:
        first = row
        for entry in rows_of(period):
            if period.year is not None:
                sheet.write_number(row, 0, period.year, styles["year"])
            else:
                sheet.write_string(row, 0, words.period_title(period), styles["text"])
            sheet.write_string(row, 1, entry.label, styles["text"])
            _figures(sheet, row, 2, entry.figures, styles)
            row += 1
    sheet.freeze_panes(FIRST_DATA_ROW, 2)
    sheet.autofilter(HEADER_ROW, 0, row - 1, len(labels) - 1)
    return _Block(first, row - 1, 1)


def _column(name: str, offset: int) -> int:
    return offset + FIGURES.index(name)


def _charts(book: Any, sheet: Any, statistics: YearlyStatistics, years_end: int,
            blocks: Sequence[_Block]) -> None:  # fmt: skip
    """The charts, one under another: the years (applications and decisions; certificates),
    then the last period by voivodeship and by institution type."""
    sheet.hide_gridlines(2)
    _printed(sheet, landscape=False)
    years = (FIRST_DATA_ROW, years_end)
    place = 1
    for title, series in ((words.CHART_RECEIVED, YEAR_SERIES),
                          (words.CHART_CERTIFICATES, CERTIFICATE_SERIES)):  # fmt: skip
        chart = book.add_chart({"type": "column"})
        for index, name in enumerate(series):
            column = _column(name, 1)
            chart.add_series({
                "name": [SUMMARY_SHEET, HEADER_ROW, column],
                "categories": [SUMMARY_SHEET, years[0], 0, years[1], 0],
                "values": [SUMMARY_SHEET, years[0], column, years[1], column],
                "fill": {"color": COLOURS[index]},
            })  # fmt: skip
        chart.set_title({"name": title, "name_font": {"size": 12}})
        chart.set_x_axis({"name": words.YEAR, "num_format": "0"})
        chart.set_y_axis({"name": "Liczba", "major_gridlines": {"visible": True}})
        chart.set_legend({"position": "bottom"})
        chart.set_size({"width": 760, "height": 340})
        sheet.insert_chart(place, 1, chart)
        place += 18
    sheet.set_h_pagebreaks([place - 1])  # the breakdowns on a page of their own
    for (sheet_name, title), block in zip(
        ((VOIVODESHIP_SHEET, words.BY_VOIVODESHIP), (TYPE_SHEET, words.BY_TYPE)), blocks,
        strict=True,
    ):  # fmt: skip
        chart = book.add_chart({"type": "bar"})
        for index, name in enumerate(BREAKDOWN_SERIES):
            column = _column(name, 2)
            chart.add_series({
                "name": [sheet_name, HEADER_ROW, column],
                "categories": [sheet_name, block.first, block.label_column, block.last,
                               block.label_column],
                "values": [sheet_name, block.first, column, block.last, column],
                "fill": {"color": COLOURS[index]},
            })  # fmt: skip
        rows = block.last - block.first + 1
        chart.set_title({"name": f"{title}: {statistics.last.label}", "name_font": {"size": 12}})
        # The table's order from the top, the values' axis still at the foot.
        chart.set_y_axis({"reverse": True, "crossing": "max"})
        chart.set_x_axis({"name": "Liczba", "major_gridlines": {"visible": True}})
        chart.set_legend({"position": "bottom"})
        height = 120 + 26 * rows
        chart.set_size({"width": 760, "height": height})
        sheet.insert_chart(place, 1, chart)
        place += height // 20 + 2


def _notes_sheet(sheet: Any, styles: dict[str, Any]) -> None:
    sheet.set_column(0, 0, 30)
    sheet.set_column(1, 1, NOTE_WIDTH)
    _printed(sheet)
    sheet.write_string(0, 0, "Co liczą kolumny", styles["title"])
    sheet.write_string(2, 0, "Kolumna", styles["header_text"])
    sheet.write_string(2, 1, "Co liczy", styles["header_text"])
    row = 3
    for name in FIGURES:
        sheet.write_string(row, 0, FIGURE_LABELS[name], styles["bold"])
        sheet.write_string(row, 1, FIGURE_NOTES[name], styles["wrap"])
        # A wrapped cell's row does not grow by itself when the file is opened (LibreOffice
        # draws the second line over the next row): its lines are counted here.
        lines = -(-len(FIGURE_NOTES[name]) // NOTE_LINE)
        if lines > 1:
            sheet.set_row(row, 15 * lines)
        row += 1
    sheet.write_string(row + 1, 0, words.BREAKDOWN_NOTE, styles["note"])
