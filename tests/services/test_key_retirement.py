"""Retired keys cannot sign: ``new_local_key`` destroys the old private key in the database
(after an optional backup) and records the retirement; verification refuses a retired key's
seal on a certificate issued after that day, keeps accepting the seals it made before, and an
imported key of another installation can be marked retired too."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

import engines
from calcert_desktop.domain import seal
from calcert_desktop.domain.errors import (
    DomainError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import people
from calcert_desktop.services.context import open_context, reading, resolve_actor, writing
from calcert_desktop.services.seals import key_retirement, signing_keys, verification
from calcert_desktop.storage import seal_keys
from calcert_desktop.storage.models import CertificateSeal, SealPrivateKey, SigningKey
from calcert_desktop.storage.verify import verify as check_database
from cli_support import admin_of


@pytest.fixture
def ctx(ctx):
    """conftest's services on the test data folder, on a fixed day."""
    ctx.today = lambda: date(2025, 6, 1)
    return ctx


def the_seal(ctx) -> CertificateSeal:
    with reading(ctx) as session:
        rows = session.scalars(select(CertificateSeal)).all()
        assert len(rows) == 1
        session.expunge(rows[0])
        return rows[0]


def key_named(ctx, key_id: str) -> signing_keys.KeyInfo:
    return next(key for key in signing_keys.list_keys(ctx, admin_of(ctx)) if key.key_id == key_id)


