"""Demo people: Polish names and a reproducible CAL team with fixed, documented logins."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from calcert_desktop.demo.vocabulary import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES

# Share of women when the caller does not say: social assistance is a mostly female field.
FEMALE_SHARE = 0.7

# Ł/ł have no Unicode decomposition, so NFKD alone would drop them; map Polish letters first.
_POLISH_TO_ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def ascii_fold(text: str) -> str:
    """ASCII form of Polish text for logins and e-mail addresses: "Łódź" -> "Lodz"."""
    folded = text.translate(_POLISH_TO_ASCII)
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return decomposed.encode("ascii", "ignore").decode("ascii")


class PersonName(NamedTuple):
    """A person's first name and surname in the right gender form."""

    first: str
    last: str
    female: bool

    @property
    def full(self) -> str:
        """First name and surname: "Małgorzata Wiśniewska"."""
        return f"{self.first} {self.last}"


_FEMALE_SURNAMES = tuple(female for _, female in SURNAMES)
_MALE_SURNAMES = tuple(male for male, _ in SURNAMES)


def make_person(rng: random.Random, female: bool | None = None) -> PersonName:
    """A random Polish name; ``female=None`` draws the gender (70% women)."""
    rnd = rng.random  # indexing with random() is much cheaper than choice() at 100,000 cases
    if female is None:
        female = rnd() < FEMALE_SHARE
    if female:
        first = FEMALE_FIRST_NAMES[int(rnd() * len(FEMALE_FIRST_NAMES))]
        last = _FEMALE_SURNAMES[int(rnd() * len(_FEMALE_SURNAMES))]
    else:
        first = MALE_FIRST_NAMES[int(rnd() * len(MALE_FIRST_NAMES))]
        last = _MALE_SURNAMES[int(rnd() * len(_MALE_SURNAMES))]
    return PersonName(first, last, female)


def make_person_name(rng: random.Random, female: bool | None = None) -> str:
    """A random Polish full name ("Jędrzej Żółkiewski"); ``female=None`` draws the gender."""
    return make_person(rng, female).full


@dataclass(frozen=True)
class StaffMember:
    """A user of the demo installation."""

    login: str
    """ASCII, lowercase: "biuro", "a.nowak"."""
    full_name: str
    roles: tuple[str, ...]
    """Role codes, as in ``calcert_desktop.domain.roles.Role``."""
    female: bool = False
    """The person's grammatical gender: the form of their function when they sign."""


OFFICE = "office"
COMMISSION_CHAIR = "commission_chair"
COMMISSION_MEMBER = "commission_member"
EXPERT = "expert"
BOARD_MEMBER = "board_member"
ADMIN = "admin"

# Fixed accounts the documentation and tests rely on, whatever the seed.
FIXED_STAFF: tuple[StaffMember, ...] = (
    StaffMember("biuro", "Ewa Zalewska", (OFFICE,), female=True),
    StaffMember(
        "przewodniczaca", "Barbara Łukaszewicz", (COMMISSION_CHAIR, COMMISSION_MEMBER), True
    ),
    StaffMember("czlonek1", "Tomasz Wróbel", (COMMISSION_MEMBER,)),
    StaffMember("czlonek2", "Agnieszka Kołodziej", (COMMISSION_MEMBER,), female=True),
    StaffMember("czlonek3", "Paweł Śliwiński", (COMMISSION_MEMBER,)),
    StaffMember("ekspert", "Marta Żak", (EXPERT,), female=True),
    StaffMember("zarzad", "Jerzy Będkowski", (BOARD_MEMBER,)),
    # A second Board member: the Board decides by resolution, never one member alone.
    StaffMember("zarzad2", "Halina Sobczak", (BOARD_MEMBER,), female=True),
    StaffMember("admin", "Administrator Systemu", (ADMIN,)),
)

# The whole team (fixed accounts included): role codes and how many people hold them.
TEAM_SIZES: tuple[tuple[tuple[str, ...], int], ...] = (
    ((OFFICE,), 2),
    ((COMMISSION_CHAIR, COMMISSION_MEMBER), 1),
    ((COMMISSION_MEMBER,), 6),
    ((EXPERT,), 3),
    ((BOARD_MEMBER,), 3),
    ((ADMIN,), 1),
)


def _login_for(person: PersonName, taken: set[str]) -> str:
    """ "a.nowak" style login, numbered ("a.nowak2") when the plain one is taken."""
    base = f"{ascii_fold(person.first)[0]}.{ascii_fold(person.last)}".lower()
    login, number = base, 2
    while login in taken:
        login, number = f"{base}{number}", number + 1
    return login


def demo_staff(rng: random.Random) -> list[StaffMember]:
    """The demo team: the fixed accounts plus random people up to ``TEAM_SIZES``.

    Ordered by role group (office, chair, members, experts, board, admin), fixed accounts
    first in each group. The same seed gives the same team.
    """
    taken_logins = {member.login for member in FIXED_STAFF}
    taken_names = {member.full_name for member in FIXED_STAFF}
    team: list[StaffMember] = []
    for roles, size in TEAM_SIZES:
        fixed = [member for member in FIXED_STAFF if member.roles == roles]
        team.extend(fixed)
        for _ in range(size - len(fixed)):
            person = make_person(rng)
            while person.full in taken_names:  # two people of one name would confuse users
                person = make_person(rng)
            login = _login_for(person, taken_logins)
            taken_logins.add(login)
            taken_names.add(person.full)
            team.append(StaffMember(login, person.full, roles, person.female))
    return team
