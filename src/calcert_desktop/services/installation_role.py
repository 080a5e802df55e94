"""Whether this installation is the office or a laptop (issue 19): only the office numbers
cases and certificates and records decisions; a laptop records what was handed to it (a
site visit, assessments, a conflict of interest) and nothing else."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import PermissionDenied
from calcert_desktop.storage.models import Case, Installation, Package, PackageCase

OFFICE, LAPTOP = "office", "laptop"
VISIT, REVIEW = "visit", "review"
WORK_LABELS = {VISIT: "wizytacji", REVIEW: "oceny standardów"}
# What the person handed each kind of work may record of it on a laptop.
WORK_ACTIONS = {
    VISIT: frozenset({Action.RECORD_VISIT, Action.DECLARE_CONFLICT}),
    REVIEW: frozenset({Action.ASSESS, Action.DECLARE_CONFLICT}),
}


def role_here(session: Session) -> str:
    """This installation's role: the office unless its identity was made as a laptop."""
    found = session.scalar(select(Installation.role).where(Installation.own.is_(True)))
    return found or OFFICE


def office_only(session: Session, what: str) -> None:
    """PermissionDenied in Polish when a laptop is asked to do the office's ``what``."""
    if role_here(session) == LAPTOP:
        raise PermissionDenied("installation.office_only", None, what=what)


def latest_handing(session: Session, case: Case) -> PackageCase | None:
    """The last package that handed ``case`` to this laptop (its record), if any."""
    return session.scalar(
        select(PackageCase).join(Package, Package.id == PackageCase.package_id)
        .where(PackageCase.case_id == case.id, Package.direction == "in")
        .order_by(Package.sequence.desc()).limit(1)
    )  # fmt: skip


def require_handed(session: Session, case: Case, login: str, action: Action, label: str) -> None:
    """On a laptop, PermissionDenied unless ``case`` was handed to it for ``login``'s work,
    of which ``action`` is a part (a no-op at the office). ``label``: the case's number."""
    if role_here(session) != LAPTOP:
        return
    handed = latest_handing(session, case)
    if handed is None:
        raise PermissionDenied("package.not_handed", None, reference=label)
    if handed.person_login != login:
        raise PermissionDenied("package.not_your_work", None, reference=label,
                               login=handed.person_login)  # fmt: skip
    if action not in WORK_ACTIONS[handed.work]:
        raise PermissionDenied("package.not_this_work", None, reference=label,
                               work=WORK_LABELS[handed.work], action=action.label)  # fmt: skip
