"""Validators of single values typed by a user."""

from datetime import date

import pytest

from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.validation import (
    check_choice,
    check_email,
    check_field,
    check_field_of_activity,
    check_file_name,
    check_institution_type,
    check_iso_date,
    check_max_length,
    check_nip,
    check_phone,
    check_postal_code,
    check_regon,
    check_relative_path,
    check_required,
    check_sha256,
    check_voivodeship,
    check_website,
    normalize_phone,
    parse_iso_date,
)


@pytest.fixture(scope="module")
def form():
    return load_form("1")


@pytest.mark.parametrize("value", [None, "", "   ", "\t\n"])
def test_required_rejects_empty_and_whitespace(value):
    error = check_required(value, "institution.name")
    assert error is not None
    assert error.code == "required"
    assert error.field == "institution.name"
    assert error.message.startswith("Nazwa instytucji: ")


def test_required_accepts_text():
    assert check_required(" Łódź ", "institution.address.town") is None


def test_max_length_counts_stripped_characters():
    assert check_max_length("ą" * 6, 6, "institution.address.postal_code") is None
    assert check_max_length("  abc  ", 3, "x") is None
    error = check_max_length("abcd", 3, "institution.name")
    assert error is not None and error.code == "too_long"
    assert error.params == {"length": 4, "max_length": 3}
    assert "3 znaków" in error.message


@pytest.mark.parametrize("value", ["33-390", " 00-950 ", "", None])
def test_postal_code_valid_or_empty(value):
    assert check_postal_code(value) is None


@pytest.mark.parametrize("value", ["33390", "33 390", "3-3390", "33-39O", "333-90", "33-3900"])
def test_postal_code_invalid(value):
    error = check_postal_code(value)
    assert error is not None and error.code == "postal_code.invalid"
    assert error.field == "institution.address.postal_code"
    assert "NN-NNN" in error.message


@pytest.mark.parametrize(
    ("value", "digits"),
    [
        ("601 234 567", "601234567"),
        ("601-234-567", "601234567"),
        ("+48 601 234 567", "601234567"),
        ("0048 601 234 567", "601234567"),
        ("+48601234567", "601234567"),
        ("(71) 316 21 47", "713162147"),
        ("(0-71) 316 21 47", "713162147"),
        ("18 444 61 23", "184446123"),
        ("+48 (18) 444-61-23", "184446123"),
    ],
)
def test_phone_accepted(value, digits):
    assert normalize_phone(value) == digits
    assert check_phone(value) is None


@pytest.mark.parametrize(
    "value", ["60123456", "6012345678", "+49 601 234 567", "601 234 56a", "012 345 678", "tel."]
)
def test_phone_rejected(value):
    assert normalize_phone(value) is None
    error = check_phone(value, "submitter.phone")
    assert error is not None and error.code == "phone.invalid"
    assert error.field == "submitter.phone"


@pytest.mark.parametrize(
    "value", ["gops@lacko.pl", "k.wojcik-zmuda@gops-lacko.pl", "a+b@sub.example.com.pl"]
)
def test_email_valid(value):
    assert check_email(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "gops.lacko.pl",
        "gops@@lacko.pl",
        "go ps@lacko.pl",
        "gops@lacko",
        "gops@.pl",
        "@lacko.pl",
        "a@b@c.pl",
        "gops@lacko..pl",
        "gops@lacko.pl.",
    ],
)
def test_email_invalid(value):
    error = check_email(value)
    assert error is not None and error.code == "email.invalid"


@pytest.mark.parametrize(
    "value", ["www.gops-lacko.pl", "https://gops.lacko.pl/o-nas", "http://mops.krakow.pl:8080/"]
)
def test_website_valid(value):
    assert check_website(value) is None


@pytest.mark.parametrize("value", ["gops lacko.pl", "lacko", "ftp://lacko.pl", "https://"])
def test_website_invalid(value):
    error = check_website(value)
    assert error is not None and error.code == "website.invalid"


def test_nip_codes():
    assert check_nip("734-285-01-65") is None
    assert check_nip("") is None
    length = check_nip("734-285-01-6")
    assert length is not None and length.code == "nip.length"
    checksum = check_nip("734-285-01-66")
    assert checksum is not None and checksum.code == "nip.checksum"
    assert checksum.field == "institution.nip"
    assert checksum.params["value"] == "734-285-01-66"
    assert checksum.message == (
        "NIP instytucji: Numer NIP 734-285-01-66 ma nieprawidłową sumę kontrolną — sprawdź cyfry."
    )


