"""The work a laptop sends back (issue 19): the laptop makes the return package, the office
reads it in.

What goes back is what the laptop's person recorded of the work handed to them, measured
against what was handed: the site visit's results, their assessments, their declared
conflict of interest. The office replays each as the action it is (recording the visit,
assessing a standard, declaring a conflict), by that person, on the day they did it, so the
process's rules and effects are the same as at the office and the history names the person
with the package it came in (domain/origin.py).

Each change is first weighed against the office's own record of what it handed:

- *bez zmian*: the office already has exactly this (a package read twice, or sent twice);
- *nowe*: the office's record is as handed: the change is made;
- *konflikt*: someone changed the record at the office since: both versions are shown and a
  person chooses (``office`` keeps the office's, ``laptop`` takes the laptop's);
- *odrzucone*: the process refuses it now (the case has moved on): only ``office`` resolves it.

A dry run makes the same list and writes nothing; a real import applies all of it in one
transaction, or nothing while any conflict or refusal is unresolved."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.case_labels import RATINGS
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.origin import imported
from calcert_desktop.domain.roles import Role
from calcert_desktop.exchange.package import Writer
from calcert_desktop.services.appointments import roles_on
from calcert_desktop.services.changes import Changes, Done, Kind
from calcert_desktop.services.context import Actor, AppContext, actor_from_user, writing
from calcert_desktop.services.exchange import handover, packing
from calcert_desktop.services.exchange.packing import IN, OUT, RETURN, Checked, refused
from calcert_desktop.services.lookup import display_reference
from calcert_desktop.storage import blobs
from calcert_desktop.storage.audit import AUDIT_KEY, AuditContext
from calcert_desktop.storage.file_refs import evidence_of
from calcert_desktop.storage.models import (
    Assessment,
    Case,
    Conflict,
    Package,
    PackageCase,
    SiteVisit,
    User,
    VisitFinding,
)

NEW, SAME, CONFLICT, REFUSED = "new", "same", "conflict", "refused"
STATUS_LABELS = {NEW: "nowe", SAME: "bez zmian", CONFLICT: "konflikt", REFUSED: "odrzucone"}
OFFICE, LAPTOP = "office", "laptop"
RESOLUTION_WORDS = {"biuro": OFFICE, "office": OFFICE, "laptop": LAPTOP}
CHANGED = Changes.of(Kind.CASES, Kind.HISTORY, Kind.DRAFTS, Kind.COMMISSION, Kind.ASSESSMENTS,
                     Kind.VISITS, all_cases=True)  # fmt: skip


# --- the laptop: making the return --------------------------------------------------------


def _visit_json(session: Session, visit: SiteVisit) -> dict[str, Any]:
    findings = session.scalars(select(VisitFinding).where(VisitFinding.visit_id == visit.id)
                               .order_by(VisitFinding.standard))  # fmt: skip
    return {"id": visit.id.hex, "visited_on": visit.visited_on.isoformat() if visit.visited_on
            else None, "summary": visit.summary, "representative": visit.representative,
            "acknowledged": visit.acknowledged, "remarks": visit.remarks,
            "findings": [[f.standard, f.rating, f.finding, f.observations,
                          evidence_of(f.evidence)] for f in findings]}  # fmt: skip


def _work_json(session: Session, handed: PackageCase, person: User) -> dict[str, Any] | None:
    """What the person recorded of the handed work since it was handed (None: nothing)."""
    base = json.loads(handed.base)
    found: dict[str, Any] = {"visit": None, "assessments": [], "conflict": None}
    if base["visit"] is not None:
        visit = session.get(SiteVisit, uuid.UUID(hex=base["visit"]["id"]))
        if visit is not None and visit.status == "done" and \
                visit.row_version != base["visit"]["version"]:  # fmt: skip
            found["visit"] = _visit_json(session, visit)
    for row in session.scalars(select(Assessment).where(
            Assessment.case_id == handed.case_id, Assessment.member_id == person.id)
            .order_by(Assessment.standard)):  # fmt: skip
        if base["assessments"].get(row.standard) != row.row_version:
            found["assessments"].append({
                "standard": row.standard, "rating": row.rating, "comment": row.comment,
                "evidence": row.evidence, "assessed_on": row.assessed_on.isoformat()})
    conflict = session.scalar(select(Conflict).where(
        Conflict.case_id == handed.case_id, Conflict.person_id == person.id))  # fmt: skip
    if conflict is not None and not base["conflict"]:
        found["conflict"] = {"declared_on": conflict.declared_on.isoformat(),
                             "reason": conflict.reason}  # fmt: skip
    if found["visit"] is None and not found["assessments"] and found["conflict"] is None:
        return None
    return found


def make(ctx: AppContext, actor: Actor, references: Sequence[str], to: str, target: Path
         ) -> Done:  # fmt: skip
    """Send back the work recorded on this laptop in the cases ``references`` (all handed
    cases with recorded work when none is named) to the office ``to``, in a package written
    to ``target``. The person whose work it is, or an administrator."""
    written = False
    try:
        with writing(ctx, actor, "package-return") as session:
            keys = packing.own_keys(session)
            recipient = packing.peer(session, to)
            handed = handover.handed_to(session)
            chosen = _chosen(session, handed, references)
            cases: list[dict[str, Any]] = []
            sent: list[tuple[PackageCase, User]] = []
            for handed_case in chosen:
                person = session.scalar(select(User).where(
                    User.login == handed_case.person_login))  # fmt: skip
                if person is None:
                    continue
                if actor.login != person.login:
                    actor.require(Role.ADMIN)
                work = _work_json(session, handed_case, person)
                case = session.get(Case, handed_case.case_id)
                if work is None or case is None:
                    continue
                cases.append({"case_id": case.id.hex, "reference": display_reference(case),
                              "handover": handed_case.package_id.hex,
                              "person": person.login, **work})  # fmt: skip
                sent.append((handed_case, person))
            if not cases:
                names = ", ".join(_reference(session, h.case_id) for h in chosen) or "—"
                raise refused("nothing_to_return", references=names)
            made_at = ctx.now()
            sequence = packing.next_sequence(session, recipient.key_id)
            data = {"kind": RETURN, "made_by": {"login": actor.login,
                                                "full_name": actor.full_name},
                    "cases": cases}  # fmt: skip

            def fill(writer: Writer) -> dict[str, Any]:
                for entry in cases:  # the evidence files and photos of the visits
                    for finding in (entry["visit"] or {}).get("findings", []):
                        for item in finding[4]:
                            writer.add_file(blobs.read(session, item["sha256"]))
                return data

            package_id, sha256 = packing.write(target, keys, recipient, kind=RETURN,
                                               sequence=sequence, made_at=made_at,
                                               fill=fill)  # fmt: skip
            written = True
            packing.record(session, id=package_id, direction=OUT,
                           peer_key_id=recipient.key_id, sequence=sequence, kind=RETURN,
                           made_at=made_at, person_login=actor.login, cases=len(cases),
                           file_sha256=sha256, recorded_at=made_at)  # fmt: skip
            for handed_case, person in sent:  # what is sent is no longer "unsent"
                base = json.loads(handed_case.base)
                base["sent"] = handover.current_base(session, handed_case, person.id)
                handed_case.base = packing.base_json(base)
            numbers = ", ".join(str(c["reference"]) for c in cases)
    except BaseException:
        if written:
            target.unlink(missing_ok=True)
        raise
    return Done(f"Zapisano paczkę zwrotną dla „{recipient.name}” (nr {sequence}; sprawy: "
                f"{numbers}): {target}", Changes.of(Kind.HISTORY))  # fmt: skip


def _reference(session: Session, case_id: uuid.UUID) -> str:
    case = session.get(Case, case_id)
    return display_reference(case) if case is not None else case_id.hex


def _chosen(session: Session, handed: Mapping[uuid.UUID, PackageCase],
            references: Sequence[str]) -> list[PackageCase]:  # fmt: skip
    if not references:
        return list(handed.values())
    from calcert_desktop.services.lookup import find_case

    chosen = []
    for reference in references:
        case = find_case(session, reference)
        if case.id not in handed:
            raise refused("not_handed", reference=display_reference(case))
        chosen.append(handed[case.id])
    return chosen


# --- the office: reading a return ---------------------------------------------------------


@dataclass
class Item:
    """One change a return package brings, as the office weighs it."""

    number: int
    reference: str
    what: str  # in Polish
    status: str
    office: str  # the office's version, in Polish ("" when it has none)
    laptop: str  # the laptop's version, in Polish
    reason: str = ""  # why the process refuses it
    resolution: str = ""  # "office" / "laptop" once chosen

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass
class Plan:
    """What a return package would change at the office."""

    package_id: uuid.UUID
    sender: str
    sequence: int
    made_by: str
    items: list[Item] = field(default_factory=list)
    already: bool = False

    @property
    def open_items(self) -> list[Item]:
        """Conflicts and refusals without a resolution."""
        return [i for i in self.items if i.status in (CONFLICT, REFUSED) and not i.resolution]


class Unresolved(packing.PackageRefused):
    """A return not applied: some of its changes need a person's choice."""

    def __init__(self, plan: Plan) -> None:
        super().__init__("package.unresolved", None, count=len(plan.open_items))
        self.plan = plan


