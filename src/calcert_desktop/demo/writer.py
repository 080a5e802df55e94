"""Writing one dated demo plan as records, each attributed to who made it and when."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from calcert_desktop.demo import script
from calcert_desktop.demo.declarations import make_text
from calcert_desktop.demo.people import StaffMember, demo_staff
from calcert_desktop.domain import workflow
from calcert_desktop.domain.actions import Action as A
from calcert_desktop.domain.appointments import APPOINTED_ROLES
from calcert_desktop.domain.board import resolution_number
from calcert_desktop.domain.dates import DEFAULT_APPEAL_DAYS, deadline_for_state
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.numbering import certificate_number
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState as S
from calcert_desktop.services.admin.people import make_user
from calcert_desktop.services.process import effects
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
    team: tuple[StaffMember, ...] = ()  # the same people as ``users``, with their gender


def make_staff(rng: random.Random) -> Staff:
    """The demo's people. Their Commission roles are the Board's appointments (written by
    :mod:`demo.board`), not roles of their own."""
    users: dict[str, User] = {}
    planned: dict[str, frozenset[Role]] = {}
    team = tuple(demo_staff(rng))
    for person in team:
        planned[person.login] = frozenset(Role(r) for r in person.roles)
        user = make_user(person.login, person.full_name, planned[person.login] - APPOINTED_ROLES)
        user.id = uuid.UUID(int=rng.getrandbits(128), version=4)
        users[user.login] = user

    def having(role: Role) -> list[str]:
        return sorted(login for login, roles in planned.items() if role in roles)

    chair = "przewodniczaca" if "przewodniczaca" in users else having(Role.COMMISSION_CHAIR)[0]
    return Staff(
        users,
        having(Role.OFFICE),
        chair,
        having(Role.COMMISSION_MEMBER),
        having(Role.EXPERT),
        having(Role.BOARD_MEMBER),
        team,
    )


# Many small rows: kept as plain values, a tenth of an ORM object's cost each.
ROW_MODELS: frozenset[type[Base]] = frozenset({Assessment, Vote, VisitFinding})


class DemoRecords:
    """The demo's :class:`effects.Records`: each new record gets an id from the seeded
    generator (``first_id`` if drawn already) and the backdated context of who made it."""

    def __init__(
        self,
        writer: CaseWriter,
        login: str,
        action: str,
        day: date,
        first_id: uuid.UUID | None,
        ids: Callable[[], uuid.UUID] | None = None,
    ) -> None:
        self.writer, self.login, self.action, self.day = writer, login, action, day
        self.first_id = first_id
        self.ids = ids or writer._id

    def new(self, model: type[Base], **values: Any) -> Any:
        writer = self.writer
        values["id"] = self.first_id or self.ids()
        self.first_id = None
        if model in ROW_MODELS:
            context = writer._context(self.login, self.action, self.day)
            writer.objects.append(audit.NewRow(model, values, context))
            return None
        return writer._record(model(**values), self.login, self.action, self.day)

    def settle(self) -> None:
        """Nothing to do: the demo inserts table by table in foreign-key order."""

    def touched(self, table: str) -> None:
        """Nothing to note: the demo's records are inserted with their final values."""


