"""Drafts of the application form: saved as typed, never lost, audited only when they change."""

from __future__ import annotations

import copy
import itertools
import json
import uuid
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select, update

from calcert_desktop.domain.declaration import Declaration
from calcert_desktop.domain.errors import (
    NotFound,
    PermissionDenied,
    TransitionRefused,
    ValidationError,
    ValidationErrors,
)
from calcert_desktop.domain.forms import forms_dir
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.applications import drafts
from calcert_desktop.services.context import Actor, AppContext, reading, resolve_actor
from calcert_desktop.services.process import perform
from calcert_desktop.storage.models import AuditEntry, Case, DeclarationText
from calcert_desktop.storage.verify import verify

EXAMPLE = forms_dir() / "examples" / "declaration-example.json"
RECEIVED = date(2025, 4, 1)


def reader(ctx: AppContext) -> Actor:
    """The office, who reads and writes drafts."""
    return resolve_actor(ctx, "biuro")




@pytest.fixture
def office(ctx: AppContext) -> Actor:
    return resolve_actor(ctx, "biuro")


@pytest.fixture
def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def audit_count(ctx: AppContext) -> int:
    with reading(ctx) as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def case_count(ctx: AppContext) -> int:
    with reading(ctx) as session:
        return session.scalar(select(func.count()).select_from(Case)) or 0


def case_id_of(ctx: AppContext, reference: str) -> uuid.UUID:
    with reading(ctx) as session:
        case_id = session.scalar(select(Case.id).where(Case.draft_code == reference))
    assert case_id is not None
    return case_id


def entries_of(ctx: AppContext, case_id: uuid.UUID) -> list[tuple[str, str, str]]:
    """(action, entity, operation) of the case's audit entries, oldest first (each
    transaction's entries sorted: the order within one flush is the unit of work's)."""
    with reading(ctx) as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.operation)
            .where(AuditEntry.case_id == case_id)
            .order_by(AuditEntry.at, AuditEntry.action, AuditEntry.entity)
        )
        return [(action, entity, operation) for action, entity, operation in rows]


def database_is_sound(ctx: AppContext) -> bool:
    with reading(ctx) as session:
        report = verify(session)
    assert report.ok, report
    return report.ok


def file_draft(ctx: AppContext, office: Actor, example: dict[str, Any]) -> tuple[str, str]:
    """A draft filled from the example, filed on the written request: (draft code, CAL/…)."""
    info = drafts.save_draft(ctx, office, example)
    result = perform.perform(ctx, office, info.reference, "file", on=RECEIVED)
    return info.reference, result.reference


# --- saving ------------------------------------------------------------------------------


def test_a_new_draft_from_an_empty_dict(ctx: AppContext, office: Actor) -> None:
    before = audit_count(ctx)
    info = drafts.save_draft(ctx, office, {})
    assert info.reference.startswith("ROB-")
    assert info.institution == ""
    assert info.state == CaseState.DRAFT
    assert info.completeness == 0.0
    assert isinstance(info.saved_at, datetime)
    loaded, data = drafts.load_draft(ctx, reader(ctx), info.reference)
    assert loaded == info
    assert data == {**Declaration.from_partial({}).to_dict(), "form_version": "1"}
    assert audit_count(ctx) == before + 2  # the case and its declaration
    assert entries_of(ctx, case_id_of(ctx, info.reference)) == [
        ("save_draft", "cases", "insert"),
        ("save_draft", "declarations", "insert"),
    ]
    assert database_is_sound(ctx)


def test_saving_one_more_field_changes_the_draft_and_is_audited(
    ctx: AppContext, office: Actor
) -> None:
    first = drafts.save_draft(ctx, office, {"form_version": "1"})
    before = audit_count(ctx)
    name = "Miejski Ośrodek Pomocy Społecznej w Łodzi"
    second = drafts.save_draft(ctx, office, {"institution": {"name": name}}, first.reference)
    assert second.reference == first.reference
    assert second.institution == name
    assert second.saved_at > first.saved_at
    assert second.completeness > first.completeness
    assert audit_count(ctx) > before
    assert entries_of(ctx, case_id_of(ctx, first.reference))[2:] == [
        ("save_draft", "cases", "update"),
        ("save_draft", "declarations", "update"),
    ]
    _, data = drafts.load_draft(ctx, reader(ctx), first.reference)
    assert data["institution"]["name"] == name
    assert data["form_version"] == "1"  # kept although this save did not name it
    assert database_is_sound(ctx)


