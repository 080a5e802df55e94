"""The seal's text: canonical, compact, QR-alphanumeric, with a short code to type."""

from __future__ import annotations

from datetime import date

import pytest

from calcert_desktop.domain import seal

FIELDS = seal.SealFields("0123456789abcdef", "CJ-007/2025", "Gminny Ośrodek Pomocy Społecznej "
                         "w Łącku", date(2025, 3, 14), date(2030, 3, 13))  # fmt: skip
SIGNATURE = bytes(range(64))


def test_a_seal_round_trips_and_uses_only_qr_alphanumeric_characters():
    text = seal.encode(FIELDS, SIGNATURE)
    assert text.startswith("CAL1.")
    assert set(text) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567.1C")
    decoded = seal.decode(text)
    assert decoded.fields == FIELDS
    assert decoded.signature == SIGNATURE
    assert decoded.signed_bytes == seal.signed_message(FIELDS)
    # A scanner with Caps Lock, or a copy broken over lines, still reads.
    assert seal.decode(text.lower()[:40] + "\n " + text[40:]).fields == FIELDS


def test_a_250_character_name_is_cut_the_same_way_on_both_sides():
    name = "Stowarzyszenie   na Rzecz Rozwoju Społeczności Lokalnej " * 5
    fields = seal.SealFields(FIELDS.key_id, "CJ-999/2026", name, date(2026, 3, 14),
                             date(2031, 3, 13))  # fmt: skip
    text = seal.encode(fields, SIGNATURE)
    carried = seal.decode(text).fields.institution
    assert carried == seal.seal_name(name) and len(carried) <= seal.NAME_LIMIT
    assert "  " not in carried
    assert len(text) < 320  # a QR code of version 10 at level M holds 311 characters more


@pytest.mark.parametrize(
    "text, why",
    [
        ("CAL1.", "niekompletne"),
        ("CAL1.ABC!", "niedozwolone znaki"),
        ("XYZ1.AAAA", "nie zaczyna się"),
    ],
)
def test_malformed_text_is_refused_with_a_polish_reason(text, why):
    with pytest.raises(seal.SealFormatError) as caught:
        seal.decode(text)
    assert why in caught.value.reason


def test_one_changed_letter_never_decodes_to_the_same_fields_and_signature():
    text = seal.encode(FIELDS, SIGNATURE)
    for position in range(len("CAL1."), len(text), 7):
        letter = "B" if text[position] != "B" else "C"
        changed = text[:position] + letter + text[position + 1 :]
        try:
            decoded = seal.decode(changed)
        except seal.SealFormatError:
            continue
        assert (decoded.signed_bytes, decoded.signature) != (
            seal.signed_message(FIELDS), SIGNATURE)  # fmt: skip


def test_the_short_code_is_twelve_crockford_characters_typed_leniently():
    code = seal.short_code(SIGNATURE)
    assert len(code) == 12 and set(code) <= set(seal.CROCKFORD)
    printed = seal.grouped(code)
    assert printed.count("-") == 2 and printed.replace("-", "") == code
    typed = printed.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert seal.normalize_code(typed) == code
    assert seal.normalize_code("ABCD-EFGH") is None
    assert seal.normalize_code("ABCD-EFGH-IJKU") is None  # U is not in Crockford's alphabet
