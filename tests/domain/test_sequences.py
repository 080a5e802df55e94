"""The yearly number sequences: gap-free, the counter at the last number given."""

from __future__ import annotations

from calcert_desktop.domain.sequences import sequence_problems


def codes(counters, used):
    return [p.code for p in sequence_problems("numerów spraw", counters, used)]


def test_a_sound_sequence_has_no_problem():
    assert codes({2025: 3, 2026: 1}, {2025: [2, 1, 3], 2026: [1]}) == []


def test_a_counter_with_no_number_in_use_is_a_leftover():
    problems = sequence_problems("numerów spraw", {2026: 124}, {})
    assert [p.code for p in problems] == ["check.counter_unused"]
    assert problems[0].params["last"] == 124


def test_counter_ahead_behind_missing_and_gaps():
    assert codes({2026: 5}, {2026: [1, 2, 3]}) == ["check.counter_ahead"]
    assert codes({2026: 2}, {2026: [1, 2, 3]}) == ["check.counter_behind"]
    assert codes({}, {2026: [1]}) == ["check.counter_missing"]
    assert codes({2026: 4}, {2026: [1, 4]}) == ["check.sequence_gaps"]


def test_a_long_gap_is_listed_briefly():
    (problem,) = sequence_problems("numerów spraw", {2026: 20}, {2026: [20]})
    assert problem.params["missing"] == "1, 2, 3, 4, 5… (razem 19)"
