"""Every renewal reminder due on a day, in one go, through the services: what is due (and
what not: later, already reminded, a renewal under way), each stored with its case and its
history entry, copies in a folder, progress; and all or nothing: a refusal, a failed write,
a failed transaction or a stop leave no file and no row."""

from __future__ import annotations

import functools
from datetime import date

import pytest
from sqlalchemy import func, select

import blob_support
import engines
from calcert_desktop.domain.errors import DomainError, PermissionDenied
from calcert_desktop.paths import DataPaths
from calcert_desktop.services import access
from calcert_desktop.services.context import open_context, reading, resolve_actor
from calcert_desktop.services.documents import generate, reminder_batch, reminders
from calcert_desktop.services.views import case_file
from calcert_desktop.storage import files
from calcert_desktop.storage.models import AuditEntry, GeneratedDocument
from case_scenarios import act
from cli_support import Captured, write_declaration
from documents.test_letters import flat, text_of
from letter_scenarios import REMINDER_DAY, expiring_cases

DAY = date.fromisoformat(REMINDER_DAY)


@pytest.fixture(scope="module")
def built(tmp_path_factory, prepared_db, make_cli):
    """The three certified cases, made once for this module; each test gets a copy."""
    folder = tmp_path_factory.mktemp("przypomnienia")
    data = folder / "dane"
    data.mkdir()
    engines.seed(prepared_db, data)
    with Captured() as captured:
        cli = make_cli(data, captured)
        cases = expiring_cases(cli, functools.partial(write_declaration, folder))
    return data, cases


@pytest.fixture
def cli(built, tmp_path, capsys, make_cli):
    data = tmp_path / "dane"
    engines.copy_folder(built[0], data)
    return make_cli(data, capsys)


@pytest.fixture
def cases(built) -> dict[str, str]:
    return built[1]


@pytest.fixture
def ctx(cli):
    context = open_context(DataPaths(cli.data_dir), create=False)
    context.today = lambda: DAY
    yield context
    context.close()


@pytest.fixture
def office(ctx):
    return resolve_actor(ctx, "biuro")


def state(ctx) -> tuple[int, int, list[str]]:
    with reading(ctx) as session:
        rows = session.scalar(select(func.count()).select_from(GeneratedDocument)) or 0
        audit = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return rows, audit, blob_support.hashes(ctx)


def test_the_plan_lists_the_due_certificates_soonest_first(ctx, office, cases):
    plan = reminders.plan(ctx, office)
    assert (plan.on, plan.months, plan.until) == (DAY, 6, date(2026, 6, 1))
    assert [item.reference for item in plan.due] == [cases["january"], cases["march"]]
    assert [item.valid_until for item in plan.due] == [date(2026, 1, 14), date(2026, 3, 9)]
    assert plan.skipped == () and all(item.reminded_at is None for item in plan.due)
    # Later: the January certificate has run out, the August one has come within the period.
    assert [i.reference for i in reminders.plan(ctx, office, date(2026, 3, 1)).due] == [
        cases["march"], cases["august"]
    ]  # fmt: skip
    assert reminders.plan(ctx, office, date(2025, 6, 1)).due == ()  # nothing yet


def test_the_batch_stores_each_reminder_with_its_case(ctx, office, cases, tmp_path):
    steps: list[tuple[int, int]] = []
    copies = tmp_path / "kopie" / "grudzien"  # made, parents too
    result = reminder_batch.generate_all(
        ctx, office, folder=copies, progress=lambda done, total: steps.append((done, total))
    )
    assert steps == [(1, 2), (2, 2)]
    assert [d.kind for d in result.documents] == ["renewal-reminder"] * 2
    assert sorted(result.changes.references) == sorted([cases["january"], cases["march"]])
    for info, key in zip(result.documents, ("january", "march"), strict=True):
        words = flat(text_of(blob_support.content(ctx, info.sha256)))
        assert f"Dotyczy: sprawa {cases[key]}" in words and "Warszawa, 1 grudnia 2025 r." in words
        assert info.template_version == "0" and info.generated_by == "Ewa Zalewska"
        history = case_file.load(ctx, office, cases[key]).history
        assert any(e.record == "generated_documents" and e.new["kind"] == "renewal-reminder"
                   for e in history)  # fmt: skip
    # Each copy has its document's name, as the case file shows it.
    assert [p.name for p in result.copies] == [d.name for d in result.documents]
    for info, key in zip(result.documents, ("january", "march"), strict=True):
        number = cases[key].replace("/", "-")
        assert info.name.startswith(f"Przypomnienie o ważności {number} ")
        assert info.name.endswith(" 2025-12-01.pdf")
    assert [p.read_bytes() for p in result.copies] == [
        blob_support.content(ctx, d.sha256) for d in result.documents
    ]
    assert sorted(p.name for p in copies.iterdir()) == sorted(p.name for p in result.copies)

    # Run again: both reminded already, so nothing is due and nothing is written.
    before = state(ctx)
    again = reminder_batch.generate_all(ctx, office)
    assert again.documents == () and again.plan.due == ()
    assert [s.reference for s in again.plan.skipped] == [cases["january"], cases["march"]]
    assert state(ctx) == before
    # Asked to remind again, it does.
    assert len(reminder_batch.generate_all(ctx, office, again=True).documents) == 2


