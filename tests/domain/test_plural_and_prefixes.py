"""Polish plural forms, and error prefixes that name a field in Polish, never by its code."""

from __future__ import annotations

import pytest

from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.filter_values import resolve, suggestion
from calcert_desktop.domain.messages import render
from calcert_desktop.domain.plural import counted, plural


@pytest.mark.parametrize(
    ("count", "text"),
    [(0, "0 problemów"), (1, "1 problem"), (2, "2 problemy"), (4, "4 problemy"),
     (5, "5 problemów"), (11, "11 problemów"), (12, "12 problemów"), (14, "14 problemów"),
     (21, "21 problemów"), (22, "22 problemy"), (24, "24 problemy"), (25, "25 problemów"),
     (101, "101 problemów"), (102, "102 problemy"), (112, "112 problemów"),
     (1000, "1000 problemów")],
)  # fmt: skip
def test_counted_takes_the_polish_plural(count, text):
    assert counted(count, "problem", "problemy", "problemów") == text


def test_plural_of_a_negative_count_follows_its_size():
    assert plural(-2, "dzień", "dni", "dni") == "dni"
    assert plural(-1, "dzień", "dni", "dni") == "dzień"


@pytest.mark.parametrize(
    ("field", "prefix"),
    [("reasons", "Uzasadnienie: "), ("grounds", "Treść odwołania: "),
     ("text", "Odpowiedź instytucji: "), ("params.reasons", "Uzasadnienie: "),
     ("received_on", "Data wpływu: "), ("member_id", "Członek Komisji: ")],
)  # fmt: skip
def test_error_prefixes_name_fields_in_polish(field, prefix):
    text = render("too_long", field, {"length": 30000, "max_length": 20000})
    assert text.startswith(prefix), text
    assert field not in text


def test_a_field_without_a_polish_name_gets_no_prefix():
    text = render("too_long", "some_internal_key", {"length": 3, "max_length": 2})
    assert "some_internal_key" not in text and text.startswith("Tekst")


VOIVODESHIPS = {name: name for name in ("łódzkie", "mazowieckie", "małopolskie", "śląskie")}


def test_a_filter_value_matches_without_diacritics_and_case():
    assert resolve("lodzkie", VOIVODESHIPS, "województwa") == "łódzkie"
    assert resolve("ŁÓDZKIE", VOIVODESHIPS, "województwa") == "łódzkie"
    assert resolve("Slaskie", VOIVODESHIPS, "województwa") == "śląskie"
    assert resolve("ocena komisji", {"review": "ocena Komisji"}, "stanu") == "review"
    assert resolve("REVIEW", {"review": "ocena Komisji"}, "stanu") == "review"


def test_an_unknown_filter_value_suggests_the_nearest():
    assert suggestion("mazowsze", VOIVODESHIPS) == "mazowieckie"
    assert suggestion("malopolsk", VOIVODESHIPS) == "małopolskie"
    assert suggestion("xyz", VOIVODESHIPS) is None
    with pytest.raises(ValidationError) as caught:
        resolve("mazowsze", VOIVODESHIPS, "województwa")
    assert caught.value.message == "Nie ma województwa „mazowsze” — czy chodziło o „mazowieckie”?"
