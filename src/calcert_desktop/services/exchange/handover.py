"""Handing cases over to a laptop (issue 19): the office makes the package, the laptop reads
it in.

What goes (data minimisation): for each case, the case's record, its declaration and the
attachments it names, and the work of *one* person: the site visit they are to make (and
its findings so far) or their assignment to assess the case and their own assessments, and
their own declared conflict of interest. No other case, no other member's assessment, no
decision, vote, document or other person's record; of the person, their login, name, roles
and appointments (their roles on the laptop come from them), never their password.

The office records what it handed and the state of the work then (``package_cases``): the
work that comes back is checked against it (services/exchange/returns.py). The laptop keeps
the same record of what was handed to it: only that work can be recorded there
(:func:`require_handed`), and a newer package for a case whose recorded work was not sent
back yet is refused, never overwriting it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain import workflow
from calcert_desktop.domain.errors import NotFound
from calcert_desktop.domain.origin import imported
from calcert_desktop.domain.roles import Role
from calcert_desktop.exchange import rows
from calcert_desktop.exchange.package import Writer
from calcert_desktop.services.changes import Changes, Done, Kind
from calcert_desktop.services.context import Actor, AppContext, writing
from calcert_desktop.services.exchange import packing
from calcert_desktop.services.exchange.packing import HANDOVER, IN, OUT, Checked, refused
from calcert_desktop.services.installation_role import REVIEW, VISIT, WORK_ACTIONS
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.storage import blobs
from calcert_desktop.storage.file_refs import attachment_hashes
from calcert_desktop.storage.models import (
    Appointment,
    Assessment,
    Assignment,
    Base,
    Case,
    Conflict,
    DeclarationText,
    Package,
    PackageCase,
    SiteVisit,
    User,
    VisitFinding,
)

CHANGED = Changes.of(Kind.CASES, Kind.HISTORY, Kind.DRAFTS, Kind.APPLICATION, Kind.COMMISSION,
                     Kind.ASSESSMENTS, Kind.VISITS, Kind.SETTINGS)  # fmt: skip


# --- the office: what each case's people have to do -------------------------------------


def work_of(session: Session, case: Case) -> dict[str, str]:
    """Who has work to take out in ``case``: login -> "visit" or "review"."""
    found: dict[str, str] = {}
    conflicted = set(session.scalars(select(User.login).join(
        Conflict, Conflict.person_id == User.id).where(Conflict.case_id == case.id)))  # fmt: skip
    if case.state in {s.value for s in workflow.REVIEWING}:
        for login in session.scalars(select(User.login).join(
                Assignment, Assignment.member_id == User.id).where(
                Assignment.case_id == case.id)):  # fmt: skip
            if login not in conflicted:
                found[login] = REVIEW
    visit = _open_visit(session, case.id)
    if visit is not None:
        expert = session.get(User, visit.expert_id)
        if expert is not None and expert.login not in conflicted:
            found[expert.login] = VISIT
    return found


def _open_visit(session: Session, case_id: uuid.UUID) -> SiteVisit | None:
    return session.scalar(select(SiteVisit).where(SiteVisit.case_id == case_id,
                                                  SiteVisit.status == "scheduled"))


def _person_for(works: list[tuple[Case, dict[str, str]]], wanted: str | None) -> str:
    if wanted:
        login = wanted.strip().lower()
        for case, work in works:
            if login not in work:
                raise refused("person_has_no_work", login=login,
                              reference=display_reference(case))  # fmt: skip
        return login
    common = set.intersection(*(set(work) for _case, work in works))
    for case, work in works:
        if not work:
            raise refused("no_work", reference=display_reference(case))
    if len(common) != 1:
        every = sorted(set().union(*(set(work) for _case, work in works)))
        raise refused("person_ambiguous", logins=", ".join(every))
    return common.pop()


def _state(session: Session, case_id: uuid.UUID, person_id: uuid.UUID,
           visit: SiteVisit | None) -> dict[str, Any]:  # fmt: skip
    """The state of one person's work in a case (the row versions of the visit and of
    their assessments, whether they declared a conflict)."""
    rated = session.scalars(select(Assessment).where(
        Assessment.case_id == case_id, Assessment.member_id == person_id)).all()  # fmt: skip
    conflict = session.scalar(select(Conflict.id).where(
        Conflict.case_id == case_id, Conflict.person_id == person_id))  # fmt: skip
    return _state_of(visit, rated, conflict is not None)


def _base(session: Session, case_id: uuid.UUID, person_id: uuid.UUID, work: str
          ) -> dict[str, Any]:  # fmt: skip
    """The state of the work when handed: what comes back is checked against it."""
    visit = _open_visit(session, case_id) if work == VISIT else None
    return _state(session, case_id, person_id, visit)


def current_base(session: Session, handed: PackageCase, person_id: uuid.UUID
                 ) -> dict[str, Any]:  # fmt: skip
    """The state now of the work ``handed`` handed over (the same visit, by its id)."""
    prior = json.loads(handed.base)
    visit = None
    if prior.get("visit"):
        visit = session.get(SiteVisit, uuid.UUID(hex=prior["visit"]["id"]))
    return _state(session, handed.case_id, person_id, visit)


def _case_json(session: Session, case: Case, person: User, work: str, writer: Writer
               ) -> dict[str, Any]:  # fmt: skip
    declaration = session.get(DeclarationText, case.id)
    assert declaration is not None
    for digest in sorted(attachment_hashes(json.loads(declaration.body))):
        if blobs.exists(session, digest):
            writer.add_file(blobs.read(session, digest))
    visit = _open_visit(session, case.id) if work == VISIT else None
    findings = [] if visit is None else list(session.scalars(
        select(VisitFinding).where(VisitFinding.visit_id == visit.id)))  # fmt: skip
    assignment = session.scalar(select(Assignment).where(
        Assignment.case_id == case.id, Assignment.member_id == person.id))  # fmt: skip
    assessments = session.scalars(select(Assessment).where(
        Assessment.case_id == case.id, Assessment.member_id == person.id))  # fmt: skip
    conflict = session.scalar(select(Conflict).where(
        Conflict.case_id == case.id, Conflict.person_id == person.id))  # fmt: skip
    return {
        "work": work,
        "case": rows.dump(case),
        "declaration": rows.dump(declaration),
        "visit": None if visit is None else rows.dump(visit),
        "findings": [rows.dump(f) for f in findings],
        "assignment": None if assignment is None or work != REVIEW else rows.dump(assignment),
        "assessments": [rows.dump(a) for a in assessments] if work == REVIEW else [],
        "conflict": None if conflict is None else rows.dump(conflict),
    }


def make(
    ctx: AppContext,
    actor: Actor,
    references: Sequence[str],
    to: str,
    target: Path,
    for_login: str | None = None,
) -> Done:
    """Hand the cases ``references`` to the laptop ``to`` (its name or key id) in a package
    written to ``target``: the work of ``for_login`` (by default the one person with work
    in every one of them). The office's staff and administrators."""
    actor.require(Role.OFFICE, Role.ADMIN)
    if not references:
        raise refused("no_cases")
    written = False
    try:
        with writing(ctx, actor, "package-handover") as session:
            keys = packing.own_keys(session)
            recipient = packing.peer(session, to)
            cases = []
            for reference in references:
                case = find_case(session, reference)
                if case.id not in {c.id for c in cases}:
                    cases.append(case)
            works = [(case, work_of(session, case)) for case in cases]
            login = _person_for(works, for_login)
            person = session.scalar(select(User).where(User.login == login))
            if person is None:
                raise NotFound("lookup.user", "for", login=login)
            made_at = ctx.now()
            sequence = packing.next_sequence(session, recipient.key_id)
            bases = {case.id: _base(session, case.id, person.id, work[login])
                     for case, work in works}  # fmt: skip

            def fill(writer: Writer) -> dict[str, Any]:
                return {
                    "kind": HANDOVER,
                    "made_by": {"login": actor.login, "full_name": actor.full_name},
                    "person": _person_json(session, person),
                    "cases": [_case_json(session, case, person, work[login], writer)
                              for case, work in works],
                }  # fmt: skip

            package_id, sha256 = packing.write(target, keys, recipient, kind=HANDOVER,
                                               sequence=sequence, made_at=made_at,
                                               fill=fill)  # fmt: skip
            written = True
            packing.record(session, id=package_id, direction=OUT,
                           peer_key_id=recipient.key_id, sequence=sequence, kind=HANDOVER,
                           made_at=made_at, person_login=actor.login, cases=len(cases),
                           file_sha256=sha256, recorded_at=made_at)  # fmt: skip
            session.flush()
            for case, work in works:
                session.add(PackageCase(package_id=package_id, case_id=case.id,
                                        person_login=login, work=work[login],
                                        base=packing.base_json(bases[case.id])))  # fmt: skip
            numbers = ", ".join(display_reference(case) for case in cases)
            name = recipient.name
    except BaseException:
        if written:
            target.unlink(missing_ok=True)  # the office would not know what it handed
        raise
    return Done(f"Zapisano paczkę dla „{name}” (nr {sequence}; {login}; sprawy: {numbers}): "
                f"{target}", Changes.of(Kind.HISTORY))  # fmt: skip


