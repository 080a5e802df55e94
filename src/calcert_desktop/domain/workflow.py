"""The certification process as a transition table (data), and the check that applies it.

Each action names the states it may start from and where it leads (``None``: the state
stays), the roles that may take it, and the guards (rules of the regulations) that must
hold. :func:`evaluate` is the one place that decides whether an action may happen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from calcert_desktop.domain import amendments, open_cases, periods
from calcert_desktop.domain import guards as g
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.board import board_resolution
from calcert_desktop.domain.errors import DomainError, PermissionDenied, TransitionRefused
from calcert_desktop.domain.facts import ActionRequest, CaseFacts, Person
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState as S

Guard = Callable[[CaseFacts, ActionRequest], None]

OFFICE = frozenset({Role.OFFICE})
CHAIR = frozenset({Role.COMMISSION_CHAIR})
MEMBER = frozenset({Role.COMMISSION_MEMBER, Role.COMMISSION_CHAIR})
BOARD = frozenset({Role.BOARD_MEMBER})
EXPERT = frozenset({Role.EXPERT})
OFFICE_OR_CHAIR = OFFICE | CHAIR
OFFICE_OR_EXPERT = OFFICE | EXPERT
DECLARERS = MEMBER | BOARD | EXPERT  # whoever has a part in a case's decisions
SYSTEM_ONLY: frozenset[Role] = frozenset()  # no person's role: the system alone

REVIEWING = (S.REVIEW, S.SITE_VISIT)
REVOKING = (S.REVOCATION, S.CHARGED)
# Where someone still has a part to play (the Commission, an expert, the Board): a conflict
# of interest can be declared in every open state but the office's draft.
OPEN_STATES = tuple(s for s in S if s != S.DRAFT and not s.is_closed)


def _stay(*states: S) -> dict[S, S | None]:
    return dict.fromkeys(states)


@dataclass(frozen=True)
class Transition:
    """One action of the table: from which states to which, who, and under which rules."""

    action: Action
    moves: dict[S, S | None]
    roles: frozenset[Role]
    guards: tuple[Guard, ...] = ()
    by_system: bool = False  # the system (no person) takes it too, when a date has passed

    def target(self, state: S) -> S:
        """The state after the action taken in ``state`` (which must be a source)."""
        after = self.moves[state]
        return state if after is None else after


TABLE: dict[Action, Transition] = {
    t.action: t
    for t in (
        Transition(
            Action.FILE,
            {S.DRAFT: S.FILED},
            OFFICE,
            # The warning last: nobody confirms an act that another rule then refuses.
            (g.not_before_signature, g.filing_complete, open_cases.confirmed_if_same_nip),
        ),
        Transition(
            Action.REQUEST_COMPLETION,
            {S.FILED: S.INCOMPLETE},
            OFFICE_OR_CHAIR,
            (g.requires_text("reason"), g.due_after("due_on")),
        ),
        Transition(
            Action.COMPLETE,
            {S.INCOMPLETE: S.FILED},
            OFFICE,
            (g.filing_complete, amendments.reason_given),
        ),
        Transition(Action.ACCEPT, {S.FILED: S.REVIEW}, OFFICE_OR_CHAIR, (g.filing_complete,)),
        Transition(Action.ASSIGN, _stay(*REVIEWING, *REVOKING), CHAIR, (g.can_be_assigned,)),
        Transition(Action.UNASSIGN, _stay(*REVIEWING, *REVOKING), CHAIR, (g.can_be_unassigned,)),
        Transition(
            Action.DECLARE_CONFLICT,
            _stay(*OPEN_STATES),
            DECLARERS,
            (g.has_conflict_to_declare, g.requires_text("reason"), g.can_declare_conflict),
        ),
        Transition(
            Action.ASSESS,
            _stay(*REVIEWING),
            MEMBER,
            (g.is_eligible_assessor, g.assessment_valid),
        ),
        Transition(
            Action.SCHEDULE_VISIT,
            {S.REVIEW: S.SITE_VISIT},
            CHAIR,
            (g.is_expert("expert"), g.due_not_before("visit_on")),
        ),
        Transition(
            Action.RECORD_VISIT,
            {S.SITE_VISIT: S.REVIEW},
            OFFICE_OR_EXPERT,
            (g.is_visit_expert_or_office, g.requires_text("summary"), g.findings_valid),
        ),
        Transition(
            Action.CANCEL_VISIT, {S.SITE_VISIT: S.REVIEW}, CHAIR, (g.requires_text("reason"),)
        ),
        Transition(
            Action.GRANT,
            {S.REVIEW: S.GRANTED},
            CHAIR,
            (g.assessments_complete, g.votes_valid, g.majority_for),
        ),
        Transition(
            Action.REFUSE,
            {S.REVIEW: S.REFUSED},
            CHAIR,
            (g.requires_text("reasons"), g.assessments_complete, g.votes_valid, g.no_majority_for),
        ),
        Transition(Action.DELIVER, _stay(S.REFUSED, S.REVOKED), OFFICE, (g.not_yet_delivered,)),
        Transition(Action.ISSUE, {S.GRANTED: S.CERTIFIED}, BOARD, (board_resolution,)),
        Transition(
            Action.APPEAL,
            {S.REFUSED: S.REFUSAL_APPEALED, S.REVOKED: S.REVOCATION_APPEALED},
            OFFICE,
            (g.requires_text("grounds"), g.within_appeal_deadline),
        ),
        Transition(
            Action.UPHOLD,
            {S.REFUSAL_APPEALED: S.REFUSED_FINAL, S.REVOCATION_APPEALED: S.REVOKED_FINAL},
            BOARD,
            (g.actor_impartial_on_appeal, g.requires_text("reasons"), board_resolution),
        ),
        Transition(
            Action.OVERTURN,
            {S.REFUSAL_APPEALED: S.GRANTED, S.REVOCATION_APPEALED: S.CERTIFIED},
            BOARD,
            (g.actor_impartial_on_appeal, g.requires_text("reasons"), board_resolution),
        ),
        Transition(
            Action.OPEN_REVOCATION, {S.CERTIFIED: S.REVOCATION}, CHAIR, (g.requires_text("reason"),)
        ),
        Transition(
            Action.CHARGE,
            {S.REVOCATION: S.CHARGED},
            CHAIR,
            (g.requires_text("charges"), g.due_after("response_due"), periods.response_period_kept),
        ),
        Transition(
            Action.RESPOND,
            _stay(S.CHARGED),
            OFFICE,
            (g.requires_text("text"), g.not_yet_responded),
        ),
        Transition(
            Action.REVOKE,
            {S.CHARGED: S.REVOKED},
            CHAIR,
            (g.requires_text("reasons"), g.response_heard, g.votes_valid, g.majority_for),
        ),
        Transition(
            Action.DISCONTINUE,
            {S.REVOCATION: S.CERTIFIED, S.CHARGED: S.CERTIFIED},
            CHAIR,
            (g.requires_text("reasons"),),
        ),
        Transition(
            Action.EXPIRE, {S.CERTIFIED: S.EXPIRED}, OFFICE, (g.validity_over,), by_system=True
        ),
        Transition(
            Action.WITHDRAW,
            {s: S.WITHDRAWN for s in (S.DRAFT, S.FILED, S.INCOMPLETE, *REVIEWING, S.GRANTED)},
            OFFICE,
        ),
        Transition(Action.RENEW, _stay(S.CERTIFIED, S.EXPIRED), OFFICE, (g.can_renew,)),
        Transition(
            Action.FINALIZE,
            {S.REFUSED: S.REFUSED_FINAL, S.REVOKED: S.REVOKED_FINAL},
            SYSTEM_ONLY,
            (g.appeal_period_over,),
            by_system=True,
        ),
    )
}

# Guards every action runs first: the actor has no conflict of interest in the case, the
# date of an act is real and in order, its texts clean.
COMMON_GUARDS: tuple[Guard, ...] = (
    g.actor_impartial,
    g.not_in_future,
    g.not_too_early,
    g.not_before_last_event,
    g.texts_are_safe,
)


# Guards that look at neither the parameters nor the date, only at the case and the actor:
# an action one of them refuses is not offered at all (see :func:`offered_actions`).
OFFER_GUARDS: frozenset[Guard] = frozenset(
    {
        g.actor_impartial,
        g.actor_impartial_on_appeal,
        g.has_conflict_to_declare,
        g.is_eligible_assessor,
        g.is_visit_expert_or_office,
        g.not_yet_delivered,
        g.not_yet_responded,
    }
)


def allowed_actions(state: S) -> list[Action]:
    """Actions that may start from ``state``, in the table's order."""
    return [action for action, t in TABLE.items() if state in t.moves]


