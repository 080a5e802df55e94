"""Sealing certificates and checking them: at issue, lazily for older certificates, the same
seal on every copy, the keys (missing private key, import), and the verdicts of verification."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, func, select

import engines
from calcert_desktop.domain import seal
from calcert_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, reading, resolve_actor, writing
from calcert_desktop.services.documents import certificate
from calcert_desktop.services.seals import key_retirement, sealing, signing_keys, verification
from calcert_desktop.storage import seal_keys
from calcert_desktop.storage.models import AuditEntry, CertificateSeal, SealPrivateKey, SigningKey
from case_scenarios import revoked_case
from cli_support import admin_of


@pytest.fixture
def ctx(ctx):
    """conftest's services on the test data folder, on a fixed day."""
    ctx.today = lambda: date(2025, 6, 1)
    return ctx


def only_seal(ctx) -> sealing.StoredSeal:
    with reading(ctx) as session:
        rows = session.scalars(select(CertificateSeal)).all()
        assert len(rows) == 1
        return sealing.StoredSeal(rows[0].payload, rows[0].code, rows[0].key_id,
                                  rows[0].qr_matrix or "")


def test_the_board_seals_the_certificate_when_it_issues_it(ctx, granted):
    row = only_seal(ctx)
    fields = seal.decode(row.payload).fields
    assert fields.number == "CJ-001/2024"
    assert fields.institution == "Gminny Ośrodek Pomocy Społecznej w Łącku"
    assert (fields.issued_on, fields.valid_until) == (date(2024, 2, 29), date(2029, 2, 28))
    assert row.code == seal.grouped(seal.short_code(seal.decode(row.payload).signature))
    with reading(ctx) as session:
        pem = seal_keys.load(session, row.key_id)
        assert pem is not None and pem.startswith(b"-----BEGIN PRIVATE KEY-----")
        # The secret is never copied into the audit log (its public row is logged).
        logged = session.scalars(select(AuditEntry.new).where(AuditEntry.new.is_not(None)))
        assert not any("PRIVATE KEY" in text for text in logged)
        key = session.scalar(select(SigningKey))
        assert (key.key_id, key.origin) == (row.key_id, "local")
        # Made by the first write of the prepared folder (the audit log's head is signed
        # from its first entry on), which it names.
        assert key.label.startswith("Ta instalacja (")
        # Written in the issuing transaction: its audit entries name the action "issue".
        actions = set(session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "certificate_seals")))
        assert actions == {"issue"}  # fmt: skip


def test_a_certificate_issued_before_seals_is_sealed_once_when_first_rendered(cli, ctx, granted):
    with engines.raw(cli.database) as db:  # as if issued by an older version
        db.execute("DELETE FROM certificate_seals")
    first = certificate.certificate_data(ctx, granted).seal
    second = certificate.certificate_data(ctx, granted).seal
    assert first is not None and first == second
    row = only_seal(ctx)
    assert (row.payload, row.code) == (first.payload, first.code)
    with reading(ctx) as session:
        count = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "certificate_seals", AuditEntry.action == sealing.ACTION))
        assert count == 1  # fmt: skip


def test_a_missing_private_key_is_a_clear_error_and_no_new_key_is_made(cli, ctx, granted):
    row = only_seal(ctx)
    with writing(ctx, None, "test") as session:  # lost behind the services' back
        session.execute(delete(SealPrivateKey))
        session.execute(delete(CertificateSeal))
    with pytest.raises(DomainError) as caught:
        certificate.certificate_data(ctx, granted)
    assert caught.value.code == "key.missing"
    assert "W bazie danych brak klucza prywatnego" in caught.value.message
    assert "calcert keys new" in caught.value.message
    with reading(ctx) as session:
        assert session.scalar(select(func.count()).select_from(SigningKey)) == 1
    # Deliberately, by an administrator: the old key is retired, a new one sealing.
    with pytest.raises(PermissionDenied):
        key_retirement.new_local_key(ctx, resolve_actor(ctx, "biuro"))
    new = key_retirement.new_local_key(ctx, resolve_actor(ctx, "admin")).new
    assert new.key_id != row.key_id
    assert certificate.certificate_data(ctx, granted).seal is not None
    assert only_seal(ctx).key_id == new.key_id


