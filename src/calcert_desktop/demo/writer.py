"""Writing one dated demo plan as records, each attributed to who made it and when."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from calcert_desktop.demo import script
from calcert_desktop.demo.declarations import make_text
from calcert_desktop.demo.people import demo_staff
from calcert_desktop.domain import workflow
from calcert_desktop.domain.actions import Action as A
from calcert_desktop.domain.dates import DEFAULT_APPEAL_DAYS, deadline_for_state, valid_until
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState as S
from calcert_desktop.services.admin.people import make_user
from calcert_desktop.storage import audit
from calcert_desktop.storage.models import (
    Appeal,
    Assessment,
    Assignment,
    Base,
    Case,
    Certificate,
    CompletionRequest,
    Decision,
    Revocation,
    SiteVisit,
    User,
    VisitFinding,
    Vote,
)  # fmt: skip

# Which demo text stands for what the writer needs (kind, fixed options).
TEXTS: dict[str, tuple[str, dict[str, Any]]] = {
    "completion_reason": ("completion_reason", {}),
    "conflict_reason": ("conflict_reason", {}),
    "assessment_comment": ("assessment_comment", {}),
    "visit_summary": ("finding", {"rating": "meets"}),
    "visit_finding": ("finding", {}),
    "appeal_grounds": ("appeal_ground", {}),
    "refusal_reasons": ("refusal_reason", {}),
    "revocation_reason": ("charge", {}),
    "charges": ("charge", {}),
    "charges_response": ("charge_response", {}),
    "revocation_reasons": ("charge", {}),
    "appeal_upheld_reasons": ("appeal_decision_reason", {"outcome": "dismissed"}),
    "appeal_overturned_reasons": ("appeal_decision_reason", {"outcome": "granted"}),
}


@dataclass
class Staff:
    """The demo's people by role (logins) and their rows."""

    users: dict[str, User]
    office: list[str]
    chair: str
    members: list[str]
    experts: list[str]
    board: list[str]


def make_staff(rng: random.Random) -> Staff:
    users: dict[str, User] = {}
    for person in demo_staff(rng):
        user = make_user(person.login, person.full_name, frozenset(Role(r) for r in person.roles))
        user.id = uuid.UUID(int=rng.getrandbits(128), version=4)
        users[user.login] = user

    def having(role: Role) -> list[str]:
        return sorted(login for login, u in users.items() if role.value in u.roles.split(","))

    chair = "przewodniczaca" if "przewodniczaca" in users else having(Role.COMMISSION_CHAIR)[0]
    return Staff(
        users,
        having(Role.OFFICE),
        chair,
        having(Role.COMMISSION_MEMBER),
        having(Role.EXPERT),
        having(Role.BOARD_MEMBER),
    )


