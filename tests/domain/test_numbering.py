"""Reference, certificate and draft numbers."""

from __future__ import annotations

import random
import uuid

from calcert_desktop.domain.numbering import (
    certificate_number,
    draft_code,
    normalize_draft_code,
    parse_reference,
    reference_number,
)


def test_reference_and_certificate_formats():
    assert reference_number(2026, 7) == "CAL/2026/0007"
    assert reference_number(2026, 12345) == "CAL/2026/12345"
    assert parse_reference(" cal/2026/0007 ") == (2026, 7)
    assert parse_reference("CAL/26/7") is None
    assert certificate_number(2024, 1) == "CJ-001/2024"


def test_draft_codes_are_readable_and_do_not_collide():
    rng = random.Random(1)
    codes = {draft_code(uuid.UUID(int=rng.getrandbits(128), version=4).hex) for _ in range(300_000)}
    assert len(codes) == 300_000
    sample = next(iter(codes))
    assert len(sample) == 15 and sample.startswith("ROB-") and sample[9] == "-"
    assert not set(sample[4:]) & set("ILOU")


def test_draft_codes_typed_loosely_are_understood():
    code = draft_code("0123456789abcdef0123456789abcdef")
    typed = code.lower().replace("-", "").replace("rob", "rob-")
    assert normalize_draft_code(typed) == code
    assert normalize_draft_code(code.replace("0", "o").replace("1", "l")) == code


def test_cases_made_in_the_same_millisecond_get_different_draft_codes() -> None:
    """Time-ordered keys made together (the register's import) begin alike: their codes
    come from the keys' random end."""
    from calcert_desktop.storage.ids import new_id

    keys = [new_id() for _ in range(20_000)]
    assert len({key.hex[:12] for key in keys}) < 1_000  # many share their millisecond
    assert len({draft_code(key.hex) for key in keys}) == len(keys)
