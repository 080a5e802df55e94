"""The yearly statistics' documents from known figures: the XLSX read back (its sheets,
Polish headers and numbers, its native charts pointing at the right cells), the PDF
report's text, and the workbook opened by LibreOffice (converted to PDF, headless)."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from python_calamine import CalamineWorkbook

from calcert_desktop.documents.statistics_report import statistics_pdf
from calcert_desktop.documents.statistics_xlsx import (
    CHART_SHEET,
    HEADER_ROW,
    NOTES_SHEET,
    SUMMARY_SHEET,
    TYPE_SHEET,
    VOIVODESHIP_SHEET,
    statistics_xlsx,
)
from calcert_desktop.domain.office import OfficeDetails
from calcert_desktop.domain.statistics_labels import FIGURE_LABELS
from calcert_desktop.domain.statistics_tables import FIGURES
from documents.test_foundation import fonts_of
from pdf_words import joined
from statistics_samples import sample_statistics

OFFICE = OfficeDetails(name="Stowarzyszenie Źródło Łódź")
HEADERS = [FIGURE_LABELS[name] for name in FIGURES]


@pytest.fixture(scope="module")
def workbook() -> bytes:
    return statistics_xlsx(sample_statistics(), OFFICE)


def sheets(content: bytes) -> dict[str, list[list[object]]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(content))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def test_the_workbook_has_a_sheet_per_breakdown_with_polish_headers_and_the_numbers(workbook):
    read = sheets(workbook)
    assert list(read) == [SUMMARY_SHEET, VOIVODESHIP_SHEET, TYPE_SHEET, CHART_SHEET, NOTES_SHEET]

    summary = read[SUMMARY_SHEET]
    assert summary[0][0] == "Statystyka certyfikacji za lata 2024–2025"
    assert summary[1][0] == "Sporządzono 2 marca 2026 r. · Stowarzyszenie Źródło Łódź"
    assert summary[HEADER_ROW] == ["Rok", *HEADERS]
    years = summary[HEADER_ROW + 1 : HEADER_ROW + 4]
    # received, renewals, decided, granted, refused, median, appeals..., expiries, valid
    assert years[0][:8] == [2024, 3, 0, 3, 2, 1, 40, 1]
    assert years[1][:8] == [2025, 2, 1, 0, 0, 0, "", 0]  # no decision: no median
    assert years[2][:7] == ["Razem 2024–2025", 5, 1, 3, 2, 1, 40]
    valid = FIGURES.index("valid_at_end") + 1
    assert [row[valid] for row in years] == [4, 3, 3]

    voivodeships = read[VOIVODESHIP_SHEET]
    assert voivodeships[HEADER_ROW] == ["Okres", "Województwo", *HEADERS]
    rows = {(row[0], row[1]): row[2:] for row in voivodeships[HEADER_ROW + 1 :]}
    assert len(rows) == 3 * 17  # 2024, 2025 and the total: 16 voivodeships and "nie podano"
    assert rows[(2024, "łódzkie")][:5] == [2, 0, 2, 2, 0]
    assert rows[(2024, "dolnośląskie")][:5] == [1, 0, 1, 0, 1]
    assert rows[("Razem 2024–2025", "śląskie")][:2] == [2, 1]
    assert rows[(2024, "nie podano")][valid - 1] == 1
    order = [row[1] for row in voivodeships[HEADER_ROW + 1 : HEADER_ROW + 18]]
    assert order.index("lubuskie") < order.index("łódzkie") < order.index("małopolskie")
    assert order.index("pomorskie") < order.index("śląskie") < order.index("świętokrzyskie")
    assert order[-1] == "nie podano"

    types = read[TYPE_SHEET]
    assert types[HEADER_ROW][:3] == ["Okres", "Typ instytucji", "Wpłynęło zgłoszeń"]
    labels = [row[1] for row in types[HEADER_ROW + 1 : HEADER_ROW + 7]]  # five and none
    assert labels[:2] == ["jednostka organizacyjna pomocy społecznej", "organizacja pozarządowa"]
    assert labels[-1] == "nie podano"

    notes = read[NOTES_SHEET]
    assert ["Wpłynęło zgłoszeń", "zgłoszenia, których data wpływu przypada w danym roku "
            "(szkice się nie liczą, ani sprawy przeniesione z dawnego rejestru bez daty "
            "wpływu)"] in notes  # fmt: skip


REFERENCE = re.compile(r"^'?(?P<sheet>[^'!]+)'?!\$(?P<c1>[A-Z]+)\$(?P<r1>\d+)"
                       r"(?::\$(?P<c2>[A-Z]+)\$(?P<r2>\d+))?$")  # fmt: skip


def cells(read: dict[str, list[list[object]]], reference: str) -> list[object]:
    """The values an A1 reference of a chart names (one column or one cell)."""
    found = REFERENCE.match(reference)
    assert found, reference
    column = ord(found["c1"]) - ord("A")
    first = int(found["r1"]) - 1
    last = int(found["r2"] or found["r1"]) - 1
    return [read[found["sheet"]][row][column] for row in range(first, last + 1)]


def chart_references(content: bytes) -> dict[str, list[str]]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        names = sorted(n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
        return {
            name: re.findall(r"<c:f>([^<]+)</c:f>", archive.read(name).decode("utf-8"))
            for name in names
        }


def test_the_workbook_holds_native_charts_drawn_from_its_tables(workbook):
    statistics = sample_statistics()
    read = sheets(workbook)
    charts = chart_references(workbook)
    assert list(charts) == [f"xl/charts/chart{n}.xml" for n in (1, 2, 3, 4)]
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        drawing = archive.read("xl/drawings/_rels/drawing1.xml.rels").decode("utf-8")
        chart_kinds = [archive.read(name).decode("utf-8") for name in charts]
    assert all(f"../charts/chart{n}.xml" in drawing for n in (1, 2, 3, 4))
    assert '<c:barDir val="col"/>' in chart_kinds[0] and '<c:barDir val="bar"/>' in chart_kinds[2]

    # Each series: its name (a header cell), its categories, its values.
    years = charts["xl/charts/chart1.xml"]
    assert [cells(read, ref)[0] for ref in years[0::3]] == [
        "Wpłynęło zgłoszeń", "Przyznano", "Odmówiono"]  # fmt: skip
    assert cells(read, years[1]) == [2024, 2025]  # the years, not the total
    assert cells(read, years[2]) == [3, 2] and cells(read, years[5]) == [2, 0]
    certificates = charts["xl/charts/chart2.xml"]
    assert cells(read, certificates[-1]) == [4, 3]  # valid at the end of each year

    for chart, sheet, rows in (
        ("xl/charts/chart3.xml", VOIVODESHIP_SHEET, statistics.last.by_voivodeship),
        ("xl/charts/chart4.xml", TYPE_SHEET, statistics.last.by_institution_type),
    ):
        references = charts[chart]
        assert all(ref.lstrip("'").startswith(sheet) for ref in references)
        assert cells(read, references[1]) == [row.label for row in rows]  # the total's block
        assert cells(read, references[2]) == [row.figures.received for row in rows]
        assert cells(read, references[5]) == [row.figures.granted for row in rows]


def test_the_pdf_report_in_polish_with_the_numbers():
    reader = PdfReader(io.BytesIO(statistics_pdf(sample_statistics(), OFFICE)))
    text = joined("\n".join(page.extract_text() for page in reader.pages))
    assert reader.metadata.title == "Statystyka certyfikacji za lata 2024–2025"
    for phrase in ("Statystyka certyfikacji za lata 2024–2025", "Sporządzono 2 marca 2026 r.",
                   "Stowarzyszenie Źródło Łódź", "Podsumowanie lat",
                   "Rok 2024 — według województw", "Razem 2024–2025 — według typu instytucji",
                   "świętokrzyskie", "warmińsko-mazurskie", "nie podano",
                   "organizacja pozarządowa", "Co liczą kolumny", "Strona 1 z"):  # fmt: skip
        assert phrase in text, phrase
    for word in ("Wpłynęło", "zgłoszeń", "Odmówiono", "Mediana", "Ważne na", "koniec roku",
                 "Odwołania", "odebrania", "Wygasłe"):  # fmt: skip
        assert word in text, word
    # The summary's rows: the year, received, renewals, decided, granted, refused, median.
    assert re.search(r"2024\s+3\s+0\s+3\s+2\s+1\s+40\s+1\b", text), text[:1500]
    assert re.search(r"2025\s+2\s+1\s+0\s+0\s+0\s+—", text)
    assert re.search(r"łódzkie\s+2\s+0\s+2\s+2\s+0\s+35", text)  # median of 30 and 40
    assert all("DejaVuSans" in font for font in fonts_of(reader))


def test_an_unfinished_year_is_said_to_be_counted_to_the_day():
    statistics = sample_statistics(2026, 2026)
    text = joined("\n".join(p.extract_text() for p in
                            PdfReader(io.BytesIO(statistics_pdf(statistics))).pages))  # fmt: skip
    assert "Rok 2026 jeszcze trwa: liczby obejmują zdarzenia do 2 marca 2026 r." in text
    read = sheets(statistics_xlsx(statistics))
    assert read[SUMMARY_SHEET][0][0] == "Statystyka certyfikacji za 2026 r."
    assert read[SUMMARY_SHEET][2][0].startswith("Rok 2026 jeszcze trwa")
    assert [row[0] for row in read[SUMMARY_SHEET][HEADER_ROW + 1 :]] == [2026]  # no total


def soffice() -> str:
    """LibreOffice's program: on CI it must be there (.ci/run installs libreoffice-calc)."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is missing: .ci/run installs libreoffice-calc")
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
    return found


def test_libreoffice_opens_the_workbook_and_prints_its_tables_and_charts(workbook, tmp_path):
    program = soffice()
    source = tmp_path / "statystyka.xlsx"
    source.write_bytes(workbook)
    profile = tmp_path / "profil"  # its own profile: no clash with a running LibreOffice
    done = subprocess.run(
        [program, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(source)],
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    converted = tmp_path / "pdf" / "statystyka.pdf"
    assert done.returncode == 0 and converted.exists(), (done.stdout, done.stderr)
    reader = PdfReader(converted)
    assert len(reader.pages) >= 5  # the years, two breakdowns, the charts, the notes
    text = "\n".join(page.extract_text() for page in reader.pages)
    for phrase in ("Statystyka certyfikacji za lata 2024–2025", "Według województw",
                   "świętokrzyskie", "jednostka organizacyjna pomocy społecznej",
                   "Co liczą kolumny", "Zgłoszenia i decyzje Komisji w kolejnych latach",
                   "Według typu instytucji: 2024–2025"):  # fmt: skip
        assert phrase in text, phrase
    assert Path(converted).stat().st_size > 10_000