def states_allowing(action: Action) -> list[S]:
    """States from which ``action`` may be taken."""
    return list(TABLE[action].moves)


def offered_actions(facts: CaseFacts, actor: Person) -> list[Action]:
    """Actions ``actor`` may take in the case's state: the table's states and roles, and the
    guards of :data:`OFFER_GUARDS`. Guards on parameters or dates are left to :func:`evaluate`,
    which refuses with a Polish reason when the action is taken."""
    offered = []
    for action in allowed_actions(facts.state):
        transition = TABLE[action]
        if not actor.roles & transition.roles:
            continue
        probe = ActionRequest(action, actor, facts.today)
        try:
            for guard in (*COMMON_GUARDS, *transition.guards):
                if guard in OFFER_GUARDS:
                    guard(facts, probe)
        except DomainError:
            continue
        offered.append(action)
    return offered


def check_state(action: Action, state: S) -> S:
    """The target state, or TransitionRefused naming the states where the action is possible."""
    transition = TABLE[action]
    if state not in transition.moves:
        raise TransitionRefused(
            "workflow.wrong_state",
            action=action.label,
            state=state.label,
            allowed=", ".join(f"„{s.label}”" for s in transition.moves),
        )
    return transition.target(state)


def check_actor(action: Action, actor: Person) -> None:
    """PermissionDenied unless ``actor`` may take ``action``: the system only the actions
    the table gives it, a person by their roles."""
    transition = TABLE[action]
    if actor.system and transition.by_system:
        return
    if actor.system:
        raise PermissionDenied("permission.role_required", action=action.label, roles="—")
    check_role(action, actor.roles)


def check_role(action: Action, roles: frozenset[Role]) -> None:
    """PermissionDenied unless one of ``roles`` may take ``action``."""
    needed = TABLE[action].roles
    if not needed:
        raise PermissionDenied("permission.system_only", action=action.label)
    if not roles & needed:
        raise PermissionDenied(
            "permission.role_required",
            action=action.label,
            roles=" lub ".join(sorted(r.label for r in needed)),
        )


def evaluate(facts: CaseFacts, request: ActionRequest) -> S:
    """Decide an action: its state, the actor's role, the date and every guard.

    Returns the state the case will be in; raises a DomainError saying why not.
    """
    target = check_state(request.action, facts.state)
    check_actor(request.action, request.actor)
    for guard in (*COMMON_GUARDS, *TABLE[request.action].guards):
        guard(facts, request)
    return target
