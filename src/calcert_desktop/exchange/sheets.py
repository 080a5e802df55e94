"""Spreadsheets in and out, for the paper-era register's import (issue 23).

:func:`read_sheet` turns an XLSX, XLSM, XLS or ODS workbook (python-calamine) or a CSV/TXT
file (the standard library) into one :class:`Table` of plain cells; :func:`write_rows`
writes rows back as an XLSX (XlsxWriter), for the refused rows the office corrects.

What a workbook's cell becomes (checked with python-calamine 0.9.1):

- text: ``str`` as typed; an empty cell ``None``; a number typed as text ("0012") stays text;
- a number: ``int`` when whole, else ``float``. XLSX and ODS store every number as a double
  (calamine gives ``2019.0``) while XLS keeps whole ones as integers (``2019``): making
  whole ones ``int`` gives the same cell the same value from every format, and a numeric
  cell is still told from text by its type;
- a boolean: ``bool``;
- a date cell: ``date``; a date-and-time cell: ``datetime`` (calamine decides by the cell's
  number format in XLSX/XLS, by ``office:date-value`` in ODS);
- a time-only cell ("12:30") or an XLSX/XLS duration ("[h]:mm"): its text, "12:30:00" and
  "36:00:00" (no register column holds one; the import shows what the cell said when it
  refuses it as a date), an ODS duration as calamine gives it ("PT36H00M00S");
- an error cell (#DZIEL/0!, #N/D!): ``None``, as calamine gives errors as empty text.

A CSV's cells are ``str`` (``None`` when empty): the file does not say what is a number.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import PurePath
from typing import TypeAlias

import xlsxwriter
from python_calamine import (
    CalamineWorkbook,
    PasswordError,
    SheetTypeEnum,
    SheetVisibleEnum,
)
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from calcert_desktop.domain.errors import ValidationError

Cell: TypeAlias = str | int | float | bool | date | datetime | None

_ZIP = b"PK\x03\x04"  # XLSX, XLSM and ODS are zip archives
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # XLS, and an XLSX encrypted with a password
# The stream an encrypted OOXML file keeps inside its OLE2 container (MS-OFFCRYPTO); calamine
# only says "Cannot detect file format" of such a file.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
_TEXT_SUFFIXES = frozenset({".csv", ".txt"})
# Whole doubles below 2**53 are exact integers; above, ``int()`` would invent digits.
_EXACT_INT = float(2**53)

# Candidate delimiters in the order that breaks ties: a tab or a ';' is seldom typed inside
# a cell, a ',' often is (addresses, decimal commas of a ';'-separated Polish file).
_DELIMITERS = ("\t", ";", ",")
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_RECORDS = 50
# A quoted field, doubled quotes and newlines inside included (or running to the sample's end).
_QUOTED = re.compile(r'"[^"]*(?:"|$)')
# Excel's hint line naming the delimiter ("sep=;"); Excel neither shows it nor counts it.
_SEPARATOR_LINE = re.compile(r"sep=(.)")

_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_DATE_FORMAT = "dd.mm.yyyy"
_DATETIME_FORMAT = "dd.mm.yyyy hh:mm"
_WIDTH = (8, 50)  # characters, for ordinary columns
_NOTE_WIDTH = (30, 80)  # the note column wraps its text within this
_LINE_HEIGHT = 15  # points: one line of Excel's default font


@dataclass(frozen=True, slots=True)
class Table:
    """The cells of one sheet: ``rows[i][j]`` is the sheet's row ``i + 1``, column ``j + 1``.

    Empty rows and columns before the data are kept (as ``None``), so row numbers are the
    ones the office sees in its spreadsheet (for a CSV: the record's number, a quoted cell
    may span lines); trailing empty rows and columns are dropped and every row has the same
    length. ``encoding`` and ``delimiter`` are ``None`` for a workbook.
    """

    rows: tuple[tuple[Cell, ...], ...]
    sheet: str  # the worksheet's name; for a CSV its file name without the extension
    encoding: str | None  # "utf-8", "utf-8-sig" (with a BOM), "utf-16" (BOM) or "cp1250"
    delimiter: str | None  # ";", "," or "\t" (or what an Excel "sep=" line names)


def read_sheet(data: bytes, file_name: str) -> Table:
    """The first visible worksheet with data of a workbook, or the rows of a CSV/TXT file.

    Zip or OLE2 content is read as a workbook whatever the name says; other content as CSV
    when the name ends in .csv or .txt (``file_name`` may be a whole path). Raises
    :class:`ValidationError` with code ``sheet.unknown_format``, ``sheet.unreadable``,
    ``sheet.password``, ``sheet.empty`` or ``sheet.encoding`` (field ``file``), whose Polish
    message says what to do.
    """
    name = PurePath(file_name).name
    suffix = PurePath(name).suffix.lower()
    kind = suffix[1:].upper() if suffix in _WORKBOOK_SUFFIXES | _TEXT_SUFFIXES else None
    if data.startswith(_OLE2) and _ENCRYPTED_PACKAGE in data:
        raise ValidationError("sheet.password", "file", name=name)
    if data.startswith((_ZIP, _OLE2)):
        return _read_workbook(data, name, kind)
    if suffix in _TEXT_SUFFIXES:
        return _read_csv(data, name)
    if suffix in _WORKBOOK_SUFFIXES:
        if not data.strip():
            raise ValidationError("sheet.empty", "file", name=name)
        raise ValidationError("sheet.unreadable", "file", name=name, kind=kind)
    raise ValidationError("sheet.unknown_format", "file", name=name)


@contextmanager
def _calamine_errors(name: str, kind: str | None) -> Iterator[None]:
    """Calamine's complaints about a file as our typed errors: the file is damaged, or (with
    no spreadsheet extension to go by) not a spreadsheet at all."""
    not_read = (
        ValidationError("sheet.unreadable", "file", name=name, kind=kind)
        if kind
        else ValidationError("sheet.unknown_format", "file", name=name)
    )
    try:
        yield
    except PasswordError as exc:  # an XLS encrypted with a password
        raise ValidationError("sheet.password", "file", name=name) from exc
    except Exception as exc:  # calamine's errors on a damaged file come in several classes
        raise not_read from exc
    except BaseException as exc:
        # A Rust panic inside calamine (a damaged XLS) reaches Python as pyo3's
        # PanicException, a BaseException; anything else (KeyboardInterrupt) goes on.
        if type(exc).__name__ != "PanicException":
            raise
        raise not_read from exc


def _read_workbook(data: bytes, name: str, kind: str | None) -> Table:
    with _calamine_errors(name, kind):
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        # Chart and macro sheets hold no rows; a hidden sheet is not what the office sees.
        candidates = [
            (index, meta.name)
            for index, meta in enumerate(book.sheets_metadata)
            if meta.typ == SheetTypeEnum.WorkSheet and meta.visible == SheetVisibleEnum.Visible
        ]
    for index, sheet in candidates:
        with _calamine_errors(name, kind):
            # skip_empty_area=False keeps cell A1 at [0][0], so row numbers stay the sheet's.
            raw = book.get_sheet_by_index(index).to_python(skip_empty_area=False)
        rows = _rectangle([[_workbook_cell(value) for value in row] for row in raw])
        if rows:
            return Table(rows, sheet, None, None)
    raise ValidationError("sheet.empty", "file", name=name)


def _workbook_cell(value: Cell | time | timedelta) -> Cell:
    if isinstance(value, str):
        return value or None
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < _EXACT_INT else value
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return _duration_text(value)
    return value  # int (XLS), bool, date, datetime


def _duration_text(value: timedelta) -> str:
    """A duration as Excel's ``[h]:mm:ss`` shows it ("36:00:00"), not Python's "1 day, …"."""
    seconds = round(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"


def _rectangle(rows: list[list[Cell]]) -> tuple[tuple[Cell, ...], ...]:
    """Rows without trailing empty rows and columns, each padded to the same width."""
    width = height = 0
    for number, row in enumerate(rows, start=1):
        used = len(row)
        while used and row[used - 1] is None:
            used -= 1
        if used:
            height = number
            width = max(width, used)
    return tuple((*row[:width], *(None,) * (width - len(row))) for row in rows[:height])


def _read_csv(data: bytes, name: str) -> Table:
    text, encoding = _decode(data, name)
    if not text.strip():
        raise ValidationError("sheet.empty", "file", name=name)
    if "\x00" in text:  # a binary file under a .csv name; no text file holds NUL
        raise ValidationError("sheet.unreadable", "file", name=name, kind="CSV")
    first_line, _, rest = text.partition("\n")
    if hint := _SEPARATOR_LINE.fullmatch(first_line.rstrip("\r")):
        delimiter, text = hint[1], rest
    else:
        delimiter = _detect_delimiter(text)
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    try:
        rows = _rectangle([[cell or None for cell in record] for record in records])
    except csv.Error as exc:  # e.g. a field over csv's size limit: not a register
        raise ValidationError("sheet.unreadable", "file", name=name, kind="CSV") from exc
    if not rows:  # only delimiters and blank lines
        raise ValidationError("sheet.empty", "file", name=name)
    return Table(rows, PurePath(name).stem, encoding, delimiter)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and its encoding: UTF-16 by its BOM (Excel's "Unicode text"), else strict
    UTF-8 (a BOM dropped), else Windows-1250 (a legacy Polish Excel's "CSV")."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        tried: tuple[str, ...] = ("utf-16",)
    elif data.startswith(codecs.BOM_UTF8):
        tried = ("utf-8-sig",)  # a BOM says UTF-8: cp1250 would only make it mojibake
    else:
        tried = ("utf-8", "cp1250")
    for encoding in tried:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ValidationError("sheet.encoding", "file", name=name)


def _detect_delimiter(text: str) -> str:
    """``;``, ``,`` or tab, from the first records.

    First the delimiter that occurs, outside quotes, the same number of times in every
    sampled record (the header included, at least once), preferring tab, then ``;``: a
    Polish file's decimal commas or addresses can make ``,`` look as regular as its ``;``,
    and csv.Sniffer prefers ``,`` on such a tie. Ragged records go to csv.Sniffer (restricted
    to the three); when it cannot tell, the delimiter the header uses most (``;`` if none).
    """
    sample = text[:_SAMPLE_CHARS]
    lines = [line for line in _QUOTED.sub("", sample).splitlines() if line.strip()]
    if len(sample) < len(text) and len(lines) > 1:
        lines.pop()  # the sample ends inside this record: its counts would fall short
    lines = lines[:_SAMPLE_RECORDS]
    if not lines:
        return ";"
    counts = {d: [line.count(d) for line in lines] for d in _DELIMITERS}
    for delimiter in _DELIMITERS:
        first = counts[delimiter][0]
        if first and all(count == first for count in counts[delimiter]):
            return delimiter
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        pass  # no delimiter regular enough for it either
    best = max(_DELIMITERS, key=lambda d: counts[d][0])  # ties keep _DELIMITERS' order
    return best if counts[best][0] else ";"


def write_rows(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    sheet: str,
    note_column: str | None = None,
) -> bytes:
    """An XLSX of one sheet: ``header`` bold and frozen with a filter, then ``rows``.

    Dates and date-times are real Excel dates (``dd.mm.yyyy``, ``dd.mm.yyyy hh:mm``); text
    is written as text, never as a formula or a link (a refused row goes back as it came);
    columns are as wide as their content (within limits). ``note_column`` names a header
    column to highlight and wrap: for an import's refused rows, why each was refused. The
    sheet's name is made valid for Excel (31 characters, no ``[]:*?/\\``). Returns the
    file's bytes; the caller writes them (a temporary file, then renamed).
    """
    note = list(header).index(note_column) if note_column is not None else None
    buffer = io.BytesIO()
    # Text stays text: a cell "=1+1" or "http://…" from an office's file is data, not code.
    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
               "nan_inf_to_errors": True}  # fmt: skip
    book = xlsxwriter.Workbook(buffer, options)
    worksheet = book.add_worksheet(_sheet_name(sheet))
    bold = book.add_format({"bold": True, "bottom": 1})
    note_header = book.add_format({"bold": True, "bottom": 1, "bg_color": "#F4B084"})
    note_cell = book.add_format({"bg_color": "#FCE4D6", "text_wrap": True})
    formats = {  # by the value's type; str: a text of several lines, which must wrap
        date: book.add_format({"num_format": _DATE_FORMAT}),
        datetime: book.add_format({"num_format": _DATETIME_FORMAT}),
        str: book.add_format({"text_wrap": True}),
    }
    widths = _column_widths(header, rows, note)
    for column, title in enumerate(header):
        worksheet.write_string(0, column, title, note_header if column == note else bold)
    for number, row in enumerate(rows, start=1):
        lines = 1
        for column, value in enumerate(row):
            if value is None:
                continue
            if column == note:
                worksheet.write_string(number, column, str(value), note_cell)
            else:
                _write_cell(worksheet, number, column, value, formats)
            if isinstance(value, str) and (column == note or "\n" in value):
                lines = max(lines, _wrapped_lines(value, widths[column]))
        if lines > 1:  # LibreOffice keeps a row one line high unless told
            worksheet.set_row(number, _LINE_HEIGHT * lines)
    for column, width in enumerate(widths):
        worksheet.set_column(column, column, width, note_cell if column == note else None)
    worksheet.freeze_panes(1, 0)
    worksheet.repeat_rows(0)  # printed: the header on every page, the columns on one width
    worksheet.set_landscape()
    worksheet.fit_to_pages(1, 0)
    if widths:
        worksheet.autofilter(0, 0, len(rows), len(widths) - 1)
    book.close()
    return buffer.getvalue()


def _column_widths(
    header: Sequence[str], rows: Sequence[Sequence[Cell]], note: int | None
) -> list[int]:
    """Each column's width in characters: its longest value or title, within limits."""
    shown = [len(title) for title in header]
    for row in rows:
        shown.extend([0] * (len(row) - len(shown)))
        for column, value in enumerate(row):
            if value is not None:
                shown[column] = max(shown[column], _shown_length(value))
    widths = []
    for column, length in enumerate(shown):
        low, high = _NOTE_WIDTH if column == note else _WIDTH
        widths.append(min(max(length + 2, low), high))
    return widths