class _DryRun(Exception):
    def __init__(self, plan: Plan) -> None:
        super().__init__("dry run")
        self.plan = plan


def parse_resolutions(texts: Sequence[str]) -> dict[str, str]:
    """``NR=biuro|laptop`` (or ``all=…``) as {"3": "office", "all": "laptop"}."""
    found: dict[str, str] = {}
    for text in texts:
        number, _, word = text.partition("=")
        key, choice = number.strip().lower(), RESOLUTION_WORDS.get(word.strip().lower())
        if choice is None or not (key == "all" or key.isdigit()):
            raise DomainError("package.bad_resolution", "resolve", value=text)
        found["all" if key == "all" else str(int(key))] = choice
    return found


def _date(text: Any) -> date:
    return date.fromisoformat(str(text))


def _findings_text(findings: Sequence[Sequence[Any]]) -> str:
    return "; ".join(f"{f[0]}: {RATINGS.get(f[1], f[1])}" + (f" — {f[2]}" if f[2] else "")
                     for f in findings)  # fmt: skip


def _visit_text(session: Session, visit: SiteVisit | None) -> str:
    if visit is None:
        return ""
    if visit.status == "cancelled":
        return f"odwołana: {visit.cancel_reason}"
    if visit.status != "done":
        return f"zaplanowana na {visit.planned_for:%d.%m.%Y}, bez wyników"
    found = _visit_json(session, visit)
    return (f"wizytacja {visit.visited_on:%d.%m.%Y}: {visit.summary}"
            f" [{_findings_text(found['findings'])}]")  # fmt: skip


