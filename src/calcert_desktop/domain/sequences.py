"""The rule of the yearly number sequences: gap-free, and the counter at the last number given.

A number is taken in the same transaction that uses it, so in a sound database the numbers
in use of a year are exactly 1..counter. Anything else means a write behind the program's
back or data left by an interrupted load (a counter ahead of every case it numbered).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

SHOWN = 5  # missing numbers listed in one problem; the rest are counted


@dataclass(frozen=True)
class SequenceProblem:
    """One disagreement: a message code of :mod:`messages_storage` and its parameters."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


def _listed(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:SHOWN])
    return shown if len(numbers) <= SHOWN else f"{shown}… (razem {len(numbers)})"


def sequence_problems(
    kind: str,
    counters: Mapping[int, int],
    used: Mapping[int, Iterable[int]],
    imported: Mapping[int, int] | None = None,
) -> list[SequenceProblem]:
    """What is wrong with the sequence ``kind`` given its counters (year → last number
    given) and the numbers in use (year → sequence numbers). ``imported`` (year → the
    highest number brought in from the paper-era register): the paper register's own gaps
    below it are its history, not a fault of ours."""
    problems: list[SequenceProblem] = []
    for year in sorted(set(counters) | set(used)):
        numbers = sorted(set(used.get(year, ())))
        highest = numbers[-1] if numbers else 0
        base = {"kind": kind, "year": year, "highest": highest}
        if year not in counters:
            problems.append(SequenceProblem("check.counter_missing", base))
            continue
        last = counters[year]
        if not numbers:
            problems.append(SequenceProblem("check.counter_unused", {**base, "last": last}))
        elif last < highest:
            problems.append(SequenceProblem("check.counter_behind", {**base, "last": last}))
        elif last > highest:
            problems.append(SequenceProblem("check.counter_ahead", {**base, "last": last}))
        if numbers:
            paper = (imported or {}).get(year, 0)
            missing = sorted(set(range(paper + 1, highest + 1)) - set(numbers))
            if missing:
                problems.append(
                    SequenceProblem("check.sequence_gaps", {**base, "missing": _listed(missing)})
                )
    return problems
