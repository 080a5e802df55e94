"""Yearly statistics made from a few hand-made facts, for the tests of the documents that
print them: known numbers in both years, Polish voivodeships, every kind of record."""

from __future__ import annotations

from datetime import date

from calcert_desktop.domain.statistics import (
    AppealFact,
    CaseFact,
    CertificateFact,
    DecisionFact,
    Facts,
    compute,
)
from calcert_desktop.domain.statistics_tables import YearlyStatistics

AS_OF = date(2026, 3, 2)


def sample_statistics(first: int = 2024, last: int = 2025) -> YearlyStatistics:
    """2024: three received (two in łódzkie), two granted, one refused (median 40 days),
    an appeal, four certificates valid at the end; 2025: the refusal overturned, a
    revocation, an expiry, two received in śląskie (one a renewal), three valid."""
    cases = [
        CaseFact("a", date(2024, 1, 10), "łódzkie", "ngo"),
        CaseFact("b", date(2024, 2, 10), "łódzkie", "jops"),
        CaseFact("c", date(2024, 9, 1), "dolnośląskie", "wtz"),
        CaseFact("d", date(2021, 5, 5), "świętokrzyskie", "zaz"),
        CaseFact("e", date(2025, 3, 3), "śląskie", "other", renewal=True),
        CaseFact("f", date(2025, 4, 4), "śląskie", "ngo"),
        CaseFact("g", date(2019, 1, 2), "", ""),
    ]
    decisions = [
        DecisionFact("a1", "a", "commission", "grant", date(2024, 2, 9)),  # 30 days
        DecisionFact("b1", "b", "commission", "grant", date(2024, 3, 21)),  # 40 days
        DecisionFact("c1", "c", "commission", "refuse", date(2024, 12, 11)),  # 101 days
        DecisionFact("c2", "c", "board", "overturn", date(2025, 1, 20)),
        DecisionFact("d1", "d", "commission", "grant", date(2021, 6, 1)),
        DecisionFact("d2", "d", "commission", "revoke", date(2025, 2, 1)),
    ]
    appeals = [AppealFact("c-appeal", "c", "c1", date(2024, 12, 20), "c2")]
    certificates = [
        CertificateFact("a", date(2024, 2, 20), date(2029, 2, 19)),
        CertificateFact("b", date(2024, 4, 1), date(2029, 3, 31)),
        CertificateFact("c", date(2025, 1, 25), date(2030, 1, 24)),
        CertificateFact("d", date(2021, 6, 10), date(2026, 6, 9)),  # revoked 2025-02-01
        CertificateFact("g", date(2020, 1, 15), date(2025, 1, 14)),  # expires 2025-01-15
    ]
    facts = Facts(cases, decisions, appeals, certificates)
    return compute(facts, first, last, AS_OF)
