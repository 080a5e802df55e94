"""The filled application form as a PDF: the institution's data, the people, the two
eligibility conditions and all nine standards with their boxes and descriptions, the model
of work, the attachments, place and date in Polish, the signature and stamp area; labels
from the form version; only DejaVu embedded; a draft by its code; extreme data over pages."""

from __future__ import annotations

import io
import json
import re

from pypdf import PdfReader

from calcert_desktop.documents.application_form import (
    CHECKED,
    HEAD_SIGNS,
    STAMP,
    UNCHECKED,
    render,
)
from calcert_desktop.domain.forms import load_form
from calcert_desktop.services.documents.application import application_data, extreme_data
from documents.test_foundation import fonts_of
from pdf_words import joined

EXAMPLE_NAME = "Gminny Ośrodek Pomocy Społecznej w Łącku"


def squeezed(text: str) -> str:
    """Text without any whitespace: extraction breaks wrapped lines where layout did."""
    return re.sub(r"\s+", "", joined(text))


def text_of(reader: PdfReader) -> str:
    return joined("\n".join(page.extract_text() for page in reader.pages))


def only_dejavu(reader: PdfReader) -> None:
    used = fonts_of(reader)
    assert used and all(name.split("+")[-1].startswith("DejaVuSans") for name in used), used


def test_a_filed_case_from_the_command_line(cli, declaration_file, tmp_path):
    path = declaration_file(signed="2025-03-14")
    nip = json.loads(path.read_text(encoding="utf-8"))["institution"]["nip"]  # the file's own
    reference = cli.file_case(path, "2025-03-20")
    target = tmp_path / "zgloszenie.pdf"
    out = cli.ok("pdf", "application", reference, "-o", str(target), user="biuro")
    assert "zgloszenie.pdf" in out
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = text_of(reader)
    flat = squeezed(text)
    form = load_form("1")
    assert "ZGŁOSZENIE DO CERTYFIKATU" in text and reference in text
    # the institution's data, with the labels of the form version
    for label, value in (("Nazwa", EXAMPLE_NAME), ("Ulica i numer", "Łącko 445"),
                         ("Kod pocztowy", "33-390"), ("Województwo", "małopolskie"),
                         ("Telefon", "18 444 61 23"), ("NIP", nip),
                         ("Rodzaj instytucji", "Jednostka organizacyjna pomocy społecznej")):
        assert squeezed(label) in flat and squeezed(value) in flat, (label, value)  # fmt: skip
    assert "Katarzyna Wójcik-Żmuda" in text and "Małgorzata Kościółek" in text
    assert squeezed(form.request_text.upper()) in flat
    for condition in form.eligibility:
        assert squeezed(condition.label) in flat
    # all nine standards: number, title, the full text and the institution's description
    assert len(form.standards) == 9
    for standard in form.standards:
        assert squeezed(f"{standard.number}. {standard.title} ({standard.code})") in flat
        assert squeezed(standard.text) in flat
    assert squeezed("Zakresy czynności obu organizatorek społeczności lokalnej") in flat
    assert "sprawozdanie-roczne-2024.pdf" in text  # S9's evidence
    # every box ticked in the example: 2 conditions, 9 standards, 6 fields of activity
    assert text.count(CHECKED) == 2 + 9 + 6
    assert text.count(UNCHECKED) == len(form.fields_of_activity) - 6
    assert squeezed("Organizatorki pracują w sołectwach gminy według cyklu") in flat
    assert "Regulamin organizacyjny" in text and "statut-gops-lacko.pdf" in text
    assert "14 marca 2025 r." in text and "Łącko" in text
    assert HEAD_SIGNS in text and STAMP in text
    only_dejavu(reader)


def test_a_draft_by_its_draft_code(cli, declaration_file, tmp_path):
    draft = cli.ok("declare", str(declaration_file(signed="2025-01-02")), user="biuro").strip()
    target = tmp_path / "szkic.pdf"
    cli.ok("pdf", "application", draft, "-o", str(target), user="biuro")
    text = text_of(PdfReader(io.BytesIO(target.read_bytes())))
    assert draft in text and "2 stycznia 2025 r." in text
    assert squeezed(EXAMPLE_NAME) in squeezed(text)


def test_labels_come_from_the_form_version(declaration_file):
    """A form version with other labels prints them without a change of code."""
    form = load_form("1")
    renamed = form.__class__(**{
        **form.__dict__,
        "institution_fields": tuple(
            spec.__class__(**{**spec.__dict__, "label": f"Pole {spec.label}"})
            for spec in form.institution_fields
        ),
    })  # fmt: skip
    declaration = json.loads(declaration_file().read_text(encoding="utf-8"))
    text = text_of(PdfReader(io.BytesIO(render(application_data(declaration, renamed, "X")))))
    assert "Pole Nazwa" in text and "Pole Województwo" in text


def test_an_empty_draft_still_prints_the_blank_form():
    pdf = render(application_data({}, load_form(), "ROB-00000-0000"))
    text = text_of(PdfReader(io.BytesIO(pdf)))
    assert text.count(UNCHECKED) == 2 + 9 + len(load_form().fields_of_activity)
    assert CHECKED not in text and "(nie podano)" in text


def test_extreme_data_runs_over_pages_and_keeps_everything():
    data = extreme_data()
    assert len(data.institution_name) == 250
    assert all(len(s.description.split()) == 300 for s in data.standards)
    reader = PdfReader(io.BytesIO(render(data)))
    assert len(reader.pages) > 5
    flat = squeezed(text_of(reader))
    assert squeezed(data.institution_name) in flat
    for standard in data.standards:
        assert squeezed(f"{standard.number}. {standard.title}") in flat
    assert squeezed("14 marca 2026 r.") in flat
    last = reader.pages[-1].extract_text()
    assert HEAD_SIGNS in last and STAMP in last
    only_dejavu(reader)
