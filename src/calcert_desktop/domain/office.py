"""The office's own details: the body that grants the certificate (regulations, point 1:
"Centrum Wspierania Aktywności Lokalnej CAL"), its address and contact, and the place its
letters are written from. Every document prints them from here; the administrator changes
them as settings (``services/admin/office.py``).

Pure: the settings' keys, labels, defaults and rules, and :class:`OfficeDetails`, the plain
data the documents take. Nothing here reads the database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.limits import (
    MAX_OFFICE_LINE_CHARS,
    MAX_OFFICE_NAME_CHARS,
    MAX_PLACE_CHARS,
)
from calcert_desktop.domain.messages_office import OFFICE_LABELS
from calcert_desktop.domain.text_rules import check_text, is_blank
from calcert_desktop.domain.validation import check_email, check_phone, check_website

# The regulations' name of the body (points 1, 4-7, 11, 12) and its seat.
DEFAULT_NAME = "Centrum Wspierania Aktywności Lokalnej CAL"
DEFAULT_PLACE = "Warszawa"
DEFAULT_WEBSITE = "www.cal.org.pl"  # named in point 1 of the regulations

# Runs of spaces (the no-break ones too) become one space; other characters are checked.
_SPACES = re.compile(r"[ \u00a0\u2007\u202f]+")

Check = Callable[[str | None, str], ValidationError | None]


@dataclass(frozen=True)
class TextSetting:
    """A one-line text setting: its Polish label, default, longest text, whether it may be
    left empty, and a check of its form (an e-mail address, a website) if it has one."""

    label: str
    default: str = ""
    max_length: int = MAX_OFFICE_LINE_CHARS
    required: bool = False
    check: Check | None = None
    hint: str = ""  # one sentence shown beside the field: what to write


NAME = "office.name"
NAME_OF = "office.name_genitive"
ADDRESS_1 = "office.address1"
ADDRESS_2 = "office.address2"
PHONE = "office.phone"
EMAIL = "office.email"
WEBSITE = "office.website"
PLACE = "office.place"
TIMESTAMP_URL = "office.timestamp_url"


def check_timestamp_url(value: str | None, field: str) -> ValidationError | None:
    """An RFC 3161 server's address: http:// or https://, a host, no spaces."""
    text = (value or "").strip()
    if not text:
        return None
    if not re.fullmatch(r"https?://[^\s/?#]+[^\s]*", text, flags=re.IGNORECASE):
        return ValidationError("office.timestamp_url_invalid", field, value=text)
    return None


# The office's details in the order the forms list them.
OFFICE_SETTINGS: dict[str, TextSetting] = {
    NAME: TextSetting(
        OFFICE_LABELS[NAME], DEFAULT_NAME, MAX_OFFICE_NAME_CHARS, required=True,
        hint="W mianowniku, jak w nagłówku pism: Centrum Wspierania Aktywności Lokalnej CAL.",
    ),
    NAME_OF: TextSetting(
        OFFICE_LABELS[NAME_OF], "", MAX_OFFICE_NAME_CHARS,
        hint="Jak po słowach „Zarząd” i „Komisja Certyfikacyjna” (np. Fundacji Przykładowej); "
        "puste: jak pełna nazwa (nazwa zaczynająca się od „Centrum” się nie odmienia).",
    ),
    ADDRESS_1: TextSetting(OFFICE_LABELS[ADDRESS_1], hint="np. ul. Marszałkowska 87 lok. 12"),
    ADDRESS_2: TextSetting(OFFICE_LABELS[ADDRESS_2], hint="np. 00-683 Warszawa"),
    PHONE: TextSetting(OFFICE_LABELS[PHONE], check=check_phone, hint="np. 22 123 45 67"),
    EMAIL: TextSetting(OFFICE_LABELS[EMAIL], check=check_email, hint="np. certyfikat@cal.org.pl"),
    WEBSITE: TextSetting(OFFICE_LABELS[WEBSITE], DEFAULT_WEBSITE, check=check_website),
    PLACE: TextSetting(
        OFFICE_LABELS[PLACE], DEFAULT_PLACE, MAX_PLACE_CHARS, required=True,
        hint="W mianowniku, jak w wierszu „Warszawa, 14 marca 2025 r.”.",
    ),
    TIMESTAMP_URL: TextSetting(
        OFFICE_LABELS[TIMESTAMP_URL], check=check_timestamp_url,
        hint="Adres serwera RFC 3161 dostawcy podpisu, np. http://time.certum.pl; puste: "
        "podpis bez znacznika czasu (działa bez internetu).",
    ),
}  # fmt: skip


