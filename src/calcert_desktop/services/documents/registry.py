"""Imports every module that registers a kind of document (one line each), and the order in
which they are offered (not the order in which some test or view happened to import them)."""

from __future__ import annotations

# The order of the case file's menu and of the previews: the case's own course.
ORDER = (
    "application",
    "certificate",
    "refusal",
    "charges",
    "revocation",
    "appeal-decision",
    "visit-protocol",
    "decision-record",
)
