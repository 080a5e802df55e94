"""Finding any trace of the Commission's assessments in what a front end printed: the case
file's JSON searched as text and walked as data, not only its ``assessments`` key."""

from __future__ import annotations

import json
from typing import Any

# What the granted case's assessments hold (tests/case_scenarios.py: granted_case).
ASSESSMENT_TEXTS = ("Diagnoza sprzed pięciu lat.", "raport.pdf, s. 12")


def _ratings(node: Any, path: str = "") -> list[str]:
    """Where a ``rating`` or ``assessed_on`` key appears in ``node``."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{path}/{key}"
            if key in ("rating", "assessed_on"):
                found.append(here)
            found += _ratings(value, here)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _ratings(value, f"{path}/{index}")
    return found


def _without_visits(data: dict[str, Any]) -> dict[str, Any]:
    """The case file without the expert's visits and their findings' history entries (an
    expert's finding carries a rating too, and is not an assessment)."""
    history = [e for e in data["history"] if e["record"] not in ("site_visits", "visit_findings")]
    return {**{k: v for k, v in data.items() if k != "site_visits"}, "history": history}


def assessment_traces(text: str) -> list[str]:
    """Every trace of an assessment in ``text`` (the JSON of ``calcert show --json``)."""
    traces = [f"text {t!r}" for t in ASSESSMENT_TEXTS if t in text]
    # 'meets' is a rating only members give (the expert's only finding here is 'partly').
    traces += ["text 'meets'"] if '"meets"' in text else []
    rest = _without_visits(json.loads(text))
    traces += ["text 'partly' outside the visits"] if '"partly"' in json.dumps(rest) else []
    traces += _ratings(rest)
    traces += [f"history entry {e['record']}" for e in rest["history"]
               if e["record"] == "assessments" and (e["old"] or e["new"])]  # fmt: skip
    return traces
