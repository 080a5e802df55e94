"""Demo data: reproducible, valid identifiers, real Polish, the declaration's exact shape."""

from __future__ import annotations

import datetime
import random
import re

import pytest

from calcert_desktop.demo import vocabulary
from calcert_desktop.demo.declarations import (
    TEXT_KINDS,
    make_declaration,
    make_text,
    nip_check_digit,
    regon9_check_digit,
)
from calcert_desktop.demo.people import demo_staff, make_person_name

SIGNED = datetime.date(2025, 3, 14)
POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
VOIVODESHIPS = {
    "dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie", "małopolskie",
    "mazowieckie", "opolskie", "podkarpackie", "podlaskie", "pomorskie", "śląskie",
    "świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie",
}  # fmt: skip
FIELDS = {
    "culture", "social_assistance", "education", "ecology", "safety", "health",
    "sport_recreation", "labour_market", "civic", "revitalisation",
}  # fmt: skip
TYPES = {"jops", "ngo", "zaz", "wtz", "other"}


def declarations(seed: int, count: int) -> list[dict]:
    rng = random.Random(seed)
    return [make_declaration(rng, signed_on=SIGNED) for _ in range(count)]


# Independent of the code under test: the weights of the Polish identifiers, spelled out.
def nip_is_valid(nip: str) -> bool:
    weights = (6, 5, 7, 2, 3, 4, 5, 6, 7)
    if not re.fullmatch(r"\d{10}", nip):
        return False
    check = sum(int(nip[i]) * weights[i] for i in range(9)) % 11
    return check != 10 and check == int(nip[9])


def regon9_is_valid(regon: str) -> bool:
    weights = (8, 9, 2, 3, 4, 5, 6, 7)
    if not re.fullmatch(r"\d{9}", regon):
        return False
    check = sum(int(regon[i]) * weights[i] for i in range(8)) % 11
    return (0 if check == 10 else check) == int(regon[8])


def has_polish_letter(text: str) -> bool:
    return bool(POLISH_LETTERS & set(text))


# --- Reproducibility ------------------------------------------------------------------


def test_same_seed_gives_identical_output():
    assert declarations(42, 300) == declarations(42, 300)
    assert demo_staff(random.Random(42)) == demo_staff(random.Random(42))
    first, second = random.Random(5), random.Random(5)
    texts = [make_text(first, kind) for kind in TEXT_KINDS * 5]
    assert texts == [make_text(second, kind) for kind in TEXT_KINDS * 5]


def test_different_seeds_give_different_output():
    assert declarations(1, 50) != declarations(2, 50)
    assert demo_staff(random.Random(1)) != demo_staff(random.Random(2))


def test_the_global_random_is_neither_used_nor_disturbed():
    random.seed(123)
    expected = random.random()
    random.seed(123)
    declarations(9, 20)
    demo_staff(random.Random(9))
    make_text(random.Random(9), "finding")
    assert random.random() == expected


# --- Identifiers ----------------------------------------------------------------------


def test_nip_and_regon_checksums_are_valid():
    for declaration in declarations(7, 1000):
        institution = declaration["institution"]
        assert nip_is_valid(institution["nip"]), institution["nip"]
        assert regon9_is_valid(institution["regon"]), institution["regon"]


def test_public_check_digit_helpers():
    # Worked by hand: 5*6+2*5+6*7+0*2+2*3+5*4+0*5+9*6+9*7 = 225, and 225 mod 11 = 5.
    assert nip_check_digit("526025099") == 5
    # 6+10+21+8+15+24+35+48+63 = 230, and 230 mod 11 = 10: no valid NIP starts this way.
    assert nip_check_digit("123456789") == 10
    # 8+18+6+12+20+30+42+56 = 192, and 192 mod 11 = 5.
    assert regon9_check_digit("12345678") == 5
    # 7*3 = 21, and 21 mod 11 = 10, which REGON writes as 0.
    assert regon9_check_digit("00000003") == 0