def _assessment_text(rating: str, comment: str, evidence: str) -> str:
    text = RATINGS.get(rating, rating)
    return text + (f" — {comment}" if comment else "") + (f" (dowody: {evidence})" if evidence
                                                          else "")  # fmt: skip


class _Weigher:
    """Weighs and applies the changes of one return, inside one transaction."""

    def __init__(self, session: Session, ctx: AppContext, checked: Checked,
                 resolutions: Mapping[str, str]) -> None:  # fmt: skip
        self.session, self.ctx, self.checked = session, ctx, checked
        self.resolutions = resolutions
        self.package_id = checked.opened.manifest.package_id
        self.items: list[Item] = []
        self.touched: list[tuple[PackageCase, uuid.UUID]] = []

    def _item(self, case: Case, what: str, status: str, office: str, laptop: str) -> Item:
        item = Item(len(self.items) + 1, display_reference(case), what, status, office, laptop)
        if status in (CONFLICT, REFUSED):
            item.resolution = self.resolutions.get(str(item.number),
                                                   self.resolutions.get("all", ""))
        self.items.append(item)
        return item

    def _as(self, person: User, what: str, on: date) -> Actor:
        self.session.info[AUDIT_KEY] = AuditContext(person.id, person.login,
                                                    imported(self.package_id, what))
        return actor_from_user(person, roles_on(self.session, person, on))

    def _perform(self, item: Item, case: Case, person: User, action: Action, on: date,
                 params: dict[str, Any]) -> bool:  # fmt: skip
        """Run the action in a savepoint: True when done, else the item is refused."""
        from calcert_desktop.services.process.perform import run_in

        actor = self._as(person, action.value, on)
        savepoint = self.session.begin_nested()
        try:
            run_in(self.session, self.ctx, actor, case, action, on, params)
            self.session.flush()
        except DomainError as error:
            savepoint.rollback()
            item.status, item.reason = REFUSED, error.message
            item.resolution = self.resolutions.get(str(item.number),
                                                   self.resolutions.get("all", ""))
            return False
        savepoint.commit()
        return True

    def case(self, entry: Mapping[str, Any], sender_key: str) -> None:
        try:
            handover_id = uuid.UUID(hex=str(entry["handover"]))
            case_id = uuid.UUID(hex=str(entry["case_id"]))
            login = str(entry["person"])
        except (KeyError, ValueError):
            raise refused("bad_data") from None
        handed = self.session.get(PackageCase, (handover_id, case_id))
        sent = self.session.get(Package, handover_id)
        if handed is None or sent is None or sent.direction != OUT or \
                sent.peer_key_id != sender_key or handed.person_login != login:  # fmt: skip
            raise refused("unknown_reply")
        person = self.session.scalar(select(User).where(User.login == login))
        case = self.session.get(Case, case_id, with_for_update=True)
        if person is None or case is None:
            raise refused("unknown_person", login=login)
        base = json.loads(handed.base)
        try:
            if entry.get("visit") is not None:
                self._visit(case, person, base, entry["visit"])
            for given in entry.get("assessments") or []:
                self._assessment(case, person, base, given)
            if entry.get("conflict") is not None:
                self._conflict(case, person, entry["conflict"])
        except (KeyError, TypeError, ValueError):
            raise refused("bad_data") from None
        self.touched.append((handed, person.id))

    def _visit(self, case: Case, person: User, base: Mapping[str, Any],
               given: Mapping[str, Any]) -> None:  # fmt: skip
        if base["visit"] is None or given["id"] != base["visit"]["id"]:
            raise ValueError("not the handed visit")
        visit = self.session.get(SiteVisit, uuid.UUID(hex=base["visit"]["id"]))
        on, summary = _date(given["visited_on"]), str(given["summary"])
        who, acknowledged = str(given["representative"]), bool(given["acknowledged"])
        remarks = str(given["remarks"])
        findings = [(str(s), str(r), str(t), str(o), evidence_of(json.dumps(e)))
                    for s, r, t, o, e in given["findings"]]  # fmt: skip
        laptop = (f"wizytacja {on:%d.%m.%Y}: {summary} [{_findings_text(findings)}]")
        office = _visit_text(self.session, visit)
        theirs = {**given, "findings": [list(f) for f in findings]}
        if visit is not None and visit.status == "done" and \
                _visit_json(self.session, visit) == theirs:  # fmt: skip
            self._item(case, "wyniki wizytacji", SAME, office, laptop)
            return
        for *_rest, evidence in findings:  # the files come with the package
            for item in evidence:
                blobs.put(self.session, self.checked.opened.file(item["sha256"]))
        params = {"summary": summary, "representative": who, "acknowledged": acknowledged,
                  "remarks": remarks,
                  "findings": {s: (r, t, o, json.dumps(e, ensure_ascii=False) if e else "")
                               for s, r, t, o, e in findings}}  # fmt: skip
        unchanged = visit is not None and visit.row_version == base["visit"]["version"]
        item = self._item(case, "wyniki wizytacji", NEW if unchanged else CONFLICT, office,
                          laptop)  # fmt: skip
        if unchanged:
            self._perform(item, case, person, Action.RECORD_VISIT, on, params)
        elif item.resolution == LAPTOP and visit is not None:
            if visit.status == "scheduled":
                if not self._perform(item, case, person, Action.RECORD_VISIT, on, params):
                    raise DomainError("package.cannot_take_laptop", None, number=item.number,
                                      reason=item.reason)  # fmt: skip
                return
            self._as(person, Action.RECORD_VISIT.value, on)
            visit.status, visit.visited_on, visit.summary = "done", on, summary
            visit.representative, visit.acknowledged, visit.remarks = who, acknowledged, remarks
            self.session.execute(delete(VisitFinding).where(VisitFinding.visit_id == visit.id))
            for standard, (rating, text, seen, evidence) in params["findings"].items():
                self.session.add(VisitFinding(visit_id=visit.id, case_id=case.id,
                                              standard=standard, rating=rating, finding=text,
                                              observations=seen, evidence=evidence))
            self.session.flush()

    def _assessment(self, case: Case, person: User, base: Mapping[str, Any],
                    given: Mapping[str, Any]) -> None:  # fmt: skip
        standard = str(given["standard"]).upper()
        rating, comment = str(given["rating"]), str(given["comment"])
        evidence, on = str(given["evidence"]), _date(given["assessed_on"])
        row = self.session.scalar(select(Assessment).where(
            Assessment.case_id == case.id, Assessment.member_id == person.id,
            Assessment.standard == standard))  # fmt: skip
        what = f"ocena standardu {standard}"
        laptop = _assessment_text(rating, comment, evidence)
        office = "" if row is None else _assessment_text(row.rating, row.comment, row.evidence)
        if row is not None and (row.rating, row.comment, row.evidence) == (rating, comment,
                                                                           evidence):
            self._item(case, what, SAME, office, laptop)
            return
        was = base["assessments"].get(standard)
        unchanged = (row is None and was is None) or (row is not None and row.row_version == was)
        item = self._item(case, what, NEW if unchanged else CONFLICT, office, laptop)
        if unchanged or item.resolution == LAPTOP:
            params = {"standard": standard, "rating": rating, "comment": comment,
                      "evidence": evidence}  # fmt: skip
            done = self._perform(item, case, person, Action.ASSESS, on, params)
            if not done and not unchanged:
                raise DomainError("package.cannot_take_laptop", None, number=item.number,
                                  reason=item.reason)  # fmt: skip

    def _conflict(self, case: Case, person: User, given: Mapping[str, Any]) -> None:
        on, reason = _date(given["declared_on"]), str(given["reason"])
        row = self.session.scalar(select(Conflict).where(
            Conflict.case_id == case.id, Conflict.person_id == person.id))  # fmt: skip
        what = "konflikt interesów"
        laptop = f"zgłoszony {on:%d.%m.%Y}: {reason}"
        office = "" if row is None else f"zgłoszony {row.declared_on:%d.%m.%Y}: {row.reason}"
        if row is not None and row.reason == reason:
            self._item(case, what, SAME, office, laptop)
            return
        item = self._item(case, what, NEW if row is None else CONFLICT, office, laptop)
        if row is None:
            self._perform(item, case, person, Action.DECLARE_CONFLICT, on,
                          {"person": person.login, "reason": reason})  # fmt: skip
        elif item.resolution == LAPTOP:
            self._as(person, Action.DECLARE_CONFLICT.value, on)
            row.reason, row.declared_on = reason, on
            self.session.flush()


