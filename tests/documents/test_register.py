"""The register of certificates: the PDF (header row and title on every page, page numbers,
Polish letters, statuses, dates, DejaVu only) and the CSV for Polish Excel (BOM, ';')."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta

from pypdf import PdfReader

from calcert_desktop.documents.polish_dates import long_date, short_date
from calcert_desktop.documents.register import (
    CSV_HEADER,
    RegisterEntry,
    ordered,
    register_csv,
    register_pdf,
    title_on,
)
from documents.test_foundation import fonts_of

AS_OF = date(2025, 3, 14)
NAMES = (
    "Ośrodek Pomocy Społecznej w Łodzi",
    "Łącka Fundacja „Źródło”",
    "Stowarzyszenie Żółta Łąka",
    "Centrum Aktywności Lokalnej w Ćmielowie",
    "Lubelskie Forum Organizacji",
)
STATUSES = ("valid", "revoked", "expired")


def plain_rows(count: int) -> list[RegisterEntry]:
    """``count`` certificates of varied institutions, one in 50 with a very long name."""
    rows = []
    for index in range(count):
        name = f"{NAMES[index % len(NAMES)]} nr {index}"
        if index % 50 == 7:
            name += " — bardzo długa nazwa instytucji z dopiskiem o jej organie prowadzącym" * 3
        issued = date(2021, 1, 1) + timedelta(days=index % 1500)
        rows.append(
            RegisterEntry(
                number=f"CJ-{index % 999 + 1:03d}/{issued.year}",
                institution=name,
                town="Łódź" if index % 2 else "Żółkiewka",
                voivodeship="łódzkie" if index % 2 else "lubelskie",
                issued_on=issued,
                valid_until=issued + timedelta(days=5 * 365),
                status=STATUSES[index % 3],
            )
        )
    return rows


def test_polish_dates():
    assert long_date(date(2025, 3, 14)) == "14 marca 2025 r."
    assert long_date(date(2024, 9, 1)) == "1 września 2024 r."
    assert short_date(date(2025, 3, 4)) == "04.03.2025"
    assert long_date(None) == short_date(None) == ""


def test_every_page_has_the_title_header_row_and_its_number():
    rows = plain_rows(600)
    reader = PdfReader(io.BytesIO(register_pdf(rows, AS_OF)))
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) > 10
    title = title_on(AS_OF)
    assert title == "Rejestr certyfikatów — stan na 14 marca 2025 r."
    for number, text in enumerate(pages, start=1):
        assert title in text, number
        assert "Nr certyfikatu" in text and "Instytucja" in text and "Województwo" in text
        assert f"Strona {number} z {len(pages)}" in text
        assert text.count("Nr certyfikatu") == 1, f"page {number} has a split table"
    # Every row printed once, numbered 1..600 in order.
    numbers = [int(n) for n in re.findall(r"^(\d+)\.$", "\n".join(pages), re.MULTILINE)]
    assert numbers == list(range(1, 601))
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    assert reader.metadata.title == title


def test_text_statuses_dates_and_fonts():
    rows = plain_rows(9)
    reader = PdfReader(io.BytesIO(register_pdf(rows, AS_OF)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for row in rows:
        assert row.number in text
        assert short_date(row.issued_on) in text and short_date(row.valid_until) in text
    for word in ("ważny", "odebrany", "wygasły", "Żółkiewka", "Łącka Fundacja „Źródło”"):
        assert word in text
    assert "Wpisów: 9 (ważne: 3, odebrane: 3, wygasłe: 3)." in text.replace("\u00a0", " ")
    used = fonts_of(reader)
    assert used and all(name.split("+")[-1].startswith("DejaVuSans") for name in used), used


def test_a_valid_certificate_past_its_last_day_reads_expired():
    entry = plain_rows(1)[0]
    assert entry.status == "valid"
    assert entry.status_label(entry.valid_until) == "ważny"
    assert entry.status_label(entry.valid_until + timedelta(days=1)) == "wygasły"


def test_rows_in_polish_order_of_the_institution():
    names = ["Żory", "Łódź", "Lublin", "Zabrze", "Ćmielów", "Cedynia", "Łomża"]
    rows = [RegisterEntry(f"CJ-00{i}/2024", n, n, "x", AS_OF, AS_OF, "valid")
            for i, n in enumerate(names)]  # fmt: skip
    assert [e.institution for e in ordered(rows)] == [
        "Cedynia", "Ćmielów", "Lublin", "Łomża", "Łódź", "Zabrze", "Żory",
    ]  # fmt: skip


def test_csv_round_trip_for_polish_excel():
    formula = RegisterEntry("CJ-500/2024", "=HYPERLINK(\"x\")", "Łęczyca", "łódzkie", AS_OF,
                            AS_OF, "revoked")  # fmt: skip
    rows = [*plain_rows(30), formula]
    data = register_csv(rows, AS_OF)
    assert data.startswith(b"\xef\xbb\xbf")
    read = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert tuple(read[0]) == CSV_HEADER
    body = read[1:]
    assert len(body) == len(rows)
    expected = {
        r.number: [r.number, r.institution, r.town, r.voivodeship, r.issued_on.isoformat(),
                   r.valid_until.isoformat(), r.status_label(AS_OF)]
        for r in rows
    }  # fmt: skip
    expected["CJ-500/2024"][1] = "'=HYPERLINK(\"x\")"  # kept text, never a formula in Excel
    assert {line[0]: line for line in body} == expected
    assert [line[1] for line in body] == [
        ("'" if r.institution.startswith("=") else "") + r.institution for r in ordered(rows)
    ]


def test_an_empty_register_is_one_page_saying_so():
    reader = PdfReader(io.BytesIO(register_pdf([], AS_OF)))
    assert len(reader.pages) == 1
    assert "Rejestr nie zawiera wpisów." in reader.pages[0].extract_text()


def test_every_voivodeship_and_a_hyphenated_town_stay_whole_or_break_at_their_hyphen():
    # "kujawsko-pomorski" / "e" was what a clerk saw; the column now holds every name.
    import json
    from pathlib import Path

    import pypdfium2 as pdfium

    form = (Path(__file__).resolve().parents[2] / "forms" / "zgloszenie" / "v1.json").read_text(
        encoding="utf-8"
    )
    names = re.findall(r'"name": "([a-ząćęłńóśźż-]+)"', form)
    assert len(names) == 16 and json.loads(form)
    entries = [
        RegisterEntry(f"CJ-{i:03d}/2026", "Gminny Ośrodek Pomocy Społecznej", "Kędzierzyn-Koźle",
                      name, date(2026, 1, 1), date(2030, 12, 31), "valid")
        for i, name in enumerate(names, start=1)
    ]  # fmt: skip
    pdf = register_pdf(entries, date(2026, 12, 6))
    text = "\n".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(pdf))
    lines = [line.strip() for line in text.splitlines()]
    for name in names:  # each whole on its row
        assert any(f" {name} " in f" {line} " for line in lines), name
    assert not any(re.fullmatch(r"[a-ząćęłńóśźż]{1,3}", line) for line in lines), lines
    assert sum("Kędzierzyn-Koźle" in line for line in lines) == len(names)