# --- Vocabulary -----------------------------------------------------------------------


def test_towns_cover_every_voivodeship_with_plausible_data():
    towns = vocabulary.TOWNS
    assert len(towns) >= 200
    assert {town.voivodeship for town in towns} == VOIVODESHIPS
    assert len({town.name for town in towns}) == len(towns)
    for town in towns:
        assert re.fullmatch(r"\d\d(-\d{3})?", town.postal), town
        assert town.kind in {"city", "seat", "town", "rural"}, town
        preposition, _, rest = town.in_town.partition(" ")
        assert preposition in {"w", "we"} and rest, town
        # "we" before w/f and a consonant: "we Wrocławiu", but "w Wałbrzychu".
        if re.match(r"[WF][^aąeęioóuy]", town.name):
            assert preposition == "we", town
        elif not town.name.startswith("Lw"):
            assert preposition == "w", town
    assert {town.kind for town in towns} == {"city", "seat", "town", "rural"}
    assert sum(has_polish_letter(town.name) for town in towns) >= 100


def test_names_and_streets_are_many_and_polish():
    assert len(set(vocabulary.FEMALE_FIRST_NAMES)) >= 60
    assert len(set(vocabulary.MALE_FIRST_NAMES)) >= 60
    assert len(set(vocabulary.SURNAMES)) >= 150
    assert len(set(vocabulary.STREETS)) >= 60
    assert ("Kowalski", "Kowalska") in vocabulary.SURNAMES
    assert ("Żółkiewski", "Żółkiewska") in vocabulary.SURNAMES
    assert ("Nowak", "Nowak") in vocabulary.SURNAMES
    for names in (vocabulary.FEMALE_FIRST_NAMES, vocabulary.MALE_FIRST_NAMES):
        assert sum(has_polish_letter(name) for name in names) >= 10
    assert all(vocabulary.FEMALE_FIRST_NAMES.count(n) == 1 for n in vocabulary.FEMALE_FIRST_NAMES)


def test_person_names():
    rng = random.Random(3)
    women = [make_person_name(rng, female=True) for _ in range(200)]
    men = [make_person_name(rng, female=False) for _ in range(200)]
    female_firsts = set(vocabulary.FEMALE_FIRST_NAMES)
    assert all(name.split(" ")[0] in female_firsts for name in women)
    assert not any(name.endswith("ski") or name.endswith("cki") for name in women)
    assert not any(name.endswith("ska") or name.endswith("cka") for name in men)
    assert any(has_polish_letter(name) for name in women + men)


# --- Staff ----------------------------------------------------------------------------

FIXED = {
    "biuro": ("Ewa Zalewska", {"office"}),
    "przewodniczaca": ("Barbara Łukaszewicz", {"commission_chair", "commission_member"}),
    "czlonek1": ("Tomasz Wróbel", {"commission_member"}),
    "czlonek2": ("Agnieszka Kołodziej", {"commission_member"}),
    "czlonek3": ("Paweł Śliwiński", {"commission_member"}),
    "ekspert": ("Marta Żak", {"expert"}),
    "zarzad": ("Jerzy Będkowski", {"board_member"}),
    "zarzad2": ("Halina Sobczak", {"board_member"}),
    "admin": ("Administrator Systemu", {"admin"}),
}


@pytest.mark.parametrize("seed", [0, 1, 2024, 99999])
def test_staff_has_the_fixed_accounts_and_the_team_sizes(seed):
    staff = demo_staff(random.Random(seed))
    by_login = {member.login: member for member in staff}
    assert len(by_login) == len(staff), "logins are unique"
    for login, (full_name, roles) in FIXED.items():
        assert by_login[login].full_name == full_name
        assert set(by_login[login].roles) == roles
    count = {role: sum(role in m.roles for m in staff) for role in ("office", "expert")}
    assert count == {"office": 2, "expert": 3}
    assert sum("commission_chair" in m.roles for m in staff) == 1
    assert sum(m.roles == ("commission_member",) for m in staff) == 6
    assert sum("board_member" in m.roles for m in staff) == 3
    assert sum("admin" in m.roles for m in staff) == 1
    assert len(staff) == 16
    for member in staff:
        assert re.fullmatch(r"[a-z0-9.]+", member.login), member
        assert len(member.full_name.split(" ")) == 2
        if member.login not in FIXED:
            assert re.fullmatch(r"[a-z]\.[a-z-]+\d*", member.login), member
    assert len({m.full_name for m in staff}) == len(staff)


