"""Personal data (RODO) where the regulations are silent: whose data the office holds, how a
person is found, what an erasure replaces, and what a view of personal data is called.

The people in a declaration are its submitter (name, position, phone, e-mail) and the head
of the institution (name, position): the institution itself (its name, address, NIP) is not
a person's data and stays. A person with an account (office, Commission, experts, the
Board) is held as a name; their login stays in the audit log as the author of their acts
(the log must show who decided; its entries are hashed)."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any

from calcert_desktop.domain.polish_text import fold

ERASED = "[usunięto]"
PERSON_FIELDS = ("name", "position", "phone", "email")
PERSON_FIELD_LABELS: dict[str, str] = {
    "name": "imię i nazwisko", "position": "stanowisko", "phone": "telefon", "email": "e-mail",
}  # fmt: skip
CONTACT_ROLES: dict[str, str] = {
    "submitter": "osoba zgłaszająca",
    "head": "kierownik instytucji",
}

# How a view of a case's personal data came about (personal_data_views.what).
VIEW_KINDS: dict[str, str] = {
    "case_file": "akta sprawy",
    "attachment": "załącznik",
    "person_export": "wykaz danych osoby",
}
# Views of one case by one person in one way within this time are one view (the case file
# is read again after every action).
VIEW_COALESCE = timedelta(minutes=15)

# Why data was erased (erasures.reason).
REASONS: dict[str, str] = {"request": "na żądanie", "retention": "okres przechowywania"}


def people_of(body: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The people of a declaration by their role (only those filled in)."""
    found: dict[str, dict[str, Any]] = {}
    for role in CONTACT_ROLES:
        person = body.get(role)
        if isinstance(person, Mapping) and any(person.get(f) for f in PERSON_FIELDS):
            found[role] = {f: person[f] for f in PERSON_FIELDS if person.get(f)}
    return found


def same_email(a: str, b: str) -> bool:
    """E-mail addresses compared as people write them (case and spaces aside)."""
    return bool(a.strip()) and a.strip().casefold() == b.strip().casefold()


def same_name(a: str, b: str) -> bool:
    """Names compared as people write them (case, diacritics, spacing aside)."""
    return bool(fold(a)) and fold(a) == fold(b)


def roles_of(body: Mapping[str, Any], email: str | None, name: str | None) -> list[str]:
    """The roles in which the person with ``email`` (or else ``name``) appears in a
    declaration."""
    roles = []
    for role, person in people_of(body).items():
        if email and same_email(str(person.get("email", "")), email):
            roles.append(role)
        elif not email and name and same_name(str(person.get("name", "")), name):
            roles.append(role)
    return roles


def erase_people(body: Mapping[str, Any], roles: Iterable[str]) -> dict[str, Any]:
    """A copy of a declaration with the data of its people in ``roles`` replaced by
    :data:`ERASED` (what was empty stays empty)."""
    erased = copy.deepcopy(dict(body))
    for role in roles:
        person = erased.get(role)
        if isinstance(person, dict):
            for field in PERSON_FIELDS:
                if person.get(field):
                    person[field] = ERASED
    return erased


def erased_name(number: int) -> str:
    """What an erased account is called: "Osoba usunięta nr 3"."""
    return f"Osoba usunięta nr {number}"
