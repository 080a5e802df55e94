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


def draft_code(case_id_hex: str) -> str:
    """Identifier of a case before it is filed (it has no reference number yet)."""
    return DRAFT_PREFIX + case_id_hex[:8].upper()


def parse_reference(text: str) -> tuple[int, int] | None:
    """(year, seq) of a reference number, or None if the text is not one."""
    match = _REFERENCE_RE.match(text.strip().upper())
    if not match:
        return None
    return int(match.group(1)), int(match.group(2))
