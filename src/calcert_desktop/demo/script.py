"""The plan of one demo case: which acts happen, by whom, on which day (no storage here).

A plan is a list of events with day offsets from the written request; :mod:`demo` dates
them so the final state makes sense today (a refusal still open to appeal is recent, a
valid certificate is less than five years old) and then writes them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from calcert_desktop.domain.actions import Action as A
from calcert_desktop.domain.states import CaseState as S

# How often each final state appears (per mille); every state appears in a large enough demo.
WEIGHTS: dict[S, int] = {
    S.DRAFT: 30, S.FILED: 40, S.INCOMPLETE: 40, S.REVIEW: 80, S.SITE_VISIT: 40,
    S.GRANTED: 30, S.REFUSED: 30, S.REFUSAL_APPEALED: 20, S.REFUSED_FINAL: 30,
    S.CERTIFIED: 330, S.REVOCATION: 10, S.CHARGED: 10, S.REVOKED: 10,
    S.REVOCATION_APPEALED: 10, S.REVOKED_FINAL: 10, S.EXPIRED: 200, S.WITHDRAWN: 50,
}  # fmt: skip

REVIEW_STATES = {S.REVIEW, S.SITE_VISIT}
AFTER_GRANT = {S.GRANTED, S.CERTIFIED, S.REVOCATION, S.CHARGED, S.REVOKED,
               S.REVOCATION_APPEALED, S.REVOKED_FINAL, S.EXPIRED}  # fmt: skip
REFUSAL = {S.REFUSED, S.REFUSAL_APPEALED, S.REFUSED_FINAL}
REVOKING = {S.REVOCATION, S.CHARGED, S.REVOKED, S.REVOCATION_APPEALED, S.REVOKED_FINAL}


@dataclass
class Event:
    """One act of the plan: ``day`` counts from the written request (day 0)."""

    action: A | str
    day: int
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Plan:
    """A demo case's final state and events, in order."""

    final: S
    events: list[Event]
    members: list[str]
    overturned: bool = False
    conflicted: str | None = None

    @property
    def span(self) -> int:
        """Days from the written request to the last event."""
        return self.events[-1].day if self.events else 0


def choose_final(rng: random.Random, index: int) -> S:
    """The final state of case ``index``: the first cases walk every state once."""
    states = list(WEIGHTS)
    if index < len(states):
        return states[index]
    return rng.choices(states, weights=list(WEIGHTS.values()))[0]


def plan_case(rng: random.Random, final: S, members: list[str], standards: list[str]) -> Plan:
    """The events that bring a new case to ``final``."""
    events: list[Event] = []
    day = 0
    plan = Plan(final, events, [])
    if final == S.DRAFT:
        return plan

    def add(action: A | str, gap: tuple[int, int], **params: Any) -> None:
        nonlocal day
        day += rng.randint(*gap)
        events.append(Event(action, day, params))

    events.append(Event(A.FILE, 0))
    if final == S.INCOMPLETE or (final != S.FILED and rng.random() < 0.2):
        add(A.REQUEST_COMPLETION, (2, 8), due_in=rng.choice((14, 21)))
        if final == S.INCOMPLETE:
            return plan
        add(A.COMPLETE, (3, 12))
    if final == S.FILED:
        return plan
    if final == S.WITHDRAWN and rng.random() < 0.5:
        add(A.WITHDRAW, (3, 20))
        return plan
    add(A.ACCEPT, (2, 10))
    chosen = rng.sample(members, 4)
    assigned, spare = chosen[:3], chosen[3]
    for position, login in enumerate(assigned):
        add(A.ASSIGN, (0, 2), member=login, rapporteur=position == 0)
    plan.members = list(assigned)
    if rng.random() < 0.12:
        conflicted = assigned[-1]
        add(A.DECLARE_CONFLICT, (1, 5), person=conflicted)
        add(A.ASSIGN, (1, 4), member=spare, rapporteur=False)
        plan.members = [*assigned[:-1], spare]
        plan.conflicted = conflicted
    if final == S.WITHDRAWN:
        add(A.WITHDRAW, (3, 30))
        return plan
    refusing = final in REFUSAL or (final in AFTER_GRANT and rng.random() < 0.04)
    plan.overturned = refusing and final not in REFUSAL
    partial = final in REVIEW_STATES
    add("assessments", (5, 25), refusing=refusing, partial=partial, standards=standards)
    if final == S.SITE_VISIT or rng.random() < 0.3:
        add(A.SCHEDULE_VISIT, (1, 5), visit_in=rng.randint(7, 30))
        if final == S.SITE_VISIT:
            return plan
        add(A.RECORD_VISIT, (7, 30))
    if final == S.REVIEW:
        return plan
    if refusing:
        add(A.REFUSE, (3, 15))
        if final == S.REFUSED:
            return plan
        add(A.DELIVER, (1, 5))
        add(A.APPEAL, (2, 12))
        if final == S.REFUSAL_APPEALED:
            return plan
        if final == S.REFUSED_FINAL:
            add(A.UPHOLD, (10, 40))
            return plan
        add(A.OVERTURN, (10, 40))
    else:
        add(A.GRANT, (3, 15))
    if final == S.GRANTED:
        return plan
    add(A.ISSUE, (3, 20))
    if final in REVOKING:
        add(A.OPEN_REVOCATION, (200, 1200))
        if final == S.REVOCATION:
            return plan
        add(A.CHARGE, (10, 30), response_in=rng.choice((14, 21, 30)))
        if final == S.CHARGED:
            return plan
        add(A.RESPOND, (5, 12))
        add(A.REVOKE, (20, 35))
        if final == S.REVOKED:
            return plan
        add(A.DELIVER, (1, 4))
        add(A.APPEAL, (2, 12))
        if final == S.REVOCATION_APPEALED:
            return plan
        add(A.UPHOLD, (14, 40))
    return plan