def test_saving_identical_data_writes_nothing(ctx: AppContext, office: Actor) -> None:
    typed = {"institution": {"name": "Gminny Ośrodek Pomocy Społecznej w Łącku"}}
    info = drafts.save_draft(ctx, office, typed)
    before = audit_count(ctx)
    again = drafts.save_draft(ctx, office, typed, info.reference)
    assert again == info
    # The same text as the user may type it again: outer spaces, decomposed Polish letters.
    decomposed = "  Gminny Ośrodek Pomocy Społecznej w Łącku ".replace("ó", "o\u0301")
    drafts.save_draft(ctx, office, {"institution": {"name": decomposed}}, info.reference)
    assert audit_count(ctx) == before


def test_completeness_rises_as_the_pages_are_filled(
    ctx: AppContext, office: Actor, example: dict[str, Any]
) -> None:
    data: dict[str, Any] = {"form_version": "1"}
    info = drafts.save_draft(ctx, office, data)
    seen = [info.completeness]
    for key in ("institution", "submitter", "head", "eligibility", "standards",
                "model_of_work", "attachments", "signature"):  # fmt: skip
        data[key] = copy.deepcopy(example[key])
        info = drafts.save_draft(ctx, office, data, info.reference)
        seen.append(info.completeness)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert all(later >= earlier for earlier, later in itertools.pairwise(seen))
    assert len(set(seen)) >= 7  # nearly every page adds to it (attachments are optional)
    loaded = drafts.load_draft(ctx, reader(ctx), info.reference)[1]
    assert loaded == Declaration.from_dict(example).to_dict()


def test_a_value_of_the_wrong_type_is_refused_and_changes_nothing(
    ctx: AppContext, office: Actor
) -> None:
    before_cases, before_audit = case_count(ctx), audit_count(ctx)
    with pytest.raises(ValidationErrors) as caught:
        drafts.save_draft(ctx, office, {"institution": {"name": 5}})
    assert [e.field for e in caught.value.errors] == ["institution.name"]
    assert (case_count(ctx), audit_count(ctx)) == (before_cases, before_audit)
    info = drafts.save_draft(ctx, office, {"institution": {"name": "OPS w Żarach"}})
    before_audit = audit_count(ctx)
    with pytest.raises(ValidationErrors):
        drafts.save_draft(ctx, office, {"institution": {"name": ["OPS"]}}, info.reference)
    assert audit_count(ctx) == before_audit
    loaded = drafts.load_draft(ctx, reader(ctx), info.reference)[1]
    assert loaded["institution"]["name"] == "OPS w Żarach"


def test_an_unknown_form_version_is_refused(ctx: AppContext, office: Actor) -> None:
    before = audit_count(ctx)
    with pytest.raises(ValidationError) as caught:
        drafts.save_draft(ctx, office, {"form_version": "77"})
    assert caught.value.code == "form.unknown_version"
    assert audit_count(ctx) == before


# --- listing -----------------------------------------------------------------------------


