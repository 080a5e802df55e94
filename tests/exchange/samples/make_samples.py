"""Makes the two sample files tests/exchange/test_sheets.py cannot make with what the project
installs: ``register.xls`` (HEADER and ROWS as Excel 97-2003, by xlwt) and
``encrypted.xlsx`` (the same as an XLSX encrypted with the password "hasło", by
msoffcrypto-tool). Neither library is a dependency; to remake the files:

    python -m venv /tmp/samples && /tmp/samples/bin/pip install xlwt msoffcrypto-tool
    PYTHONPATH=src:tests:tests/exchange:$(echo /tmp/samples/lib/python3*/site-packages) \\
        .venv/bin/python tests/exchange/samples/make_samples.py
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import xlwt  # type: ignore[import-not-found]
from msoffcrypto.format.ooxml import OOXMLFile  # type: ignore[import-not-found]
from test_sheets import HEADER, ROWS

import sheet_files

HERE = Path(__file__).parent


def xls() -> bytes:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Rejestr")
    day = xlwt.easyxf(num_format_str="dd.mm.yyyy")
    for row_number, row in enumerate([HEADER, *ROWS]):
        for column, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, date):
                sheet.write(row_number, column, value, day)
            else:
                sheet.write(row_number, column, value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def encrypted_xlsx() -> bytes:
    plain = OOXMLFile(io.BytesIO(sheet_files.xlsx(HEADER, ROWS)))
    buffer = io.BytesIO()
    plain.encrypt("hasło", buffer)
    return buffer.getvalue()


if __name__ == "__main__":
    (HERE / "register.xls").write_bytes(xls())
    (HERE / "encrypted.xlsx").write_bytes(encrypted_xlsx())