def _wrapped_lines(text: str, width: int) -> int:
    """About how many lines a wrapped ``text`` takes in a column ``width`` characters wide."""
    chars = max(width - 2, 1)
    return sum(max(1, -(-len(line) // chars)) for line in text.split("\n"))


def _write_cell(
    ws: Worksheet, row: int, column: int, value: Cell, formats: dict[type, Format]
) -> None:
    if isinstance(value, bool):  # before numbers: a bool is an int
        ws.write_boolean(row, column, value)
    elif isinstance(value, date):
        kind = datetime if isinstance(value, datetime) else date
        if value.year < 1900:  # before Excel's first date: kept as the text it would show
            text = f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
            ws.write_string(row, column, f"{text} {value:%H:%M}" if kind is datetime else text)
        else:
            ws.write_datetime(row, column, value, formats[kind])
    elif isinstance(value, int | float):
        ws.write_number(row, column, value)
    else:
        text = str(value)
        ws.write_string(row, column, text, formats[str] if "\n" in text else None)


def _shown_length(value: Cell) -> int:
    if isinstance(value, datetime):
        return len("dd.mm.yyyy hh:mm")
    if isinstance(value, date):
        return len("dd.mm.yyyy")
    return max((len(line) for line in str(value).splitlines()), default=0)


def _sheet_name(name: str) -> str:
    """A name Excel accepts: no ``[]:*?/\\``, no apostrophe at either end, 31 characters."""
    cleaned = _SHEET_NAME_FORBIDDEN.sub("_", name).strip("'")[:31]
    return cleaned or "Arkusz1"
