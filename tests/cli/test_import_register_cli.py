"""``calcert import-register``: the dry run prints each row's verdict and writes nothing, the
refused rows go to a spreadsheet with their reason, the import says what it made, a mapping
file names the columns, and a bad mapping file is refused in Polish."""

from __future__ import annotations

import json
from datetime import date

from python_calamine import CalamineWorkbook

from sheet_files import csv_bytes, xlsx

HEADER = ["Nazwa instytucji", "Typ", "Miejscowość", "Województwo", "Nr certyfikatu",
          "Data wydania"]  # fmt: skip
ROWS = [
    ["Gminny Ośrodek Pomocy Społecznej w Żórawinie", "GOPS", "Żórawina", "dolnośląskie",
     "CJ-001/2023", date(2023, 4, 20)],
    ["Fundacja Łączy Nas", "fundacja", "Łęczna", "lubelskie", "CJ-002/2023", "30.02.2023"],
]  # fmt: skip


def test_a_dry_run_then_the_import(cli, tmp_path):
    sheet = tmp_path / "rejestr.xlsx"
    sheet.write_bytes(xlsx(HEADER, ROWS))
    refused = tmp_path / "odrzucone.xlsx"
    out = cli.ok("import-register", str(sheet), "--dry-run", "--refused", str(refused),
                 user="biuro")  # fmt: skip
    assert "wiersz 2: utworzy sprawę (certyfikat CJ-001/2023) — Gminny Ośrodek" in out
    assert "wiersz 3: odrzucony — Data wydania: nie ma takiego dnia: „30.02.2023”." in out
    assert "Próba — nic nie zapisano. Do utworzenia: 1 sprawa" in out
    cli.ok("register", "-o", str(tmp_path / "r.csv"), user="biuro")
    assert "CJ-001/2023" not in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    book = CalamineWorkbook.from_path(str(refused))
    rows = book.get_sheet_by_index(0).to_python()
    assert rows[0][-1] == "Powód odrzucenia"
    assert rows[1][0] == "Fundacja Łączy Nas" and "nie ma takiego dnia" in rows[1][-1]

    out = cli.ok("import-register", str(sheet), user="biuro")
    assert "Zaimportowano 1 sprawę z pliku rejestr.xlsx; już w bazie (pominięte): 0; " \
           "odrzucone: 1." in out
    listed = json.loads(cli.ok("cases", "--json", user="biuro"))
    assert [c["state"] for c in listed if c["institution"].startswith("Gminny")] == [
        "certified"]
    out = cli.ok("import-register", str(sheet), user="biuro")
    assert "ponowny import niczego nie doda" in out
    cli.ok("register", "-o", str(tmp_path / "r.csv"), user="biuro")
    assert "CJ-001/2023" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")


def test_a_mapping_file_names_the_columns(cli, tmp_path):
    header = ["Podmiot", "Rodzaj", "Siedziba (miasto)", "Woj", "Numer", "Wydano"]
    sheet = tmp_path / "inny.csv"
    sheet.write_bytes(csv_bytes(header, ROWS[:1], delimiter=";", encoding="cp1250"))
    code, _out, err = cli("import-register", str(sheet), "--dry-run", user="biuro")
    assert code == 2
    assert "nie wskazano kolumn z polami: Miejscowość." in err  # the rest from the headings
    mapping = tmp_path / "kolumny.json"
    columns = {"Siedziba (miasto)": "town", "Numer": "number"}
    mapping.write_text(json.dumps(columns), encoding="utf-8")
    out = cli.ok("import-register", str(sheet), "--mapping", str(mapping), user="biuro")
    assert "Zaimportowano 1 sprawę" in out
    mapping.write_text('["name"]', encoding="utf-8")
    code, _out, err = cli("import-register", str(sheet), "--mapping", str(mapping), user="biuro")
    assert code == 1 and "przypisanie kolumn to obiekt JSON" in err


def test_a_new_case_and_certificate_continue_the_imported_numbers(cli, declaration_file,
                                                                  tmp_path):  # fmt: skip
    """After CJ-007/2023 and the case CAL/2023/0001 came from the paper-era register, the
    next case filed in 2023 is CAL/2023/0002 and the next certificate CJ-008/2023."""
    from cli_support import BOARD_VOTES

    rows = [["Stowarzyszenie „Ósemka”", "stowarzyszenie", "Opole", "opolskie", "CJ-007/2023",
             date(2023, 2, 1)]]  # fmt: skip
    sheet = tmp_path / "rejestr.xlsx"
    sheet.write_bytes(xlsx(HEADER, rows))
    cli.ok("import-register", str(sheet), user="biuro")
    imported = json.loads(cli.ok("cases", "--json", user="biuro"))
    assert [c["reference"] for c in imported] == ["CAL/2023/0001"]
    ref = cli.file_case(declaration_file(signed="2023-05-02"), "2023-05-04")
    assert ref == "CAL/2023/0002"
    cli.review(ref, "2023-05-10", ("czlonek1",))
    cli.ok("act", ref, "grant", "--vote", "czlonek1=for", "--date", "2023-06-01",
           user="przewodniczaca")  # fmt: skip
    cli.ok("act", ref, "issue", *BOARD_VOTES, "--date", "2023-06-15", user="zarzad")
    cli.ok("register", "-o", str(tmp_path / "r.csv"), user="biuro")
    register = (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "CJ-007/2023" in register and "CJ-008/2023" in register