def _person_json(session: Session, person: User) -> dict[str, Any]:
    terms = session.scalars(select(Appointment).where(Appointment.person_id == person.id))
    return {
        "user": rows.dump(person),
        "appointments": [rows.dump(term) for term in terms],
    }


# --- the laptop: reading a handover ------------------------------------------------------


def _bad() -> Exception:
    return refused("bad_data")


def _local_user(session: Session, given: dict[str, Any]) -> tuple[User, dict[uuid.UUID, uuid.UUID]]:
    """The laptop's account of the handed person (matched by login; made, without a
    password, when missing) and the office's id of them mapped to it."""
    values = rows.load(User, given)
    user = session.scalar(select(User).where(User.login == values["login"]))
    if user is None:
        values["roles"] = ",".join(sorted({Role.EXPERT.value} & set(values["roles"].split(","))))
        user = User(**{k: v for k, v in values.items() if k != "row_version"})
        session.add(user)
        session.flush()
    else:
        user.full_name = values["full_name"]
        mine = {r for r in user.roles.split(",") if r}
        if Role.EXPERT.value in values["roles"].split(","):
            mine.add(Role.EXPERT.value)
        user.roles = ",".join(sorted(mine))
    return user, {values["id"]: user.id}


def _changed_since(session: Session, handed: PackageCase, person_id: uuid.UUID) -> bool:
    """Whether the work handed with ``handed`` changed on this laptop since it was handed
    or last sent back."""
    base = json.loads(handed.base)
    return current_base(session, handed, person_id) != base.get("sent", base)


