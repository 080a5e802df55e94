"""The declaration file: parsing, writing back, and the filing rules."""

import copy
import dataclasses
import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from calcert_desktop.domain.declaration import (
    Declaration,
    check_for_filing,
    completeness,
    declaration_from_json,
    declaration_to_json,
    filing_errors,
    missing_for_filing,
    validate_values,
)
from calcert_desktop.domain.errors import ValidationError, ValidationErrors
from calcert_desktop.domain.forms import forms_dir, load_form
from calcert_desktop.services.applications.json_files import read_json

TODAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def form():
    return load_form("1")


@pytest.fixture
def raw():
    path = forms_dir() / "examples" / "declaration-example.json"
    return json.loads(path.read_text(encoding="utf-8"))


def codes(errors):
    return [(e.code, e.field) for e in errors]


def schema_errors_of(data, *, partial=False):
    with pytest.raises(ValidationErrors) as caught:
        if partial:
            Declaration.from_partial(data)
        else:
            Declaration.from_dict(data)
    assert all(e.code == "declaration.schema" for e in caught.value.errors)
    return caught.value.errors


# --- the example -------------------------------------------------------------------------


def test_example_parses_and_may_be_filed(raw, form):
    declaration = Declaration.from_dict(raw)
    check_for_filing(declaration, form, today=TODAY)
    assert filing_errors(declaration, form, today=TODAY) == []
    assert completeness(declaration, form) == 1.0
    assert declaration.institution.name == "Gminny Ośrodek Pomocy Społecznej w Łącku"
    assert declaration.standard("S4").declared
    assert declaration.eligibility_met("team_familiarised")
    assert [a.kind for a in declaration.attachments_of_kind("report")] == ["report"]


def test_example_round_trips_exactly(raw):
    declaration = Declaration.from_dict(raw)
    assert declaration.to_dict() == raw
    assert Declaration.from_dict(declaration.to_dict()) == declaration
    assert declaration_from_json(declaration_to_json(declaration)) == declaration


def test_json_text_keeps_polish_letters(raw):
    text = declaration_to_json(Declaration.from_dict(raw))
    assert "Łącku" in text and "\\u0" not in text


def test_declaration_is_frozen(raw):
    declaration = Declaration.from_dict(raw)
    with pytest.raises(dataclasses.FrozenInstanceError):
        declaration.form_version = "2"  # type: ignore[misc]


def test_absent_optional_values_stay_absent(raw):
    del raw["institution"]["email"]
    del raw["attachments"]
    del raw["standards"]["S3"]["description"]
    raw["attachments"] = []
    declaration = Declaration.from_dict(raw)
    assert declaration.institution.email is None
    assert declaration.attachments == ()
    assert declaration.standard("S3").description is None
    assert declaration.to_dict() == raw


def test_text_is_nfc_and_stripped(raw):
    decomposed = unicodedata.normalize("NFD", "  Łódź\r\n")
    raw["institution"]["address"]["town"] = decomposed
    raw["model_of_work"]["description"] = "Pierwszy akapit.\r\n\r\nDrugi akapit.  "
    declaration = Declaration.from_dict(raw)
    assert declaration.institution.address.town == "Łódź"
    assert unicodedata.is_normalized("NFC", declaration.institution.address.town)
    assert declaration.model_of_work.description == "Pierwszy akapit.\n\nDrugi akapit."


def test_integer_written_as_float_stays_int(raw):
    raw["attachments"][0]["size_bytes"] = 2048.0
    declaration = Declaration.from_dict(raw)
    assert declaration.attachments[0].size_bytes == 2048
    assert isinstance(declaration.attachments[0].size_bytes, int)


# --- filing rules ------------------------------------------------------------------------


@pytest.mark.parametrize("code", [f"S{n}" for n in range(1, 10)])
def test_removing_a_standard_blocks_filing(raw, form, code):
    del raw["standards"][code]
    declaration = Declaration.from_dict(raw)
    missing = missing_for_filing(declaration, form)
    assert ("standard.not_declared", f"standards.{code}") in codes(missing)
    error = next(e for e in missing if e.code == "standard.not_declared")
    standard = form.standard(code)
    assert f"punktu {standard.number}" in error.message
    assert standard.title in error.message
    with pytest.raises(ValidationErrors) as caught:
        check_for_filing(declaration, form, today=TODAY)
    assert ("standard.not_declared", f"standards.{code}") in codes(caught.value.errors)