class CaseWriter:
    """Turns one dated plan into records, each attributed to who made it and when."""

    def __init__(self, rng: random.Random, staff: Staff, standards: list[str], today: date) -> None:
        self.rng = rng
        self.staff = staff
        self.standards = standards
        self.today = today
        self.objects: list[Base | audit.NewRow] = []
        # The Board's resolutions draw from a generator of their own: the cases' data stay
        # what each seed has always given.
        self.board_rng = random.Random(rng.getstate()[1][0])

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

    def _records(self, login: str, action: str, day: date, pre_id: bool = False) -> DemoRecords:
        """A sink for one act; ``pre_id`` draws the first record's id now (before its texts,
        the order the seeded data has always been drawn in)."""
        return DemoRecords(self, login, action, day, self._id() if pre_id else None)

    def _id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def _text(self, kind: str, **kw: Any) -> str:
        source, extra = TEXTS[kind]
        return make_text(self.rng, source, **extra, **kw)

    def write(
        self,
        case: Case,
        plan: script.Plan,
        start: date | None,
        numbers: dict[int, tuple[int, int]] | None = None,
        certificate_seq: tuple[int, int] | None = None,
    ) -> Certificate | None:
        """Fill ``case`` and its records from ``plan`` dated from ``start`` (None: draft);
        returns the certificate issued, if any. The numbers come from the caller, given in
        date order: ``numbers`` the (year, sequence) of the Board's resolution taken at each
        event (by its index), ``certificate_seq`` the certificate's."""
        numbers = numbers or {}
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
        for index, event in enumerate(plan.events):
            day = start + timedelta(days=event.day) if start else self.today
            p = event.params
            if event.action != "assessments":
                target = workflow.check_state(A(event.action), state)
                if target != state:
                    state, since = target, day
            last = day
            match event.action:
                case A.FILE:
                    effects.file(case, day, case.reference)
                case A.REQUEST_COMPLETION:
                    sink = self._records(office, event.action, day, pre_id=True)
                    completion = effects.request_completion(
                        sink, case, day, self._text("completion_reason"),
                        day + timedelta(days=p["due_in"]),
                    )  # fmt: skip
                case A.COMPLETE:
                    effects.complete(self._records(office, event.action, day), completion, day)
                case A.ASSIGN:
                    member = staff.users[p["member"]]
                    assignments[member.login] = effects.assign(
                        self._records(staff.chair, event.action, day), case, member.id, day,
                        p["rapporteur"], assignments.values(),
                    )  # fmt: skip
                case A.DECLARE_CONFLICT:
                    effects.declare_conflict(
                        self._records(p["person"], event.action, day), case,
                        staff.users[p["person"]].id, day, self._text("conflict_reason"),
                        assignments.get(p["person"]),
                    )  # fmt: skip
                case "assessments":
                    self._assessments(case, eligible, day, p)
                case A.SCHEDULE_VISIT:
                    expert = rng.choice(staff.experts)
                    visit = effects.schedule_visit(
                        self._records(staff.chair, event.action, day), case,
                        staff.users[expert].id, day, day + timedelta(days=p["visit_in"]),
                    )  # fmt: skip
                case A.RECORD_VISIT:
                    assert visit is not None
                    self._visit_results(case, visit, day)
                case A.GRANT | A.REFUSE | A.REVOKE:
                    decision = self._decision(case, event.action, eligible, day)
                    if revocation is not None and event.action == A.REVOKE:
                        assert certificate is not None
                        sink = self._records(staff.chair, event.action, day)
                        effects.close_revocation(sink, revocation, decision, certificate)
                case A.DELIVER:
                    assert decision is not None
                    effects.deliver(self._records(office, event.action, day), decision, day)
                case A.APPEAL:
                    assert decision is not None
                    sink = self._records(office, event.action, day, pre_id=True)
                    appeal = effects.appeal(sink, case, decision, day, self._text("appeal_grounds"))
                case A.UPHOLD | A.OVERTURN:
                    assert appeal is not None
                    outcome = self._decision(case, event.action, [], day)
                    revoked = certificate if state == S.CERTIFIED else None
                    sink = self._records(staff.chair, event.action, day)
                    effects.settle_appeal(sink, appeal, outcome, revoked)
                    recorder = next(k for k, u in staff.users.items()
                                    if u.id == outcome.recorded_by_id)  # fmt: skip
                    self._resolution(case, event.action, day, numbers[index], recorder,
                                     decision=outcome)  # fmt: skip
                case A.ISSUE:
                    board = rng.choice(staff.board)
                    issued = (
                        (certificate_number(*certificate_seq), certificate_seq[1])
                        if certificate_seq else ("", 0)
                    )  # fmt: skip
                    certificate = effects.issue(
                        self._records(board, event.action, day), case, day, issued,
                        staff.users[board].id,
                    )  # fmt: skip
                    self._resolution(case, event.action, day, numbers[index], board,
                                     certificate=certificate)  # fmt: skip
                case A.OPEN_REVOCATION:
                    assert certificate is not None
                    sink = self._records(staff.chair, event.action, day, pre_id=True)
                    revocation = effects.open_revocation(
                        sink, case, certificate, day, self._text("revocation_reason")
                    )
                case A.CHARGE:
                    assert revocation is not None
                    effects.charge(
                        self._records(staff.chair, event.action, day), revocation, day,
                        self._text("charges"), day + timedelta(days=p["response_in"]),
                    )  # fmt: skip
                case A.RESPOND:
                    assert revocation is not None
                    effects.respond(
                        self._records(office, event.action, day), revocation, day,
                        self._text("charges_response"),
                    )  # fmt: skip
                case A.WITHDRAW | A.ACCEPT:
                    pass
                case _:
                    raise AssertionError(f"demo plan has no writer for {event.action}")
        if plan.final == S.EXPIRED:
            assert certificate is not None
            day = certificate.valid_until + timedelta(days=rng.randint(1, 60))
            state, since, last = workflow.check_state(A.EXPIRE, state), day, day
            effects.expire(self._records(office, A.EXPIRE, day), certificate)
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

    def _resolution(
        self,
        case: Case,
        action: str,
        day: date,
        number: tuple[int, int],
        recorder: str,
        **links: Any,
    ) -> None:
        """The Board's resolution of an act in the case: every Board member votes, now and
        then one abstains; ``number`` = (year, sequence) given in date order by the loader."""
        year, seq = number
        subject = {A.ISSUE: "issue", A.UPHOLD: "uphold", A.OVERTURN: "overturn"}[A(action)]
        certificate = links.get("certificate")
        what = {
            "issue": "Wydanie certyfikatu" + (f" nr {certificate.number}" if certificate
                                              and certificate.number else ""),
            "uphold": "Utrzymanie w mocy decyzji Komisji (odwołanie)",
            "overturn": "Uchylenie decyzji Komisji (odwołanie)",
        }[subject]  # fmt: skip
        summary = f"{what} w sprawie {case.reference} ({case.institution_name})."
        abstaining = (
            self.board_rng.choice(self.staff.board) if self.board_rng.random() < 0.15 else None
        )
        votes = [
            (self.staff.users[login].id, "abstain" if login == abstaining else "for")
            for login in self.staff.board
        ]
        sink = DemoRecords(self, recorder, action, day, None, self._board_id)
        effects.resolve(
            sink, (resolution_number(year, seq), year, seq), day, subject, summary, votes,
            self.staff.users[recorder].id, case=case, **links,
        )  # fmt: skip

    def _board_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.board_rng.getrandbits(128), version=4)

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
                effects.assess(
                    self._records(login, A.ASSESS, when), case, self.staff.users[login].id,
                    when, (code, rating, comment, ""),
                )  # fmt: skip

    def _visit_results(self, case: Case, visit: SiteVisit, day: date) -> None:
        summary = self._text("visit_summary")
        login = next(k for k, u in self.staff.users.items() if u.id == visit.expert_id)

        def findings() -> Iterator[effects.VisitFindingText]:
            # Drawn one by one as the effect writes them: the seeded order of old.
            for code in self.rng.sample(self.standards, self.rng.randint(3, len(self.standards))):
                rating = "meets" if self.rng.random() < 0.8 else "partly"
                yield effects.VisitFindingText(code, rating, self._text(
                    "visit_finding", rating=rating, standard=code))  # fmt: skip

        sink = self._records(login, A.RECORD_VISIT, day)
        effects.record_visit(sink, case, visit, day, summary, findings())

    def _decision(self, case: Case, action: str, members: list[str], day: date) -> Decision:
        kind = {A.GRANT: "grant", A.REFUSE: "refuse", A.REVOKE: "revoke",
                A.UPHOLD: "uphold", A.OVERTURN: "overturn"}[A(action)]  # fmt: skip
        board_decision = kind in ("uphold", "overturn")
        recorder = self.rng.choice(self.staff.board) if board_decision else self.staff.chair
        reasons = {
            "grant": "", "refuse": "refusal_reasons", "revoke": "revocation_reasons",
            "uphold": "appeal_upheld_reasons", "overturn": "appeal_overturned_reasons",
        }[kind]  # fmt: skip
        sink = self._records(recorder, action, day, pre_id=True)
        text = self._text(reasons) if reasons else ""

        def votes() -> Iterator[tuple[uuid.UUID, str]]:
            # Drawn one by one as the effect writes them; the chair records the votes.
            sink.login = self.staff.chair
            for index, login in enumerate(members):
                pro = kind in ("grant", "revoke")
                vote = (
                    ("for" if pro else "against")
                    if index < len(members) - 1 or len(members) < 3
                    else self.rng.choice(("for", "against", "abstain"))
                )
                yield self.staff.users[login].id, vote

        recorder_id = self.staff.users[recorder].id
        return effects.decide(sink, case, kind, day, text, recorder_id, votes())