def apply(ctx: AppContext, actor: Actor, checked: Checked) -> Done:
    """Read a checked handover into this laptop, in one transaction."""
    m = checked.opened.manifest
    if checked.already_at is not None:
        return packing.already_read(checked.already_at)
    data = checked.data
    try:
        person = data["person"]
        items = list(data["cases"])
        made_by = str(data["made_by"]["login"])
    except (KeyError, TypeError):
        raise _bad() from None
    with writing(ctx, actor, imported(m.package_id, "handover")) as session:
        try:
            user, ids = _local_user(session, person["user"])
            for term in person["appointments"]:
                values = rows.load(Appointment, term)
                values.update(person_id=user.id, basis="handed", resolution_id=None,
                              ended_by_id=None)  # fmt: skip
                rows.place(session, Appointment, values)
            packing.record(session, id=m.package_id, direction=IN,
                           peer_key_id=checked.sender_key, sequence=m.sequence,
                           kind=HANDOVER, made_at=m.made_at, person_login=made_by,
                           cases=len(items), file_sha256=checked.opened.file_sha256,
                           recorded_at=ctx.now())  # fmt: skip
            cases = [_HandedCase.read(item, ids) for item in items]
            references = _place(session, checked, cases, user, m.package_id)
        except (rows.BadRow, KeyError, TypeError, ValueError):
            raise _bad() from None
    return Done(f"Wczytano paczkę z biura „{checked.sender_name}” (nr {m.sequence}): "
                f"{', '.join(references)} — praca: {user.full_name}.", CHANGED)  # fmt: skip


@dataclass
class _HandedCase:
    """One case of a handover, read and checked: its records' values, by table."""

    work: str
    case: dict[str, Any]
    declaration: dict[str, Any]
    work_rows: list[tuple[type[Base], dict[str, Any]]]  # the visit first, then the rest

    @property
    def case_id(self) -> uuid.UUID:
        return self.case["id"]

    @classmethod
    def read(cls, item: dict[str, Any], ids: dict[uuid.UUID, uuid.UUID]) -> _HandedCase:
        work = item["work"]
        if work not in WORK_ACTIONS:
            raise ValueError("work")
        case = rows.load(Case, item["case"])
        case["renews_case_id"] = None  # that case is not handed over
        case["rapporteur_id"] = ids.get(case["rapporteur_id"]) if case["rapporteur_id"] \
            else None  # fmt: skip
        declaration = rows.load(DeclarationText, item["declaration"])
        if declaration["case_id"] != case["id"]:
            raise ValueError("declaration")

        def mine(model: type[Base], given: Any, *person_columns: str) -> dict[str, Any]:
            found = rows.load(model, given)
            if found["case_id"] != case["id"]:
                raise ValueError("another case")
            for column in person_columns:
                if found[column] not in ids:
                    raise ValueError("another person")
                found[column] = ids[found[column]]
            return found

        found: list[tuple[type[Base], dict[str, Any]]] = []
        if item["visit"] is not None:
            found.append((SiteVisit, mine(SiteVisit, item["visit"], "expert_id")))
            found += [(VisitFinding, mine(VisitFinding, f)) for f in item["findings"]]
        if item["assignment"] is not None:
            found.append((Assignment, mine(Assignment, item["assignment"], "member_id")))
        found += [(Assessment, mine(Assessment, a, "member_id")) for a in item["assessments"]]
        if item["conflict"] is not None:
            found.append((Conflict, mine(Conflict, item["conflict"], "person_id")))
        return cls(work, case, declaration, found)