def test_regon_codes():
    assert check_regon("491770312") is None
    assert check_regon("12345678512347") is None
    length = check_regon("4917703120")
    assert length is not None and length.code == "regon.length"
    checksum = check_regon("491770313")
    assert checksum is not None and checksum.code == "regon.checksum"


def test_parse_iso_date():
    assert parse_iso_date("2025-03-14") == date(2025, 3, 14)
    assert parse_iso_date(" 2024-02-29 ") == date(2024, 2, 29)
    for bad in ("2025-02-29", "14.03.2025", "20250314", "2025-3-14", "2025-13-01", ""):
        assert parse_iso_date(bad) is None


def test_check_iso_date_invalid_and_future():
    invalid = check_iso_date("14.03.2025", "signature.date")
    assert invalid is not None and invalid.code == "date.invalid"
    assert "RRRR-MM-DD" in invalid.message
    today = date(2025, 3, 14)
    assert check_iso_date("2025-03-14", "signature.date", latest=today) is None
    future = check_iso_date("2025-03-15", "signature.date", latest=today)
    assert future is not None and future.code == "date.future"
    assert check_iso_date("2099-01-01", "signature.date") is None  # no bound given


def test_choices_against_the_form(form):
    assert check_institution_type("jops", form) is None
    assert check_voivodeship("małopolskie", form) is None
    assert check_field_of_activity("culture", form) is None
    unknown = check_institution_type("company", form)
    assert unknown is not None and unknown.code == "choice.unknown"
    assert "jops" in unknown.params["allowed"]
    by_code = check_voivodeship("12", form)
    assert by_code is not None and by_code.code == "choice.unknown"
    assert "wybierz jedną z: dolnośląskie, kujawsko-pomorskie," in by_code.message
    assert check_voivodeship("Małopolskie", form) is not None  # stored as on an address
    assert check_field_of_activity("seniors", form) is not None


def test_check_choice_generic(form):
    assert check_choice("partly", form.assessment_scale, "rating") is None
    assert check_choice("", form.assessment_scale, "rating") is None
    assert check_choice("maybe", form.assessment_scale, "rating") is not None


def test_file_name_and_paths():
    assert check_file_name("raport 2024 — łączny.pdf", "f") is None
    for bad in ("../raport.pdf", "zalaczniki/raport.pdf", "C:raport.pdf", "a\\b.pdf", ".."):
        error = check_file_name(bad, "f")
        assert error is not None and error.code == "file_name.invalid"
    assert check_relative_path("zalaczniki/raport.pdf", "p") is None
    assert check_relative_path("zalaczniki\\raport.pdf", "p") is None
    for bad in ("/etc/passwd", "../raport.pdf", "a/../../b", "C:\\raport.pdf", "\\\\srv\\x"):
        error = check_relative_path(bad, "p")
        assert error is not None and error.code == "attachment.path_invalid"


def test_sha256():
    assert check_sha256("ab" * 32, "s") is None
    assert check_sha256("AB" * 32, "s") is None
    for bad in ("ab" * 31, "zz" * 32, "ab" * 33):
        error = check_sha256(bad, "s")
        assert error is not None and error.code == "sha256.invalid"


def test_check_field_dispatches_on_kind(form):
    today = date(2025, 6, 1)

    def spec(path):
        found = form.field_spec(path)
        assert found is not None
        return found

    assert check_field(spec("institution.name"), "x" * 300, form) is None
    too_long = check_field(spec("institution.name"), "x" * 301, form)
    assert too_long is not None and too_long.code == "too_long"
    assert check_field(spec("institution.nip"), "734-285-01-66", form).code == "nip.checksum"
    assert check_field(spec("institution.type"), "bank", form).code == "choice.unknown"
    assert check_field(spec("institution.address.voivodeship"), "łódzkie", form) is None
    assert check_field(spec("institution.address.voivodeship"), "10", form) is not None
    assert check_field(spec("signature.date"), "2025-06-02", form, today=today).code == (
        "date.future"
    )
    assert check_field(spec("signature.date"), "2025-06-01", form, today=today) is None
    assert check_field(spec("institution.email"), "", form) is None