def test_unticked_standard_is_not_declared(raw, form):
    raw["standards"]["S7"]["declared"] = False
    missing = missing_for_filing(Declaration.from_dict(raw), form)
    assert codes(missing) == [("standard.not_declared", "standards.S7")]


def test_wrong_nip_checksum(raw, form):
    raw["institution"]["nip"] = "734-285-01-66"
    declaration = Declaration.from_dict(raw)
    errors = validate_values(declaration, form, today=TODAY)
    assert codes(errors) == [("nip.checksum", "institution.nip")]
    assert "734-285-01-66" in errors[0].message
    with pytest.raises(ValidationErrors) as caught:
        check_for_filing(declaration, form, today=TODAY)
    assert codes(caught.value.errors) == [("nip.checksum", "institution.nip")]
    assert caught.value.message == errors[0].message


def test_invalid_values_are_each_reported(raw, form):
    raw["institution"]["type"] = "firma"
    raw["institution"]["address"]["voivodeship"] = "12"
    raw["institution"]["address"]["postal_code"] = "33390"
    raw["institution"]["phone"] = "444 61 23"
    raw["institution"]["email"] = "gops(at)lacko.pl"
    raw["institution"]["regon"] = "491770313"
    raw["submitter"]["email"] = "k.wojcik@"
    raw["eligibility"]["osl_in_statute"] = True
    raw["standards"]["S10"] = {"declared": True}
    raw["model_of_work"]["fields"].append("seniors")
    raw["attachments"].append({"kind": "photo", "file_name": "../zdjecie.jpg", "path": "/tmp/x"})
    raw["signature"]["date"] = "2025-06-02"
    found = codes(validate_values(Declaration.from_dict(raw), form, today=TODAY))
    assert found == [
        ("choice.unknown", "institution.type"),
        ("postal_code.invalid", "institution.address.postal_code"),
        ("choice.unknown", "institution.address.voivodeship"),
        ("phone.invalid", "institution.phone"),
        ("email.invalid", "institution.email"),
        ("regon.checksum", "institution.regon"),
        ("email.invalid", "submitter.email"),
        ("date.future", "signature.date"),
        ("eligibility.unknown", "eligibility.osl_in_statute"),
        ("standard.unknown", "standards.S10"),
        ("choice.unknown", "model_of_work.fields"),
        ("choice.unknown", "attachments.5.kind"),
        ("file_name.invalid", "attachments.5.file_name"),
        ("attachment.path_invalid", "attachments.5.path"),
    ]


def test_invalid_signature_date(raw, form):
    raw["signature"]["date"] = "14.03.2025"
    errors = validate_values(Declaration.from_dict(raw), form, today=TODAY)
    assert codes(errors) == [("date.invalid", "signature.date")]
    assert errors[0].message == (
        "Data podpisania: Nieprawidłowa data 14.03.2025 — wpisz ją w postaci RRRR-MM-DD."
    )


def test_too_long_description(raw, form):
    raw["standards"]["S2"]["description"] = "x" * (form.long_text_max_length + 1)
    errors = validate_values(Declaration.from_dict(raw), form, today=TODAY)
    assert codes(errors) == [("too_long", "standards.S2.description")]


def test_form_version_mismatch(raw, form):
    raw["form_version"] = "2"
    errors = validate_values(Declaration.from_dict(raw), form, today=TODAY)
    assert codes(errors) == [("form.version_mismatch", "form_version")]


def test_eligibility_must_be_met(raw, form):
    raw["eligibility"]["osl_in_documents"] = False
    del raw["eligibility"]["team_familiarised"]
    missing = missing_for_filing(Declaration.from_dict(raw), form)
    assert codes(missing) == [
        ("eligibility.not_met", "eligibility.osl_in_documents"),
        ("eligibility.not_met", "eligibility.team_familiarised"),
    ]
    assert "Cały zespół zapoznany z metodą OSL" in missing[1].message


