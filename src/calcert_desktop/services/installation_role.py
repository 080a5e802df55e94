"""Whether this installation is the office or a laptop (issue 19): only the office numbers
cases and certificates and records decisions; a laptop records what was handed to it (a
site visit, assessments, a conflict of interest) and nothing else."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import PermissionDenied
from calcert_desktop.storage.models import Installation

OFFICE, LAPTOP = "office", "laptop"


def role_here(session: Session) -> str:
    """This installation's role: the office unless its identity was made as a laptop."""
    found = session.scalar(select(Installation.role).where(Installation.own.is_(True)))
    return found or OFFICE


def office_only(session: Session, what: str) -> None:
    """PermissionDenied in Polish when a laptop is asked to do the office's ``what``."""
    if role_here(session) == LAPTOP:
        raise PermissionDenied("installation.office_only", None, what=what)