# --- Declarations ---------------------------------------------------------------------


def test_declaration_has_exactly_the_specified_keys():
    for declaration in declarations(11, 500):
        assert list(declaration) == [
            "form_version", "institution", "submitter", "head", "eligibility", "standards",
            "model_of_work", "attachments", "signature",
        ]  # fmt: skip
        institution = declaration["institution"]
        assert list(institution) == [
            "name", "type", "address", "phone", "email", "nip", "regon",
        ]  # fmt: skip
        assert list(institution["address"]) == ["street", "postal_code", "town", "voivodeship"]
        assert list(declaration["submitter"]) == ["name", "position", "phone", "email"]
        assert list(declaration["head"]) == ["name", "position"]
        assert declaration["eligibility"] == {"osl_in_documents": True, "team_familiarised": True}
        assert list(declaration["standards"]) == [f"S{n}" for n in range(1, 10)]
        for entry in declaration["standards"].values():
            assert list(entry) == ["declared", "description", "evidence"]
        assert list(declaration["model_of_work"]) == ["fields", "description"]
        for attachment in declaration["attachments"]:
            assert list(attachment) == ["kind", "file_name"]
        assert list(declaration["signature"]) == ["place", "date"]


def test_declaration_values_are_well_formed():
    email = re.compile(r"[a-z0-9.-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")
    seen_voivodeships: set[str] = set()
    for declaration in declarations(12, 3000):
        assert declaration["form_version"] == "1"
        institution = declaration["institution"]
        address = institution["address"]
        assert institution["type"] in TYPES
        assert institution["name"] and "{" not in institution["name"]
        assert re.fullmatch(r"\d\d-\d{3}", address["postal_code"])
        assert re.fullmatch(r"(ul|al|pl)\. .+ \d+[a-d]?", address["street"])
        assert address["voivodeship"] in VOIVODESHIPS
        seen_voivodeships.add(address["voivodeship"])
        assert re.fullmatch(r"\+48 \d\d \d{3} \d\d \d\d", institution["phone"])
        assert email.fullmatch(institution["email"]), institution["email"]
        submitter = declaration["submitter"]
        assert email.fullmatch(submitter["email"]), submitter["email"]
        assert re.fullmatch(r"\+48 \d\d \d{3} \d\d \d\d|\d{3} \d{3} \d{3}", submitter["phone"])
        for entry in declaration["standards"].values():
            assert entry["declared"] is True
            assert entry["description"].endswith(".") and "{" not in entry["description"]
            assert 1 <= len(entry["evidence"]) <= 3
            assert len(set(entry["evidence"])) == len(entry["evidence"])
            assert all(re.fullmatch(r"[A-Za-z0-9_.-]+", name) for name in entry["evidence"])
        fields = declaration["model_of_work"]["fields"]
        assert 1 <= len(fields) <= 4 and len(set(fields)) == len(fields)
        assert set(fields) <= FIELDS
        assert "{" not in declaration["model_of_work"]["description"]
        kinds = [a["kind"] for a in declaration["attachments"]]
        assert kinds[:2] == ["signed_form", "report"]
        assert len(set(kinds)) == len(kinds)
        assert declaration["signature"] == {"place": address["town"], "date": "2025-03-14"}
    assert seen_voivodeships == VOIVODESHIPS


