"""Who may read which case: the read rules every front end gets from the services.

Everyone who follows the process (office, Commission, Board, administrator) reads every
case; an expert reads only the cases of their own site visits. Anyone with a declared
conflict of interest in a case reads it without any assessment (:mod:`views`
withholds them); that rule lives here too, so lists, files and documents agree.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from calcert_desktop.domain.eligibility import assessments_withheld
from calcert_desktop.domain.errors import PermissionDenied
from calcert_desktop.domain.facts import MemberFacts
from calcert_desktop.domain.roles import Role
from calcert_desktop.services.context import Actor
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.storage.models import Case, Conflict, SiteVisit

# Everyone who follows cases may see them all; an expert sees only the visits.
VIEWERS = (
    Role.OFFICE,
    Role.COMMISSION_CHAIR,
    Role.COMMISSION_MEMBER,
    Role.BOARD_MEMBER,
    Role.ADMIN,
)


# Everyone with a role in the process (the register and a certificate's check are theirs too).
ANYONE = (*VIEWERS, Role.EXPERT)
# Who reads the people register: the administrator who keeps it, the office, the chair who
# assigns members, the Board that appoints them.
PEOPLE_READERS = (Role.ADMIN, Role.OFFICE, Role.COMMISSION_CHAIR, Role.BOARD_MEMBER)


def reads_people(actor: Actor) -> bool:
    """True when ``actor`` may read the people register (the window shows its view)."""
    return bool(actor.roles & set(PEOPLE_READERS))


# Who generates the batch of renewal reminders: the office, an administrator.
REMINDER_SENDERS = (Role.OFFICE, Role.ADMIN)


def sends_reminders(actor: Actor) -> bool:
    """True when ``actor`` may generate the batch of reminders (the register offers it)."""
    return bool(actor.roles & set(REMINDER_SENDERS))


# Who reads the yearly statistics: the office that reports them, the Commission's chair,
# the Board, an administrator (not a member or an expert: the figures are the office's).
STATISTICS_READERS = (Role.OFFICE, Role.COMMISSION_CHAIR, Role.BOARD_MEMBER, Role.ADMIN)


def reads_statistics(actor: Actor) -> bool:
    """True when ``actor`` may read the yearly statistics (the window shows their page)."""
    return bool(actor.roles & set(STATISTICS_READERS))


def may_list(actor: Actor) -> None:
    """PermissionDenied unless ``actor`` reads cases at all (a viewer or an expert)."""
    actor.require(*VIEWERS, Role.EXPERT)


def sees_every_case(actor: Actor) -> bool:
    """True when ``actor`` reads every case (not only their site visits')."""
    return bool(actor.roles & set(VIEWERS))


def visible_to(query: Select[Any], actor: Actor) -> Select[Any]:
    """``query`` over ``cases`` narrowed to the cases ``actor`` may read."""
    may_list(actor)
    if sees_every_case(actor):
        return query
    visits = select(SiteVisit.case_id).where(SiteVisit.expert_id == actor.id)
    return query.where(Case.id.in_(visits))


def check_readable(session: Session, actor: Actor, case: Case) -> None:
    """PermissionDenied (Polish) unless ``actor`` may read ``case``."""
    may_list(actor)
    if sees_every_case(actor):
        return
    visit = session.scalar(
        select(SiteVisit.id).where(SiteVisit.case_id == case.id, SiteVisit.expert_id == actor.id)
    )
    if visit is None:
        raise PermissionDenied(
            "permission.not_your_case", "reference", reference=display_reference(case)
        )


def readable_case(session: Session, actor: Actor, reference: str) -> Case:
    """The case ``reference`` if ``actor`` may read it: NotFound or PermissionDenied."""
    case = find_case(session, reference)
    check_readable(session, actor, case)
    return case


def withholds_assessments(session: Session, actor: Actor, case: Case) -> bool:
    """True when ``actor`` declared a conflict of interest in ``case`` (an assigned member,
    the chair, an expert or a Board member alike): they then read no assessment of anyone
    (they take no part in the case, and must not be swayed by the others)."""
    declared = session.scalar(
        select(Conflict.id).where(Conflict.case_id == case.id, Conflict.person_id == actor.id)
    )
    seat = MemberFacts(actor.login, conflicted=True)
    return assessments_withheld((seat,) if declared is not None else (), actor.login)
