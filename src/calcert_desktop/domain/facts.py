"""Plain snapshots of a case and of a requested action, on which the guards decide."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.appointments import Term
from calcert_desktop.domain.dates import DEFAULT_MIN_RESPONSE_DAYS
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState


@dataclass(frozen=True)
class MemberFacts:
    """A Commission member assigned to the case."""

    login: str
    conflicted: bool = False
    assessed: frozenset[str] = frozenset()
    visited: bool = False  # made a site visit in the case (then votes only if a setting says)


@dataclass(frozen=True)
class Person:
    """A person named in an action (a member to assign, an expert to send), or the system
    (``system``: the application itself, acting when a date passes; it holds no role)."""

    login: str
    roles: frozenset[Role]
    system: bool = False
    # The person's appointments by the Board (domain/appointments.py): whether they sit on
    # the Commission is decided on the day of the act.
    appointments: tuple[Term, ...] = ()


SYSTEM = Person("system", frozenset(), system=True)


@dataclass(frozen=True)
class OpenCase:
    """Another case still open (neither a draft nor closed): its reference and state."""

    reference: str
    state: CaseState


@dataclass(frozen=True)
class CaseFacts:
    """What the guards need to know about a case; built by the services from storage."""

    state: CaseState
    today: date
    standard_codes: tuple[str, ...]
    last_event_on: date | None = None
    signed_on: date | None = None
    filing_errors: tuple[ValidationError, ...] = ()
    members: tuple[MemberFacts, ...] = ()
    visit_expert: str | None = None
    decision_on: date | None = None
    decision_delivered_on: date | None = None
    appeal_days: int = 14
    valid_until: date | None = None
    renewal_from: date | None = None
    has_open_renewal: bool = False
    response_due: date | None = None
    response_received: bool = False
    # Impartiality (domain/impartiality.py): every person with a declared conflict of
    # interest in the case, and who took part in the Commission's decision under appeal
    # (assessed, voted, was rapporteur or the visiting expert).
    conflicted: frozenset[str] = frozenset()
    participants: frozenset[str] = frozenset()
    # The setting ``visit_expert_votes``: False (the default) keeps a member who made a site
    # visit in the case out of its vote (domain/eligibility.py).
    visit_expert_votes: bool = False
    # The Board (domain/board.py): its active members, and how many must take part in a
    # resolution; read for the Board's acts only.
    board_members: frozenset[str] = frozenset()
    board_quorum: int = 2
    # Reasons and warnings (issue 16, item 7): the other open cases of the institution with
    # the same NIP (filing warns of them, domain/open_cases.py), and the shortest time the
    # institution may be given to answer written charges (domain/periods.py).
    nip: str = ""
    same_nip_open: tuple[OpenCase, ...] = ()
    min_response_days: int = DEFAULT_MIN_RESPONSE_DAYS

    def member(self, login: str) -> MemberFacts | None:
        """The assigned member with this login, if any."""
        return next((m for m in self.members if m.login == login), None)


@dataclass(frozen=True)
class ActionRequest:
    """An action someone asks for, dated ``on`` (the day the act took place)."""

    action: Action
    actor: Person
    on: date
    params: Mapping[str, Any] = field(default_factory=dict)
    confirmed: bool = False  # the person confirmed a warning (:class:`NeedsConfirmation`)

    def text(self, name: str) -> str:
        """A text parameter, stripped ('' when absent)."""
        value = self.params.get(name)
        return value.strip() if isinstance(value, str) else ""
