"""One case's file as a person may read it in the case window: the case file of
:func:`queries.case_file`, people's full names, the attachments and the assessment matrix.

A Commission member with a declared conflict of interest in the case gets no assessment of
anyone: not in the matrix, not in the list, not in the values of the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from calcert_desktop.domain.forms import Standard, load_form
from calcert_desktop.services.applications import attachments
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.services.lookup import find_case
from calcert_desktop.services.views import queries
from calcert_desktop.services.views.assessments import AssessmentMatrix, matrix_in
from calcert_desktop.storage.models import User

WITHHELD_RECORDS = frozenset({"assessments"})


@dataclass(frozen=True)
class CaseFileView:
    """Everything the case window shows, read in one go on the worker."""

    data: dict[str, Any]
    people: dict[str, str]  # login -> full name
    attachments: tuple[attachments.AttachmentInfo, ...]
    matrix: AssessmentMatrix
    standards: tuple[Standard, ...]

    @property
    def reference(self) -> str:
        """The case's reference (its draft code before filing)."""
        return str(self.data["reference"] or self.data["draft_code"])

    @property
    def institution(self) -> str:
        """The institution's name as declared."""
        return str(self.data["declaration"].get("institution", {}).get("name") or "")

    @property
    def town(self) -> str:
        """The institution's town as declared."""
        address = self.data["declaration"].get("institution", {}).get("address", {})
        return str(address.get("town") or "")

    def name(self, login: str | None) -> str:
        """A person's full name (the login when unknown)."""
        if not login:
            return ""
        return self.people.get(login, login)

    def standard_title(self, code: str) -> str:
        """``S4 Diagnoza``: the code with the form's short title."""
        standard = next((s for s in self.standards if s.code == code), None)
        return f"{code} {standard.title}" if standard else code


def people_names(ctx: AppContext) -> dict[str, str]:
    """Every person's full name by login."""
    with reading(ctx) as session:
        return {login: name for login, name in session.execute(select(User.login, User.full_name))}


def withhold_assessments(data: dict[str, Any]) -> dict[str, Any]:
    """The case file without any assessment: none listed, none in the history's values."""
    history = [
        {**entry, "old": None, "new": None, "withheld": True}
        if entry["record"] in WITHHELD_RECORDS
        else entry
        for entry in data["history"]
    ]
    return {**data, "assessments": [], "history": history}


def load(ctx: AppContext, actor: Actor, reference: str) -> CaseFileView:
    """The case file of ``reference`` as ``actor`` may read it."""
    data = queries.case_file(ctx, reference)
    with reading(ctx) as session:
        case = find_case(session, reference)
        matrix = matrix_in(session, case, actor)
    people = people_names(ctx)
    if matrix.withheld:
        data = withhold_assessments(data)
    form = load_form(data["form_version"])
    labels = {kind.code: kind.label for kind in form.attachment_kinds}
    items = list(data["declaration"].get("attachments") or [])
    files = attachments.describe(ctx.paths.attachments, items, labels)
    return CaseFileView(data, people, tuple(files), matrix, form.standards)
