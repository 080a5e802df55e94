"""The paper-era register imported from spreadsheets the tests make (issue 23): the dry run's
verdict per row and nothing written by it, all or nothing (a failure at row 900 of 1,000
leaves the database as it was), a file imported again adds nothing, the cases in their real
final state with their history naming the file and the person, the register PDF in Polish
order afterwards, and the yearly sequences continued after the highest imported number."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.services.admin import maintenance, register_import, register_records
from calcert_desktop.services.context import reading, writing
from calcert_desktop.services.documents import register_export
from calcert_desktop.services.numbers import take_next
from calcert_desktop.storage.models import AuditEntry, Case, Certificate, Counter
from cli_support import admin_of
from sheet_files import csv_bytes, ods, xlsx

HEADER = ["Lp.", "Nazwa instytucji", "Typ", "Miejscowość", "Województwo", "NIP",
          "Nr certyfikatu", "Data wydania", "Ważny do", "Data odebrania", "Rozstrzygnięcie",
          "Data decyzji", "Uwagi"]  # fmt: skip
GOOD_NIP = "7342850165"


def row(n: int, name: str, town: str, voivodeship: str, number: str | None,
        issued: date | None, **extra: object) -> list[object]:  # fmt: skip
    values = {"type": "MOPS", "nip": None, "until": None, "revoked": None, "outcome": None,
              "decided": None, "reasons": None, **extra}  # fmt: skip
    return [n, name, values["type"], town, voivodeship, values["nip"], number, issued,
            values["until"], values["revoked"], values["outcome"], values["decided"],
            values["reasons"]]  # fmt: skip


GOOD = [
    row(1, "Żłobek Miejski „Źródło”", "Łódź", "łódzkie", "CJ-001/2019", date(2019, 3, 12),
        until=date(2024, 3, 11)),
    row(2, "Ośrodek Pomocy Społecznej w Ząbkach", "Ząbki", "mazowieckie", "CJ-002/2019",
        date(2019, 6, 3), nip=GOOD_NIP, revoked=date(2021, 2, 1), reasons="Zarzuty z kontroli."),
    row(3, "Stowarzyszenie Aktywni Razem", "Świdnica", "dolnośląskie", "CJ-005/2023",
        date(2023, 5, 10), type="stowarzyszenie"),
    row(4, "Fundacja Ćma", "Kraków", "małopolskie", None, None, type="fundacja",
        outcome="odmowa", decided=date(2022, 11, 30), reasons="Brak modelu pracy."),
    row(5, "Centrum Usług Społecznych w Abramowie", "Abramów", "lubelskie", "CJ-007/2023",
        date(2023, 9, 1)),
]  # fmt: skip
BAD = [
    row(6, "Zły NIP", "Gdańsk", "pomorskie", "CJ-008/2023", date(2023, 9, 2), nip="1234567890"),
    row(7, "Złe województwo", "Gdańsk", "Pomorze Gdańskie", "CJ-009/2023", date(2023, 9, 2)),
    row(8, "Zła data", "Gdańsk", "pomorskie", "CJ-010/2023", "31.02.2023"),
    row(9, "Dwa razy ten sam numer", "Gdańsk", "pomorskie", "CJ-001/2019", date(2019, 3, 12)),
    row(10, "Ważny sześć lat", "Gdańsk", "pomorskie", "CJ-011/2023", date(2023, 9, 2),
        until=date(2029, 9, 1)),
]  # fmt: skip
TODAY = date(2026, 12, 7)


@pytest.fixture
def ctx(cli):
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.context import open_context

    context = open_context(DataPaths(cli.data_dir), create=False)
    context.today = lambda: TODAY
    yield context
    context.close()


def counts(ctx) -> tuple[int, int, int, list[tuple[str, int, int]]]:
    with reading(ctx) as session:
        counters = session.execute(select(Counter.kind, Counter.year, Counter.last)).all()
        return (session.scalar(select(func.count()).select_from(Case)),
                session.scalar(select(func.count()).select_from(Certificate)),
                session.scalar(select(func.count()).select_from(AuditEntry)),
                sorted(tuple(c) for c in counters))  # fmt: skip


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


MAKERS = {
    "rejestr.xlsx": lambda rows: xlsx(HEADER, rows),
    "rejestr.ods": lambda rows: ods(HEADER, rows),
    "rejestr-utf8.csv": lambda rows: csv_bytes(HEADER, rows, delimiter=";", encoding="utf-8"),
    "rejestr-1250.csv": lambda rows: csv_bytes(HEADER, rows, delimiter="\t", encoding="cp1250"),
    "rejestr-bom.csv": lambda rows: csv_bytes(HEADER, rows, delimiter=",", encoding="utf-8-sig"),
}


@pytest.mark.parametrize("name", list(MAKERS))
def test_the_dry_run_judges_every_row_and_writes_nothing(ctx, tmp_path, name):
    path = write(tmp_path, name, MAKERS[name](GOOD + BAD))
    before = counts(ctx)
    judged = register_import.preview(ctx, admin_of(ctx), path)
    assert counts(ctx) == before
    assert judged.missing == []
    verdicts = {v.row: v for v in judged.verdicts}
    assert [verdicts[n].action for n in range(2, 7)] == ["create"] * 5
    reasons = {n: " ".join(verdicts[n].problems) for n in range(7, 12)}
    assert "NIP „1234567890” jest błędny" in reasons[7]
    assert "Nie ma województwa „pomorze gdanskie”" in reasons[8]
    assert "nie ma takiego dnia: „31.02.2023”" in reasons[9]
    assert "CJ-001/2019 jest już w wierszu 2 tego pliku" in reasons[10]
    assert "jest ważny pięć lat, do 01.09.2028, a w pliku jest 01.09.2029" in reasons[11]
    assert judged.counts == {"create": 5, "skip": 0, "refuse": 5}
    assert judged.summary() == ("Do utworzenia: 5 spraw; już w bazie (pominięte): 0; "
                                "odrzucone: 5 wierszy.")  # fmt: skip


def test_the_import_writes_the_cases_in_their_real_final_state(ctx, tmp_path):
    path = write(tmp_path, "rejestr 2019–2023.xlsx", xlsx(HEADER, GOOD + BAD))
    done = register_import.apply(ctx, admin_of(ctx), path)
    assert str(done) == ("Zaimportowano 5 spraw z pliku rejestr 2019–2023.xlsx; już w bazie "
                         "(pominięte): 0; odrzucone: 5.")  # fmt: skip
    with reading(ctx) as session:
        cases = {c.institution_name: c for c in session.scalars(select(Case))}
        certificates = {c.number: c for c in session.scalars(select(Certificate))}
        session.expunge_all()  # read as they are: plain values from here on
    assert cases["Żłobek Miejski „Źródło”"].state == "expired"
    assert cases["Ośrodek Pomocy Społecznej w Ząbkach"].state == "revoked_final"
    assert cases["Stowarzyszenie Aktywni Razem"].state == "certified"
    assert cases["Fundacja Ćma"].state == "refused_final"
    assert certificates["CJ-001/2019"].status == "expired"
    assert certificates["CJ-002/2019"].status == "revoked"
    assert certificates["CJ-005/2023"].valid_until == date(2028, 5, 9)
    assert cases["Fundacja Ćma"].received_on == date(2022, 11, 30)
    # case numbers the file lacks: given in the order the requests came in, per year
    assert sorted(c.reference for c in cases.values()) == [
        "CAL/2019/0001", "CAL/2019/0002", "CAL/2022/0001", "CAL/2023/0001", "CAL/2023/0002"]
    # the history: the person who imported, the file by name and hash
    sha = register_import.preview(ctx, admin_of(ctx), path).sha256
    with reading(ctx) as session:
        entries = session.execute(
            select(AuditEntry.user_login, AuditEntry.action, AuditEntry.new)
            .where(AuditEntry.case_id == cases["Fundacja Ćma"].id)).all()  # fmt: skip
    assert {login for login, _a, _n in entries} == {"admin"}
    assert {action for _l, action, _n in entries} == {register_records.action_of(sha)}
    assert any("rejestr 2019–2023.xlsx" in (new or "") and sha in (new or "")
               for _l, _a, new in entries)  # fmt: skip
    assert maintenance.check(ctx, admin_of(ctx)).ok


def test_the_sequences_continue_after_the_highest_imported_number(ctx, tmp_path):
    register_import.apply(ctx, admin_of(ctx), write(tmp_path, "r.xlsx", xlsx(HEADER, GOOD)))
    with writing(ctx, admin_of(ctx), "test") as session:
        assert take_next(session, "certificate", 2023) == 8  # CJ-007/2023 was the highest
        assert take_next(session, "certificate", 2019) == 3
        assert take_next(session, "reference", 2023) == 3
        session.rollback()


def test_a_file_imported_again_adds_nothing(ctx, tmp_path):
    path = write(tmp_path, "r.ods", ods(HEADER, GOOD))
    register_import.apply(ctx, admin_of(ctx), path)
    after_first = counts(ctx)
    judged = register_import.preview(ctx, admin_of(ctx), path)
    assert judged.earlier is not None and judged.counts["create"] == 0
    again = register_import.apply(ctx, admin_of(ctx), path)
    assert "ponowny import niczego nie doda" in str(again)
    # the same rows in another file (corrected, exported again): only the new row is added
    more = row(11, "Nowy wiersz", "Gdynia", "pomorskie", "CJ-012/2023", date(2023, 10, 2))
    other = write(tmp_path, "r2.csv", csv_bytes(HEADER, [*GOOD, more], delimiter=";",
                                                 encoding="cp1250"))  # fmt: skip
    judged = register_import.preview(ctx, admin_of(ctx), other)
    assert judged.counts == {"create": 1, "skip": 5, "refuse": 0}
    register_import.apply(ctx, admin_of(ctx), other)
    cases, certificates, _entries, _counters = counts(ctx)
    assert (cases, certificates) == (after_first[0] + 1, after_first[1] + 1)


def test_a_failure_at_row_900_of_1000_leaves_the_database_as_it_was(ctx, tmp_path, monkeypatch):
    rows = [row(n, f"Instytucja nr {n}", "Łódź", "łódzkie", f"CJ-{n:03d}/2020",
                date(2020, 1, 1 + n % 28)) for n in range(1, 1001)]  # fmt: skip
    path = write(tmp_path, "tysiac.xlsx", xlsx(HEADER, rows))
    before = counts(ctx)
    real = register_records._case_of

    def failing(sink, imported, *args):
        if imported.row == 901:  # the 900th data row (the heading is row 1)
            raise OSError("dysk odłączony")
        return real(sink, imported, *args)

    monkeypatch.setattr(register_records, "_case_of", failing)
    with pytest.raises(OSError):
        register_import.apply(ctx, admin_of(ctx), path)
    assert counts(ctx) == before
    monkeypatch.setattr(register_records, "_case_of", real)
    register_import.apply(ctx, admin_of(ctx), path)
    assert counts(ctx)[0] == before[0] + 1000


def test_the_register_lists_the_imported_certificates_in_polish_order(ctx, tmp_path):
    register_import.apply(ctx, admin_of(ctx), write(tmp_path, "r.xlsx", xlsx(HEADER, GOOD)))
    target = tmp_path / "rejestr.pdf"
    register_export.export(ctx, admin_of(ctx), target)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    order = [text.index(name) for name in ("Centrum Usług Społecznych w Abramowie",
                                           "Ośrodek Pomocy Społecznej w Ząbkach",
                                           "Stowarzyszenie Aktywni Razem",
                                           "Żłobek Miejski „Źródło”")]  # fmt: skip
    assert order == sorted(order)  # C, O, S, Ż: Polish order, Ż last
    assert "CJ-001/2019" in text and "Fundacja Ćma" not in text  # a refusal has no certificate


def test_a_mapping_given_once_is_remembered_for_the_layout(ctx, tmp_path):
    header = ["Podmiot certyfikowany", "Rodzaj", "Miasto", "Woj.", "Numer", "Wydano dnia"]
    rows = [["Fundacja Ósemka", "fundacja", "Opole", "opolskie", "CJ-001/2024", date(2024, 2, 2)]]
    path = write(tmp_path, "inny.xlsx", xlsx(header, rows))
    judged = register_import.preview(ctx, admin_of(ctx), path)
    assert judged.missing == ["Nazwa instytucji"] and not judged.remembered
    mapping = {"Podmiot certyfikowany": "name", "Rodzaj": "type", "Miasto": "town",
               "Woj.": "voivodeship", "Numer": "number", "Wydano dnia": "issued_on"}  # fmt: skip
    register_import.apply(ctx, admin_of(ctx), path, mapping)
    later = write(tmp_path, "inny-2.xlsx", xlsx(header, [[*rows[0][:4], "CJ-002/2024",
                                                          date(2024, 3, 3)]]))  # fmt: skip
    judged = register_import.preview(ctx, admin_of(ctx), later)
    assert judged.remembered and judged.missing == [] and judged.counts["create"] == 1
    with pytest.raises(DomainError) as refused:
        register_import.preview(ctx, admin_of(ctx), later, {"Numer": "numer_certyfikatu"})
    assert refused.value.message.startswith("Przypisanie kolumn zawiera nieznane pola: "
                                            "numer_certyfikatu")  # fmt: skip


def test_only_the_office_and_the_administrator_import(ctx, tmp_path):
    from calcert_desktop.domain.errors import PermissionDenied
    from calcert_desktop.domain.roles import Role
    from calcert_desktop.services.context import Actor

    path = write(tmp_path, "r.xlsx", xlsx(HEADER, GOOD))
    member = Actor(admin_of(ctx).id, "czlonek", "Członek", frozenset({Role.COMMISSION_MEMBER}))
    with pytest.raises(PermissionDenied):
        register_import.preview(ctx, member, path)
    with pytest.raises(PermissionDenied):
        register_import.apply(ctx, member, path)


def test_statistics_count_no_receipt_the_file_did_not_date(ctx, tmp_path):
    """A row without "Data wpływu" has its decision's date as the case's receipt: the yearly
    statistics count its decision, but no receipt and no days to the decision."""
    from calcert_desktop.services.documents.statistics_export import yearly_statistics

    register_import.apply(ctx, admin_of(ctx), write(tmp_path, "r.xlsx", xlsx(HEADER, GOOD)))
    dated = ["Nazwa instytucji", "Typ", "Miejscowość", "Województwo", "Data wpływu",
             "Nr certyfikatu", "Data wydania"]  # fmt: skip
    rows = [["Klub Seniora „Jesień”", "MOPS", "Opole", "opolskie", date(2022, 1, 10),
             "CJ-001/2022", date(2022, 3, 1)]]  # fmt: skip
    register_import.apply(ctx, admin_of(ctx), write(tmp_path, "d.xlsx", xlsx(dated, rows)))
    years = {p.year: p.overall for p in yearly_statistics(ctx, 2019, 2023).years}
    assert (years[2019].decided, years[2019].granted, years[2019].received) == (2, 2, 0)
    assert years[2019].median_days is None
    assert (years[2022].decided, years[2022].refused, years[2022].received) == (2, 1, 1)
    assert years[2022].median_days == 50  # only the dated row: 10 January to 1 March
