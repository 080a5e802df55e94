"""The yearly statistics (issue 23): read from the dated records, counted by the domain
(:mod:`calcert_desktop.domain.statistics`), written as XLSX, PDF or JSON by the file's
extension (``calcert stats -o FILE``).

The reading lives here, beside the export, as the register's rows do: the views' wing is
above the documents' (tests/test_architecture.py), and :mod:`services.views.statistics`
gives the GUI page the same figures through it.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import case, select

from calcert_desktop.documents.statistics_report import statistics_pdf
from calcert_desktop.documents.statistics_xlsx import statistics_xlsx
from calcert_desktop.domain.statistics import (
    AppealFact,
    CaseFact,
    CertificateFact,
    DecisionFact,
    Facts,
    check_years,
    compute,
    export_suffix,
)
from calcert_desktop.domain.statistics_tables import YearlyStatistics
from calcert_desktop.services.access import STATISTICS_READERS
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.services.documents import exports
from calcert_desktop.services.office import details as office_details
from calcert_desktop.storage.models import (
    Appeal,
    Case,
    Certificate,
    Decision,
    RegisterImportCase,
)


def read_facts(ctx: AppContext, last_year: int) -> Facts:
    """What the statistics count, up to the end of ``last_year``: one column query per
    table (no ORM objects; 100,000 cases are five columns each). Records dated later are
    left out, so a year's figures are what was known at its end."""
    end = date(last_year, 12, 31)
    # A case brought from the paper-era register without its date of receipt has the
    # decision's: no receipt is counted for it (nor its days to the decision).
    received = case((RegisterImportCase.received_given.is_(False), None),
                    else_=Case.received_on)  # fmt: skip
    cases = select(Case.id, received, Case.voivodeship, Case.institution_type,
                   Case.renews_case_id).outerjoin(RegisterImportCase)  # fmt: skip
    decisions = select(
        Decision.id, Decision.case_id, Decision.body, Decision.kind, Decision.decided_on
    ).where(Decision.decided_on <= end)
    appeals = select(
        Appeal.id, Appeal.case_id, Appeal.against_id, Appeal.received_on, Appeal.outcome_id
    ).where(Appeal.received_on <= end)
    certificates = select(
        Certificate.case_id, Certificate.issued_on, Certificate.valid_until
    ).where(Certificate.issued_on <= end)
    with reading(ctx) as session:
        return Facts(
            cases=[CaseFact(id_, received, voivodeship or "", kind or "", renews is not None)
                   for id_, received, voivodeship, kind, renews in session.execute(cases)],
            decisions=[DecisionFact(*row) for row in session.execute(decisions)],
            appeals=[AppealFact(*row) for row in session.execute(appeals)],
            certificates=[CertificateFact(*row) for row in session.execute(certificates)],
        )  # fmt: skip


def yearly_statistics(ctx: AppContext, first_year: int, last_year: int) -> YearlyStatistics:
    """The statistics of the years ``first_year`` to ``last_year`` as on today (the caller
    checked who asks; a ValidationError for a range backwards or past this year)."""
    today = ctx.today()
    check_years(first_year, last_year, today)
    return compute(read_facts(ctx, last_year), first_year, last_year, today)


def export(
    ctx: AppContext, actor: Actor, first_year: int, last_year: int, path: Path | str
) -> YearlyStatistics:
    """Write the statistics of ``first_year`` to ``last_year`` to ``path``: .xlsx, .pdf or
    .json by its suffix (any other is refused before anything is read); the file appears
    complete or not at all. Returns the statistics written."""
    actor.require(*STATISTICS_READERS)
    target = Path(path)
    suffix = export_suffix(target.name)
    statistics = yearly_statistics(ctx, first_year, last_year)
    if suffix == ".json":
        text = json.dumps(statistics.to_json(), ensure_ascii=False, indent=2)
        content = (text + "\n").encode("utf-8")
    else:
        with reading(ctx) as session:
            office = office_details(session)
        write = statistics_xlsx if suffix == ".xlsx" else statistics_pdf
        content = write(statistics, office)
    exports.write_file(target, content)  # never a half-written file over an older one
    return statistics
