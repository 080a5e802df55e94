"""Rules of accounts and sign-in: what a password must be, and how long a login waits
after failed attempts (the growing delay that makes guessing useless)."""

from __future__ import annotations

from datetime import datetime, timedelta

MIN_PASSWORD_LENGTH = 10
# Failed attempts in a row that cost nothing (a typo, Caps Lock): after them each further
# failure doubles the wait, from FIRST_DELAY up to MAX_DELAY.
FREE_ATTEMPTS = 3
FIRST_DELAY = timedelta(seconds=15)
MAX_DELAY = timedelta(minutes=15)


def password_problem(password: str, login: str = "") -> str | None:
    """The message code of what is wrong with a new password, or None when it is good."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "account.password_short"
    if password != password.strip():
        return "account.password_spaces"
    if len(set(password)) < 4:
        return "account.password_repetitive"
    if login and login.strip().lower() in password.lower():
        return "account.password_has_login"
    return None


def delay_after(failures: int) -> timedelta:
    """How long a login waits after ``failures`` failed attempts in a row."""
    if failures <= FREE_ATTEMPTS:
        return timedelta(0)
    doublings = failures - FREE_ATTEMPTS - 1
    if doublings >= 16:  # far beyond the ceiling; no huge powers
        return MAX_DELAY
    return min(FIRST_DELAY * (2**doublings), MAX_DELAY)


def next_attempt(failures: int, last_failure: datetime | None) -> datetime | None:
    """When the next attempt may be made (None: at once)."""
    wait = delay_after(failures)
    if not wait or last_failure is None:
        return None
    return last_failure + wait


def wait_text(wait: timedelta) -> str:
    """A wait in Polish: "40 sekund", "2 minuty" (rounded up to what a person counts)."""
    from calcert_desktop.domain.plural import counted

    seconds = max(1, int(-(-wait.total_seconds() // 1)))
    if seconds < 60:
        return counted(seconds, "sekundę", "sekundy", "sekund")
    minutes = -(-seconds // 60)
    return counted(minutes, "minutę", "minuty", "minut")