def test_report_is_a_description_per_standard_or_a_report_attachment(raw, form):
    raw["attachments"] = [a for a in raw["attachments"] if a["kind"] != "report"]
    assert missing_for_filing(Declaration.from_dict(raw), form) == []
    del raw["standards"]["S5"]["description"]
    raw["standards"]["S6"]["description"] = "   "
    missing = missing_for_filing(Declaration.from_dict(raw), form)
    assert codes(missing) == [
        ("report.missing", "standards.S5.description"),
        ("report.missing", "standards.S6.description"),
    ]
    assert "punktu 5 („Długofalowość”)" in missing[0].message
    raw["attachments"].append({"kind": "report", "file_name": "raport.pdf"})
    assert missing_for_filing(Declaration.from_dict(raw), form) == []


def test_model_of_work_needs_fields_and_description(raw, form):
    raw["model_of_work"] = {"fields": [], "description": ""}
    missing = missing_for_filing(Declaration.from_dict(raw), form)
    assert codes(missing) == [
        ("model_of_work.missing", "model_of_work.fields"),
        ("model_of_work.missing", "model_of_work.description"),
    ]


def test_required_fields_must_be_filled(raw, form):
    raw["institution"]["phone"] = " "
    raw["submitter"]["name"] = ""
    raw["head"]["name"] = ""
    raw["signature"] = {"place": "", "date": ""}
    missing = missing_for_filing(Declaration.from_dict(raw), form)
    assert codes(missing) == [
        ("required", "institution.phone"),
        ("required", "submitter.name"),
        ("required", "head.name"),
        ("required", "signature.place"),
        ("required", "signature.date"),
    ]
    assert missing[0].message == "Telefon instytucji: To pole jest wymagane — uzupełnij je."


def test_required_attachment_kind_is_enforced_when_the_form_says_so(raw, form):
    kinds = tuple(
        dataclasses.replace(k, required_for_filing=(k.code == "statute"))
        for k in form.attachment_kinds
    )
    strict = dataclasses.replace(form, attachment_kinds=kinds)
    assert missing_for_filing(Declaration.from_dict(raw), strict) == []
    raw["attachments"] = [a for a in raw["attachments"] if a["kind"] != "statute"]
    missing = missing_for_filing(Declaration.from_dict(raw), strict)
    assert codes(missing) == [("attachment.missing", "attachments")]
    assert "Statut" in missing[0].message


def test_completeness_counts_requirements(raw, form):
    assert completeness(Declaration.empty("1"), form) == 0.0
    half = copy.deepcopy(raw)
    for code in ("S1", "S2", "S3"):
        del half["standards"][code]
    partial = completeness(Declaration.from_dict(half), form)
    assert 0.0 < partial < 1.0
    assert completeness(Declaration.from_dict(raw), form) == 1.0


def test_empty_draft_reports_every_requirement(form):
    missing = missing_for_filing(Declaration.empty("1"), form)
    found = codes(missing)
    assert ("required", "institution.name") in found
    assert ("required", "institution.type") in found
    assert sum(1 for c, _ in found if c == "standard.not_declared") == 9
    assert sum(1 for c, _ in found if c == "report.missing") == 9
    assert validate_values(Declaration.empty("1"), form, today=TODAY) == []


# --- structure (JSON Schema) -------------------------------------------------------------


def test_wrong_type_names_the_path(raw):
    raw["institution"]["address"]["postal_code"] = 33390
    (error,) = schema_errors_of(raw)
    assert error.field == "institution.address.postal_code"
    assert error.message == (
        "Kod pocztowy: Nieprawidłowa struktura pliku zgłoszenia: oczekiwano tekstu "
        "w cudzysłowie, a jest liczba całkowita — popraw wartość."
    )


def test_unknown_key_is_a_typo(raw):
    raw["institution"]["emial"] = "x@y.pl"
    (error,) = schema_errors_of(raw)
    assert error.field == "institution.emial"
    assert "nieznane pole „emial”" in error.message


def test_lower_case_standard_code_is_caught(raw):
    raw["standards"]["s1"] = raw["standards"].pop("S1")
    (error,) = schema_errors_of(raw)
    assert error.field == "standards.s1"


