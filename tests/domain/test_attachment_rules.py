"""Attachment file names safe on every system, and content that must match the extension."""

from __future__ import annotations

import unicodedata

import pytest

import attachment_samples as samples
from calcert_desktop.domain import file_types
from calcert_desktop.domain.attachment_rules import (
    FILE_TYPES,
    MAX_NAME_BYTES,
    check_attachment_name,
    file_type_of,
    name_problem,
    safe_file_name,
)
from calcert_desktop.domain.declaration import Declaration, validate_values
from calcert_desktop.domain.forms import load_form
from cli_support import EXAMPLE

UNSAFE = [
    "CON", "con.pdf", "Aux.txt", "PRN.docx", "nul.tar.gz", "NUL .pdf", "COM1.pdf", "lpt9.odt",
    "COM¹.pdf", "CONIN$.txt", "raport.pdf.", "raport.pdf ", "raport.pdf. . ", "...", " ",
    "raport\u202efdp.exe", "raport\u202efdp.pdf", "a\u200bb.pdf", "a\u2066b.pdf", "\ufeffa.pdf",
    "a\x1bb.pdf", "a\x00b.pdf", "a\tb.pdf", "a\u2028b.pdf", "a\u0085b.pdf", "a\ue000.pdf",
    "a<b.pdf", "a>b.pdf", 'a"b.pdf', "a|b.pdf", "a?.pdf", "a*.pdf", "a:b.pdf", "a\\b.pdf",
    "a/b.pdf", "x" * 252 + ".pdf", "ą" * 126 + ".pdf",
]  # fmt: skip
SAFE = [
    "raport 2024 — łączny.pdf", "Statut (2023).docx", "CONSOLE.pdf", "con-raport.pdf",
    "COM10.pdf", "LPT0.txt", "zażółć gęślą jaźń.odt", ".pdf-nie-ukryty.txt", "x" * 251 + ".pdf",
    "zdjęcie 🙂.jpg",
]  # fmt: skip


@pytest.mark.parametrize("name", UNSAFE)
def test_unsafe_names_are_refused_and_made_safe_for_a_copy(name):
    assert name_problem(name) is not None
    error = check_attachment_name(name, "attachments.2.file_name")
    assert error is not None and error.code == "attachment.name_unsafe"
    assert error.field == "attachments.2.file_name"
    assert error.message.startswith("Załączniki: Nazwa pliku „") and "zmień nazwę" in error.message
    # The message shows hidden characters escaped, never as they are.
    hidden = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co"}
    assert not any(unicodedata.category(c) in hidden for c in error.message)
    safe = safe_file_name(name)
    assert name_problem(safe) is None, (name, safe)
    assert len(safe.encode()) <= MAX_NAME_BYTES


@pytest.mark.parametrize("name", SAFE)
def test_ordinary_names_pass_and_stay_as_they_are(name):
    assert name_problem(name) is None
    assert check_attachment_name(name, "attachments.0.file_name") is None
    assert safe_file_name(name) == name


def test_bidi_override_is_named_and_shown_escaped():
    error = check_attachment_name("raport\u202efdp.exe", "attachments.0.file_name")
    assert error is not None
    assert "U+202E" in error.message and "raport\\u202efdp.exe" in error.message
    assert "\u202e" not in error.message
    assert safe_file_name("raport\u202efdp.exe") == "raportfdp.exe"


def test_safe_names_keep_the_extension_and_neutralise_devices():
    assert safe_file_name("CON") == "_CON"
    assert safe_file_name("con.pdf") == "_con.pdf"
    assert safe_file_name("raport.pdf.") == "raport.pdf"
    assert safe_file_name('a<b>:"c|?*.pdf') == "a_b___c___.pdf"
    assert safe_file_name("") == "zalacznik"
    assert safe_file_name("...") == "zalacznik"
    long = safe_file_name("ą" * 300 + ".docx")
    assert long.endswith(".docx") and len(long.encode()) <= MAX_NAME_BYTES


def test_declaration_names_the_attachment_field():
    import json

    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw["attachments"] = [
        {"kind": "statute", "file_name": "statut.pdf"},
        {"kind": "report", "file_name": "raport.pdf."},
        {"kind": "other", "file_name": "CON"},
        {"kind": "other", "file_name": "raport\u202efdp.exe"},
    ]
    declaration = Declaration.from_dict(raw)
    errors = validate_values(declaration, load_form(declaration.form_version))
    unsafe = {e.field: e for e in errors if e.code == "attachment.name_unsafe"}
    assert set(unsafe) == {f"attachments.{n}.file_name" for n in (1, 2, 3)}
    assert "kończy się kropką" in unsafe["attachments.1.file_name"].message
    assert "zastrzeżonej w systemie Windows (CON)" in unsafe["attachments.2.file_name"].message


@pytest.mark.parametrize("suffix", sorted(samples.LEGIT))
def test_real_files_match_their_extension_only(suffix):
    data = samples.LEGIT[suffix]()
    kind = file_type_of(f"plik{suffix}")
    assert kind == FILE_TYPES[suffix]
    assert file_types.content_matches(kind, data)
    others = {k for k in set(FILE_TYPES.values()) - {kind} if file_types.content_matches(k, data)}
    assert others <= ({"txt"} if kind == "rtf" else set())  # RTF is plain text too


@pytest.mark.parametrize(
    ("kind", "data", "looks_like"),
    [
        ("pdf", samples.ELF, "program"),
        ("pdf", samples.SHELL, "skrypt"),
        ("pdf", b"MZ\x90\x00" + b"\x00" * 60, "program"),
        ("docx", samples.plain_zip(), "archiwum ZIP"),
        ("odt", samples.plain_zip(), "archiwum ZIP"),
        ("docx", samples.odt(), "plik OpenDocument (ODT)"),
        ("odt", samples.docx(), "plik Word (DOCX)"),
        ("docx", samples.docx(macros=True), "archiwum ZIP"),
        ("odt", samples.odt("spreadsheet"), "archiwum ZIP"),
        ("docx", b"junk" + samples.docx(), "nierozpoznany format"),
        ("doc", samples.ole2("Workbook"), "inny dokument Microsoft Office lub instalator"),
        ("txt", "zażółć".encode("iso-8859-2"), "nierozpoznany format"),
        ("txt", b"tekst\x00z NUL", "nierozpoznany format"),
        ("jpeg", samples.image("PNG"), "plik PNG"),
        ("tiff", b"II*", "zwykły tekst"),
    ],
)
def test_look_alikes_are_not_what_their_name_says(kind, data, looks_like):
    assert not file_types.content_matches(kind, data)
    assert file_types.describe(data) == looks_like


def test_a_broken_zip_is_not_a_document():
    data = samples.docx()
    assert not file_types.content_matches("docx", data[: len(data) // 2])
    assert not file_types.content_matches("odt", b"PK\x03\x04" + b"\xff" * 100)
