"""The values of a paper-era register's cells as the import reads them (issue 23): dates in
the forms Polish offices write them, certificate and case numbers, the institution's type
and voivodeship by name or abbreviation, the outcome in words. Each parser returns the
value, or raises a :class:`ValidationError` whose Polish message says what to fix.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta

from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.filter_values import resolve
from calcert_desktop.domain.forms import FormDefinition
from calcert_desktop.domain.identifiers import is_valid_nip, normalize_nip
from calcert_desktop.domain.numbering import certificate_number, parse_reference
from calcert_desktop.domain.polish_text import fold

Cell = str | int | float | bool | date | datetime | None

# The genitive month names ("12 marca 2019"), folded.
_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "wrzesnia", "pazdziernika", "listopada", "grudnia")  # fmt: skip
_DMY = re.compile(r"^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})(?:\s*r\.?)?$")
_YMD = re.compile(
    r"^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_WORDS = re.compile(r"^(\d{1,2})\s+([a-z]+)\s+(\d{4})(?:\s*r\.?)?$")
_CERTIFICATE = re.compile(r"^cj\s*[-–]?\s*0*(\d{1,5})\s*/\s*(\d{4})$")
# Excel's serial day numbers of 1990..2099 (a number in a date column): 1899-12-30 is day 0.
_SERIAL_FIRST, _SERIAL_LAST = 32874, 73050
_EXCEL_EPOCH = date(1899, 12, 30)

# Abbreviations and words offices use for the institution types (folded) → the form's code.
TYPE_WORDS: dict[str, str] = {
    **dict.fromkeys(("ops", "mops", "gops", "mgops", "mopr", "pcpr", "rops", "dps", "cus",
                     "osrodek pomocy spolecznej", "jednostka pomocy spolecznej",
                     "pomoc spoleczna", "jops"), "jops"),
    **dict.fromkeys(("ngo", "stowarzyszenie", "fundacja", "organizacja pozarzadowa"), "ngo"),
    **dict.fromkeys(("zaz", "zaklad aktywnosci zawodowej"), "zaz"),
    **dict.fromkeys(("wtz", "warsztat terapii zajeciowej", "warsztaty terapii zajeciowej"),
                    "wtz"),
    **dict.fromkeys(("inny", "inne", "inny podmiot", "other"), "other"),
}  # fmt: skip

GRANTED, REFUSED, REVOKED = "granted", "refused", "revoked"
OUTCOME_WORDS: dict[str, str] = {
    **dict.fromkeys(("przyznano", "przyznany", "przyznanie", "wydano", "wydany", "tak",
                     "certyfikat", "wazny", "wygasl", "wygasly"), GRANTED),
    **dict.fromkeys(("odmowa", "odmowiono", "odmowa przyznania", "nie przyznano", "nie",
                     "odmowa ostateczna"), REFUSED),
    **dict.fromkeys(("odebrano", "odebrany", "cofnieto", "odebranie"), REVOKED),
}  # fmt: skip


def text_of(cell: Cell) -> str:
    """A cell as text: numbers without a trailing ``.0``, dates as dd.mm.rrrr."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "tak" if cell else "nie"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        cell = cell.date()
    if isinstance(cell, date):
        return cell.strftime("%d.%m.%Y")
    return " ".join(str(cell).split())


