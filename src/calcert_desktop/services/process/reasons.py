"""Drafts of written reasons for the refusal and revocation dialogs (the chair edits them)."""

from __future__ import annotations

from sqlalchemy import select

from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.reasons import Remark, refusal_draft, revocation_draft
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.context import AppContext, reading
from calcert_desktop.services.lookup import find_case
from calcert_desktop.services.process import case_facts
from calcert_desktop.storage.models import Assessment, SiteVisit, User, VisitFinding

REVOKING = (CaseState.REVOCATION, CaseState.CHARGED)


def reasons_draft(ctx: AppContext, reference: str) -> str:
    """Written reasons pre-filled from the case: in revocation proceedings from the charges
    and the response; otherwise from the assessments' "does not meet" and "partly" comments
    (and the site visit's findings), per standard with its title, leaving out those of anyone
    who declared a conflict of interest in the case. '' when there is nothing."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        if CaseState(case.state) in REVOKING:
            revocation = case_facts.open_revocation(session, case)
            if revocation is None:
                return ""
            return revocation_draft(
                revocation.charged_on,
                revocation.charges or "",
                revocation.response_received_on,
                revocation.response_text or "",
                revocation.response_due,
            )
        remarks = [
            Remark(a.standard, a.rating, a.comment or "", author=login)
            for a, login in session.execute(
                select(Assessment, User.login)
                .join(User, User.id == Assessment.member_id)
                .where(Assessment.case_id == case.id)
                .order_by(Assessment.assessed_on)
            )
        ]
        remarks += [
            Remark(f.standard, f.rating, f.finding or "", from_visit=True, author=login)
            for f, login in session.execute(
                select(VisitFinding, User.login)
                .join(SiteVisit, SiteVisit.id == VisitFinding.visit_id)
                .join(User, User.id == SiteVisit.expert_id)
                .where(VisitFinding.case_id == case.id, SiteVisit.status == "done")
            )
        ]
        withdrawn = case_facts.conflicted(session, case)  # their remarks leave the draft
        return refusal_draft(load_form(case.form_version).standards, remarks, withdrawn)