class CaseWriter:
    """Turns one dated plan into records, each attributed to who made it and when."""

    def __init__(self, rng: random.Random, staff: Staff, standards: list[str], today: date) -> None:
        self.rng = rng
        self.staff = staff
        self.standards = standards
        self.today = today
        self.objects: list[Base | audit.NewRow] = []

    def take(self) -> list[Base | audit.NewRow]:
        """The records written so far, handed over and forgotten."""
        taken, self.objects = self.objects, []
        return taken

    def _context(self, login: str, action: str, day: date) -> audit.AuditContext:
        user = self.staff.users[login]
        moment = datetime.combine(day, time(8, 0)) + timedelta(minutes=self.rng.randint(0, 540))
        return audit.AuditContext(user.id, login, action, moment)

    def _record(self, obj: Base, login: str, action: str, day: date) -> Base:
        """Keep an ORM object (its fields may still change as the plan goes on)."""
        audit.attribute([obj], self._context(login, action, day))
        self.objects.append(obj)
        return obj

    def _row(self, model: type[Base], login: str, action: str, day: date, **values: Any) -> None:
        """Keep a final record as plain values: the many small rows (assessments, votes)
        cost a tenth of an ORM object each."""
        values["id"] = self._id()
        self.objects.append(audit.NewRow(model, values, self._context(login, action, day)))

    def _id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def _text(self, kind: str, **kw: Any) -> str:
        source, extra = TEXTS[kind]
        return make_text(self.rng, source, **extra, **kw)

    def write(self, case: Case, plan: script.Plan, start: date | None) -> Certificate | None:
        """Fill ``case`` and its records from ``plan`` dated from ``start`` (None: draft);
        returns the certificate issued, if any (numbered by the caller)."""
        rng, staff = self.rng, self.staff
        office = rng.choice(staff.office)
        signed = (start or self.today - timedelta(days=rng.randint(0, 20))) - timedelta(
            days=rng.randint(1, 10)
        )
        created = start or signed
        self._record(case, office, "declare", created)
        self._record(case.declaration_text, office, "declare", created)
        state, since, last = S.DRAFT, None, None
        assignments: dict[str, Assignment] = {}
        decision: Decision | None = None
        certificate: Certificate | None = None
        revocation: Revocation | None = None
        appeal: Appeal | None = None
        completion: CompletionRequest | None = None
        visit: SiteVisit | None = None
        eligible = [m for m in plan.members]
        for event in plan.events:
            day = start + timedelta(days=event.day) if start else self.today
            p = event.params
            if event.action != "assessments":
                target = workflow.check_state(A(event.action), state)
                if target != state:
                    state, since = target, day
            last = day
            match event.action:
                case A.FILE:
                    case.received_on = day
                case A.REQUEST_COMPLETION:
                    completion = CompletionRequest(
                        id=self._id(),
                        case_id=case.id,
                        requested_on=day,
                        reason=self._text("completion_reason"),
                        due_on=day + timedelta(days=p["due_in"]),
                    )
                    self._record(completion, office, event.action, day)
                case A.COMPLETE:
                    assert completion is not None
                    completion.completed_on = day
                case A.ASSIGN:
                    member = staff.users[p["member"]]
                    assignment = Assignment(
                        id=self._id(),
                        case_id=case.id,
                        member_id=member.id,
                        assigned_on=day,
                        is_rapporteur=p["rapporteur"],
                    )
                    if p["rapporteur"]:
                        case.rapporteur_id = member.id
                    assignments[member.login] = assignment
                    self._record(assignment, staff.chair, event.action, day)
                case A.DECLARE_CONFLICT:
                    assignment = assignments[p["member"]]
                    assignment.conflict_declared_on = day
                    assignment.conflict_reason = self._text("conflict_reason")
                case "assessments":
                    self._assessments(case, eligible, day, p)
                case A.SCHEDULE_VISIT:
                    expert = rng.choice(staff.experts)
                    visit = SiteVisit(
                        id=self._id(),
                        case_id=case.id,
                        expert_id=staff.users[expert].id,
                        scheduled_on=day,
                        planned_for=day + timedelta(days=p["visit_in"]),
                        status="scheduled",
                        summary="",
                        cancel_reason="",
                    )
                    self._record(visit, staff.chair, event.action, day)
                case A.RECORD_VISIT:
                    assert visit is not None
                    self._visit_results(case, visit, day)
                case A.GRANT | A.REFUSE | A.REVOKE:
                    decision = self._decision(case, event.action, eligible, day)
                    if revocation is not None and event.action == A.REVOKE:
                        revocation.outcome, revocation.outcome_id = "revoked", decision.id
                case A.DELIVER:
                    assert decision is not None
                    decision.delivered_on = day
                case A.APPEAL:
                    assert decision is not None
                    appeal = Appeal(
                        id=self._id(),
                        case_id=case.id,
                        against_id=decision.id,
                        received_on=day,
                        grounds=self._text("appeal_grounds"),
                    )
                    self._record(appeal, office, event.action, day)
                case A.UPHOLD | A.OVERTURN:
                    assert appeal is not None
                    outcome = self._decision(case, event.action, [], day)
                    appeal.outcome = "upheld" if event.action == A.UPHOLD else "overturned"
                    appeal.outcome_id = outcome.id
                case A.ISSUE:
                    board = rng.choice(staff.board)
                    certificate = Certificate(
                        id=self._id(),
                        case_id=case.id,
                        number="",
                        year=day.year,
                        seq=0,
                        issued_on=day,
                        valid_until=valid_until(day),
                        status="valid",
                        issued_by_id=staff.users[board].id,
                    )
                    self._record(certificate, board, event.action, day)
                case A.OPEN_REVOCATION:
                    assert certificate is not None
                    revocation = Revocation(
                        id=self._id(),
                        case_id=case.id,
                        certificate_id=certificate.id,
                        opened_on=day,
                        reason=self._text("revocation_reason"),
                        charges="",
                        response_text="",
                    )
                    self._record(revocation, staff.chair, event.action, day)
                case A.CHARGE:
                    assert revocation is not None
                    revocation.charges = self._text("charges")
                    revocation.charged_on = day
                    revocation.response_due = day + timedelta(days=p["response_in"])
                case A.RESPOND:
                    assert revocation is not None
                    revocation.response_received_on = day
                    revocation.response_text = self._text("charges_response")
                case A.WITHDRAW | A.ACCEPT:
                    pass
                case _:
                    raise AssertionError(f"demo plan has no writer for {event.action}")
        if plan.final == S.EXPIRED:
            assert certificate is not None
            day = certificate.valid_until + timedelta(days=rng.randint(1, 60))
            state, since, last = workflow.check_state(A.EXPIRE, state), day, day
        if certificate is not None:
            certificate.status = {S.EXPIRED: "expired", S.REVOKED: "revoked",
                                  S.REVOCATION_APPEALED: "revoked",
                                  S.REVOKED_FINAL: "revoked"}.get(state, "valid")  # fmt: skip
        if state != plan.final:
            raise DomainError("demo.plan_mismatch", expected=plan.final, got=state)
        case.state, case.state_since, case.last_event_on = state.value, since, last
        case.next_deadline = deadline_for_state(
            state.value,
            completion_due=completion.due_on
            if completion and not completion.completed_on
            else None,
            visit_planned=visit.planned_for if visit and visit.status == "scheduled" else None,
            decision_on=decision.decided_on if decision else None,
            delivered_on=decision.delivered_on if decision else None,
            appeal_days=DEFAULT_APPEAL_DAYS,
            response_due=revocation.response_due if revocation else None,
            valid_to=certificate.valid_until if certificate else None,
        )
        return certificate

    def _assessments(self, case: Case, members: list[str], day: date, p: dict[str, Any]) -> None:
        rng = self.rng
        for index, login in enumerate(members):
            standards = self.standards
            if p["partial"] and index > 0:
                standards = standards[: rng.randint(0, len(standards) - 1)]
            for code in standards:
                roll = rng.random()
                if p["refusing"]:
                    rating = "not" if roll < 0.35 else "partly" if roll < 0.6 else "meets"
                else:
                    rating = "partly" if roll < 0.1 else "meets"
                # Members explain what falls short; a "meets" gets a remark now and then.
                comment = (
                    self._text("assessment_comment", rating=rating, standard=code)
                    if rating != "meets" or rng.random() < 0.3
                    else ""
                )
                when = min(day + timedelta(days=rng.randint(0, 3)), self.today)
                self._row(
                    Assessment, login, A.ASSESS, when,
                    case_id=case.id, member_id=self.staff.users[login].id, standard=code,
                    rating=rating, comment=comment, evidence="", assessed_on=when,
                )  # fmt: skip

    def _visit_results(self, case: Case, visit: SiteVisit, day: date) -> None:
        visit.status, visit.visited_on = "done", day
        visit.summary = self._text("visit_summary")
        login = next(k for k, u in self.staff.users.items() if u.id == visit.expert_id)
        for code in self.rng.sample(self.standards, self.rng.randint(3, len(self.standards))):
            rating = "meets" if self.rng.random() < 0.8 else "partly"
            self._row(
                VisitFinding, login, A.RECORD_VISIT, day,
                visit_id=visit.id, case_id=case.id, standard=code, rating=rating,
                finding=self._text("visit_finding", rating=rating, standard=code),
            )  # fmt: skip

    def _decision(self, case: Case, action: str, members: list[str], day: date) -> Decision:
        kind = {A.GRANT: "grant", A.REFUSE: "refuse", A.REVOKE: "revoke",
                A.UPHOLD: "uphold", A.OVERTURN: "overturn"}[A(action)]  # fmt: skip
        board_decision = kind in ("uphold", "overturn")
        recorder = self.rng.choice(self.staff.board) if board_decision else self.staff.chair
        reasons = {
            "grant": "", "refuse": "refusal_reasons", "revoke": "revocation_reasons",
            "uphold": "appeal_upheld_reasons", "overturn": "appeal_overturned_reasons",
        }[kind]  # fmt: skip
        decision = Decision(
            id=self._id(),
            case_id=case.id,
            kind=kind,
            body="board" if board_decision else "commission",
            decided_on=day,
            reasons=self._text(reasons) if reasons else "",
            recorded_by_id=self.staff.users[recorder].id,
        )
        self._record(decision, recorder, action, day)
        for index, login in enumerate(members):
            pro = kind in ("grant", "revoke")
            vote = (
                ("for" if pro else "against")
                if index < len(members) - 1 or len(members) < 3
                else self.rng.choice(("for", "against", "abstain"))
            )
            self._row(
                Vote, self.staff.chair, action, day,
                decision_id=decision.id, case_id=case.id,
                member_id=self.staff.users[login].id, vote=vote,
            )  # fmt: skip
        return decision
