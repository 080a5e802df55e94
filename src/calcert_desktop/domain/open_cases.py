"""A second open case of the same institution: filing warns of it and goes on only when the
person confirms (issue 16, item 7). The institution is known by its NIP.

Open means filed and not closed: a draft is no case yet (nobody filed it), and the closed
states of :data:`~calcert_desktop.domain.states.CLOSED_STATES` (a final refusal, a final
revocation, an expired certificate, a withdrawn application) end the matter, so the
institution may apply again without a warning. A refusal or revocation still open to appeal
and a valid certificate count as open. The case a renewal renews is not "another" case: the
renewal is meant to follow it (the services leave it out of the facts).
"""

from __future__ import annotations

from collections.abc import Sequence

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import NeedsConfirmation
from calcert_desktop.domain.facts import ActionRequest, CaseFacts, OpenCase
from calcert_desktop.domain.identifiers import format_nip, is_nip_well_formed, normalize_nip
from calcert_desktop.domain.states import CaseState

# The acts that open a case, and so warn of the institution's other open cases.
OPENING_ACTIONS: frozenset[Action] = frozenset({Action.FILE})


def is_open(state: CaseState) -> bool:
    """True for a case that is filed and not closed."""
    return state != CaseState.DRAFT and not state.is_closed


OPEN_STATES: tuple[CaseState, ...] = tuple(s for s in CaseState if is_open(s))


def nip_key(text: object) -> str | None:
    """The NIP as ten digits (how cases are matched), None when it is absent or malformed."""
    if not isinstance(text, str) or not is_nip_well_formed(text):
        return None
    return normalize_nip(text)


def same_nip_warning(nip: str, others: Sequence[OpenCase]) -> NeedsConfirmation:
    """The warning naming the other open cases of the institution, with their states."""
    listed = ", ".join(f"{case.reference} (stan: {case.state.label})" for case in others)
    found = f"otwartą sprawę {listed}" if len(others) == 1 else f"otwarte sprawy: {listed}"
    return NeedsConfirmation("filing.same_nip_open", None, nip=format_nip(nip), found=found)


def confirmed_if_same_nip(facts: CaseFacts, request: ActionRequest) -> None:
    """Filing while another case of the same NIP is open needs the person's confirmation."""
    if facts.same_nip_open and not request.confirmed:
        raise same_nip_warning(facts.nip, facts.same_nip_open)
