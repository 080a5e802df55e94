"""The change set every write returns: what it says, how two merge, and what the services
put in it (kinds and the cases touched)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from calcert_desktop.domain.forms import forms_dir
from calcert_desktop.services.admin import people, settings
from calcert_desktop.services.applications import declare, drafts
from calcert_desktop.services.changes import CASE_KINDS, NOTHING, Changes, Done, Kind
from calcert_desktop.services.context import AppContext, resolve_actor
from calcert_desktop.services.documents import letter_templates
from calcert_desktop.services.process import perform

EXAMPLE = forms_dir() / "examples" / "declaration-example.json"


def test_concerns_asks_for_a_kind_and_optionally_a_case() -> None:
    changes = Changes.of(Kind.ASSESSMENTS, Kind.CASES, references=("CAL/2025/0001",))
    assert changes.concerns(Kind.ASSESSMENTS)
    assert changes.concerns(Kind.PEOPLE, Kind.CASES)  # any of the kinds
    assert changes.concerns(Kind.CASES, reference="CAL/2025/0001")
    assert not changes.concerns(Kind.CASES, reference="CAL/2025/0002")
    assert not changes.concerns(Kind.PEOPLE)
    assert not changes.concerns(Kind.DOCUMENTS, reference="CAL/2025/0001")


def test_a_change_reaching_every_case_concerns_each() -> None:
    deadlines = Changes.of(Kind.CASES, all_cases=True)
    assert deadlines.concerns(Kind.CASES, reference="CAL/2025/0002")
    assert not deadlines.concerns(Kind.ASSESSMENTS, reference="CAL/2025/0002")
    everything = Changes.everything()
    assert all(everything.concerns(kind, reference="X") for kind in Kind)


def test_merge_joins_kinds_cases_and_reach() -> None:
    one = Changes.of(Kind.ASSESSMENTS, references=("A",))
    two = Changes.of(Kind.DOCUMENTS, references=("B",))
    merged = one.merge(two)
    assert merged.kinds == {Kind.ASSESSMENTS, Kind.DOCUMENTS}
    assert merged.references == {"A", "B"}
    assert not merged.all_cases
    assert merged.merge(Changes.of(Kind.SETTINGS, all_cases=True)).all_cases
    assert one.merge(NOTHING) == one


def test_nothing_is_false_and_empty_references_are_dropped() -> None:
    assert not NOTHING
    assert Changes.of(Kind.PEOPLE)
    assert Changes.of(Kind.CASES, references=("", "A")).references == {"A"}
    assert Kind.PEOPLE not in CASE_KINDS and Kind.ASSESSMENTS in CASE_KINDS


def test_done_prints_as_its_message() -> None:
    done = Done("Zapisano.", Changes.of(Kind.PEOPLE))
    assert str(done) == "Zapisano." and f"{done}" == "Zapisano."


@pytest.fixture
def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def test_filing_a_draft_names_both_references_and_the_lists(
    ctx: AppContext, example: dict[str, Any]
) -> None:
    office = resolve_actor(ctx, "biuro")
    saved = drafts.save_draft(ctx, office, example)
    assert saved.changes == Changes.of(Kind.DRAFTS, Kind.HISTORY, references=(saved.reference,))
    again = drafts.save_draft(ctx, office, example, saved.reference)
    assert again.changes == NOTHING  # the same data: nothing written
    result = perform.perform(ctx, office, saved.reference, "file", on=date(2025, 4, 1))
    changes = result.changes
    assert changes.references == {saved.reference, result.reference}
    assert {Kind.CASES, Kind.DRAFTS, Kind.HISTORY} <= changes.kinds
    assert changes.concerns(Kind.CASES, reference=result.reference)
    assert not changes.concerns(Kind.PEOPLE, Kind.TEMPLATES, Kind.CERTIFICATES)


def test_an_action_names_the_records_it_wrote(ctx: AppContext, example: dict[str, Any]) -> None:
    office = resolve_actor(ctx, "biuro")
    filed = declare.declare(ctx, office, example, received_on=date(2025, 4, 1))
    accepted = perform.perform(ctx, office, filed.reference, "accept", on=date(2025, 4, 2))
    assert Kind.DRAFTS in filed.changes.kinds  # it entered the applications list
    assert Kind.DRAFTS in accepted.changes.kinds  # and left it
    chair = resolve_actor(ctx, "przewodniczaca")
    assigned = perform.perform(
        ctx, chair, filed.reference, "assign", on=date(2025, 4, 3),
        params={"member": "czlonek1"},
    )  # fmt: skip
    assert Kind.COMMISSION in assigned.changes.kinds
    assert Kind.DRAFTS not in assigned.changes.kinds
    assert assigned.changes.references == {filed.reference}


def test_writes_outside_cases_say_their_kind(ctx: AppContext) -> None:
    admin = resolve_actor(ctx, "admin")
    assert people.add_user(ctx, admin, "nowa", "Nowa Osoba", "office").changes == Changes.of(
        Kind.PEOPLE
    )
    appeal = settings.set_int(ctx, admin, "appeal_days", "21").changes
    assert appeal.concerns(Kind.SETTINGS)
    assert appeal.concerns(Kind.CASES, reference="any case")  # the deadlines moved
    other = settings.set_int(ctx, admin, "reminder_months", "4").changes
    assert other == Changes.of(Kind.SETTINGS)
    kind = letter_templates.kinds()[0].code
    texts = dict(letter_templates.builtin(kind).texts)
    first = next(iter(texts))
    texts[first] = texts[first] + " Dziękujemy."
    saved = letter_templates.save(ctx, resolve_actor(ctx, "biuro"), kind, texts, "")
    assert saved.changes == Changes.of(Kind.TEMPLATES)
