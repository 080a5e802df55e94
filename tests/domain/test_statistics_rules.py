"""The yearly statistics counted from hand-made dated facts: each figure by the date of its
own record (a refusal in December stays a refusal of that year when the Board overturns it
in January), expiry against revocation, the certificates valid on 31 December, the median,
and the breakdowns' rows."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.polish_text import sort_key
from calcert_desktop.domain.statistics import (
    AppealFact,
    CaseFact,
    CertificateFact,
    DecisionFact,
    Facts,
    check_years,
    compute,
    expiry_day,
    export_suffix,
)
from calcert_desktop.domain.statistics_labels import FIGURE_LABELS, NOT_GIVEN
from calcert_desktop.domain.statistics_tables import FIGURES

AS_OF = date(2027, 3, 1)  # every year below is over
_ids = itertools.count(1)


class Book:
    """Facts written the way the process records them."""

    def __init__(self) -> None:
        self.cases: list[CaseFact] = []
        self.decisions: list[DecisionFact] = []
        self.appeals: list[AppealFact] = []
        self.certificates: list[CertificateFact] = []

    def case(self, received: date | None, voivodeship: str = "łódzkie", kind: str = "ngo",
             renewal: bool = False) -> int:  # fmt: skip
        case_id = next(_ids)
        self.cases.append(CaseFact(case_id, received, voivodeship, kind, renewal))
        return case_id

    def decide(self, case_id: int, kind: str, on: date) -> int:
        body = "board" if kind in ("uphold", "overturn") else "commission"
        decision_id = next(_ids)
        self.decisions.append(DecisionFact(decision_id, case_id, body, kind, on))
        return decision_id

    def appeal(self, case_id: int, against: int, on: date, outcome: int | None = None) -> None:
        self.appeals.append(AppealFact(next(_ids), case_id, against, on, outcome))

    def appeal_decided(
        self, case_id: int, against: int, on: date, kind: str, decided: date
    ) -> None:
        self.appeal(case_id, against, on, self.decide(case_id, kind, decided))

    def certify(self, case_id: int, issued: date, last_day: date | None = None) -> None:
        if last_day is None:
            last_day = issued.replace(year=issued.year + 5) - timedelta(days=1)
        self.certificates.append(CertificateFact(case_id, issued, last_day))

    def stats(self, first: int, last: int, as_of: date = AS_OF):
        facts = Facts(self.cases, self.decisions, self.appeals, self.certificates)
        return compute(facts, first, last, as_of)


def by_year(stats) -> dict[int | None, object]:
    return {period.year: period.overall for period in stats.periods}


def test_a_refusal_in_december_overturned_in_january_counts_as_refused_in_its_year():
    book = Book()
    case = book.case(date(2025, 11, 3))
    refusal = book.decide(case, "refuse", date(2025, 12, 15))
    book.appeal_decided(case, refusal, date(2025, 12, 22), "overturn", date(2026, 1, 20))
    book.certify(case, date(2026, 1, 27))

    stats = book.stats(2025, 2026)
    first, second, total = stats.periods
    assert (first.overall.decided, first.overall.refused, first.overall.granted) == (1, 1, 0)
    assert first.overall.appeals_refusal == 1
    assert first.overall.appeals_refusal_overturned == 0
    assert first.overall.valid_at_end == 0
    assert (second.overall.decided, second.overall.refused, second.overall.granted) == (0, 0, 0)
    assert second.overall.appeals_refusal_overturned == 1
    assert second.overall.appeals_refusal == 0
    assert second.overall.valid_at_end == 1
    assert (total.overall.refused, total.overall.appeals_refusal_overturned) == (1, 1)
    assert total.overall.valid_at_end == 1  # at the end of the last year
    # Counted up to the end of 2025 alone, the overturn is not known yet.
    assert book.stats(2025, 2025).periods[0].overall.refused == 1


def test_received_and_renewals_by_date_of_receipt_drafts_not_counted():
    book = Book()
    book.case(None)  # a draft
    book.case(date(2024, 12, 31))
    book.case(date(2025, 1, 1), renewal=True)
    book.case(date(2025, 6, 30))
    figures = by_year(book.stats(2024, 2025))
    assert (figures[2024].received, figures[2024].renewals) == (1, 0)
    assert (figures[2025].received, figures[2025].renewals) == (2, 1)
    assert figures[None].received == 3


def test_appeals_by_what_they_were_against_and_their_outcomes_by_the_boards_date():
    book = Book()
    refused = book.case(date(2024, 1, 10))
    refusal = book.decide(refused, "refuse", date(2024, 3, 1))
    book.appeal_decided(refused, refusal, date(2024, 3, 10), "uphold", date(2024, 4, 2))
    revoked = book.case(date(2019, 1, 10))
    book.decide(revoked, "grant", date(2019, 2, 1))
    book.certify(revoked, date(2019, 2, 10))
    revocation = book.decide(revoked, "revoke", date(2024, 11, 20))
    book.appeal_decided(revoked, revocation, date(2024, 12, 1), "uphold", date(2025, 1, 15))
    pending = book.case(date(2024, 5, 1))
    pending_refusal = book.decide(pending, "refuse", date(2024, 6, 1))
    book.appeal(pending, pending_refusal, date(2024, 6, 5))  # not decided yet

    figures = by_year(book.stats(2024, 2025))
    assert figures[2024].appeals_refusal == 2
    assert figures[2024].appeals_refusal_upheld == 1
    assert figures[2024].appeals_refusal_overturned == 0
    assert (figures[2024].revocations, figures[2024].appeals_revocation) == (1, 1)
    assert figures[2024].appeals_revocation_upheld == 0
    assert figures[2025].appeals_revocation_upheld == 1
    assert figures[2024].granted == 0  # the grant of 2019 is outside the range


def test_expiry_the_day_after_the_last_day_unless_revoked_before():
    book = Book()
    plain = book.case(date(2019, 12, 1))
    book.certify(plain, date(2020, 1, 1))  # valid until 2024-12-31: expires 2025-01-01
    revoked = book.case(date(2019, 12, 1))
    book.certify(revoked, date(2020, 3, 1))
    book.decide(revoked, "revoke", date(2024, 5, 5))
    on_the_day = book.case(date(2019, 12, 1))
    book.certify(on_the_day, date(2020, 4, 1))  # expires 2025-04-01
    book.decide(on_the_day, "revoke", date(2025, 4, 1))  # too late: it had expired
    overturned_late = book.case(date(2019, 12, 1))
    book.certify(overturned_late, date(2020, 5, 1))  # would expire 2025-05-01
    late = book.decide(overturned_late, "revoke", date(2025, 2, 1))
    book.appeal_decided(overturned_late, late, date(2025, 2, 10), "overturn", date(2026, 1, 8))

    figures = by_year(book.stats(2024, 2026))
    assert figures[2024].expiries == 0  # the last day of validity is not the expiry
    assert figures[2025].expiries == 2  # plain, on_the_day; not revoked, not overturned_late
    assert figures[2026].expiries == 1  # overturned_late: back, and over, on the overturn
    assert figures[2024].revocations == 1 and figures[2025].revocations == 2
    assert figures[None].expiries == 3


def test_expiry_day_rules():
    certificate = CertificateFact(1, date(2020, 2, 29), date(2025, 2, 28))
    assert expiry_day(certificate, []) == date(2025, 3, 1)
    assert expiry_day(certificate, [(date(2024, 1, 1), None)]) is None
    assert expiry_day(certificate, [(date(2024, 1, 1), date(2024, 2, 1))]) == date(2025, 3, 1)
    assert expiry_day(certificate, [(date(2025, 1, 1), date(2025, 6, 1))]) == date(2025, 6, 1)
    assert expiry_day(certificate, [(date(2025, 3, 1), None)]) == date(2025, 3, 1)


def test_certificates_valid_on_31_december():
    book = Book()
    cases = {name: book.case(date(2019, 1, 1)) for name in (
        "issued_on_the_day", "issued_next_day", "last_day_then", "ended_before",
        "revoked_that_day", "revoked_and_overturned", "overturned_next_year",
    )}  # fmt: skip
    book.certify(cases["issued_on_the_day"], date(2025, 12, 31))
    book.certify(cases["issued_next_day"], date(2026, 1, 1))
    book.certify(cases["last_day_then"], date(2021, 1, 1), date(2025, 12, 31))
    book.certify(cases["ended_before"], date(2020, 12, 31), date(2025, 12, 30))
    book.certify(cases["revoked_that_day"], date(2023, 5, 5))
    book.decide(cases["revoked_that_day"], "revoke", date(2025, 12, 31))
    book.certify(cases["revoked_and_overturned"], date(2023, 5, 5))
    first = book.decide(cases["revoked_and_overturned"], "revoke", date(2025, 6, 1))
    book.appeal_decided(cases["revoked_and_overturned"], first, date(2025, 6, 10), "overturn",
                        date(2025, 12, 31))  # fmt: skip
    book.certify(cases["overturned_next_year"], date(2023, 5, 5))
    second = book.decide(cases["overturned_next_year"], "revoke", date(2025, 6, 1))
    book.appeal_decided(cases["overturned_next_year"], second, date(2025, 6, 10), "overturn",
                        date(2026, 1, 2))  # fmt: skip

    figures = by_year(book.stats(2025, 2026))
    # issued_on_the_day, last_day_then, revoked_and_overturned
    assert figures[2025].valid_at_end == 3
    # issued_on_the_day, issued_next_day, revoked_and_overturned, overturned_next_year
    assert figures[2026].valid_at_end == 4


def test_a_year_not_over_counts_its_valid_certificates_on_the_day():
    book = Book()
    book.certify(book.case(date(2020, 1, 1)), date(2021, 1, 1))  # last day 2025-12-31
    book.certify(book.case(date(2020, 1, 1)), date(2021, 12, 1))  # last day 2026-11-30
    stats = book.stats(2026, 2026, as_of=date(2026, 6, 15))
    period = stats.periods[0]
    assert stats.total is None and stats.unfinished_year == 2026
    assert period.stock_on == date(2026, 6, 15)
    assert period.overall.valid_at_end == 1
    assert book.stats(2025, 2025, as_of=date(2026, 6, 15)).unfinished_year is None


def test_median_days_from_receipt_to_the_commissions_decision():
    book = Book()
    for received, decided, kind in (
        (date(2025, 1, 1), date(2025, 1, 11), "grant"),  # 10 days
        (date(2025, 1, 1), date(2025, 1, 21), "refuse"),  # 20
        (date(2024, 12, 1), date(2025, 1, 10), "grant"),  # 40
        (date(2025, 11, 1), date(2026, 1, 5), "grant"),  # 65, the next year
    ):  # fmt: skip
        book.decide(book.case(received), kind, decided)
    revoked = book.case(date(2010, 1, 1))
    book.decide(revoked, "revoke", date(2025, 5, 5))  # not a first-instance decision

    figures = by_year(book.stats(2024, 2026))
    assert figures[2024].median_days is None
    assert figures[2025].median_days == 20.0
    assert figures[2026].median_days == 65.0
    assert figures[None].median_days == 30.0  # (20 + 40) / 2: all four, not the years' medians
    assert figures[None].decided == 4


def test_breakdowns_in_polish_order_with_not_given_last_and_rows_adding_up():
    book = Book()
    names = [v.name for v in load_form().voivodeships]
    for index, name in enumerate(names):
        book.case(date(2025, 2, 1 + index), voivodeship=name, kind="jops")
    book.case(date(2025, 3, 1), voivodeship="", kind="")
    book.case(date(2025, 3, 2), voivodeship="Mazowsze", kind="zoo")  # not the form's
    period = book.stats(2025, 2025).periods[0]

    keys = [row.key for row in period.by_voivodeship]
    assert keys[:16] == sorted(names, key=sort_key)
    assert keys.index("lubuskie") < keys.index("łódzkie") < keys.index("małopolskie")
    assert keys[16:] == ["Mazowsze", ""]
    assert period.by_voivodeship[-1].label == NOT_GIVEN
    types = [row.key for row in period.by_institution_type]
    assert types == [*(c.code for c in load_form().institution_types), "zoo", ""]
    assert period.by_institution_type[1].label == "organizacja pozarządowa"
    for rows in (period.by_voivodeship, period.by_institution_type):
        assert sum(row.figures.received for row in rows) == period.overall.received == 18
    assert period.by_institution_type[0].figures.received == 16


def test_every_figure_has_a_polish_label_and_the_json_holds_the_numbers():
    book = Book()
    book.decide(book.case(date(2025, 1, 1)), "grant", date(2025, 1, 31))
    stats = book.stats(2024, 2025)
    assert tuple(FIGURE_LABELS) == FIGURES
    data = stats.to_json()
    assert data["figures"]["granted"] == "Przyznano"
    assert [p["label"] for p in data["periods"]] == ["2024", "2025", "2024–2025"]
    assert data["periods"][1]["overall"]["granted"] == 1
    assert data["periods"][1]["overall"]["median_days"] == 30.0
    assert data["periods"][0]["overall"]["median_days"] is None
    assert stats.title == "Statystyka certyfikacji za lata 2024–2025"


def test_years_must_run_forwards_within_the_register_and_today():
    check_years(2025, 2026, date(2026, 12, 7))
    with pytest.raises(ValidationError) as backwards:
        check_years(2026, 2025, date(2026, 12, 7))
    assert backwards.value.message == (
        "Rok początkowy (2026) jest późniejszy niż rok końcowy (2025) — podaj najpierw "
        "wcześniejszy rok."
    )
    with pytest.raises(ValidationError) as future:
        check_years(2026, 2027, date(2026, 12, 7))
    assert "Rok 2027 jest poza zakresem" in future.value.message
    assert "od 1990 do 2026" in future.value.message


def test_the_file_name_chooses_the_format():
    assert export_suffix("zestawienie.XLSX") == ".xlsx"
    assert export_suffix("/tmp/raport.pdf") == ".pdf"
    assert export_suffix("liczby.json") == ".json"
    for name in ("dane.csv", "bez_rozszerzenia", "arkusz.xls"):
        with pytest.raises(ValidationError) as refused:
            export_suffix(name)
        assert refused.value.code == "statistics.bad_suffix"
        assert f"„{name}” ma inne rozszerzenie" in refused.value.message
        assert ".xlsx, .pdf albo .json" in refused.value.message
