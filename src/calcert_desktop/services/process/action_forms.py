"""What an action's dialog needs to know before it is filled: the people it may name, the
members who vote, the standards and the scale, a draft of the reasons."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.action_params import Among, ParamKind, params_of
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.board import APPEAL_SUBJECTS, CASE_SUBJECTS
from calcert_desktop.domain.eligibility import Standing, standing, voters
from calcert_desktop.domain.facts import MemberFacts, Person
from calcert_desktop.domain.forms import Choice, Standard, load_form
from calcert_desktop.domain.guards import conflict_declaration_problem
from calcert_desktop.domain.impartiality import impartiality_problem
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services import config
from calcert_desktop.services.appointments import all_terms, roles_with
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.services.process import case_facts
from calcert_desktop.services.process.reasons import reasons_draft
from calcert_desktop.storage.models import Assessment, Case, User

DRAFTED_REASONS = (Action.REFUSE, Action.REVOKE)


@dataclass(frozen=True)
class PersonChoice:
    """A person a dialog may name: login and full name."""

    login: str
    full_name: str


@dataclass(frozen=True)
class ActionForm:
    """The data an action's dialog is built from."""

    reference: str
    state: CaseState
    today: date
    last_event_on: date | None
    standards: tuple[Standard, ...]
    scale: tuple[Choice, ...]
    people: dict[str, list[PersonChoice]] = field(default_factory=dict)  # per parameter
    voters: list[PersonChoice] = field(default_factory=list)  # the members who vote
    # The Board's resolution: the active Board members who may vote in this case.
    board_voters: list[PersonChoice] = field(default_factory=list)
    reasons: str = ""
    setting_days: dict[str, int] = field(default_factory=dict)  # the day-count settings
    own_assessments: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    # Their row versions (standard -> version): the dialog saves with them, so a revision
    # saved meanwhile on another PC is not overwritten (batch.assess_standards).
    own_versions: dict[str, int] = field(default_factory=dict)


def action_form(ctx: AppContext, actor: Actor, reference: str, action: Action) -> ActionForm:
    """Everything the dialog of ``action`` on ``reference`` shows, read in one go."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        form = load_form(case.form_version)
        users = list(session.scalars(select(User).where(User.active).order_by(User.name_sort)))
        declared = case_facts.conflicted(session, case)
        members = case_facts.seats(session, case, declared)
        terms = all_terms(session)
        today = ctx.today()
        roles = {u.login: roles_with(u, terms.get(u.id, ()), today) for u in users}
        people: dict[str, list[PersonChoice]] = {}
        seat = _Seat(members, declared, actor.person)
        for param in params_of(action):
            if param.kind != ParamKind.LOGIN or param.person is None:
                continue
            wanted = param.person.roles
            people[param.name] = [
                PersonChoice(u.login, u.full_name)
                for u in users
                if roles[u.login] & wanted and seat.among(param.among, u.login, roles[u.login])
            ]
        voting = ballot(
            users, members, visit_expert_votes=config.get_int(session, "visit_expert_votes") == 1
        )
        board_voters = board_ballot(session, case, action, users, today)
        given = list(session.scalars(
            select(Assessment).where(
                Assessment.case_id == case.id, Assessment.member_id == actor.id
            )
        ))  # fmt: skip
        own = {a.standard: (a.rating, a.comment or "", a.evidence or "") for a in given}
        result = ActionForm(
            reference=display_reference(case),
            state=CaseState(case.state),
            today=ctx.today(),
            last_event_on=case.last_event_on,
            standards=form.standards,
            scale=form.assessment_scale,
            people=people,
            voters=voting,
            board_voters=board_voters,
            setting_days={key: config.get_int(session, key) for key in config.SETTINGS},
            own_assessments=own,
            own_versions={a.standard: a.row_version for a in given},
        )
    if action in DRAFTED_REASONS:
        result = replace(result, reasons=reasons_draft(ctx, reference))
    return result


def ballot(
    users: list[User], members: tuple[MemberFacts, ...], *, visit_expert_votes: bool = False
) -> list[PersonChoice]:
    """The members the vote dialog asks for a vote: the domain's voters (eligible, and not
    the visiting expert unless the setting lets them vote), in the order of ``users``."""
    voting = {m.login for m in voters(members, visit_expert_votes=visit_expert_votes)}
    return [PersonChoice(u.login, u.full_name) for u in users if u.login in voting]


def board_ballot(
    session: Session, case: Case, action: Action, users: list[User], today: date
) -> list[PersonChoice]:
    """The Board members the dialog of a Board's act asks for a vote: the active Board
    members the impartiality rule lets vote in this case, by name."""
    subject = CASE_SUBJECTS.get(action)
    if subject is None:
        return []
    facts = case_facts.build(session, case, action, today)
    appeal = subject in APPEAL_SUBJECTS
    return [
        PersonChoice(u.login, u.full_name)
        for u in users
        if u.login in facts.board_members
        and impartiality_problem(facts, u.login, deciding_appeal=appeal) is None
    ]


@dataclass(frozen=True)
class _Seat:
    """What decides which people a dialog offers for a parameter (:class:`Among`)."""

    members: tuple[MemberFacts, ...]
    declared: frozenset[str]
    actor: Person

    def among(self, among: Among, login: str, roles: frozenset[Role]) -> bool:
        """True when ``user`` is one of ``among`` in the case; nobody with a declared
        conflict is offered for a part in it (an assigned one may still be taken off)."""
        found = standing(self.members, login)
        if among == Among.ASSIGNED:
            return found != Standing.NOT_ASSIGNED
        if among == Among.DECLARABLE:
            person = Person(login, roles)
            problem = conflict_declaration_problem(self.members, self.declared, self.actor, person)
            return problem is None
        if login in self.declared:
            return False
        return among != Among.NOT_ASSIGNED or found == Standing.NOT_ASSIGNED
