"""The yearly statistics for the GUI page: the same figures the export writes, read for the
people who report them (:data:`services.access.STATISTICS_READERS`)."""

from __future__ import annotations

from calcert_desktop.domain.statistics_tables import YearlyStatistics
from calcert_desktop.services.access import STATISTICS_READERS
from calcert_desktop.services.context import Actor, AppContext
from calcert_desktop.services.documents.statistics_export import yearly_statistics


def load_statistics(
    ctx: AppContext, actor: Actor, first_year: int, last_year: int
) -> YearlyStatistics:
    """The statistics of the years ``first_year`` to ``last_year`` as on today:
    PermissionDenied unless ``actor`` may read them, ValidationError for a range backwards
    or past the current year (domain.statistics.check_years)."""
    actor.require(*STATISTICS_READERS)
    return yearly_statistics(ctx, first_year, last_year)