def test_list_and_latest_unfinished_newest_change_first(
    ctx: AppContext, office: Actor, example: dict[str, Any]
) -> None:
    assert drafts.list_applications(ctx, reader(ctx)) == []
    assert drafts.latest_unfinished(ctx, reader(ctx)) is None
    a = drafts.save_draft(ctx, office, {"institution": {"name": "Ośrodek A"}})
    b = drafts.save_draft(ctx, office, {"institution": {"name": "Ośrodek B"}})
    c = drafts.save_draft(ctx, office, {"institution": {"name": "Ośrodek C"}})
    assert [i.reference for i in drafts.list_applications(ctx, reader(ctx))] == [
        c.reference, b.reference, a.reference
    ]  # fmt: skip
    drafts.save_draft(ctx, office, {"institution": {"name": "Ośrodek A2"}}, a.reference)
    listed = drafts.list_applications(ctx, reader(ctx))
    assert [i.reference for i in listed] == [a.reference, c.reference, b.reference]
    assert listed[0].institution == "Ośrodek A2"
    latest = drafts.latest_unfinished(ctx, reader(ctx))
    assert latest is not None and latest == listed[0]
    # A filed application is listed under its reference number; it is not "unfinished".
    _, reference = file_draft(ctx, office, example)
    listed = drafts.list_applications(ctx, reader(ctx))
    assert listed[0].reference == reference and listed[0].state == CaseState.FILED
    assert listed[0].completeness == 1.0
    assert listed[0].institution == example["institution"]["name"]
    assert [i.reference for i in listed[1:]] == [a.reference, c.reference, b.reference]
    assert drafts.latest_unfinished(ctx, reader(ctx)) == latest


def stored_completeness(ctx: AppContext) -> dict[str, float | None]:
    with reading(ctx) as session:
        return dict(session.execute(select(Case.draft_code, Case.completeness)).tuples().all())


def test_the_list_reads_completeness_stored_when_a_draft_is_saved(
    ctx: AppContext, office: Actor, example: dict[str, Any]
) -> None:
    """The list is one query: each save stores the draft's completeness beside it (derived,
    outside the audit log); a draft stored without it is read and checked instead."""
    half = copy.deepcopy(example)
    half.pop("standards")
    empty = drafts.save_draft(ctx, office, {"institution": {"name": "Ośrodek Pusty"}})
    partial = drafts.save_draft(ctx, office, half)
    full = drafts.save_draft(ctx, office, example)
    assert 0 < empty.completeness < partial.completeness < full.completeness == 1.0
    stored = stored_completeness(ctx)
    assert stored == {info.reference: info.completeness for info in (empty, partial, full)}
    listed = {i.reference: i.completeness for i in drafts.list_applications(ctx, reader(ctx))}
    assert listed == stored
    # Saving over a draft stores its new completeness; filing leaves the column to drafts.
    more = drafts.save_draft(ctx, office, example, partial.reference, partial.version)
    assert stored_completeness(ctx)[partial.reference] == more.completeness == 1.0
    entries = audit_count(ctx)
    _, reference = file_draft(ctx, office, example)
    assert audit_count(ctx) > entries
    assert history(ctx) and all("completeness" not in text for text in history(ctx))
    # Drafts saved before the column existed: the list computes what it would have stored.
    with ctx.db.engine.begin() as connection:
        connection.execute(update(Case).values(completeness=None))
    again = {i.reference: i.completeness for i in drafts.list_applications(ctx, reader(ctx))}
    assert again == {empty.reference: empty.completeness, partial.reference: 1.0,
                     full.reference: 1.0, reference: 1.0}  # fmt: skip
    assert database_is_sound(ctx)


def history(ctx: AppContext) -> list[str]:
    """What the audit log holds of the cases, as stored."""
    with reading(ctx) as session:
        rows = session.execute(
            select(AuditEntry.old, AuditEntry.new).where(AuditEntry.entity == "cases")
        )
        return [f"{old} {new}" for old, new in rows]


# --- deleting ----------------------------------------------------------------------------


def test_delete_draft_removes_it_and_the_database_stays_sound(
    ctx: AppContext, office: Actor
) -> None:
    keep = drafts.save_draft(ctx, office, {"institution": {"name": "Zostaje"}})
    info = drafts.save_draft(ctx, office, {"institution": {"name": "Do usunięcia"}})
    drafts.save_draft(ctx, office, {"institution": {"name": "Do usunięcia!"}}, info.reference)
    case_id = case_id_of(ctx, info.reference)
    drafts.delete_draft(ctx, office, info.reference)
    with pytest.raises(NotFound):
        drafts.load_draft(ctx, reader(ctx), info.reference)
    assert [i.reference for i in drafts.list_applications(ctx, reader(ctx))] == [keep.reference]
    with reading(ctx) as session:
        assert session.scalar(select(func.count()).select_from(DeclarationText)) == 1
    # The case is gone; its history is not.
    assert entries_of(ctx, case_id)[-2:] == [
        ("delete_draft", "cases", "delete"),
        ("delete_draft", "declarations", "delete"),
    ]
    assert database_is_sound(ctx)


