"""Formats of case reference numbers and certificate numbers."""

from __future__ import annotations

import re

REFERENCE_FORMAT = "CAL/{year}/{seq:04d}"
CERTIFICATE_FORMAT = "CJ-{seq:03d}/{year}"
DRAFT_PREFIX = "ROB-"

_REFERENCE_RE = re.compile(r"^CAL/(\d{4})/(\d{4,})$")


def reference_number(year: int, seq: int) -> str:
    """``CAL/<year>/<NNNN>``: the case's number, given when the written request is filed."""
    return REFERENCE_FORMAT.format(year=year, seq=seq)


def certificate_number(year: int, seq: int) -> str:
    """The certificate's number, from its own gap-free sequence of the year of issue."""
    return CERTIFICATE_FORMAT.format(year=year, seq=seq)


# Crockford's base 32: no I, L, O or U, so a code read aloud or retyped stays unambiguous.
_BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def draft_code(case_id_hex: str) -> str:
    """Identifier of a case before it is filed (it has no reference number yet).

    Fifty bits of the case's UUID as ten base-32 characters, ``ROB-XXXXX-XXXXX``: unique
    enough for millions of drafts made on different laptops (32 bits were not: two of
    100,000 drafts shared a code). A time-ordered key (version 7) begins with the
    millisecond it was made, the same for cases made together (the register's import): its
    code is taken from the key's random end instead.
    """
    time_ordered = len(case_id_hex) == 32 and case_id_hex[12] == "7"
    bits = int(case_id_hex[-13:] if time_ordered else case_id_hex[:13], 16) >> 2
    chars = "".join(_BASE32[(bits >> shift) & 31] for shift in range(45, -1, -5))
    return f"{DRAFT_PREFIX}{chars[:5]}-{chars[5:]}"


def normalize_draft_code(text: str) -> str:
    """A draft code as typed (any case, O for 0, I or L for 1, dash optional), made canonical."""
    body = text.strip().upper().removeprefix(DRAFT_PREFIX).replace("-", "")
    body = body.translate(str.maketrans("OIL", "011"))
    return f"{DRAFT_PREFIX}{body[:5]}-{body[5:]}" if len(body) == 10 else text.strip().upper()


def parse_reference(text: str) -> tuple[int, int] | None:
    """(year, seq) of a reference number, or None if the text is not one."""
    match = _REFERENCE_RE.match(text.strip().upper())
    if not match:
        return None
    return int(match.group(1)), int(match.group(2))