def test_a_single_reminder_counts_as_reminded(ctx, office, cases):
    generate.generate(ctx, office, "renewal-reminder", cases["march"])
    plan = reminders.plan(ctx, office)
    assert [i.reference for i in plan.due] == [cases["january"]]
    assert [i.reference for i in plan.skipped] == [cases["march"]]
    assert plan.skipped[0].reminded_at is not None


def test_a_renewal_under_way_needs_no_reminder(ctx, office, cli, cases):
    act(cli, cases["january"], "renew", "2025-11-20", "biuro")
    assert [i.reference for i in reminders.plan(ctx, office).due] == [cases["march"]]


def test_a_day_with_nothing_due_writes_nothing(ctx, office):
    before = state(ctx)
    result = reminder_batch.generate_all(ctx, office, date(2025, 5, 1))
    assert (result.plan.due, result.documents, result.copies) == ((), (), ())
    assert not result.changes
    assert state(ctx) == before


@pytest.mark.parametrize("login", ["czlonek1", "zarzad", "ekspert"])
def test_only_the_office_sends_them(ctx, login):
    before = state(ctx)
    with pytest.raises(PermissionDenied) as refused:
        reminder_batch.generate_all(ctx, resolve_actor(ctx, login))
    assert refused.value.message == (
        "Nie masz uprawnień do tej czynności: wymagana rola biuro lub administrator."
    )
    assert state(ctx) == before
    assert not access.sends_reminders(resolve_actor(ctx, login))
    assert access.sends_reminders(resolve_actor(ctx, "admin"))


def test_a_failing_second_row_leaves_no_file_and_no_row(ctx, office, monkeypatch, tmp_path):
    before = state(ctx)
    calls: list[object] = []
    record = generate._record

    def second_fails(session, row) -> None:
        calls.append(row)
        if len(calls) == 2:
            raise RuntimeError("the database went away")
        record(session, row)

    monkeypatch.setattr(generate, "_record", second_fails)
    copies = tmp_path / "kopie"
    with pytest.raises(RuntimeError):
        reminder_batch.generate_all(ctx, office, folder=copies)
    assert len(calls) == 2
    assert state(ctx) == before
    assert list(copies.iterdir()) == []  # the first copy was removed again


def test_a_full_disk_while_copying_leaves_nothing(ctx, office, monkeypatch, tmp_path):
    before = state(ctx)
    copies = tmp_path / "kopie"
    real = reminder_batch.write_atomically

    def disk_full(target, content, **kwargs):
        if target.parent == copies:
            raise files.write_error(target, OSError(28, "No space left on device"))
        return real(target, content, **kwargs)

    monkeypatch.setattr(reminder_batch, "write_atomically", disk_full)
    with pytest.raises(DomainError) as failed:
        reminder_batch.generate_all(ctx, office, folder=copies)
    assert failed.value.code == "file.write_failed"
    assert "brak miejsca na dysku" in failed.value.message
    assert state(ctx) == before


def test_stopping_midway_writes_nothing(ctx, office):
    before = state(ctx)
    with pytest.raises(DomainError) as stopped:
        reminder_batch.generate_all(ctx, office, progress=lambda done, total: done < 1)
    assert stopped.value.message == "Przerwano przygotowywanie przypomnień — niczego nie zapisano."
    assert state(ctx) == before
