"""Changes to a filed application: each one needs a reason, recorded beside the change in
the case's history (issue 16, item 7).

A draft changes freely as the office types it; once filed, the declaration is what the
institution signed, and it changes only through an action that hands in a corrected one
(:data:`AMENDING_PARAMS`). Such an action needs a reason: one line of text, kept with the
change (``services.process.filing`` writes it as an amendment in the same transaction).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.facts import ActionRequest, CaseFacts
from calcert_desktop.domain.limits import MAX_CHANGE_REASON_CHARS
from calcert_desktop.domain.text_rules import check_text, is_blank

# The actions that change a filed declaration, and the parameter carrying the new one.
AMENDING_PARAMS: dict[Action, str] = {Action.COMPLETE: "declaration"}
# The parameter carrying the reason of the change.
REASON_PARAM = "reason"


def amends(action: Action, params: Mapping[str, Any]) -> bool:
    """True when ``action`` with ``params`` would change the filed declaration."""
    name = AMENDING_PARAMS.get(action)
    return name is not None and params.get(name) not in (None, "", {})


def reason_problem(text: str | None, field: str = REASON_PARAM) -> ValidationError | None:
    """Why ``text`` cannot be the reason of a change (None when it can): it must be given,
    fit one line of the history and hold no control characters."""
    if is_blank(text):
        return ValidationError("amendment.reason_required", field)
    return check_text(text, field, max_length=MAX_CHANGE_REASON_CHARS)


def reason_given(facts: CaseFacts, request: ActionRequest) -> None:
    """A corrected declaration comes with the reason of the change."""
    if not amends(request.action, request.params):
        return
    value = request.params.get(REASON_PARAM)
    problem = reason_problem(value if isinstance(value, str) else None)
    if problem is not None:
        raise problem
