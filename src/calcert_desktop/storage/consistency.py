"""Whether the stored data agree with themselves beyond the audit log: the yearly number
counters against the numbers in use (case references, certificate numbers, the Board's
resolutions).

The rule itself is :mod:`calcert_desktop.domain.sequences`; this module only reads.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.board import resolution_number
from calcert_desktop.domain.messages import render
from calcert_desktop.domain.messages_storage import SEQUENCE_LABELS
from calcert_desktop.domain.numbering import certificate_number, parse_reference
from calcert_desktop.domain.sequences import SequenceProblem, sequence_problems
from calcert_desktop.storage.models import (
    Case,
    Certificate,
    Counter,
    RegisterImportCase,
    Resolution,
)


def _counters(session: Session, kind: str) -> dict[int, int]:
    rows = session.execute(select(Counter.year, Counter.last).where(Counter.kind == kind))
    return {year: last for year, last in rows}


def _references(session: Session, problems: list[SequenceProblem]) -> dict[int, list[int]]:
    used: dict[int, list[int]] = defaultdict(list)
    for (reference,) in session.execute(select(Case.reference).where(Case.reference.is_not(None))):
        parsed = parse_reference(reference)
        if parsed is None or parsed[1] < 1:
            problems.append(SequenceProblem("check.bad_reference", {"number": reference}))
        else:
            used[parsed[0]].append(parsed[1])
    return used


def _certificates(session: Session, problems: list[SequenceProblem]) -> dict[int, list[int]]:
    used: dict[int, list[int]] = defaultdict(list)
    rows = session.execute(select(Certificate.number, Certificate.year, Certificate.seq))
    for number, year, seq in rows:
        if seq < 1 or number != certificate_number(year, seq):
            params = {"number": number, "year": year, "seq": seq}
            problems.append(SequenceProblem("check.certificate_number", params))
        used[year].append(seq)
    return used


def _resolutions(session: Session, problems: list[SequenceProblem]) -> dict[int, list[int]]:
    used: dict[int, list[int]] = defaultdict(list)
    rows = session.execute(select(Resolution.number, Resolution.year, Resolution.seq))
    for number, year, seq in rows:
        if seq < 1 or number != resolution_number(year, seq):
            params = {"number": number, "year": year, "seq": seq}
            problems.append(SequenceProblem("check.resolution_number", params))
        used[year].append(seq)
    return used


def _imported(session: Session) -> dict[str, dict[int, int]]:
    """The highest number of each year brought in from the paper-era register (issue 23),
    for the case numbers and the certificates."""
    imported: dict[str, dict[int, int]] = {"reference": {}, "certificate": {}}
    rows = session.execute(select(Case.reference).join(
        RegisterImportCase, RegisterImportCase.case_id == Case.id))  # fmt: skip
    for (reference,) in rows:
        parsed = parse_reference(reference or "")
        if parsed is not None:
            year, seq = parsed
            imported["reference"][year] = max(imported["reference"].get(year, 0), seq)
    rows = session.execute(select(Certificate.year, Certificate.seq).join(
        RegisterImportCase, RegisterImportCase.case_id == Certificate.case_id))  # fmt: skip
    for year, seq in rows:
        imported["certificate"][year] = max(imported["certificate"].get(year, 0), seq)
    return imported


def numbering_problems(session: Session) -> list[str]:
    """Every disagreement between the counters and the numbers in use, in Polish."""
    problems: list[SequenceProblem] = []
    references = _references(session, problems)
    certificates = _certificates(session, problems)
    resolutions = _resolutions(session, problems)
    sequences = (("reference", references), ("certificate", certificates),
                 ("resolution", resolutions))  # fmt: skip
    imported = _imported(session)
    for kind, used in sequences:
        problems += sequence_problems(SEQUENCE_LABELS[kind], _counters(session, kind), used,
                                      imported.get(kind))  # fmt: skip
    return [render(p.code, None, p.params) for p in problems]
