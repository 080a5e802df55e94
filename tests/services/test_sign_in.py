"""Signing in: Argon2id hashes, the growing delay after failed attempts, the first
administrator, temporary passwords and everyone's own change (services.auth)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from calcert_desktop.domain.accounts import (
    FIRST_DELAY,
    FREE_ATTEMPTS,
    MAX_DELAY,
    delay_after,
    password_problem,
    wait_text,
)
from calcert_desktop.domain.errors import PermissionDenied, ValidationError
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.auth import hashing, passwords
from calcert_desktop.services.auth.sign_in import (
    SignInRefused,
    check_password,
    needs_first_admin,
    sign_in,
)
from calcert_desktop.services.context import AppContext, open_context, reading, resolve_actor
from calcert_desktop.storage.models import AuditEntry, Credential, User
from cli_support import PASSWORD, TEMPORARY


class Clock:
    """A clock the test moves (UTC, naive)."""

    def __init__(self) -> None:
        self.at = datetime(2026, 3, 2, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock(ctx: AppContext) -> Clock:
    moved = Clock()
    ctx.now = moved
    return moved


def _credential(ctx: AppContext, login: str) -> Any:
    """The stored credential's columns (hash, failures, last failure) of ``login``."""
    with reading(ctx) as session:
        return session.execute(
            select(Credential.password_hash, Credential.failed_count, Credential.last_failure_at)
            .join(User, User.id == Credential.user_id)
            .where(User.login == login)
        ).one()


def test_password_rules() -> None:
    assert password_problem("krótkie") == "account.password_short"
    assert password_problem(" dziesięć znaków") == "account.password_spaces"
    assert password_problem("aaaaaaaaaaaa") == "account.password_repetitive"
    assert password_problem("moje-biuro-hasło", "biuro") == "account.password_has_login"
    assert password_problem("Zielona łąka 2026") is None


def test_the_delay_grows_after_the_free_attempts() -> None:
    assert [delay_after(n) for n in range(FREE_ATTEMPTS + 1)] == [timedelta(0)] * 4
    assert delay_after(FREE_ATTEMPTS + 1) == FIRST_DELAY
    assert delay_after(FREE_ATTEMPTS + 2) == FIRST_DELAY * 2
    assert delay_after(FREE_ATTEMPTS + 3) == FIRST_DELAY * 4
    assert delay_after(FREE_ATTEMPTS + 20) == MAX_DELAY
    assert delay_after(10**6) == MAX_DELAY
    assert wait_text(timedelta(seconds=15)) == "15 sekund"
    assert wait_text(timedelta(seconds=2)) == "2 sekundy"
    assert wait_text(timedelta(minutes=2)) == "2 minuty"
    assert wait_text(timedelta(minutes=15)) == "15 minut"


def test_the_right_password_signs_in_with_the_roles(ctx: AppContext) -> None:
    signed = sign_in(ctx, "przewodniczaca", PASSWORD)
    assert signed.actor.login == "przewodniczaca"
    assert "commission_chair" in signed.actor.roles  # from the Board's appointment
    assert not signed.must_change
    assert sign_in(ctx, "  BIURO ", PASSWORD).actor.login == "biuro"  # as typed, trimmed


def test_the_password_is_stored_as_an_argon2id_hash_only(ctx: AppContext) -> None:
    stored = _credential(ctx, "biuro").password_hash
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    with reading(ctx) as session:
        logged = " ".join(f"{e.old} {e.new}" for e in session.scalars(select(AuditEntry)))
    assert "argon2" not in logged and PASSWORD not in logged


def test_real_parameters_are_argon2ids_recommended() -> None:
    from argon2 import PasswordHasher, Type

    real = PasswordHasher()
    assert real.type is Type.ID and real.memory_cost >= 65536 and real.time_cost >= 3
    hashed = real.hash("Zielona łąka 2026")
    assert real.verify(hashed, "Zielona łąka 2026")


@pytest.mark.parametrize("login", ["biuro", "nikt-taki"])
def test_wrong_password_and_unknown_login_get_the_same_answer(ctx: AppContext, login: str) -> None:
    with pytest.raises(SignInRefused) as refused:
        sign_in(ctx, login, "nie-to-hasło-2026")
    assert refused.value.code == "account.refused"
    assert isinstance(refused.value, PermissionDenied)


def test_a_deactivated_person_cannot_sign_in(ctx: AppContext) -> None:
    from calcert_desktop.services.admin import people

    people.set_active(ctx, resolve_actor(ctx, "admin"), "czlonek3", False)
    with pytest.raises(SignInRefused) as refused:
        sign_in(ctx, "czlonek3", PASSWORD)
    assert refused.value.code == "account.refused"


def test_failures_are_counted_and_the_wait_grows(ctx: AppContext, clock: Clock) -> None:
    for attempt in range(1, FREE_ATTEMPTS + 1):
        with pytest.raises(SignInRefused) as refused:
            sign_in(ctx, "biuro", f"zgadywane-{attempt}-hasło")
        assert refused.value.code == "account.refused"
        assert _credential(ctx, "biuro").failed_count == attempt
    with pytest.raises(SignInRefused) as refused:  # the fourth: now the wait begins
        sign_in(ctx, "biuro", "zgadywane-4-hasło")
    assert refused.value.code == "account.refused_wait"
    assert "15 sekund" in refused.value.message
    # Too early, even with the right password: refused unchecked, and not counted.
    clock.at += timedelta(seconds=14)
    with pytest.raises(SignInRefused) as early:
        sign_in(ctx, "biuro", PASSWORD)
    assert early.value.code == "account.wait"
    assert "1 sekundę" in early.value.message
    assert _credential(ctx, "biuro").failed_count == FREE_ATTEMPTS + 1
    # After the wait a wrong password doubles it.
    clock.at += timedelta(seconds=1)
    with pytest.raises(SignInRefused) as again:
        sign_in(ctx, "biuro", "zgadywane-5-hasło")
    assert "30 sekund" in again.value.message
    clock.at += timedelta(seconds=30)
    assert sign_in(ctx, "biuro", PASSWORD).actor.login == "biuro"
    cleared = _credential(ctx, "biuro")
    assert (cleared.failed_count, cleared.last_failure_at) == (0, None)


