"""Spreadsheets made by the tests, from a header and rows of Python values (issue 23).

Each returns the file's bytes, as an office would hand it over: ``xlsx`` (XlsxWriter) and
``ods`` (odfpy) with numbers as numbers and dates as real date cells, ``csv_bytes`` with
every value as the text Polish Excel writes. ``None`` is an empty cell everywhere.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import xlsxwriter
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.teletype import addTextToElement
from odf.text import P

Rows = Sequence[Sequence[Any]]


def xlsx(header: Sequence[str], rows: Rows, *, sheet: str = "Rejestr") -> bytes:
    """An XLSX with one sheet: text as text, numbers, booleans, dates in ``dd.mm.yyyy``."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    worksheet = book.add_worksheet(sheet)
    day = book.add_format({"num_format": "dd.mm.yyyy"})
    moment = book.add_format({"num_format": "dd.mm.yyyy hh:mm"})
    for row_number, row in enumerate([header, *rows]):
        for column, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, bool):
                worksheet.write_boolean(row_number, column, value)
            elif isinstance(value, datetime):
                worksheet.write_datetime(row_number, column, value, moment)
            elif isinstance(value, date):
                worksheet.write_datetime(row_number, column, value, day)
            elif isinstance(value, int | float):
                worksheet.write_number(row_number, column, value)
            else:
                worksheet.write_string(row_number, column, str(value))
    book.close()
    return buffer.getvalue()


def ods(header: Sequence[str], rows: Rows, *, sheet: str = "Rejestr") -> bytes:
    """An ODS with one sheet, its cells typed as LibreOffice types them (date cells carry
    ``office:date-value``; a text's lines are paragraphs, as Calc writes them)."""
    document = OpenDocumentSpreadsheet()
    table = Table(name=sheet)
    for row in [header, *rows]:
        table_row = TableRow()
        for value in row:
            table_row.addElement(_ods_cell(value))
        table.addElement(table_row)
    document.spreadsheet.addElement(table)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def _ods_cell(value: Any) -> TableCell:
    if value is None:
        return TableCell()
    if isinstance(value, bool):
        cell = TableCell(valuetype="boolean", booleanvalue="true" if value else "false")
        shown = "PRAWDA" if value else "FAŁSZ"
    elif isinstance(value, datetime):
        cell = TableCell(valuetype="date", datevalue=value.isoformat(timespec="seconds"))
        shown = f"{value:%d.%m.%Y %H:%M}"
    elif isinstance(value, date):
        cell = TableCell(valuetype="date", datevalue=value.isoformat())
        shown = f"{value:%d.%m.%Y}"
    elif isinstance(value, int | float):
        cell = TableCell(valuetype="float", value=repr(value))
        shown = str(value)
    else:
        cell = TableCell(valuetype="string")
        shown = str(value)
    for line in shown.split("\n"):
        paragraph = P()
        addTextToElement(paragraph, line)  # runs of spaces and tabs as ODF's text:s, text:tab
        cell.addElement(paragraph)
    return cell


def csv_bytes(
    header: Sequence[str],
    rows: Rows,
    *,
    delimiter: str = ";",
    encoding: str = "utf-8",
) -> bytes:
    """A CSV as Excel saves one: records ended by CRLF, fields quoted only when they must be.

    ``encoding`` is ``"utf-8"``, ``"utf-8-sig"`` (with a BOM, Excel's "CSV UTF-8") or
    ``"cp1250"`` (Polish Excel's plain "CSV"). Dates are ``dd.mm.yyyy`` text, date-times
    ``dd.mm.yyyy hh:mm``, booleans PRAWDA/FAŁSZ as Polish Excel writes them, numbers ``str()``.
    """
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    for row in [header, *rows]:
        writer.writerow([_csv_text(value) for value in row])
    return text.getvalue().encode(encoding)


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "PRAWDA" if value else "FAŁSZ"
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return str(value)