def test_a_damaged_private_key_is_refused(ctx, granted):
    row = only_seal(ctx)
    with writing(ctx, None, "test") as session:
        seal_keys.store(session, row.key_id, b"nie klucz")
    with pytest.raises(DomainError) as caught:
        signing_keys.ensure_local_key(ctx, resolve_actor(ctx, "biuro"))
    assert caught.value.code == "key.corrupt" and "uszkodzony" in caught.value.message


# --- verification ---------------------------------------------------------------------------


def test_a_genuine_payload_is_valid_within_its_dates(ctx, granted):
    row = only_seal(ctx)
    result = verification.verify(ctx, admin_of(ctx), row.payload)
    assert result.valid and result.number == "CJ-001/2024"
    assert "prawdziwy i ważny w dniu 1 czerwca 2025 r." in result.headline
    assert all(check.ok for check in result.checks)
    titles = [check.title for check in result.checks]
    assert titles == ["Dane z kodu QR", "Podpis", "Daty", "Rejestr", "Status w rejestrze"]
    expired = verification.verify(ctx, admin_of(ctx), row.payload, on=date(2029, 3, 1))
    assert not expired.valid and "wygasł" in expired.headline
    early = verification.verify(ctx, admin_of(ctx), row.payload, on=date(2024, 2, 28))
    assert not early.valid and "jeszcze nie obowiązywał" in early.headline


def _resigned(row: sealing.StoredSeal, ctx, **changes) -> str:
    """The stored seal with one field changed and the original signature kept."""
    decoded = seal.decode(row.payload)
    return seal.encode(replace(decoded.fields, **changes), decoded.signature)


@pytest.mark.parametrize("changes", [
    {"number": "CJ-002/2024"},
    {"institution": "Gminny Ośrodek Pomocy Społecznej w Łącku Górnym"},
    {"issued_on": date(2024, 3, 1)},
    {"valid_until": date(2034, 2, 28)},
])  # fmt: skip
def test_a_changed_field_fails_the_signature(ctx, granted, changes):
    row = only_seal(ctx)
    result = verification.verify(ctx, admin_of(ctx), _resigned(row, ctx, **changes))
    assert not result.valid
    signature = next(check for check in result.checks if check.title == "Podpis")
    assert signature.ok is False and "nieprawidłowy" in signature.detail


def test_one_changed_letter_of_the_payload_is_never_valid(ctx, granted):
    payload = only_seal(ctx).payload
    position = len(payload) // 2
    letter = "A" if payload[position] != "A" else "B"
    changed = payload[:position] + letter + payload[position + 1 :]
    result = verification.verify(ctx, admin_of(ctx), changed)
    assert result.verdict == verification.INVALID


def test_an_unknown_key_is_a_verdict_not_a_crash(ctx, granted):
    stranger = Ed25519PrivateKey.generate()
    key_id = signing_keys.key_id_of(stranger.public_key().public_bytes_raw())
    fields = replace(seal.decode(only_seal(ctx).payload).fields, key_id=key_id)
    forged = seal.encode(fields, stranger.sign(seal.signed_message(fields)))
    result = verification.verify(ctx, admin_of(ctx), forged)
    assert result.verdict == verification.INVALID
    assert "nieznany klucz" in result.headline