def test_a_filed_case_may_not_be_saved_over_loaded_or_deleted_as_a_draft(
    ctx: AppContext, office: Actor, example: dict[str, Any]
) -> None:
    draft_code, reference = file_draft(ctx, office, example)
    before = audit_count(ctx)
    for given in (reference, draft_code):
        with pytest.raises(TransitionRefused) as caught:
            drafts.save_draft(ctx, office, {}, given)
        assert caught.value.code == "draft.not_a_draft"
        assert reference in caught.value.message and "nie jest już szkicem" in caught.value.message
        with pytest.raises(TransitionRefused):
            drafts.delete_draft(ctx, office, given)
        with pytest.raises(TransitionRefused):
            drafts.load_draft(ctx, reader(ctx), given)
    assert audit_count(ctx) == before
    assert database_is_sound(ctx)


def test_unknown_reference(ctx: AppContext, office: Actor) -> None:
    with pytest.raises(NotFound):
        drafts.save_draft(ctx, office, {}, "ROB-AAAAA-BBBBB")
    with pytest.raises(NotFound):
        drafts.delete_draft(ctx, office, "CAL/2025/0999")


# --- filing and permissions --------------------------------------------------------------


def test_a_draft_filled_from_the_example_can_be_filed(
    ctx: AppContext, office: Actor, example: dict[str, Any]
) -> None:
    info = drafts.save_draft(ctx, office, {"form_version": "1"})
    for key in ("institution", "submitter", "head", "eligibility", "standards", "model_of_work",
                "attachments", "signature"):  # fmt: skip
        current = drafts.load_draft(ctx, office, info.reference)[1]
        info = drafts.save_draft(ctx, office, {**current, key: example[key]}, info.reference)
    assert info.completeness == 1.0
    result = perform.perform(ctx, office, info.reference, "file", on=RECEIVED)
    assert result.reference.startswith("CAL/2025/")
    assert result.state == CaseState.FILED
    assert drafts.latest_unfinished(ctx, reader(ctx)) is None
    assert database_is_sound(ctx)


def test_only_the_office_may_save_or_delete_drafts(ctx: AppContext, office: Actor) -> None:
    info = drafts.save_draft(ctx, office, {})
    member = resolve_actor(ctx, "czlonek1")
    before = audit_count(ctx)
    with pytest.raises(PermissionDenied):
        drafts.save_draft(ctx, member, {})
    with pytest.raises(PermissionDenied):
        drafts.save_draft(ctx, member, {"institution": {"name": "X"}}, info.reference)
    with pytest.raises(PermissionDenied) as caught:
        drafts.delete_draft(ctx, member, info.reference)
    assert "biuro" in caught.value.message
    assert audit_count(ctx) == before
    assert drafts.load_draft(ctx, reader(ctx), info.reference)[0] == info


def test_an_expert_reads_no_draft(ctx: AppContext, office: Actor) -> None:
    # Drafts are nobody's site visit: the read rules give an expert none of them.
    from calcert_desktop.domain.errors import PermissionDenied

    info = drafts.save_draft(ctx, office, {"institution": {"name": "OPS w Żarach"}})
    expert = resolve_actor(ctx, "ekspert")
    assert [i.reference for i in drafts.list_applications(ctx, office)] == [info.reference]
    assert drafts.list_applications(ctx, expert) == []
    assert drafts.latest_unfinished(ctx, expert) is None
    with pytest.raises(PermissionDenied):
        drafts.load_draft(ctx, expert, info.reference)
