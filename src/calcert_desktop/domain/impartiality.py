"""Impartiality: who may take no part in a case's decisions, decided here once.

The rule (issue 16, item 1; domain.md): no person with a declared conflict of interest in a
case records, votes on, issues or decides anything in it; nobody who took part in the
Commission's decision (assessed, voted, was rapporteur or the visiting expert) decides the
appeal against it. Every guard on a person in a case and every Board ballot asks
:func:`impartiality_problem`; the facts it reads (:attr:`CaseFacts.conflicted` and
:attr:`CaseFacts.participants`) are built by ``services.process.case_facts``.
"""

from __future__ import annotations

from calcert_desktop.domain.errors import DomainError, TransitionRefused
from calcert_desktop.domain.facts import CaseFacts


def impartiality_problem(
    facts: CaseFacts, login: str, *, deciding_appeal: bool = False, field: str = "user"
) -> DomainError | None:
    """Why ``login`` may not act or vote in the case (None when they may).

    ``deciding_appeal``: the act decides an appeal against the Commission's decision, so
    those who took part in that decision are excluded too."""
    if login in facts.conflicted:
        return TransitionRefused("impartiality.conflicted", field, login=login)
    if deciding_appeal and login in facts.participants:
        return TransitionRefused("impartiality.took_part", field, login=login)
    return None
