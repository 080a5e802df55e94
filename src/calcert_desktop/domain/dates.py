"""Date rules of the regulations: five-year validity, appeal and reminder deadlines."""

from __future__ import annotations

from datetime import date, timedelta

VALIDITY_YEARS = 5
DEFAULT_APPEAL_DAYS = 14
DEFAULT_RESPONSE_DAYS = 14
# The shortest time an institution may be given to answer written charges (a setting); the
# default period above must not be shorter.
DEFAULT_MIN_RESPONSE_DAYS = 14
DEFAULT_REMINDER_MONTHS = 6


def add_years(day: date, years: int) -> date:
    """The same calendar date ``years`` later; 29 February becomes 1 March in common years."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has 28 days


def valid_until(issued_on: date) -> date:
    """Last day of validity: the day before the same date five years later.

    A certificate issued on 29 February ends on 28 February, five years later.
    """
    return add_years(issued_on, VALIDITY_YEARS) - timedelta(days=1)


def appeal_deadline(decided_on: date, delivered_on: date | None, days: int) -> date:
    """Last day to appeal: ``days`` from delivery of the decision (from the decision if unknown)."""
    return (delivered_on or decided_on) + timedelta(days=days)


def final_on(delivered_on: date | None, days: int) -> date | None:
    """The day a refusal or revocation nobody appealed becomes final: the day after the last
    day to appeal, counted from the recorded delivery (None: not delivered, never final)."""
    if delivered_on is None:
        return None
    return appeal_deadline(delivered_on, delivered_on, days) + timedelta(days=1)


def expires_on(valid_to: date) -> date:
    """The day a certificate expires: the day after its last day of validity."""
    return valid_to + timedelta(days=1)


def renewal_reminder(valid_to: date, months: int) -> date:
    """The day from which the institution should be reminded to apply again."""
    return add_months(valid_to, -months)


def deadline_for_state(
    state: str,
    *,
    completion_due: date | None = None,
    visit_planned: date | None = None,
    decision_on: date | None = None,
    delivered_on: date | None = None,
    appeal_days: int = DEFAULT_APPEAL_DAYS,
    response_due: date | None = None,
    valid_to: date | None = None,
) -> date | None:
    """The date that matters next for a case in ``state`` (a CaseState value)."""
    if state == "incomplete":
        return completion_due
    if state == "site_visit":
        return visit_planned
    if state in ("refused", "revoked"):
        return appeal_deadline(decision_on, delivered_on, appeal_days) if decision_on else None
    if state == "charged":
        return response_due
    if state in ("certified", "revocation"):
        return valid_to
    return None
