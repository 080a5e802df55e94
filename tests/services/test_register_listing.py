"""The register as the GUI lists it: search ignoring diacritics and case, every word must
match, the status on the day (a valid certificate past its last day is expired), counts;
and the export of a chosen subset, refused in Polish when the file cannot be written."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from calcert_desktop.documents.register import RegisterEntry
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context
from calcert_desktop.services.documents import register_export
from calcert_desktop.services.views.register import listing_of, load_register
from cli_support import admin_of

AS_OF = date(2025, 3, 14)


def entry(number: str, institution: str, town: str, status: str, until: date) -> RegisterEntry:
    return RegisterEntry(number, institution, town, "łódzkie", date(2020, 1, 1), until, status,
                         reference=f"CAL/2020/{number[3:6]}0")  # fmt: skip


ENTRIES = [
    entry("CJ-001/2020", "Centrum Aktywności Lokalnej w Łodzi", "Łódź", "valid", date(2026, 1, 1)),
    entry("CJ-002/2020", "Dom Kultury „Źródło”", "Żółkiewka", "revoked", date(2026, 1, 1)),
    entry("CJ-003/2020", "Świetlica Wiejska", "Łęczyca", "valid", date(2025, 3, 13)),
    entry("CJ-004/2020", "Ośrodek w Zgierzu", "Zgierz", "valid", date(2025, 3, 14)),
]


def numbers(entries: list[RegisterEntry]) -> list[str]:
    return [e.number for e in entries]


def test_search_ignores_diacritics_and_case_and_needs_every_word():
    listing = listing_of(ENTRIES, AS_OF)
    assert numbers(listing.matching("lodz")) == ["CJ-001/2020", "CJ-002/2020", "CJ-003/2020",
                                                 "CJ-004/2020"]  # fmt: skip  (łódzkie, all)
    assert numbers(listing.matching("ŁÓDŹ centrum")) == ["CJ-001/2020"]
    assert numbers(listing.matching("zrodlo")) == ["CJ-002/2020"]
    assert numbers(listing.matching("  zolkiewka  ")) == ["CJ-002/2020"]
    assert numbers(listing.matching("cj-003")) == ["CJ-003/2020"]
    assert numbers(listing.matching("CAL/2020/0040")) == ["CJ-004/2020"]
    assert listing.matching("Kraków") == []
    assert numbers(listing.matching("")) == numbers(ENTRIES)


def test_status_on_the_day_and_counts():
    listing = listing_of(ENTRIES, AS_OF)
    assert listing.statuses == ("valid", "revoked", "expired", "valid")  # 13 March has passed
    assert numbers(listing.matching(status="expired")) == ["CJ-003/2020"]
    assert numbers(listing.matching(status="valid")) == ["CJ-001/2020", "CJ-004/2020"]
    assert numbers(listing.matching("zgierz", status="valid")) == ["CJ-004/2020"]
    assert listing.matching("zgierz", status="revoked") == []
    assert listing.counts() == {"valid": 2, "revoked": 1, "expired": 1}
    assert listing.counts(listing.matching("swietlica")) == {"valid": 0, "revoked": 0,
                                                             "expired": 1}  # fmt: skip


def test_the_register_read_from_the_database_carries_the_case_numbers(
    cli, declaration_file, tmp_path
):
    from case_scenarios import granted_case, revoked_case

    granted = granted_case(cli, declaration_file, tmp_path)
    revoked = revoked_case(cli, declaration_file)
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    try:
        listing = load_register(ctx, admin_of(ctx))
        assert {e.reference: code for e, code in zip(listing.entries, listing.statuses,
                                                     strict=True)} == {
            granted: "valid", revoked: "revoked"}  # fmt: skip
        assert numbers(listing.matching("lacku", status="revoked")) == [
            e.number for e in listing.entries if e.reference == revoked
        ]

        chosen = listing.matching(status="valid")
        target = tmp_path / "ważne.pdf"
        assert register_export.export(ctx, admin_of(ctx), target, chosen) == 1
        text = "".join(page.extract_text() for page in PdfReader(target).pages)
        assert chosen[0].number in text and "Łącku" in text
        assert "odebrany" not in text

        with pytest.raises(DomainError) as refused:
            under_a_file = target / "rejestr.csv"
            register_export.export(ctx, admin_of(ctx), under_a_file, chosen)
        assert refused.value.message.startswith(
            f"Nie udało się zapisać pliku {target / 'rejestr.csv'}: w ścieżce jest plik zamiast "
            "folderu."
        )
    finally:
        ctx.close()
