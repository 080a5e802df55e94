"""The steps that take a filed-to-certified case through the services, and how far a case
has got (read back from the database, so a killed loop can be resumed where it stopped).

Used by the child processes of the trials (run as scripts) and by the tests that check them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from calcert_desktop.services.context import AppContext, resolve_actor
from calcert_desktop.services.process import perform
from calcert_desktop.services.views import case_file

DAY = date(2024, 3, 1)
STANDARDS = [f"S{n}" for n in range(1, 10)]

# (login, action, params) in order; a case has done step k when its state and records say so.
STEPS: list[tuple[str, str, dict[str, Any]]] = [
    ("biuro", "file", {}),
    ("biuro", "accept", {}),
    ("przewodniczaca", "assign", {"member": "czlonek1", "rapporteur": True}),
    *(("czlonek1", "assess", {"standard": s, "rating": "meets"}) for s in STANDARDS),
    ("przewodniczaca", "grant", {"votes": {"czlonek1": "for"}, "reasons": "Spełnia."}),
    ("zarzad", "issue", {"board_votes": {"zarzad": "for", "zarzad2": "for"}}),
]


def progress(ctx: AppContext, reference: str) -> int:
    """How many of ``STEPS`` the case has done, read from its case file."""
    data = case_file.load(ctx, resolve_actor(ctx, "biuro"), reference).to_json()
    state = data["state"]
    if state == "draft":
        return 0
    if state == "filed":
        return 1
    if state == "certified":
        return len(STEPS)
    if state == "granted":
        return len(STEPS) - 1
    assert state == "review", state
    members = data["members"]
    if not members:
        return 2
    assessed = sum(1 for a in data["assessments"] if a["member"] == "czlonek1")
    return 3 + assessed


def run_step(ctx: AppContext, reference: str, index: int) -> str:
    """Perform step ``index`` on the case; returns the reference it has afterwards."""
    login, action, params = STEPS[index]
    actor = resolve_actor(ctx, login)
    return perform.perform(ctx, actor, reference, action, DAY, params).reference
