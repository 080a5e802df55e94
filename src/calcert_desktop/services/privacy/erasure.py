"""A person's data erased on their request, where the law allows it (administrators).

What may be erased (our decision where the regulations are silent):
- the people of declarations (submitter, head), in every case whose declaration names them,
  once all those cases are closed: an open case still needs whom to write to;
- an account's name, once the account is deactivated and its holder assigned to no open
  case; its password goes too. Its login stays as the author of its acts in the log (the
  log must show who decided, and its entries are hashed with it).

Decisions, letters and certificates already generated stay: they are the office's record of
what was decided and sent. The erasure is one transaction, recorded in the audit log as an
``erasures`` row that every erased value names (services/privacy/erasing.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import NotFound, ValidationError
from calcert_desktop.domain.personal_data import CONTACT_ROLES, roles_of
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CLOSED_STATES, STATE_LABELS, CaseState
from calcert_desktop.services.auth import key_wraps
from calcert_desktop.services.changes import Changes, Done, Kind
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.services.lookup import display_reference
from calcert_desktop.services.privacy import erasing
from calcert_desktop.services.privacy.subjects import Subject, account_of, contact_cases
from calcert_desktop.storage.models import Assignment, Case, User


@dataclass(frozen=True)
class Found:
    """One case that names the person: its number, state, and the person's roles there."""

    reference: str
    institution: str
    state: str
    roles: tuple[str, ...]
    closed: bool


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing ``subject`` would reach, and why it may not (Polish reasons)."""

    subject: Subject
    account: str | None = None  # the account's present name
    cases: tuple[Found, ...] = ()
    refusals: tuple[str, ...] = field(default_factory=tuple)

    @property
    def allowed(self) -> bool:
        return not self.refusals


def _found(case: Case, roles: list[str]) -> Found:
    state = CaseState(case.state)
    return Found(display_reference(case), case.institution_name, STATE_LABELS[state],
                 tuple(CONTACT_ROLES[r] for r in roles), state in CLOSED_STATES)  # fmt: skip


def _plan(session: Session, actor: Actor, subject: Subject) -> ErasurePlan:
    user = account_of(session, subject)
    if subject.login:
        if user is None:
            raise NotFound("privacy.nothing_found", "subject", who=subject.shown())
        refusals = []
        if user.id == actor.id:
            refusals.append("Nie można usunąć danych własnego konta.")
        if user.active:
            refusals.append(f"Konto {user.login} jest aktywne: najpierw je dezaktywuj "
                            f"(calcert deactivate {user.login}).")  # fmt: skip
        open_cases = session.scalars(
            select(Case).join(Assignment, Assignment.case_id == Case.id)
            .where(Assignment.member_id == user.id, Case.state.not_in(CLOSED_STATES))
        ).all()  # fmt: skip
        if open_cases:
            shown = ", ".join(display_reference(c) for c in open_cases)
            refusals.append(f"Osoba jest przydzielona do spraw w toku: {shown}.")
        return ErasurePlan(subject, account=user.full_name, refusals=tuple(refusals))
    cases = contact_cases(session, subject)
    if not cases:
        raise NotFound("privacy.nothing_found", "subject", who=subject.shown())
    found = tuple(_found(case, roles) for case, roles in cases.values())
    open_ones = [f.reference for f in found if not f.closed]
    refusals = (
        (f"Sprawy w toku potrzebują danych tej osoby: {', '.join(open_ones)}; usunąć je "
         f"można po zamknięciu spraw.",) if open_ones else ()
    )  # fmt: skip
    return ErasurePlan(subject, cases=found, refusals=refusals)


def plan_erasure(ctx: AppContext, actor: Actor, subject: Subject) -> ErasurePlan:
    """What erasing ``subject``'s data would reach, and whether the law allows it now."""
    actor.require(Role.ADMIN)
    with reading(ctx) as session:
        return _plan(session, actor, subject)


def erase(ctx: AppContext, actor: Actor, subject: Subject) -> Done:
    """Erase ``subject``'s data (ValidationError with the reasons when not allowed)."""
    actor.require(Role.ADMIN)
    with writing(ctx, actor, "erase-personal-data") as session:
        plan = _plan(session, actor, subject)
        if not plan.allowed:
            raise ValidationError("privacy.refused", "subject", who=subject.shown(),
                                  reasons=" ".join(plan.refusals))  # fmt: skip
        erasure = erasing.begin(ctx, actor, "request", subject.kind)
        if subject.login:
            user = session.scalar(select(User).where(User.login == subject.login))
            assert user is not None
            name = erasing.erase_account(session, user, erasure)
            key_wraps.forget(ctx, session, user.login)
            message = f"Usunięto dane konta {user.login}: nazywa się teraz „{name}”"
        else:
            named = contact_cases(session, subject)
            cases = {case_id: case for case_id, (case, _roles) in named.items()}

            def roles_in(body: dict[str, object]) -> list[str]:
                return roles_of(body, subject.email, subject.name)

            erasing.erase_contacts(session, cases, roles_in, erasure)
            message = f"Usunięto dane osoby ({subject.shown()}) ze spraw: {len(cases)}"
        erasing.finish(session, erasure)
        message += f"; w dzienniku zmian zastąpiono je we wpisach: {erasure.entries}."
    return Done(message, Changes.of(Kind.CASES, Kind.APPLICATION, Kind.HISTORY, Kind.PEOPLE,
                                    all_cases=True))  # fmt: skip