def test_concurrent_failures_all_count(ctx: AppContext, clock: Clock) -> None:
    """Two PCs guessing at once: the count is one UPDATE adding one, never read-then-write."""
    from concurrent.futures import ThreadPoolExecutor

    def guess(n: int) -> str:
        try:
            sign_in(ctx, "zarzad", f"zgadywane-{n}-hasło")
        except SignInRefused as refused:
            return refused.code
        return "signed"

    with ThreadPoolExecutor(4) as pool:
        codes = list(pool.map(guess, range(3)))
    assert codes.count("signed") == 0
    assert _credential(ctx, "zarzad").failed_count == 3


def test_first_administrator(tmp_path, cli_in) -> None:
    cli = cli_in("nowa")
    ctx = open_context(DataPaths(cli.data_dir), create=True)
    try:
        from calcert_desktop.services.admin.people import ensure_admin

        ensure_admin(ctx)
        assert needs_first_admin(ctx)
        with pytest.raises(ValidationError) as short:
            passwords.set_first_admin(ctx, "krótkie", "krótkie")
        assert short.value.code == "account.password_short"
        with pytest.raises(ValidationError) as mismatch:
            passwords.set_first_admin(ctx, "Zielona łąka 2026", "Zielona łąka 2025")
        assert mismatch.value.code == "account.password_mismatch"
        assert needs_first_admin(ctx)  # nothing was set by the refusals
        signed = passwords.set_first_admin(ctx, "Zielona łąka 2026", "Zielona łąka 2026",
                                           "Anna Kowalska")  # fmt: skip
        assert (signed.actor.login, signed.actor.full_name) == ("admin", "Anna Kowalska")
        assert not needs_first_admin(ctx)
        with pytest.raises(ValidationError) as again:  # once only: no taking over later
            passwords.set_first_admin(ctx, "Inne hasło 2026!", "Inne hasło 2026!")
        assert again.value.code == "account.first_admin_exists"
        assert sign_in(ctx, "admin", "Zielona łąka 2026").actor.full_name == "Anna Kowalska"
    finally:
        ctx.close()


def _password_entries(ctx: AppContext, login: str) -> list[Any]:
    """The audit entries (action, who, new values) of ``login``'s credential, oldest first."""
    with reading(ctx) as session:
        user_id = session.scalars(select(User.id).where(User.login == login)).one()
        return list(session.execute(
            select(AuditEntry.action, AuditEntry.user_login, AuditEntry.new)
            .where(AuditEntry.entity == "credentials", AuditEntry.entity_id == user_id.hex)
            .order_by(AuditEntry.seq)
        ))  # fmt: skip


def test_a_temporary_password_must_be_changed(ctx: AppContext) -> None:
    before = len(_password_entries(ctx, "ekspert"))  # the prepared database's two
    admin = sign_in(ctx, "admin", PASSWORD).actor
    done = passwords.set_password(ctx, admin, "ekspert", TEMPORARY)
    assert "hasło tymczasowe" in done.message
    with pytest.raises(SignInRefused):
        sign_in(ctx, "ekspert", PASSWORD)  # the old one no longer opens
    assert sign_in(ctx, "ekspert", TEMPORARY).must_change
    with pytest.raises(ValidationError) as same:
        passwords.change_password(ctx, "ekspert", TEMPORARY, TEMPORARY, TEMPORARY)
    assert same.value.code == "account.password_same"
    with pytest.raises(SignInRefused):  # the old password proves who changes it
        passwords.change_password(ctx, "ekspert", "nie-to-hasło-2026", "Nowe hasło 2026",
                                  "Nowe hasło 2026")  # fmt: skip
    signed = passwords.change_password(ctx, "ekspert", TEMPORARY, "Nowe hasło 2026",
                                       "Nowe hasło 2026")  # fmt: skip
    assert not signed.must_change
    given, changed = _password_entries(ctx, "ekspert")[before:]
    assert (given.action, given.user_login) == ("set-password", "admin")
    assert json.loads(given.new)["must_change"] is True
    assert (changed.action, changed.user_login) == ("change-password", "ekspert")
    assert json.loads(changed.new)["must_change"] is False


def test_only_an_administrator_sets_passwords(ctx: AppContext) -> None:
    office = sign_in(ctx, "biuro", PASSWORD).actor
    with pytest.raises(PermissionDenied):
        passwords.set_password(ctx, office, "ekspert", TEMPORARY)
    assert check_password(ctx, "ekspert", PASSWORD)  # unchanged


def test_an_old_hash_is_made_again_with_todays_parameters(ctx: AppContext) -> None:
    from argon2 import PasswordHasher

    weaker = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, salt_len=8)
    with ctx.db.writer_sessions() as session, session.begin():
        biuro = session.scalars(select(User.id).where(User.login == "biuro")).one()
        session.execute(update(Credential).where(Credential.user_id == biuro)
                        .values(password_hash=weaker.hash(PASSWORD)))  # fmt: skip
    assert hashing.needs_rehash(_credential(ctx, "biuro").password_hash)
    sign_in(ctx, "biuro", PASSWORD)
    assert not hashing.needs_rehash(_credential(ctx, "biuro").password_hash)
    assert sign_in(ctx, "biuro", PASSWORD).actor.login == "biuro"