def apply(
    ctx: AppContext,
    actor: Actor,
    checked: Checked,
    *,
    dry_run: bool = False,
    resolutions: Mapping[str, str] | None = None,
) -> tuple[Plan, Done]:
    """Weigh a checked return's changes and (unless ``dry_run``) apply all of them in one
    transaction: :class:`Unresolved` (nothing written) while a conflict or refusal has no
    resolution. The office's staff and administrators."""
    actor.require(Role.OFFICE, Role.ADMIN)
    m = checked.opened.manifest
    data = checked.data
    try:
        entries = list(data["cases"])
        made_by = str(data["made_by"]["login"])
    except (KeyError, TypeError):
        raise refused("bad_data") from None
    plan = Plan(m.package_id, checked.sender_name, m.sequence, made_by)
    if checked.already_at is not None:
        plan.already = True
        return plan, packing.already_read(checked.already_at)
    try:
        with writing(ctx, actor, imported(m.package_id, "return")) as session:
            own = session.info[AUDIT_KEY]
            weigher = _Weigher(session, ctx, checked, resolutions or {})
            for entry in entries:
                if not isinstance(entry, Mapping):
                    raise refused("bad_data")
                weigher.case(entry, checked.sender_key)
            plan.items = weigher.items
            if dry_run:
                raise _DryRun(plan)
            if plan.open_items:
                raise Unresolved(plan)
            session.info[AUDIT_KEY] = own
            packing.record(session, id=m.package_id, direction=IN,
                           peer_key_id=checked.sender_key, sequence=m.sequence,
                           kind=RETURN, made_at=m.made_at, person_login=made_by,
                           cases=len(entries), file_sha256=checked.opened.file_sha256,
                           recorded_at=ctx.now())  # fmt: skip
            for handed, person_id in weigher.touched:  # what comes next is weighed from here
                handed.base = packing.base_json(
                    handover.current_base(session, handed, person_id))
    except _DryRun as done:
        counts = _counts(done.plan)
        return done.plan, Done(f"Próba: paczka z „{plan.sender}” (nr {plan.sequence}) — "
                               f"{counts}. Nic nie zapisano.", Changes())  # fmt: skip
    return plan, Done(f"Wczytano paczkę z „{plan.sender}” (nr {plan.sequence}) — "
                      f"{_counts(plan)}.", CHANGED)  # fmt: skip


def _counts(plan: Plan) -> str:
    counted = {s: sum(1 for i in plan.items if i.status == s) for s in STATUS_LABELS}
    return ", ".join(f"{STATUS_LABELS[s]}: {n}" for s, n in counted.items() if n) or \
        "brak zmian"  # fmt: skip