def cleaned(value: str) -> str:
    """A typed value as it is stored: NFC, without spaces around it, inner runs of spaces as
    one (a name pasted from a document often carries doubled or no-break spaces)."""
    text = unicodedata.normalize("NFC", value)
    return "" if is_blank(text) else _SPACES.sub(" ", text).strip(" ")


def check_value(key: str, value: str) -> ValidationError | None:
    """Why ``value`` (cleaned) may not be the setting ``key``, or None: an empty required
    setting, a text too long or with a control character, a malformed e-mail or website."""
    spec = OFFICE_SETTINGS[key]
    if not value:
        return ValidationError("required", key) if spec.required else None
    problem = check_text(value, key, max_length=spec.max_length)
    if problem is None and spec.check is not None:
        problem = spec.check(value, key)
    return problem


def problems(values: Mapping[str, str]) -> list[ValidationError]:
    """Every problem of ``values`` (setting key -> typed text), in the order of the form;
    keys not given are not checked."""
    found: list[ValidationError] = []
    for key in OFFICE_SETTINGS:
        if key in values:
            problem = check_value(key, cleaned(values[key]))
            if problem is not None:
                found.append(problem)
    return found


@dataclass(frozen=True)
class OfficeDetails:
    """What the documents print about the office (all plain text, already checked)."""

    name: str = DEFAULT_NAME
    name_genitive: str = ""  # empty: as ``name`` ("Centrum" does not decline)
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    website: str = DEFAULT_WEBSITE
    place: str = DEFAULT_PLACE
    # The person the Board named responsible for the certification process (regulations,
    # point 5): the letters' contact; empty while the Board named nobody.
    responsible: str = ""
    # The RFC 3161 server that stamps electronic signatures with the time; empty: none.
    timestamp_url: str = ""

    @property
    def name_of(self) -> str:
        """The name as it follows a noun: "Zarząd <name_of>", "biura <name_of>"."""
        return self.name_genitive or self.name

    @property
    def board(self) -> str:
        """ "Zarząd Centrum Wspierania Aktywności Lokalnej CAL"."""
        return f"Zarząd {self.name_of}"

    @property
    def commission(self) -> str:
        """ "Komisja Certyfikacyjna Centrum Wspierania Aktywności Lokalnej CAL"."""
        return f"Komisja Certyfikacyjna {self.name_of}"

    def contact_lines(self) -> tuple[str, ...]:
        """The contact as printed under the address: "tel. …", "e-mail: …", the website."""
        lines = []
        if self.phone:
            lines.append(f"tel. {self.phone}")
        if self.email:
            lines.append(f"e-mail: {self.email}")
        if self.website:
            lines.append(self.website)
        return tuple(lines)

    def one_line(self) -> str:
        """The name, the address and the contact in one line, parted by " · "."""
        return " · ".join((self.name, *self.address_lines, *self.contact_lines()))


DEFAULT_OFFICE = OfficeDetails()


def details(values: Mapping[str, str]) -> OfficeDetails:
    """The office's details from stored ``values`` (key -> text; a missing key takes its
    default). A stored value that no longer passes the rules (written by another program
    version) is replaced by the default: a document never prints what the form refuses."""

    def value(key: str) -> str:
        text = cleaned(values.get(key, OFFICE_SETTINGS[key].default))
        return text if check_value(key, text) is None else OFFICE_SETTINGS[key].default

    address = tuple(line for line in (value(ADDRESS_1), value(ADDRESS_2)) if line)
    return OfficeDetails(
        name=value(NAME), name_genitive=value(NAME_OF), address_lines=address,
        phone=value(PHONE), email=value(EMAIL), website=value(WEBSITE), place=value(PLACE),
        timestamp_url=value(TIMESTAMP_URL),
    )  # fmt: skip
