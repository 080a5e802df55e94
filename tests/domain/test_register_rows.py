"""The paper-era register's rows judged (issue 23): every kind of bad row refused with a
Polish reason naming its column, the good ones made into cases in their real final state,
rows already in the database skipped."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.register_fields import (
    guess_mapping,
    layout_key,
    mapping_from_headings,
    missing_fields,
)
from calcert_desktop.domain.register_rows import CREATE, REFUSE, SKIP, Known, judge, read_row
from calcert_desktop.domain.register_values import (
    parse_certificate,
    parse_date,
    parse_type,
    parse_voivodeship,
)
from calcert_desktop.domain.states import CaseState

TODAY = date(2026, 12, 7)
FORM = load_form(None)
GOOD_NIP = "7342850165"


def certified(**changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "name": "Miejski Ośrodek Pomocy Społecznej w Łodzi", "type": "MOPS", "town": "Łódź",
        "voivodeship": "łódzkie", "number": "CJ-003/2023", "issued_on": "15.03.2023",
        "valid_until": "14.03.2028",
    }  # fmt: skip
    row.update(changes)
    return row


def refused(**changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "name": "Fundacja Żółty Żuraw", "type": "fundacja", "town": "Żórawina",
        "voivodeship": "Dolnośląskie", "outcome": "odmowa", "decided_on": "2020-05-05",
    }  # fmt: skip
    row.update(changes)
    return row


def verdicts(*rows: dict[str, object], known: Known | None = None) -> list:
    return judge([(i + 2, r) for i, r in enumerate(rows)], known or Known(), FORM, TODAY)


def test_headings_are_recognised_whatever_their_case_and_letters() -> None:
    header = ["Lp.", "NAZWA INSTYTUCJI", "Typ", "Miejscowosc:", "Woj.", "Nr certyfikatu",
              "Data wydania", "Ważny do", "Uwagi dowolne"]  # fmt: skip
    mapping = guess_mapping(header)
    assert mapping == {1: "name", 2: "type", 3: "town", 4: "voivodeship", 5: "number",
                       6: "issued_on", 7: "valid_until"}  # fmt: skip
    assert missing_fields(mapping) == []
    assert missing_fields({1: "name"}) == ["Typ instytucji", "Miejscowość", "Województwo"]
    # the same layout exported again has the same key; another layout another
    assert layout_key(header) == layout_key([h.lower() for h in header])
    assert layout_key(header) != layout_key(header[:-1])
    assert mapping_from_headings(header, {"nazwa instytucji": "name", "Uwagi dowolne": "reasons"}) \
        == {1: "name", 8: "reasons"}


@pytest.mark.parametrize("cell", ["15.03.2023", "15-03-2023", "15/03/2023", "2023-03-15",
                                  "2023-03-15 00:00:00", "15 marca 2023", "15.03.2023 r.",
                                  date(2023, 3, 15), datetime(2023, 3, 15, 0, 0), 45000,
                                  45000.0])  # fmt: skip
def test_dates_come_in_every_form_offices_write_them(cell: object) -> None:
    assert parse_date(cell, "register.issued_on") == date(2023, 3, 15)  # type: ignore[arg-type]


@pytest.mark.parametrize(("cell", "code"), [("31.02.2019", "register.no_such_date"),
                                            ("wczoraj", "register.bad_date"),
                                            ("2019", "register.bad_date"),
                                            (2019, "register.bad_date")])  # fmt: skip
def test_a_date_that_does_not_parse_is_named(cell: object, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(cell, "register.issued_on")  # type: ignore[arg-type]
    assert caught.value.code == code
    assert caught.value.message.startswith("Data wydania: ")


def test_numbers_types_and_voivodeships_by_what_offices_write() -> None:
    assert parse_certificate("cj 7/2019") == ("CJ-007/2019", 2019, 7)
    assert parse_certificate("CJ-012/2024") == ("CJ-012/2024", 2024, 12)
    assert parse_certificate(None) is None
    assert [parse_type(t, FORM) for t in ("GOPS", "Stowarzyszenie", "WTZ", "zaz", "inne")] == \
        ["jops", "ngo", "wtz", "zaz", "other"]
    assert parse_type("Zakład aktywności zawodowej", FORM) == "zaz"
    assert parse_voivodeship("Woj. Małopolskie", FORM) == "małopolskie"
    assert parse_voivodeship("SLASKIE", FORM) == "śląskie"
    code = FORM.voivodeships[0].code
    assert parse_voivodeship(code, FORM) == FORM.voivodeships[0].name
    with pytest.raises(ValidationError) as caught:
        parse_voivodeship("mazowsze", FORM)
    assert "mazowieckie" in caught.value.message and caught.value.message.startswith("Województwo")


def test_good_rows_become_cases_in_their_real_final_state() -> None:
    rows = (
        certified(),
        certified(number="CJ-001/2019", issued_on="12.03.2019", valid_until=None,
                  nip=GOOD_NIP),
        certified(number="CJ-002/2019", issued_on="2019-06-01", valid_until=None,
                  revoked_on="01.02.2021", reasons="Zarzuty z kontroli."),
        refused(reference="CAL/2020/0011", received_on="02.03.2020"),
    )  # fmt: skip
    found = verdicts(*rows)
    assert [v.action for v in found] == [CREATE] * 4
    states = [v.case.final_state(TODAY) for v in found]
    assert states == [CaseState.CERTIFIED, CaseState.EXPIRED, CaseState.REVOKED_FINAL,
                      CaseState.REFUSED_FINAL]  # fmt: skip
    valid, expired, revoked, refusal = (v.case for v in found)
    assert valid.valid_until == date(2028, 3, 14) and valid.decided_on == date(2023, 3, 15)
    assert valid.received_on == valid.decided_on  # no date of receipt: the decision's
    assert expired.state_since(TODAY) == date(2024, 3, 12)  # the day after its last day
    assert expired.nip == GOOD_NIP and expired.type == "jops"
    assert revoked.state_since(TODAY) == date(2021, 2, 1)
    assert refusal.reference == ("CAL/2020/0011", 2020, 11)
    assert refusal.voivodeship == "dolnośląskie" and refusal.type == "ngo"


BAD_ROWS = [
    (certified(nip="1234567890"), "NIP „1234567890” jest błędny"),
    (certified(voivodeship="Mazowsze"), "Nie ma województwa „mazowsze”"),
    (certified(issued_on="30.02.2023"), "nie ma takiego dnia"),
    (certified(issued_on="marzec 2023"), "nie jest datą"),
    (certified(valid_until="15.03.2028"), "jest ważny pięć lat, do 14.03.2028"),
    (certified(number="CJ-003/2022"), "ma w numerze rok 2022"),
    (certified(name=""), "Nazwa instytucji: To pole jest wymagane"),
    (certified(type="sklep"), "Nie ma typu instytucji „sklep”"),
    (certified(number="3/2023"), "nie jest numerem certyfikatu"),
    (certified(issued_on=None), "brak daty wydania"),
    (certified(issued_on="15.03.2027", valid_until=None), "to data z przyszłości"),
    (certified(received_on="01.04.2023"), "jest wcześniej niż Data wpływu"),
    (certified(outcome="odmowa"), "a wiersz ma numer certyfikatu"),
    (refused(decided_on=None), "brak daty decyzji o odmowie"),
    (refused(outcome=None), "Wiersz nie ma numeru certyfikatu ani rozstrzygnięcia"),
    (refused(outcome="być może"), "nie wiadomo, co znaczy „być może”"),
    (refused(reference="CAL/2019/0001"), "sprawa CAL/2019/0001 ma w numerze rok 2019"),
    (certified(revoked_on="01.01.2029", issued_on="2019-01-01", valid_until=None),
     "to data z przyszłości"),
]  # fmt: skip


@pytest.mark.parametrize(("row", "reason"), BAD_ROWS)
def test_every_kind_of_bad_row_is_refused_saying_what_to_fix(row: dict, reason: str) -> None:
    (verdict,) = verdicts(row)
    assert verdict.action == REFUSE
    assert any(reason in problem for problem in verdict.problems), verdict.problems


def test_all_the_problems_of_a_row_are_listed_at_once() -> None:
    problems = read_row(certified(nip="123", voivodeship="x", issued_on="zzz"), 2, FORM, TODAY)
    assert isinstance(problems, list) and len(problems) == 3


def test_a_number_used_twice_in_the_file_refuses_the_later_row() -> None:
    first, second = verdicts(certified(), certified(name="Inna instytucja"))
    assert first.action == CREATE and second.action == REFUSE
    assert second.problems == ("Numer certyfikatu: CJ-003/2023 jest już w wierszu 2 tego pliku.",)


def test_the_database_decides_between_a_duplicate_and_a_row_imported_before() -> None:
    known = Known(
        certificates={"CJ-003/2023": ("miejski osrodek pomocy spolecznej w lodzi", "MOPS (Łódź)"),
                      "CJ-004/2023": ("fundacja abc", "Fundacja ABC (Kraków)")},
        refusals=frozenset({("fundacja zolty zuraw", date(2020, 5, 5))}),
    )  # fmt: skip
    same, other, refusal = verdicts(certified(), certified(number="CJ-004/2023"), refused(),
                                    known=known)  # fmt: skip
    assert same.action == SKIP and refusal.action == SKIP
    assert other.action == REFUSE
    assert other.problems == (
        "Numer certyfikatu: CJ-004/2023 jest już w bazie — ma go: Fundacja ABC (Kraków).",)


def test_a_renewal_names_a_certificate_in_the_file_or_the_database() -> None:
    renewal = certified(number="CJ-001/2024", issued_on="10.01.2024", valid_until=None,
                        renews="CJ-001/2019")  # fmt: skip
    lone, = verdicts(renewal)
    assert lone.action == REFUSE and "poprzedniego certyfikatu CJ-001/2019" in lone.problems[0]
    earlier = certified(number="CJ-001/2019", issued_on="12.01.2019", valid_until=None)
    after, before = verdicts(renewal, earlier)  # the previous one may come later in the file
    assert after.action == CREATE and after.case.renews == "CJ-001/2019"
    assert before.action == CREATE


def test_a_given_mapping_completes_the_guess_and_may_leave_a_column_out() -> None:
    from calcert_desktop.domain.register_fields import with_headings

    header = ["Podmiot", "Rodzaj", "Siedziba (miasto)", "Woj", "Numer", "Wydano"]
    guessed = guess_mapping(header)
    assert guessed == {0: "name", 1: "type", 3: "voivodeship", 5: "issued_on"}
    given = {"siedziba (MIASTO)": "town", "Numer": "number", "Rodzaj": ""}
    assert with_headings(guessed, header, given) == {0: "name", 2: "town", 3: "voivodeship",
                                                     4: "number", 5: "issued_on"}  # fmt: skip
    # a field given for another column leaves the column it was guessed for
    assert with_headings(guessed, header, {"Numer": "name"})[4] == "name"
    assert 0 not in with_headings(guessed, header, {"Numer": "name"})
