"""How the date an application was signed relates to the date it was received.

Received before signed is refused when filing (``guards.not_before_signature``); signed long
before it was received is allowed but unusual (an old form, a typo in the year), so the
front end asks before filing.
"""

from __future__ import annotations

from datetime import date

LONG_GAP_DAYS = 30  # a form posted at once arrives within days; a month is worth a question


def days_before_receipt(signed: date, received: date) -> int:
    """How many days the signing came before the receipt (negative: signed after it)."""
    return (received - signed).days


def signed_after_receipt(signed: date, received: date) -> bool:
    """True when the request would be received before it was signed (filing refuses it)."""
    return signed > received


def signed_long_before_receipt(signed: date, received: date, days: int = LONG_GAP_DAYS) -> bool:
    """True when more than ``days`` days passed between signing and receipt (ask first)."""
    return days_before_receipt(signed, received) > days


def parse_signed(value: object) -> date | None:
    """The declaration's signature date (``YYYY-MM-DD``), or None while it is not one."""
    if not isinstance(value, str) or len(value) != 10:  # strictly RRRR-MM-DD
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
