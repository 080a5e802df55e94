"""Imports every module that registers an action handler (see :func:`process.handles`)."""

from calcert_desktop.services import (  # noqa: F401
    appeals,
    certificates,
    commission,
    decisions,
    filing,
    revocations,
    site_visits,
)
