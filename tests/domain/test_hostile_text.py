"""The domain's rules on hostile text and JSON, as the GUI's wizard and drafts meet them."""

from __future__ import annotations

import json

import pytest

from calcert_desktop.domain import application_flow as flow
from calcert_desktop.domain import limits
from calcert_desktop.domain.declaration import Declaration, normalize_text
from calcert_desktop.domain.errors import ValidationError, ValidationErrors
from calcert_desktop.domain.forms import is_multi_line, load_form
from calcert_desktop.domain.json_text import parse_json
from calcert_desktop.domain.text_rules import check_characters, is_blank
from calcert_desktop.domain.validation import check_nip, check_regon, parse_iso_date


@pytest.mark.parametrize("text", ["", " ", "\u200b\u200b", "\ufeff", "\u2060\u00a0", "\u3164"])
def test_invisible_only_text_is_blank_and_stored_empty(text):
    assert is_blank(text)
    assert normalize_text(text) == ""


@pytest.mark.parametrize("text", ["\x00", "a", "\x1f", "ł"])
def test_visible_or_control_text_is_not_blank(text):
    assert not is_blank(text)


def test_normalize_keeps_control_characters_at_the_edges_for_the_checks():
    assert normalize_text(" Łącko\u2028") == "Łącko\u2028"
    assert normalize_text("\tŁącko \n") == "Łącko"


@pytest.mark.parametrize(
    ("char", "one_line", "multi_line"),
    [
        ("\n", "text.line_break", None),
        ("\t", "text.control_character", None),
        ("\u2028", "text.line_break", "text.control_character"),
        ("\x1b", "text.control_character", "text.control_character"),
        ("\u202e", "text.bidi_control", "text.bidi_control"),
        ("\u2066", "text.bidi_control", "text.bidi_control"),
        ("\ud800", "text.surrogate", "text.surrogate"),
        ("\u200d", None, None),  # the joiner inside emoji sequences
    ],
)
def test_characters_by_kind_of_field(char, one_line, multi_line):
    for multi, expected in ((False, one_line), (True, multi_line)):
        error = check_characters(f"ab{char}cd", "f", multi_line=multi)
        assert (error.code if error else None) == expected
        if error:
            assert error.params["position"] == 3


def test_the_form_says_which_fields_are_multi_line():
    assert is_multi_line("standards.S7.description")
    assert is_multi_line("model_of_work.description")
    assert not is_multi_line("institution.name")
    assert not is_multi_line("standards.S7.evidence")


def test_all_zero_registry_numbers_are_refused():
    assert check_nip("000-000-00-00").code == "nip.all_zeros"
    assert check_regon("00000000000000").code == "regon.all_zeros"
    assert check_nip("734-285-01-65") is None


@pytest.mark.parametrize("text", ["2026-W48-2", "2026W482", "20261124", "2026-328", " 2026-11-24x"])
def test_only_rrrr_mm_dd_is_a_date(text):
    assert parse_iso_date(text) is None
    assert parse_iso_date("2026-11-24").isoformat() == "2026-11-24"


def test_json_errors_name_the_field():
    with pytest.raises(ValidationError) as dup:
        parse_json('{"a": {"b": 1, "b": 2}}')
    assert (dup.value.code, dup.value.field, dup.value.params["key"]) == (
        "json.duplicate_key",
        "a.b",
        "b",
    )
    with pytest.raises(ValidationError) as deep:
        parse_json('{"a": [' + "[" * 100 + "]" * 100 + "]}")
    assert (deep.value.code, deep.value.field) == ("json.too_deep", "a")
    assert str(limits.MAX_JSON_DEPTH) in deep.value.message
    with pytest.raises(ValidationError) as huge:
        parse_json('{"n": [1, ' + "7" * 5000 + "]}")
    assert (huge.value.code, huge.value.field) == ("json.number_too_long", "n.1")


def test_json_within_limits_reads_as_before():
    text = '{"a": [1, 2.5, true, null, "Łódź 🙂"], "b": {"c": -' + "9" * 18 + "}}"
    assert parse_json(text) == json.loads(text)


def test_a_draft_with_600000_attachments_is_refused_before_the_schema_walks_them():
    data = {"attachments": [{"kind": "other", "file_name": "a.pdf"}] * 600_000}
    with pytest.raises(ValidationErrors) as refused:
        Declaration.from_partial(data)
    error = refused.value.errors[0]
    assert (error.code, error.field) == ("too_many", "attachments")
    assert str(limits.MAX_ATTACHMENTS) in error.message


def test_the_wizard_shows_control_characters_on_the_field_s_page():
    form = load_form("1")
    declaration = Declaration.from_partial(
        {"institution": {"name": "GOPS\x1b[31m"}, "signature": {"place": "Łą\u202ecko"}}
    )
    errors = flow.page_errors(declaration, form, flow.page_of("institution.name"))
    assert ("text.control_character", "institution.name") in {(e.code, e.field) for e in errors}
    errors = flow.page_errors(declaration, form, flow.page_of("signature.place"))
    assert ("text.bidi_control", "signature.place") in {(e.code, e.field) for e in errors}
