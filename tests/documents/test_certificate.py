"""The certificate as a PDF: the landscape certificate page with the number, the institution,
the dates in Polish and the Board's signature, then the annex with the model of work over
as many pages as it needs; only DejaVu embedded; a case without a certificate refused."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from calcert_desktop.documents.certificate import TITLE, Address, CertificateData, render
from calcert_desktop.documents.polish_dates import long_date
from calcert_desktop.services.documents.certificate import extreme_data
from case_scenarios import granted_case
from documents.test_foundation import fonts_of
from pdf_words import joined


def squeezed(text: str) -> str:
    """Text without any whitespace: extraction breaks wrapped lines where layout did."""
    return re.sub(r"\s+", "", joined(text))


def is_landscape(page) -> bool:
    return float(page.mediabox.width) > float(page.mediabox.height)


@pytest.fixture
def granted_pdf(cli, declaration_file, tmp_path) -> PdfReader:
    reference = granted_case(cli, declaration_file, tmp_path)
    target = tmp_path / "certyfikat.pdf"
    out = cli.ok("pdf", "certificate", reference, "-o", str(target), user="biuro")
    assert "certyfikat.pdf" in out
    return PdfReader(io.BytesIO(target.read_bytes()))


def test_the_certificate_of_a_granted_case_from_the_command_line(granted_pdf):
    reader = granted_pdf
    assert len(reader.pages) == 2
    first, annex = (page.extract_text() for page in reader.pages)
    assert is_landscape(reader.pages[0]) and not is_landscape(reader.pages[1])
    assert TITLE in first
    assert "nr CJ-001/2024" in first
    assert "Gminny Ośrodek Pomocy Społecznej w Łącku" in first
    assert "Łącko 445, 33-390 Łącko, województwo małopolskie" in first
    # Issued on 29 February 2024: valid to the day before the same date five years on.
    assert "Warszawa, 29 lutego 2024 r." in first and "ważny do 28 lutego 2029 r." in first
    assert "Certyfikat wydał Zarząd Centrum Wspierania Aktywności Lokalnej CAL" in first
    # Nobody set as a signer: the Board's two functions, to sign by hand.
    assert "Prezes Zarządu" in first and "Członek Zarządu" in first
    assert "Załącznik do certyfikatu nr CJ-001/2024" in annex
    for label in ("pomoc społeczna", "kultura", "edukacja", "zdrowie i profilaktyka",
                  "aktywizacja zawodowa", "aktywność obywatelska"):  # fmt: skip
        assert label in annex
    assert "ekologia" not in annex  # not chosen in the declaration
    assert squeezed("Organizatorki pracują w sołectwach gminy według cyklu") in squeezed(annex)
    assert squeezed("niezależnie od tego, czy korzystają ze świadczeń") in squeezed(annex)
    assert "CAL/2024/0001" in annex
    assert "Certyfikat wydał: Zarząd Centrum Wspierania Aktywności Lokalnej CAL" in annex
    used = fonts_of(reader)
    assert used and all(name.split("+")[-1].startswith("DejaVuSans") for name in used), used
    assert reader.metadata.title == "Certyfikat nr CJ-001/2024"
    assert reader.trailer["/Root"]["/Lang"] == "pl-PL"


def test_a_case_without_a_certificate_is_refused(cli, declaration_file, tmp_path):
    reference = cli.file_case(declaration_file(), "2024-02-12")
    line = cli.refused("pdf", "certificate", reference, "-o", str(tmp_path / "x.pdf"), user="biuro",
                       expect="nie wydano certyfikatu")  # fmt: skip
    assert reference in line
    assert not (tmp_path / "x.pdf").exists()


def test_extreme_data_stays_on_its_pages_and_the_annex_continues():
    data = extreme_data()
    assert len(data.institution) == 250 and len(data.model_of_work.split()) >= 400
    reader = PdfReader(io.BytesIO(render(data)))
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) >= 3
    first = squeezed(pages[0])
    # The whole name and address are on the certificate page (shrunk, never cut off),
    # and so are every signature line and the dates.
    assert squeezed(data.institution) in first
    assert squeezed(data.address.one_line()) in first
    assert squeezed("Maria Konstancja Żółkiewska-Wierzbicka-Grzegorzewska") in first
    assert "Jan Kowalski" in pages[0] and "ważny do 13 marca 2031 r." in pages[0]
    assert "Załącznik" not in pages[0]
    # The annex: its header on each of its pages, the description whole across them.
    for page in pages[1:]:
        assert "Załącznik do certyfikatu nr CJ-999/2026: model pracy instytucji" in page
    annex = squeezed("".join(pages[1:]))
    for paragraph in data.model_of_work.split("\n\n"):
        assert squeezed(paragraph) in annex
    assert squeezed(data.model_of_work.split()[-1]) in squeezed(pages[-1])
    assert all(not is_landscape(page) for page in reader.pages[1:])
    used = fonts_of(reader)
    assert used and all(name.split("+")[-1].startswith("DejaVuSans") for name in used), used


def test_an_empty_annex_and_no_signatory_still_make_a_certificate():
    data = CertificateData(
        number="CJ-002/2025", case_reference="CAL/2025/0007", institution="Dom Kultury <Zorza>",
        address=Address("ul. Żeromskiego 1", "00-001", "Warszawa", "mazowieckie"),
        issued_on=date(2025, 3, 14), valid_until=date(2030, 3, 13), signatories=(),
        fields_of_activity=(), model_of_work="",
    )  # fmt: skip
    reader = PdfReader(io.BytesIO(render(data)))
    first, annex = (page.extract_text() for page in reader.pages)
    assert "Dom Kultury <Zorza>" in first and "za Zarząd" in first
    assert "nie wskazano" in annex and "nie przedstawiono" in annex


def test_long_dates_are_polish():
    assert long_date(date(2025, 3, 14)) == "14 marca 2025 r."
    assert long_date(date(2029, 2, 28)) == "28 lutego 2029 r."
    assert long_date(date(2024, 9, 1)) == "1 września 2024 r."
    assert long_date(date(2026, 12, 31)) == "31 grudnia 2026 r."
