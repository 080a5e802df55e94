"""exchange/sheets.py: reading XLSX, ODS, XLS and CSV into one table, and writing rows back
as an XLSX (issue 23, the paper-era register's import)."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import pytest
import xlsxwriter
from python_calamine import CalamineWorkbook

import sheet_files
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.exchange.sheets import read_sheet, write_rows

SAMPLES = Path(__file__).parent / "samples"

HEADER = ["Lp.", "Nazwa placówki", "NIP", "Data wydania", "Ważny do", "Kwota", "Uwagi"]
ROWS = [
    [1, "Przedszkole nr 5 „Źdźbło” w Łodzi", "0123456789", date(2019, 3, 1),
     date(2024, 2, 29), 3.5, None],
    [2, "Żłobek „Gęśla Jaźń” — Świętochłowice", 5260001234, date(2020, 12, 31), None, 1200,
     "Siedziba: ul. Długa 1; Łódź\nfilia: ul. Krótka 2"],
    [3, "Szkoła Podstawowa w Ćmielowie", None, None, None, None, None],
    [None, None, None, None, None, None, None],
    [4, "Ośrodek „Ząbki” ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ", "123-456-32-18", date(2018, 1, 15),
     date(2023, 1, 14), 0.25, "ostatni"],
]  # fmt: skip
EXPECTED = tuple(tuple(row) for row in [HEADER, *ROWS])


def as_csv_text(value):
    """What a CSV cell holds for a value sheet_files.csv_bytes wrote."""
    if value is None:
        return None
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return str(value)


EXPECTED_TEXT = tuple(tuple(as_csv_text(value) for value in row) for row in EXPECTED)


def refused(data: bytes, file_name: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        read_sheet(data, file_name)
    assert caught.value.field == "file"
    return caught.value


# --- workbooks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "file_name"), [(sheet_files.xlsx, "rejestr.xlsx"), (sheet_files.ods, "rejestr.ods")]
)
def test_a_workbook_comes_back_with_its_types(make, file_name):
    table = read_sheet(make(HEADER, ROWS), file_name)
    assert table.rows == EXPECTED
    assert (table.sheet, table.encoding, table.delimiter) == ("Rejestr", None, None)
    nip = table.rows[2][2]
    assert type(nip) is int and nip == 5260001234  # a whole number stored as 5260001234.0
    assert type(table.rows[1][5]) is float
    assert type(table.rows[1][3]) is date


def test_an_xls_comes_back_with_its_types():
    # Made by xlwt from HEADER and ROWS (samples/make_samples.py): nothing installed writes XLS.
    table = read_sheet((SAMPLES / "register.xls").read_bytes(), "rejestr.xls")
    assert table.rows == EXPECTED
    assert table.sheet == "Rejestr"


def test_xlsm_is_read_as_a_workbook_and_content_wins_over_the_name():
    data = sheet_files.xlsx(HEADER, ROWS)
    assert read_sheet(data, "rejestr.xlsm").rows == EXPECTED
    assert read_sheet(data, "rejestr.csv").rows == EXPECTED  # an XLSX saved under .csv
    assert read_sheet(data, "rejestr").rows == EXPECTED  # no extension at all
    assert read_sheet(data, r"C:\Biuro\stary rejestr.XLSX").rows == EXPECTED


def test_the_cell_kinds_calamine_gives_become_plain_cells():
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Typy")
    as_date = book.add_format({"num_format": "dd.mm.yyyy"})
    moment = book.add_format({"num_format": "dd.mm.yyyy hh:mm"})
    sheet.write_datetime(0, 0, datetime(2019, 3, 1, 12, 30), moment)
    sheet.write_datetime(0, 1, date(2019, 3, 1), as_date)
    sheet.write_number(0, 2, 43525.75, as_date)  # a date cell with a time part
    sheet.write_datetime(0, 3, time(12, 30), book.add_format({"num_format": "hh:mm"}))
    sheet.write_number(0, 4, 1.5, book.add_format({"num_format": "[h]:mm:ss"}))
    sheet.write_formula(0, 5, "=2018+1", None, 2019)
    sheet.write_formula(0, 6, "=1/0", None, "#DIV/0!")
    sheet.write_string(0, 7, "2019")
    sheet.write_number(0, 8, 2.0**53 + 2)  # past exact integers: stays a float
    sheet.write_boolean(0, 9, False)
    sheet.write_number(0, 10, -7)
    book.close()
    (row,) = read_sheet(buffer.getvalue(), "typy.xlsx").rows
    assert row == (
        datetime(2019, 3, 1, 12, 30), date(2019, 3, 1), datetime(2019, 3, 1, 18, 0),
        "12:30:00", "36:00:00", 2019, None, "2019", 2.0**53 + 2, False, -7,
    )  # fmt: skip
    assert [type(value) for value in row[5:9]] == [int, type(None), str, float]
    assert row[9] is False


def test_the_first_visible_worksheet_with_data_is_read_where_the_office_sees_it():
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.add_worksheet("Pusty")
    hidden = book.add_worksheet("Słownik")
    hidden.write_string(0, 0, "ukryte")
    hidden.hide()
    data_sheet = book.add_worksheet("Dane")
    data_sheet.write_string(2, 2, "Nazwa")  # C3
    data_sheet.write_string(3, 3, "Łódź")  # D4
    data_sheet.write_blank(9, 9, None, book.add_format({"bold": True}))  # formatted, empty
    book.add_worksheet("Druga").write_string(0, 0, "nie ta")
    book.close()
    table = read_sheet(buffer.getvalue(), "rejestr.xlsx")
    assert table.sheet == "Dane"
    # Rows and columns before the data are kept, so [i][j] is row i+1, column j+1.
    assert table.rows == (
        (None, None, None, None),
        (None, None, None, None),
        (None, None, "Nazwa", None),
        (None, None, None, "Łódź"),
    )


# --- CSV -------------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1250"])
def test_a_csv_comes_back_as_text_with_its_encoding_and_delimiter(encoding, delimiter):
    data = sheet_files.csv_bytes(HEADER, ROWS, delimiter=delimiter, encoding=encoding)
    table = read_sheet(data, "rejestr.csv")
    assert table.rows == EXPECTED_TEXT
    assert (table.encoding, table.delimiter, table.sheet) == (encoding, delimiter, "rejestr")
    assert table.rows[2][6] == "Siedziba: ul. Długa 1; Łódź\nfilia: ul. Krótka 2"


def test_a_cp1250_file_is_not_mistaken_for_utf8():
    data = sheet_files.csv_bytes(HEADER, ROWS, encoding="cp1250")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert read_sheet(data, "rejestr.csv").rows[5][1] == "Ośrodek „Ząbki” ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ"


def test_excels_unicode_text_is_read_by_its_bom():
    data = sheet_files.csv_bytes(HEADER, ROWS, delimiter="\t", encoding="utf-16")
    table = read_sheet(data, "rejestr.txt")
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.rows == EXPECTED_TEXT


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        # decimal commas and addresses: as regular as the ';', which must win
        ("Nazwa;Kwota (zł, brutto)\nA;3,5\nB;4,25\n", ";"),
        ("Nazwa;Adres\nPrzedszkole;ul. Długa 1, Łódź\nSzkoła;ul. Krótka 2, Kraków\n", ";"),
        # csv.Sniffer alone says ',' here (its tie-break prefers it)
        ("Nazwa\tAdres, miasto\nA\tul. Długa 1, Łódź\n", "\t"),
        # delimiters inside quotes do not count
        ('Nazwa,Uwagi\n"A; B; C",x\n"D;\nE",y\n', ","),
        ('"Nazwa;placówki";NIP,REGON\n"a,b,c";1,2\n', ";"),
        # ragged records (short rows left unfilled): Sniffer, then the header's count
        ("Nazwa;NIP;Data\nA;1\nB;2;3;4\n", ";"),
        ("Nazwa,NIP,Data\nA,1\nB\n", ","),
        # one column: nothing to detect, a ';' reads it whole
        ("Nazwa\nŁódź\n", ";"),
    ],
)
def test_the_delimiter_is_detected_from_the_data(text, delimiter):
    table = read_sheet(text.encode("utf-8"), "rejestr.csv")
    assert table.delimiter == delimiter
    assert table.rows[0][0].startswith("Nazwa")


def test_excels_separator_line_names_the_delimiter_and_is_not_a_row():
    table = read_sheet("sep=,\r\nNazwa;placówki,NIP\r\nŁódź;1,2\r\n".encode(), "rejestr.csv")
    assert table.delimiter == ","
    assert table.rows == (("Nazwa;placówki", "NIP"), ("Łódź;1", "2"))


def test_a_csv_loses_trailing_empty_rows_and_columns_and_keeps_leading_ones():
    text = ";;;\r\n;Nazwa;NIP;;\r\n;Łódź;;;\r\n\r\n;;;;\r\n\r\n"
    table = read_sheet(text.encode("utf-8"), "rejestr.csv")
    assert table.rows == ((None, None, None), (None, "Nazwa", "NIP"), (None, "Łódź", None))


def test_a_long_csv_is_read_whole():
    rows = [[n, f"Placówka nr {n} w Żywcu", date(2019, 1, 1 + n % 28)] for n in range(3000)]
    table = read_sheet(sheet_files.csv_bytes(["Lp.", "Nazwa", "Data"], rows), "rejestr.csv")
    assert len(table.rows) == 3001
    assert table.rows[-1] == ("2999", "Placówka nr 2999 w Żywcu", "04.01.2019")


# --- what cannot be read -----------------------------------------------------------------


def test_each_refusal_says_in_polish_what_to_do():
    damaged = sheet_files.xlsx(HEADER, ROWS)[:1500]
    assert refused(damaged, "rejestr.xlsx").message == (
        "Plik „rejestr.xlsx” (XLSX) jest uszkodzony, niepełny (np. przerwane kopiowanie) albo "
        "nie jest arkuszem tego rodzaju, więc nie da się go odczytać — otwórz go w Excelu lub "
        "LibreOffice Calc, zapisz ponownie jako XLSX i zaimportuj zapisaną kopię."
    )
    encrypted = (SAMPLES / "encrypted.xlsx").read_bytes()
    assert refused(encrypted, "rejestr.xlsx").message == (
        "Plik „rejestr.xlsx” jest chroniony hasłem, więc program go nie odczyta — otwórz go w "
        "Excelu lub LibreOffice Calc, zapisz kopię bez hasła i zaimportuj ją."
    )
    assert refused(b"", "rejestr.csv").message == (
        "Plik „rejestr.csv” nie zawiera danych: jest pusty albo jego widoczne arkusze nie mają "
        "wypełnionych komórek — sprawdź, czy wskazano właściwy plik."
    )
    assert refused(b"%PDF-1.7\n", "rejestr.pdf").message == (
        "Plik „rejestr.pdf” nie jest arkuszem, który program umie odczytać — zapisz rejestr w "
        "Excelu lub LibreOffice Calc jako XLSX, ODS albo CSV i zaimportuj zapisany plik."
    )
    neither = "Nazwa;Miasto\nA;Łódź\n".encode("cp1250") + b"\x98\xff"
    assert refused(neither, "rejestr.csv").message == (
        "Plik „rejestr.csv” nie jest zapisany w kodowaniu UTF-8 ani Windows-1250, więc polskie "
        "litery by się zniekształciły — zapisz go w Excelu jako „CSV UTF-8 (rozdzielany "
        "przecinkami)” albo jako XLSX i zaimportuj ponownie."
    )


def _empty_workbook() -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.add_worksheet("Arkusz1")
    hidden = book.add_worksheet("Ukryty")
    hidden.write_string(0, 0, "tylko tu")
    hidden.hide()
    book.close()
    return buffer.getvalue()


def _not_a_spreadsheet_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def _sample(name: str, keep: int | None = None):
    """A sample file's bytes (cut to ``keep``), read when the test runs."""
    return lambda: (SAMPLES / name).read_bytes()[:keep]


