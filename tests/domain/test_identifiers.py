"""NIP and REGON checksums and normalising."""

import pytest

from calcert_desktop.domain.identifiers import (
    format_nip,
    is_nip_well_formed,
    is_regon_well_formed,
    is_valid_nip,
    is_valid_regon,
    nip_check_digit,
    normalize_nip,
    normalize_regon,
    regon_check_digit,
)


@pytest.mark.parametrize(
    "text",
    [
        "1234563218",
        "123-456-32-18",
        "123-45-63-218",
        "123 456 32 18",
        " 1234563218 ",
        "PL1234563218",
        "pl 123-456-32-18",
        "734-285-01-65",
        "123–456–32–18",  # en dashes from a word processor
    ],
)
def test_valid_nip_in_usual_spellings(text):
    assert is_valid_nip(text)


@pytest.mark.parametrize(
    "text",
    [
        "1234563219",  # wrong check digit
        "1234563281",  # two digits swapped
        "123456321",  # nine digits
        "12345632180",  # eleven digits
        "12345a3218",  # a letter
        "123/456/32/18",  # slashes are not separators
        "",
        "１２３４５６３２１８",  # full-width digits are not ASCII digits
    ],
)
def test_invalid_nip(text):
    assert not is_valid_nip(text)


def test_nip_whose_checksum_is_ten_is_invalid_whatever_the_last_digit():
    assert nip_check_digit("100000016") is None
    assert not any(is_valid_nip(f"100000016{digit}") for digit in range(10))


def test_nip_check_digit_of_a_known_number():
    assert nip_check_digit("123456321") == 8


def test_nip_check_digit_refuses_other_than_nine_digits():
    with pytest.raises(ValueError):
        nip_check_digit("12345")


def test_normalize_nip_keeps_digits_only_for_well_formed_input():
    assert normalize_nip("PL 123-456-32-18") == "1234563218"
    assert normalize_nip("12a") == "12a"  # not silently made valid
    assert is_nip_well_formed("123-456-32-19")  # well formed, wrong checksum
    assert not is_nip_well_formed("123-456-32")


def test_format_nip():
    assert format_nip("1234563218") == "123-456-32-18"
    assert format_nip("12 34") == "1234"


@pytest.mark.parametrize(
    "text",
    ["123456785", "123 456 785", "123-456-785", "491770312", "12345678512347", "100000050"],
)
def test_valid_regon(text):
    assert is_valid_regon(text)


@pytest.mark.parametrize(
    "text",
    ["123456784", "12345678", "1234567850", "12345678512346", "12345678x", "", "1234567851234"],
)
def test_invalid_regon(text):
    assert not is_valid_regon(text)


def test_regon_remainder_ten_gives_check_digit_zero():
    # 10000005: weighted sum mod 11 is 10, so the check digit is 0 (not invalid as for NIP).
    assert regon_check_digit("10000005") == 0
    assert is_valid_regon("100000050")


def test_regon14_check_digit():
    assert regon_check_digit("1234567851234") == 7


def test_regon_well_formed_and_normalised():
    assert normalize_regon(" 491 770 312 ") == "491770312"
    assert is_regon_well_formed("49177031-3")
    assert not is_regon_well_formed("4917703")


def test_regon_check_digit_refuses_wrong_length():
    with pytest.raises(ValueError):
        regon_check_digit("123")
