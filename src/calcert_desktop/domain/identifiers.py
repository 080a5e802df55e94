"""Polish registry numbers: NIP (tax id) and REGON (statistical id), checksums and normalising.

Pure functions without error codes; :mod:`calcert_desktop.domain.validation` turns a failed
check into a :class:`~calcert_desktop.domain.errors.ValidationError`.
"""

from __future__ import annotations

import re

_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)
_REGON9_WEIGHTS = (8, 9, 2, 3, 4, 5, 6, 7)
_REGON14_WEIGHTS = (2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)

# People write numbers with spaces, hyphens or the dashes a word processor substitutes.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2014]+")
# A NIP quoted for EU VAT purposes carries the country prefix ("PL 734-285-01-65").
_NIP_COUNTRY_PREFIX = re.compile(r"^PL", re.IGNORECASE)


def _strip_separators(text: str) -> str:
    return _SEPARATORS.sub("", text)


def _is_ascii_digits(text: str) -> bool:
    # str.isdigit() also accepts "²" and Arabic-Indic digits, which no registry issues.
    return text.isascii() and text.isdigit()


def _weighted_sum(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(digit) * weight for digit, weight in zip(digits, weights, strict=True))


def normalize_nip(text: str) -> str:
    """The NIP without separators or the ``PL`` prefix: ``"PL 734-285-01-65"`` -> ``"7342850165"``.

    Only separators are removed, so a malformed input stays malformed (letters are kept)
    and :func:`is_valid_nip` still rejects it.
    """
    return _strip_separators(_NIP_COUNTRY_PREFIX.sub("", text.strip()))


def nip_check_digit(first_nine: str) -> int | None:
    """Check digit for the first nine NIP digits, or ``None`` when the sum gives 10.

    A remainder of 10 means no valid NIP starts with these nine digits.
    """
    if len(first_nine) != 9 or not _is_ascii_digits(first_nine):
        raise ValueError(f"expected nine digits, got {first_nine!r}")
    remainder = _weighted_sum(first_nine, _NIP_WEIGHTS) % 11
    return None if remainder == 10 else remainder


def is_nip_well_formed(text: str) -> bool:
    """True when the NIP has exactly ten digits once separators are removed."""
    digits = normalize_nip(text)
    return len(digits) == 10 and _is_ascii_digits(digits)


def is_valid_nip(text: str) -> bool:
    """True for a well-formed NIP whose last digit matches the mod-11 checksum."""
    if not is_nip_well_formed(text):
        return False
    digits = normalize_nip(text)
    return nip_check_digit(digits[:9]) == int(digits[9])


def format_nip(text: str) -> str:
    """The usual printed form ``NNN-NNN-NN-NN``; a malformed input is returned normalised."""
    digits = normalize_nip(text)
    if not is_nip_well_formed(digits):
        return digits
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:8]}-{digits[8:]}"


def normalize_regon(text: str) -> str:
    """The REGON without separators: ``"491 770 312"`` -> ``"491770312"``."""
    return _strip_separators(text.strip())


def regon_check_digit(body: str) -> int:
    """Check digit for the first 8 (REGON-9) or 13 (REGON-14) digits; a remainder 10 gives 0."""
    if not _is_ascii_digits(body) or len(body) not in (8, 13):
        raise ValueError(f"expected 8 or 13 digits, got {body!r}")
    weights = _REGON9_WEIGHTS if len(body) == 8 else _REGON14_WEIGHTS
    remainder = _weighted_sum(body, weights) % 11
    return 0 if remainder == 10 else remainder


def is_regon_well_formed(text: str) -> bool:
    """True when the REGON has exactly 9 or 14 digits once separators are removed."""
    digits = normalize_regon(text)
    return len(digits) in (9, 14) and _is_ascii_digits(digits)


def is_valid_regon(text: str) -> bool:
    """True for a well-formed 9- or 14-digit REGON whose last digit matches its checksum."""
    if not is_regon_well_formed(text):
        return False
    digits = normalize_regon(text)
    return regon_check_digit(digits[:-1]) == int(digits[-1])