def test_an_imported_key_checks_another_installations_certificates(ctx, granted, tmp_path):
    office = only_seal(ctx)
    office_key = signing_keys.list_keys(ctx, admin_of(ctx))[0]
    # A laptop with an empty register of its own: the office's key imported.
    laptop = open_context(DataPaths(tmp_path / "laptop"), create=True)
    try:
        from calcert_desktop.services.admin import people

        people.ensure_admin(laptop)
        admin = resolve_actor(laptop, "admin")
        before = verification.verify(laptop, admin_of(laptop), office.payload)
        assert before.verdict == verification.INVALID and "nieznany klucz" in before.headline
        with pytest.raises(ValidationError) as caught:
            signing_keys.import_key(laptop, admin, office_key.text[:-3] + "AAA", "Biuro CAL")
        assert caught.value.code in {"key.id_mismatch", "key.malformed"}
        signing_keys.import_key(laptop, admin, office_key.text, "Biuro CAL w Warszawie")
        after = verification.verify(laptop, admin_of(laptop), office.payload, on=date(2025, 6, 1))
        assert after.verdict == verification.UNCONFIRMED
        assert [check.ok for check in after.checks] == [True, True, True, None]
        assert "Biuro CAL w Warszawie" in after.checks[1].detail
        assert "sprawdź go w rejestrze CAL" in after.headline
        with pytest.raises(ValidationError):
            signing_keys.import_key(laptop, admin, office_key.text, "drugi raz")
    finally:
        laptop.close()


def test_a_revoked_certificate_is_genuine_but_not_valid(cli, ctx, declaration_file):
    revoked_case(cli, declaration_file)
    row = only_seal(ctx)
    result = verification.verify(ctx, admin_of(ctx), row.payload, on=date(2025, 6, 1))
    assert result.verdict == verification.INVALID
    status = result.checks[-1]
    assert (status.title, status.ok, status.detail) == (
        "Status w rejestrze", False, "odebrany")  # fmt: skip
    signature = next(check for check in result.checks if check.title == "Podpis")
    assert signature.ok is True


def test_by_code_and_by_number_with_code(ctx, granted):
    row = only_seal(ctx)
    by_code = verification.verify(ctx, admin_of(ctx), row.code.lower().replace("-", " "))
    assert by_code.valid and by_code.checks[1].title == "Kod weryfikacyjny"
    by_both = verification.verify(ctx, admin_of(ctx), f"cj-001/2024 {row.code}")
    assert by_both.valid
    other = seal.grouped(seal.short_code(b"x" * 64))
    wrong = verification.verify(ctx, admin_of(ctx), f"CJ-001/2024 {other}")
    assert wrong.verdict == verification.INVALID and "nie pasuje" in wrong.headline
    unknown = verification.verify(ctx, admin_of(ctx), other)
    assert unknown.verdict == verification.INVALID and "nie ma w rejestrze" in unknown.headline
    missing = verification.verify(ctx, admin_of(ctx), f"CJ-077/2024 {row.code}")
    assert missing.verdict == verification.INVALID


@pytest.mark.parametrize("text", ["", "   ", "hello world", "CJ-001/2024", "1234"])
def test_garbage_is_refused_in_polish(ctx, granted, text):
    with pytest.raises(ValidationError) as caught:
        verification.verify(ctx, admin_of(ctx), text)
    assert caught.value.code in {"seal.empty", "seal.unrecognised"}
    assert "kod" in caught.value.message.lower()


def test_a_malformed_payload_is_an_invalid_verdict(ctx, granted):
    result = verification.verify(ctx, admin_of(ctx), "CAL1.NIEPOPRAWNE!!")
    assert result.verdict == verification.INVALID
    assert result.checks[0].ok is False and "niedozwolone znaki" in result.checks[0].detail



def test_seal_of_number_gives_the_stored_seal_and_refuses_an_unknown_number(ctx, granted):
    from calcert_desktop.domain.errors import NotFound

    found = sealing.seal_of_number(ctx, "CJ-001/2024")
    assert found == only_seal(ctx)
    with pytest.raises(NotFound) as refused:
        sealing.seal_of_number(ctx, "CJ-999/2099")
    assert refused.value.message == "W rejestrze nie ma certyfikatu nr CJ-999/2099."
