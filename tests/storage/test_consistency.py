"""``calcert check`` beyond the audit: the number counters agree with the numbers in use,
and what an interrupted load left behind is found even when every row is audited."""

from __future__ import annotations

import engines
from calcert_desktop.services.admin import maintenance
from calcert_desktop.services.context import writing
from calcert_desktop.storage.models import Counter
from cli_support import admin_of


def test_counters_left_without_cases_fail_the_check(ctx):
    # What the old demo left when killed between its people and its cases: all audited.
    with writing(ctx, None, "demo") as session:
        session.add(Counter(kind="reference", year=2026, last=124))
    report = maintenance.check(ctx, admin_of(ctx))
    assert not report.ok
    assert report.audit == [] and report.integrity == [] and report.foreign_keys == []
    assert len(report.numbering) == 1
    assert "stoi na 124" in report.numbering[0] and "2026" in report.numbering[0]


def test_a_filed_case_and_its_counter_agree(cli, declaration_file):
    cli.file_case(declaration_file(), "2024-02-20")
    code, out, _ = cli("check")
    assert code == 0 and "Numeracja: w porządku" in out


def test_numbers_out_of_step_are_each_reported(granted, cli):
    with engines.raw(cli.database) as connection:
        connection.execute("UPDATE cases SET reference = 'CAL/2024/0007'")
        connection.execute("UPDATE certificates SET number = 'CJ-009/2024'")
    code, out, _ = cli("check")
    assert code == 1
    numbering = out.split("Numeracja:")[1]
    assert "brakuje numerów: 1, 2, 3, 4, 5… (razem 6)" in numbering
    assert "stoi na 1, a w użyciu jest już numer 7" in numbering
    assert "Certyfikat „CJ-009/2024”" in numbering


def test_a_reference_in_an_unknown_format_is_reported(cli, declaration_file):
    cli.file_case(declaration_file(), "2024-02-20")
    with engines.raw(cli.database) as connection:
        connection.execute("UPDATE cases SET reference = 'XYZ-1'")
    code, out, _ = cli("check")
    assert code == 1 and "„XYZ-1” w nieznanym formacie" in out