def _place(session: Session, checked: Checked, cases: list[_HandedCase], user: User,
           package_id: uuid.UUID) -> list[str]:  # fmt: skip
    """Every case of the package into this laptop's database, table by table (a few
    flushes for the whole package, not several per case)."""
    wanted = [c.case_id for c in cases]
    known: set[uuid.UUID] = set()
    for start in range(0, len(wanted), 500):
        known |= set(session.scalars(select(Case.id).where(
            Case.id.in_(wanted[start:start + 500]))))  # fmt: skip
    latest = handed_to(session) if known else {}  # each case's last handing here
    for case_id in known:
        handed = latest.get(case_id)
        if handed is not None and handed.person_login == user.login and \
                _changed_since(session, handed, user.id):  # fmt: skip
            case = session.get(Case, case_id)
            raise refused("unsent_work", reference=display_reference(case) if case else "—")
    placed: dict[uuid.UUID, Case] = {}
    for item in cases:
        fresh = item.case_id not in known
        placed[item.case_id] = rows.place(session, Case, item.case, fresh=fresh)
        rows.place(session, DeclarationText, item.declaration, fresh=fresh)
    session.flush()
    digests = sorted({d for item in cases for d in attachment_hashes(
        json.loads(item.declaration["body"]))})  # fmt: skip
    for start in range(0, len(digests), 100):  # a few MB in memory at a time
        contents = []
        for digest in digests[start:start + 100]:
            try:
                contents.append(checked.opened.file(digest))
            except packing.PackageRefused as error:
                if error.code != "package.missing_file":
                    raise
                # the office did not hold it either (a name from paper)
        blobs.put_many(session, contents)
    work_objects: dict[uuid.UUID, list[Base]] = {}
    for item in cases:
        fresh = item.case_id not in known
        for model, values in item.work_rows:
            if model is SiteVisit and not fresh:
                session.flush()  # its findings name it
            work_objects.setdefault(item.case_id, []).append(
                rows.place(session, model, values, fresh=fresh))  # fmt: skip
    session.flush()
    for item in cases:
        objects = work_objects.get(item.case_id, [])
        visit = next((o for o in objects if isinstance(o, SiteVisit)), None)
        if item.case_id in known:
            base = _base(session, item.case_id, user.id, item.work)
        else:  # what was just written, without reading it back
            base = _state_of(visit if item.work == VISIT else None, [
                o for o in objects if isinstance(o, Assessment)],
                any(isinstance(o, Conflict) for o in objects))  # fmt: skip
        session.add(PackageCase(package_id=package_id, case_id=item.case_id,
                                person_login=user.login, work=item.work,
                                base=packing.base_json(base)))  # fmt: skip
    return [display_reference(placed[item.case_id]) for item in cases]


def _state_of(visit: SiteVisit | None, assessments: Sequence[Assessment], conflict: bool
              ) -> dict[str, Any]:  # fmt: skip
    """:func:`_state` of records at hand (flushed: their row versions are set)."""
    return {
        "visit": None if visit is None else
        {"id": visit.id.hex, "version": visit.row_version, "status": visit.status},
        "assessments": {a.standard: a.row_version for a in assessments},
        "conflict": conflict,
    }  # fmt: skip


def handed_to(session: Session) -> dict[uuid.UUID, PackageCase]:
    """On a laptop: each handed case's latest handing (case id -> its record)."""
    found: dict[uuid.UUID, PackageCase] = {}
    for row in session.scalars(
        select(PackageCase).join(Package, Package.id == PackageCase.package_id)
        .where(Package.direction == IN).order_by(Package.sequence)
    ):  # fmt: skip
        found[row.case_id] = row
    return found