def test_institution_names_use_the_towns_forms():
    towns = {town.name: town for town in vocabulary.TOWNS}
    by_type: dict[str, set[str]] = {}
    for declaration in declarations(13, 3000):
        institution = declaration["institution"]
        name = institution["name"]
        town = towns[institution["address"]["town"]]
        by_type.setdefault(institution["type"], set()).add(name)
        if institution["type"] == "ngo":
            assert (
                name.endswith(town.in_town)
                or town.genitive in name
                or town.name in name
                or re.search(r"„[^”]+”$", name)
            ), name
        else:
            assert name.endswith(" " + town.in_town), name
        if name.startswith("Gminny Ośrodek"):
            assert town.kind == "rural", name
    assert set(by_type) == TYPES
    assert any(name.startswith("Gminny Ośrodek Pomocy Społecznej w ") for name in by_type["jops"])
    assert any(name.startswith("Miejski Ośrodek Pomocy Społecznej ") for name in by_type["jops"])
    assert all(name.startswith("Zakład Aktywności Zawodowej") for name in by_type["zaz"])
    assert all(name.startswith("Warsztat Terapii Zajęciowej") for name in by_type["wtz"])
    assert ("Łódź", "w Łodzi", "Łodzi", "łódzkie", "90") == tuple(towns["Łódź"][:5])
    assert towns["Wrocław"].in_town == "we Wrocławiu"
    assert towns["Białystok"].genitive == "Białegostoku"


def test_declaration_text_is_polish():
    text = " ".join(
        " ".join(
            [d["institution"]["name"], d["model_of_work"]["description"], d["head"]["position"]]
            + [entry["description"] for entry in d["standards"].values()]
        )
        for d in declarations(14, 50)
    )
    assert has_polish_letter(text)
    for word in ("społeczności", "mieszkańców", "Ośrodek"):
        assert word in text


# --- Process texts --------------------------------------------------------------------


def test_make_text_gives_polish_sentences_for_every_kind():
    rng = random.Random(15)
    for kind in TEXT_KINDS:
        texts = {make_text(rng, kind) for _ in range(40)}
        assert len(texts) > 1, kind
        assert any(has_polish_letter(text) for text in texts), kind
        for text in texts:
            assert text[0].isupper() and text.endswith("."), (kind, text)
            assert "{" not in text and "}" not in text, (kind, text)


def test_make_text_options():
    rng = random.Random(16)
    for code in (f"S{n}" for n in range(1, 10)):
        for rating in ("meets", "partly", "not"):
            assert make_text(rng, "finding", standard=code, rating=rating)
            assert make_text(rng, "assessment_comment", standard=code, rating=rating)
        assert make_text(rng, "refusal_reason", standard=code)
        assert make_text(rng, "charge", standard=code)
        assert make_text(rng, "standard_description", standard=code)
    assert make_text(rng, "charge", standard="S4").endswith("(standard 4).")
    assert make_text(rng, "conflict_reason", female=True).startswith("Członkini Komisji")
    assert make_text(rng, "conflict_reason", female=False).startswith("Członek Komisji")
    granted = {make_text(rng, "appeal_decision_reason", outcome="granted") for _ in range(30)}
    dismissed = {make_text(rng, "appeal_decision_reason", outcome="dismissed") for _ in range(30)}
    assert granted.isdisjoint(dismissed)
    reasons = " ".join(make_text(rng, "conflict_reason", year=2030) for _ in range(60))
    years = [int(year) for year in re.findall(r"\d{4}", reasons)]
    assert years and all(2020 <= year < 2030 for year in years)  # the past of the given year
    assert "Brak podpisu kierownika na zgłoszeniu." in {
        make_text(rng, "completion_reason") for _ in range(300)
    }


def test_make_text_rejects_unknown_kinds_and_options():
    rng = random.Random(17)
    with pytest.raises(ValueError):
        make_text(rng, "poem")
    with pytest.raises(ValueError):
        make_text(rng, "finding", rating="excellent")
    with pytest.raises(ValueError):
        make_text(rng, "finding", standard="S10")
    with pytest.raises(TypeError):
        make_text(rng, "finding", colour="red")