def parse_date(cell: Cell, field: str) -> date | None:
    """A date cell (a real date, an Excel day number, or text: 12.03.2019, 12-03-2019,
    2019-03-12, 12 marca 2019); ``None`` for an empty cell."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if _SERIAL_FIRST <= cell <= _SERIAL_LAST:
            return _EXCEL_EPOCH + timedelta(days=int(cell))
        raise ValidationError("register.bad_date", field, value=text_of(cell))
    text = fold(str(cell))
    parts: tuple[int, int, int] | None = None
    if match := _DMY.match(text):
        parts = int(match[3]), int(match[2]), int(match[1])
    elif match := _YMD.match(text):
        parts = int(match[1]), int(match[2]), int(match[3])
    elif (match := _WORDS.match(text)) and match[2] in _MONTHS:
        parts = int(match[3]), _MONTHS.index(match[2]) + 1, int(match[1])
    if parts is None:
        raise ValidationError("register.bad_date", field, value=text_of(cell))
    try:
        return date(*parts)
    except ValueError:
        raise ValidationError("register.no_such_date", field, value=text_of(cell)) from None


def parse_certificate(cell: Cell, field: str = "register.number") -> tuple[str, int, int] | None:
    """(number as we write it, year, sequence) of a certificate number (CJ-007/2019, also
    cj 7/2019); ``None`` for an empty cell."""
    text = text_of(cell)
    if not text:
        return None
    match = _CERTIFICATE.match(fold(text))
    if match is None or int(match[1]) < 1:
        raise ValidationError("register.bad_certificate_number", field, value=text,
                              example=certificate_number(2019, 7))  # fmt: skip
    year, seq = int(match[2]), int(match[1])
    return certificate_number(year, seq), year, seq


def parse_case_reference(cell: Cell) -> tuple[str, int, int] | None:
    """(reference as we write it, year, sequence) of a case number (CAL/2019/0012)."""
    text = text_of(cell)
    if not text:
        return None
    parsed = parse_reference(text.replace(" ", ""))
    if parsed is None or parsed[1] < 1:
        raise ValidationError("register.bad_reference", "register.reference", value=text)
    year, seq = parsed
    return f"CAL/{year}/{seq:04d}", year, seq


def parse_nip(cell: Cell) -> str | None:
    """The NIP's ten digits (separators and ``PL`` dropped), checked; ``None`` if empty."""
    text = text_of(cell)
    if not text:
        return None
    if not is_valid_nip(text):
        raise ValidationError("register.bad_nip", "register.nip", value=text)
    return normalize_nip(text)


def parse_type(cell: Cell, form: FormDefinition) -> str:
    """The form's institution type code, from its code, its name or an abbreviation
    (MOPS, GOPS, ZAZ, WTZ, fundacja...)."""
    text = text_of(cell)
    word = fold(text)
    if word in TYPE_WORDS:
        return TYPE_WORDS[word]
    choices = {choice.code: choice.label for choice in form.institution_types}
    return _resolved(text, choices, "typu instytucji", "register.type")


def parse_voivodeship(cell: Cell, form: FormDefinition) -> str:
    """The voivodeship's lowercase name as stored, from its name (any case, with or without
    "woj."/"województwo") or its two-digit TERYT code."""
    text = text_of(cell)
    word = fold(text)
    for prefix in ("wojewodztwo ", "woj. ", "woj "):
        word = word.removeprefix(prefix)
    known = _voivodeships(form)
    if word in known:
        return known[word]
    choices = {v.name: v.name for v in form.voivodeships}
    return _resolved(word, choices, "województwa", "register.voivodeship")


@functools.cache
def _voivodeships(form: FormDefinition) -> dict[str, str]:
    """Folded name and TERYT code → the stored name (built once per form: a file of 10,000
    rows asks 10,000 times)."""
    known = {fold(v.name): v.name for v in form.voivodeships}
    return {**known, **{v.code: v.name for v in form.voivodeships}}


def parse_outcome(cell: Cell) -> str | None:
    """``granted``, ``refused`` or ``revoked`` from the words offices write; ``None`` if
    the cell is empty."""
    text = text_of(cell)
    if not text:
        return None
    outcome = OUTCOME_WORDS.get(fold(text))
    if outcome is None:
        raise ValidationError("register.bad_outcome", "register.outcome", value=text)
    return outcome


def _resolved(text: str, choices: Mapping[str, str], what: str, field: str) -> str:
    if not text:
        raise ValidationError("required", field)
    try:
        return resolve(text, choices, what)
    except ValidationError as error:  # the same message, naming the column
        raise ValidationError(error.code, field, **error.params) from None