def private_key_in(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return key


def private_pem(ctx, key_id: str) -> bytes | None:
    """The private key the database holds for ``key_id``, if any."""
    with reading(ctx) as session:
        return seal_keys.load(session, key_id)


def held(ctx) -> set[str]:
    with reading(ctx) as session:
        return seal_keys.held(session)


def office_private_key(ctx, key_id: str) -> Ed25519PrivateKey:
    pem = private_pem(ctx, key_id)
    assert pem is not None
    key = serialization.load_pem_private_key(pem, password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return key


def forged(payload: str, private: Ed25519PrivateKey, issued_on: date) -> str:
    """The certificate of ``payload`` re-dated to ``issued_on`` and signed with ``private``."""
    fields = replace(seal.decode(payload).fields, issued_on=issued_on,
                     valid_until=issued_on + timedelta(days=5 * 365))  # fmt: skip
    return seal.encode(fields, private.sign(seal.signed_message(fields)))


def signature_check(result: verification.Verification) -> verification.Check:
    return next(check for check in result.checks if check.title == "Podpis")


def database_is_sound(ctx) -> None:
    with reading(ctx) as session:
        report = check_database(session)
    assert report.ok, report


def test_a_new_key_destroys_the_old_private_key_after_backing_it_up(ctx, granted, tmp_path):
    old_id = the_seal(ctx).key_id
    assert private_pem(ctx, old_id) is not None
    backup = tmp_path / "wycofany-klucz.pem"
    done = key_retirement.new_local_key(ctx, resolve_actor(ctx, "admin"), backup)
    assert private_pem(ctx, old_id) is None
    assert done.destroyed == (old_id,)
    # Nothing else kept: the new key's private key only.
    assert held(ctx) == {done.new.key_id}
    assert done.backed_up == (old_id,)
    restored = private_key_in(backup)
    assert signing_keys.key_id_of(restored.public_key().public_bytes_raw()) == old_id
    assert backup.read_text(encoding="utf-8").startswith(f"# Klucz prywatny CALcert {old_id}")
    if os.name == "posix":
        assert backup.stat().st_mode & 0o077 == 0
    retired = key_named(ctx, old_id)
    assert retired.retired_at is not None and retired.retired_at == done.retired.retired_at
    assert key_named(ctx, done.new.key_id).retired_at is None
    assert not (ctx.paths.root / "klucze").exists()  # nothing in the data folder
    database_is_sound(ctx)


def test_without_a_backup_the_old_key_is_gone(ctx, granted, tmp_path):
    old_id = the_seal(ctx).key_id
    done = key_retirement.new_local_key(ctx, resolve_actor(ctx, "admin"))
    assert done.backed_up == () and private_pem(ctx, old_id) is None
    assert list(tmp_path.glob("*.pem")) == []


@pytest.mark.parametrize("where", ["existing", "keys folder"])
def test_a_bad_backup_target_changes_nothing(ctx, granted, tmp_path, where):
    old_id = the_seal(ctx).key_id
    if where == "existing":
        backup = tmp_path / "kopia.pem"
        backup.write_text("poprzednia kopia", encoding="utf-8")
        code = "key.backup_exists"
    else:
        backup = ctx.paths.keys / "kopia.pem"
        code = "key.backup_in_keys_folder"
    with pytest.raises(ValidationError) as caught:
        key_retirement.new_local_key(ctx, resolve_actor(ctx, "admin"), backup)
    assert caught.value.code == code
    assert private_pem(ctx, old_id) is not None
    assert [key.key_id for key in signing_keys.list_keys(ctx, admin_of(ctx))] == [old_id]
    assert key_named(ctx, old_id).retired_at is None
    if where == "existing":
        assert backup.read_text(encoding="utf-8") == "poprzednia kopia"
    else:
        assert not backup.exists()


def test_a_failed_backup_write_changes_nothing(ctx, granted, tmp_path):
    old_id = the_seal(ctx).key_id
    with pytest.raises(DomainError) as caught:  # its folder does not exist
        admin = resolve_actor(ctx, "admin")
        key_retirement.new_local_key(ctx, admin, tmp_path / "brak" / "k.pem")
    assert caught.value.code == "file.write_failed"
    assert held(ctx) == {old_id} and key_named(ctx, old_id).retired_at is None
    assert [key.key_id for key in signing_keys.list_keys(ctx, admin_of(ctx))] == [old_id]


def test_a_retired_key_left_by_an_earlier_version_goes_too(ctx, granted, tmp_path):
    admin = resolve_actor(ctx, "admin")
    first = the_seal(ctx).key_id
    kept = private_pem(ctx, first)
    assert kept is not None
    second = key_retirement.new_local_key(ctx, admin).new.key_id
    # As an earlier version left it: the retired key's file kept in klucze/, moved in.
    with writing(ctx, None, "test") as session:
        seal_keys.store(session, first, kept)
    backup = tmp_path / "kopia.pem"
    done = key_retirement.new_local_key(ctx, admin, backup)
    assert set(done.backed_up) == {first, second} == set(done.destroyed)
    assert held(ctx) == {done.new.key_id}
    text = backup.read_text(encoding="utf-8")
    assert text.count("-----BEGIN PRIVATE KEY-----") == 2
    assert f"CALcert {first}" in text and f"CALcert {second}" in text


def test_only_an_administrator_replaces_the_key(ctx, granted):
    with pytest.raises(PermissionDenied):
        key_retirement.new_local_key(ctx, resolve_actor(ctx, "biuro"))
    assert private_pem(ctx, the_seal(ctx).key_id) is not None


# --- verification ------------------------------------------------------------------------


def test_a_seal_forged_with_the_retired_key_is_refused_and_old_seals_still_verify(
    ctx, granted, tmp_path
):
    genuine = the_seal(ctx)
    backup = tmp_path / "wycofany.pem"
    key_retirement.new_local_key(ctx, resolve_actor(ctx, "admin"), backup)
    retired_on = key_named(ctx, genuine.key_id).retired_on
    assert retired_on is not None
    issued = retired_on + timedelta(days=1)
    fake = forged(genuine.payload, private_key_in(backup), issued)

    result = verification.verify(ctx, admin_of(ctx), fake, on=issued)
    assert result.verdict == verification.INVALID
    check = signature_check(result)
    assert check.ok is False
    assert check.detail.startswith("podpisany kluczem wycofanym dnia ")
    assert "podpisany kluczem wycofanym dnia" in result.headline
    # By the short code alone (an office's clerk typing it) nothing is found here at all.
    typed = seal.short_code(seal.decode(fake).signature)
    assert verification.verify(ctx, admin_of(ctx), typed).verdict == verification.INVALID

    still = verification.verify(ctx, admin_of(ctx), genuine.payload)
    assert still.valid
    assert signature_check(still).detail.startswith("prawidłowy")
    assert "wycofany" in signature_check(still).detail
    # Made on the day of the retirement: the seal's only clock is the day, so it passes.
    made = forged(genuine.payload, private_key_in(backup), retired_on)
    same_day = verification.verify(ctx, admin_of(ctx), made, on=retired_on)
    assert signature_check(same_day).ok is True


def _set(cli, sql: str, *values: object) -> None:
    with engines.raw(cli.database) as db:
        db.execute(sql, values)


def test_a_seal_this_register_stored_before_the_retirement_keeps_verifying(cli, ctx, granted):
    genuine = the_seal(ctx)
    key_retirement.new_local_key(ctx, resolve_actor(ctx, "admin"))
    # A retirement before the certificate's issue day (2024-02-29): only the stored seal's
    # own time decides whether it was made while the key was in use.
    _set(cli, "UPDATE signing_keys SET retired_at = ? WHERE key_id = ?",
         "2024-01-10 12:00:00.000000", genuine.key_id)  # fmt: skip
    after = verification.verify(ctx, admin_of(ctx), genuine.payload)
    assert signature_check(after).ok is False  # stored now, after that retirement
    _set(cli, "UPDATE certificate_seals SET sealed_at = ?", "2024-01-10 09:00:00.000000")
    before = verification.verify(ctx, admin_of(ctx), genuine.payload)
    assert before.valid and signature_check(before).ok is True


# --- another installation's key --------------------------------------------------------------


def test_an_imported_key_marked_retired_refuses_later_seals(ctx, granted, tmp_path):
    office = the_seal(ctx)
    office_key = key_named(ctx, office.key_id)
    private = office_private_key(ctx, office.key_id)
    laptop = open_context(DataPaths(tmp_path / "laptop"), create=True)
    laptop.today = lambda: date(2025, 6, 1)
    try:
        people.ensure_admin(laptop)
        admin = resolve_actor(laptop, "admin")
        signing_keys.import_key(laptop, admin, office_key.text, "Biuro CAL")
        later = forged(office.payload, private, date(2025, 3, 1))
        unconfirmed = verification.UNCONFIRMED
        assert verification.verify(laptop, admin_of(laptop), later).verdict == unconfirmed

        with pytest.raises(ValidationError) as caught:
            key_retirement.retire_imported_key(laptop, admin, office.key_id, date(2025, 6, 2))
        assert caught.value.code == "key.retire_future"
        marked = key_retirement.retire_imported_key(laptop, admin, office.key_id.upper(),
                                                    date(2025, 1, 31))  # fmt: skip
        assert marked.retired_on == date(2025, 1, 31)

        refused = verification.verify(laptop, admin_of(laptop), later)
        assert refused.verdict == verification.INVALID
        assert signature_check(refused).detail.startswith(
            "podpisany kluczem wycofanym dnia 31 stycznia 2025 r."
        )
        # Issued before the retirement (the office's genuine certificate): still genuine.
        assert verification.verify(laptop, admin_of(laptop), office.payload).verdict == unconfirmed

        with pytest.raises(ValidationError) as again:
            key_retirement.retire_imported_key(laptop, admin, office.key_id, date(2025, 2, 1))
        assert again.value.code == "key.already_retired" and "2025-01-31" in again.value.message
        with pytest.raises(NotFound):
            key_retirement.retire_imported_key(laptop, admin, "0" * 16, date(2025, 2, 1))
        own = signing_keys.ensure_local_key(laptop, admin)
        with pytest.raises(ValidationError) as local:
            key_retirement.retire_imported_key(laptop, admin, own.key_id, date(2025, 2, 1))
        assert local.value.code == "key.retire_local" and "calcert keys new" in local.value.message
        with reading(laptop) as session:
            report = check_database(session)
            assert report.ok, report
            rows = session.scalars(select(SigningKey)).all()
            assert {row.key_id for row in rows if row.retired_at} == {office.key_id}
    finally:
        laptop.close()


def test_destroying_overwrites_before_deleting(ctx, granted):
    old_id = the_seal(ctx).key_id
    original = private_pem(ctx, old_id)
    assert original is not None
    seen: list[str] = []
    with writing(ctx, None, "test") as session:
        real_execute = session.execute

        def execute(statement, *args, **kwargs):
            table = getattr(statement, "table", None)
            if getattr(statement, "is_delete", False) and table is SealPrivateKey.__table__:
                seen.append(real_execute(select(SealPrivateKey.pem)).scalar_one())
            return real_execute(statement, *args, **kwargs)

        session.execute = execute  # type: ignore[method-assign]
        assert seal_keys.destroy(session, old_id)
        session.rollback()  # only watched: the key stays
    assert len(seen) == 1 and len(seen[0]) == len(original)
    assert seen[0].encode() != original and "PRIVATE KEY" not in seen[0]
