"""Typed work survives a draft save that fails: who may write drafts is one rule, and data
the database refused waits in a private recovery file until a save succeeds."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from calcert_desktop.domain.errors import DomainError, PermissionDenied
from calcert_desktop.services.applications import draft_recovery, drafts
from calcert_desktop.services.context import Actor, AppContext, resolve_actor
from calcert_desktop.storage.files import FileWriteError

TYPED: dict[str, Any] = {
    "institution": {"name": "Fundacja „Łąka” w Żółkiewce", "address": {"town": "Żółkiewka"}}
}


def reader(ctx: AppContext) -> Actor:
    """The office, who reads and writes drafts."""
    return resolve_actor(ctx, "biuro")




WRITERS = [("biuro", True), ("admin", False), ("przewodniczaca", False), ("ekspert", False)]


@pytest.mark.parametrize(("login", "allowed"), WRITERS)
def test_who_may_write_drafts_is_the_rule_save_applies(ctx, login, allowed):
    actor = resolve_actor(ctx, login)
    assert drafts.can_edit_drafts(actor) is allowed
    refusal = drafts.draft_refusal(actor)
    if allowed:
        assert refusal is None
        drafts.save_draft(ctx, actor, TYPED)
        return
    assert isinstance(refusal, PermissionDenied) and "wymaga roli biuro" in refusal.message
    with pytest.raises(PermissionDenied) as raised:
        drafts.save_draft(ctx, actor, TYPED)
    assert raised.value.message == refusal.message  # the same rule, the same sentence
    assert drafts.list_applications(ctx, reader(ctx)) == []


def test_refused_save_keeps_a_private_copy_until_a_save_succeeds(ctx):
    admin, office = resolve_actor(ctx, "admin"), resolve_actor(ctx, "biuro")
    key = draft_recovery.new_key()
    outcome = draft_recovery.save_or_keep(ctx, admin, key, TYPED, None)
    assert not outcome.saved and "wymaga roli biuro" in outcome.problem
    assert outcome.copy_problem == ""
    path = draft_recovery.path_of(ctx, key)
    assert path.parent == ctx.paths.root / "odzyskiwanie"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert "Fundacja „Łąka” w Żółkiewce" in path.read_text(encoding="utf-8")

    # Offered to someone who may save it, never to those who could not either.
    assert draft_recovery.pending(ctx, admin) == []
    [recovery] = draft_recovery.pending(ctx, office)
    assert recovery.key == key and recovery.reference is None and recovery.login == "admin"
    assert recovery.data == TYPED and recovery.institution == "Fundacja „Łąka” w Żółkiewce"

    saved = draft_recovery.save_or_keep(ctx, office, key, recovery.data, None)
    assert saved.saved and saved.info is not None
    assert not path.exists()
    assert draft_recovery.pending(ctx, office) == []
    _, stored = drafts.load_draft(ctx, reader(ctx), saved.info.reference)
    assert stored["institution"]["name"] == "Fundacja „Łąka” w Żółkiewce"


def test_a_database_fault_keeps_the_copy_too(ctx, monkeypatch):
    office = resolve_actor(ctx, "biuro")

    def locked(*args: object, **kwargs: object) -> None:
        raise OperationalError("BEGIN", {}, Exception("database is locked"))

    monkeypatch.setattr(drafts, "save_draft", locked)
    key = draft_recovery.new_key()
    outcome = draft_recovery.save_or_keep(ctx, office, key, TYPED, None)
    assert not outcome.saved
    assert outcome.problem == "Nie udało się zapisać szkicu w bazie danych (OperationalError)."
    assert draft_recovery.path_of(ctx, key).exists()


def test_when_the_disk_refuses_the_copy_the_outcome_says_so(ctx, monkeypatch):
    admin = resolve_actor(ctx, "admin")

    def full_disk(target: Path, *args: object, **kwargs: object) -> Path:
        raise FileWriteError("file.write_failed", None, path=str(target),
                             reason="brak miejsca na dysku")  # fmt: skip

    monkeypatch.setattr(draft_recovery, "write_atomically", full_disk)
    outcome = draft_recovery.save_or_keep(ctx, admin, draft_recovery.new_key(), TYPED, None)
    assert not outcome.saved and "wymaga roli biuro" in outcome.problem
    assert "brak miejsca na dysku" in outcome.copy_problem


def test_foreign_and_broken_files_are_not_offered(ctx):
    office = resolve_actor(ctx, "biuro")
    key = draft_recovery.new_key()
    draft_recovery.keep(ctx, office, key, None, TYPED)
    folder = draft_recovery.folder(ctx)
    (folder / f"szkic-{'a' * 32}.json").write_text("{nie json", encoding="utf-8")
    (folder / f"szkic-{'b' * 32}.json").write_text('{"format": 1}', encoding="utf-8")
    (folder / "notatka.txt").write_text("cokolwiek", encoding="utf-8")
    if os.name == "posix":
        os.symlink(draft_recovery.path_of(ctx, key), folder / f"szkic-{'c' * 32}.json")
    assert [r.key for r in draft_recovery.pending(ctx, office)] == [key]
    with pytest.raises(ValueError):
        draft_recovery.path_of(ctx, "../../calcert.sqlite3")


def test_recovered_data_goes_to_its_draft_while_it_is_still_one(ctx):
    office = resolve_actor(ctx, "biuro")
    info = drafts.save_draft(ctx, office, TYPED)
    draft_recovery.keep(ctx, office, draft_recovery.new_key(), info.reference, TYPED)
    [recovery] = draft_recovery.pending(ctx, office)
    assert draft_recovery.target_draft(ctx, reader(ctx), recovery) == info.reference
    drafts.delete_draft(ctx, office, info.reference)
    # saved as a new draft instead
    assert draft_recovery.target_draft(ctx, reader(ctx), recovery) is None


def test_forget_reports_a_failure_in_polish(ctx, monkeypatch):
    key = draft_recovery.new_key()

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "unlink", refuse)
    with pytest.raises(DomainError) as raised:
        draft_recovery.forget(ctx, key)
    assert "brak uprawnień do zapisu" in raised.value.message