def test_missing_keys_are_named(raw):
    del raw["signature"]["date"]
    del raw["head"]
    errors = schema_errors_of(raw)
    assert [e.field for e in errors] == ["head", "signature.date"]
    assert "brakuje pola „date”" in errors[1].message


def test_errors_inside_lists_use_the_index(raw):
    raw["attachments"][2]["kind"] = None
    raw["attachments"][3]["size_bytes"] = -5
    raw["model_of_work"]["fields"][1] = 7
    errors = schema_errors_of(raw)
    assert [e.field for e in errors] == [
        "attachments.2.kind",
        "attachments.3.size_bytes",
        "model_of_work.fields.1",
    ]


def test_booleans_must_be_booleans(raw):
    raw["standards"]["S4"]["declared"] = "tak"
    raw["eligibility"]["osl_in_documents"] = 1
    errors = schema_errors_of(raw)
    assert [e.field for e in errors] == ["eligibility.osl_in_documents", "standards.S4.declared"]
    assert "oczekiwano wartości true albo false" in errors[0].message


def test_root_must_be_an_object():
    (error,) = schema_errors_of([1, 2])
    assert error.field is None
    assert "oczekiwano obiektu" in error.message


# --- drafts ------------------------------------------------------------------------------


def test_partial_fills_missing_parts_with_empty_values(form):
    draft = Declaration.from_partial(
        {"form_version": "1", "institution": {"name": "  MOPS w Żarach "}}
    )
    assert draft.institution.name == "MOPS w Żarach"
    assert draft.institution.address.town == ""
    assert draft.standards == ()
    assert draft.attachments is None
    assert Declaration.from_partial({}) == Declaration()
    # What a draft writes is a structurally valid file.
    assert Declaration.from_dict(draft.to_dict()) == draft
    assert 0.0 < completeness(draft, form) < 1.0


def test_partial_still_checks_types_and_keys():
    errors = schema_errors_of(
        {"institution": {"name": 5}, "standards": {"S1": {"description": "x"}}, "extra": 1},
        partial=True,
    )
    assert [e.field for e in errors] == ["extra", "institution.name"]


def test_empty_draft_keeps_form_version():
    assert Declaration.empty("1").to_dict()["form_version"] == "1"


# --- files -------------------------------------------------------------------------------


def test_malformed_json():
    with pytest.raises(ValidationError) as caught:
        declaration_from_json('{"form_version": "1",\n  "institution": }', "zgloszenie.json")
    error = caught.value
    assert error.code == "declaration.malformed_json"
    assert error.params["line"] == 2
    assert error.message.startswith(
        "Plik zgloszenie.json nie jest poprawnym plikiem JSON (wiersz 2, kolumna"
    )


def load_declaration_file(path: Path, *, partial: bool = False) -> Declaration:
    # The file is read by the service (no link, FIFO or oversized file), parsed by the domain.
    data = read_json(path)
    return Declaration.from_partial(data) if partial else Declaration.from_dict(data)


def test_load_file_with_bom(tmp_path, raw):
    path = tmp_path / "zgłoszenie.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(raw, ensure_ascii=False).encode("utf-8"))
    assert load_declaration_file(path).to_dict() == raw


def test_load_missing_file(tmp_path):
    with pytest.raises(ValidationError) as caught:
        load_declaration_file(tmp_path / "brak.json")
    assert caught.value.code == "file.missing"
    assert "brak.json" in caught.value.message


def test_load_file_not_in_utf8(tmp_path):
    path = tmp_path / "cp1250.json"
    path.write_bytes('{"form_version": "Łódź"}'.encode("cp1250"))
    with pytest.raises(ValidationError) as caught:
        load_declaration_file(path)
    assert caught.value.code == "declaration.not_utf8"


def test_load_partial_file(tmp_path):
    path = Path(tmp_path) / "szkic.json"
    path.write_text('{"form_version": "1"}', encoding="utf-8")
    with pytest.raises(ValidationErrors):
        load_declaration_file(path)
    assert load_declaration_file(path, partial=True).form_version == "1"