def _cut(make, keep: int | None = None):
    """A file made from HEADER and ROWS, cut to ``keep`` bytes (to half by default)."""

    def cut() -> bytes:
        data = make(HEADER, ROWS)
        return data[: len(data) // 2 if keep is None else keep]

    return cut


def _given(data: bytes):
    return lambda: data


REFUSALS = {
    "xlsx-cut": (_cut(sheet_files.xlsx), "rejestr.xlsx", "sheet.unreadable"),
    "xlsx-10-bytes": (_cut(sheet_files.xlsx, 10), "rejestr.xlsx", "sheet.unreadable"),
    "ods-cut": (_cut(sheet_files.ods), "rejestr.ods", "sheet.unreadable"),
    "xls-cut": (_sample("register.xls", 2048), "rejestr.xls", "sheet.unreadable"),
    # calamine panics on this one (pyo3's PanicException, a BaseException)
    "xls-cut-panics": (_sample("register.xls", 4096), "rejestr.xls", "sheet.unreadable"),
    "csv-named-xlsx": (_given(b"Nazwa;NIP\n"), "rejestr.xlsx", "sheet.unreadable"),
    "docx-named-xlsx": (_not_a_spreadsheet_zip, "rejestr.xlsx", "sheet.unreadable"),
    "binary-csv": (_given(b"Nazwa\x00\x00\x01\x02"), "rejestr.csv", "sheet.unreadable"),
    "password": (_sample("encrypted.xlsx"), "rejestr.xlsx", "sheet.password"),
    "empty-xlsx": (_given(b""), "rejestr.xlsx", "sheet.empty"),
    "empty-csv": (_given(b""), "rejestr.csv", "sheet.empty"),
    "blank-csv": (_given(b"\xef\xbb\xbf\r\n  \r\n"), "rejestr.csv", "sheet.empty"),
    "delimiters-only": (_given(b";;;\r\n;;;\r\n"), "rejestr.csv", "sheet.empty"),
    "data-on-hidden-sheet": (_empty_workbook, "rejestr.xlsx", "sheet.empty"),
    "pdf": (_given(b"%PDF-1.7\n"), "rejestr.pdf", "sheet.unknown_format"),
    "docx": (_not_a_spreadsheet_zip, "rejestr.docx", "sheet.unknown_format"),
    "no-extension": (_given(b""), "rejestr", "sheet.unknown_format"),
    "json": (_given(b"Nazwa;NIP\n"), "rejestr.json", "sheet.unknown_format"),
    "bom-not-utf8": (_given(b"\xef\xbb\xbfNazwa\xff\n"), "rejestr.csv", "sheet.encoding"),
    "broken-utf16": (_given(b"\xff\xfeN\x00\x00\xd8"), "rejestr.txt", "sheet.encoding"),
}


@pytest.mark.parametrize(("data", "file_name", "code"), REFUSALS.values(), ids=REFUSALS)
def test_what_cannot_be_read_is_a_typed_error(data, file_name, code):
    error = refused(data(), file_name)
    assert error.code == code
    assert f"„{file_name}”" in error.message
    assert "Błąd" not in error.message  # the code has its Polish sentence


# --- writing the refused rows ------------------------------------------------------------


def _calamine_rows(data: bytes, sheet: str) -> list[list]:
    return CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_name(sheet).to_python()


def test_written_rows_read_back_with_their_types_and_note():
    header = [*HEADER, "Powód odrzucenia"]
    rows = [[*row, f"wiersz {n}: błędny NIP"] for n, row in enumerate(ROWS, start=2)]
    rows[3][-1] = None  # a row without a note
    data = write_rows(header, rows, sheet="Odrzucone", note_column="Powód odrzucenia")
    raw = _calamine_rows(data, "Odrzucone")
    assert raw[0] == header
    assert raw[1][3] == date(2019, 3, 1)  # a real date cell, not text
    assert raw[2][7] == "wiersz 3: błędny NIP"
    assert read_sheet(data, "odrzucone.xlsx").rows == tuple(tuple(r) for r in [header, *rows])


def test_written_text_stays_text():
    header = ["Nazwa", "NIP", "Uwagi", "Strona"]
    rows = [["=SUMA(A1:A9)", "0012345678", "+48 600 000 000", "http://przedszkole.pl"]]
    data = write_rows(header, rows, sheet="Odrzucone")
    assert _calamine_rows(data, "Odrzucone")[1] == rows[0]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "hyperlink" not in sheet_xml


def test_written_sheet_has_a_bold_frozen_header_wide_columns_and_a_highlighted_note():
    header = ["Lp.", "Nazwa placówki", "Data wydania", "Powód odrzucenia"]
    rows = [
        [1, "Przedszkole Publiczne nr 12 im. Marii Konopnickiej w Łodzi", date(2019, 3, 1),
         "Data ważności nie przypada pięć lat po dacie wydania (01.03.2024); "
         "NIP 0123456789 ma złą cyfrę kontrolną."],
        [2, "Żłobek", datetime(2020, 1, 2, 9, 15), None],
    ]  # fmt: skip
    data = write_rows(header, rows, sheet="Odrzucone", note_column="Powód odrzucenia")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
        styles_xml = archive.read("xl/styles.xml").decode()
    assert 'state="frozen"' in sheet_xml and 'topLeftCell="A2"' in sheet_xml
    assert "<autoFilter" in sheet_xml
    assert "<b/>" in styles_xml
    assert "FFFCE4D6" in styles_xml  # the note column's fill
    assert 'formatCode="dd.mm.yyyy"' in styles_xml
    widths = {
        int(m[1]): float(m[2])
        for m in re.finditer(r'<col min="(\d+)" max="\d+" width="([\d.]+)"', sheet_xml)
    }
    assert widths[1] < widths[3] < widths[2]  # "Lp." narrow, a date 10 wide, a name wider
    assert 30 <= widths[4] < 81  # the note column (80 characters, XlsxWriter adds padding)
    # rows as high as their lines, which LibreOffice does not work out by itself
    assert re.search(r'<row r="2"[^>]* ht="30" customHeight="1"', sheet_xml)
    assert re.search(r'<row r="3"[^>]*>', sheet_xml)[0].count("ht=") == 0
    assert read_sheet(data, "odrzucone.xlsx").rows[2][2] == datetime(2020, 1, 2, 9, 15)


def test_write_rows_makes_the_sheet_name_valid_and_keeps_dates_excel_cannot_hold():
    rows = [[date(1899, 6, 15)], [datetime(1899, 6, 15, 8, 5)], [date(1900, 3, 1)]]
    data = write_rows(["Data"], rows, sheet="Rok [2019]/20")
    table = read_sheet(data, "odrzucone.xlsx")
    assert table.sheet == "Rok _2019__20"
    assert table.rows == (("Data",), ("15.06.1899",), ("15.06.1899 08:05",), (date(1900, 3, 1),))


def test_a_note_column_missing_from_the_header_is_a_mistake():
    with pytest.raises(ValueError):
        write_rows(["Nazwa"], [["A"]], sheet="Odrzucone", note_column="Powód")
