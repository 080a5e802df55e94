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
