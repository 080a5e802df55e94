"""Polish search folding and sort order."""

import unicodedata

import pytest

from calcert_desktop.domain.polish_text import fold, normalize, sort_key


def test_fold_removes_diacritics_including_l_stroke():
    assert fold("Łódź") == "lodz"
    assert fold("ZAŻÓŁĆ GĘŚLĄ JAŹŃ") == "zazolc gesla jazn"


def test_fold_collapses_whitespace_and_decomposed_input():
    assert fold("  Gminny   Ośrodek\tPomocy ") == "gminny osrodek pomocy"
    assert fold(unicodedata.normalize("NFD", "Śląsk")) == "slask"


def test_normalize_is_nfc():
    decomposed = unicodedata.normalize("NFD", "ą")
    assert len(decomposed) == 2
    assert normalize(decomposed) == "ą"


@pytest.mark.parametrize(
    "ordered",
    [
        ["Sopot", "Śląsk"],
        ["Źródła", "Żary"],
        ["Lublin", "Łódź", "Mława"],
        ["Osada", "Ośrodek"],
        ["Cyprian", "Ćma", "Dąb"],
        ["Ewa", "Ęwa", "Fabian"],
        ["Nowak", "Ńa", "Olek"],
        ["Ola", "Óla", "Pola"],
        ["Zenon", "Źdźbło", "Żaba"],
        ["Poznań", "Quebec", "Rzeszów"],
        ["Vanessa", "Wanda", "Xawery", "Ygrek"],
        ["a", "a b", "ab"],
        ["2 Pułk", "Adam"],
    ],
)
def test_sort_key_gives_polish_order(ordered):
    assert sorted(reversed(ordered), key=sort_key) == ordered
    assert sorted(ordered, key=sort_key) == ordered


def test_sort_key_ignores_case_and_composition():
    assert sort_key("ŁÓDŹ") == sort_key("łódź")
    assert sort_key(unicodedata.normalize("NFD", "Łódź")) == sort_key("Łódź")


def test_other_accented_letters_sort_with_their_base_letter():
    assert sorted(["Ewa", "Émile", "Fabian"], key=sort_key) == ["Émile", "Ewa", "Fabian"]
    assert sort_key("é") == sort_key("e")


def test_sort_key_is_ascii_for_sql_order_by():
    key = sort_key("Gminny Ośrodek Pomocy Społecznej w Łącku — 2025")
    assert key.isascii()
    assert sorted(["ż", "z", "ź"], key=sort_key) == ["z", "ź", "ż"]
    assert sorted(["ż", "z", "ź"], key=lambda s: sort_key(s).encode()) == ["z", "ź", "ż"]
