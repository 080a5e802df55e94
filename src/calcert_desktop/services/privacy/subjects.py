"""Finding a person's data: an account by its login, or the people of declarations by their
e-mail (or, without one, their name)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.personal_data import ERASED, people_of, roles_of
from calcert_desktop.domain.polish_text import fold
from calcert_desktop.storage.case_columns import declaration_of
from calcert_desktop.storage.models import Case, DeclarationText, User


@dataclass(frozen=True)
class Subject:
    """Whose data: an account (``login``), or a person of declarations by ``email`` (or
    ``name`` when they gave none)."""

    login: str | None = None
    email: str | None = None
    name: str | None = None

    @classmethod
    def of(cls, login: str | None, email: str | None, name: str | None) -> Subject:
        """Exactly one of the three, stripped (ValidationError in Polish otherwise)."""
        given = {k: v.strip() for k, v in (("login", login), ("email", email), ("name", name))
                 if v and v.strip()}  # fmt: skip
        if len(given) != 1:
            raise ValidationError("privacy.one_subject", "subject")
        if "login" in given:
            given["login"] = given["login"].lower()
        return cls(**given)

    @property
    def kind(self) -> str:
        """``account`` or ``contact`` (erasures.subject_kind)."""
        return "account" if self.login else "contact"

    def shown(self) -> str:
        """How the person is named in messages."""
        if self.login:
            return f"konto {self.login}"
        return f"e-mail {self.email}" if self.email else f"„{self.name}”"


def account_of(session: Session, subject: Subject) -> User | None:
    """The account ``subject`` names (active or not), if any."""
    if not subject.login:
        return None
    return session.scalar(select(User).where(User.login == subject.login))


def contact_cases(session: Session, subject: Subject) -> dict[uuid.UUID, tuple[Case, list[str]]]:
    """The cases whose declaration names the person (with their roles there), each case
    with the roles; none for an account."""
    if subject.login:
        return {}
    query = select(Case).join(DeclarationText, DeclarationText.case_id == Case.id)
    if subject.email:  # a first sieve in SQL, confirmed on the parsed declaration
        query = query.where(func.lower(DeclarationText.body).contains(subject.email.lower()))
    else:
        query = query.where(Case.search_text.contains(fold(subject.name or "")))
    found = {}
    for case in session.scalars(query):
        roles = roles_of(declaration_of(case), subject.email, subject.name)
        if roles:
            found[case.id] = (case, roles)
    return found


def holds_people(case: Case) -> bool:
    """Whether a case's declaration still holds a person's data (not yet erased)."""
    return any(
        value != ERASED for person in people_of(declaration_of(case)).values()
        for value in person.values()
    )  # fmt: skip
