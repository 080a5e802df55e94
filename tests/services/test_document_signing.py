"""Signing a stored document electronically (services/documents/signing.py): the signed copy
stored beside the unsigned one, with the signer and time in its row and in the history; a
refusal writes nothing; the time-stamping server is an office setting."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from calcert_desktop.documents import pades
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.services.admin import office as office_settings
from calcert_desktop.services.context import reading, resolve_actor
from calcert_desktop.services.documents import generate, signing
from calcert_desktop.services.views import case_file
from calcert_desktop.storage.models import Blob, GeneratedDocument
from pades_keys import P12_PASSWORD, p12_file


def counts(ctx) -> tuple[int, int]:
    with reading(ctx) as session:
        rows = session.scalar(select(func.count()).select_from(GeneratedDocument)) or 0
        blobs = session.scalar(select(func.count()).select_from(Blob)) or 0
    return rows, blobs


def test_a_signed_document_is_stored_beside_the_unsigned_one(ctx, granted, tmp_path: Path):
    office = resolve_actor(ctx, "biuro")
    unsigned = generate.generate(ctx, office, "certificate", granted)
    key = pades.Pkcs12Key(p12_file(tmp_path, "Ewa Zalewska"), P12_PASSWORD)

    result = signing.sign(ctx, office, unsigned.id, key, reason="Certyfikat Jakości CAL")
    signed = result.document
    assert result.timestamp_problem is None
    assert signed.name == unsigned.name.removesuffix(".pdf") + " (podpisany).pdf"
    assert (signed.kind, signed.signer) == ("certificate", "Ewa Zalewska")
    assert signed.timestamped is False
    assert signed.signed_from_id == unsigned.id and signed.signed and not unsigned.signed
    assert signed.sha256 != unsigned.sha256

    listed = generate.list_generated(ctx, office, granted)
    assert {d.id for d in listed} == {unsigned.id, signed.id}
    [check] = signing.check(ctx, office, next(d for d in listed if d.id == signed.id))
    assert check.valid and check.signer == "Ewa Zalewska"
    assert signing.check(ctx, office, unsigned) == []
    assert signing.newest(ctx, office, "certificate", granted, signed=True) == signed
    assert signing.newest(ctx, office, "certificate", granted, signed=False).id == unsigned.id

    history = case_file.load(ctx, office, granted).history
    entry = next(e for e in history if e.action == "sign-document")
    assert entry.user == "biuro" and entry.new is not None
    assert entry.new["signer"] == "Ewa Zalewska" and entry.new["file_name"] == signed.file_name

    # Signed again (a second Board member): a third file, both signatures valid in it.
    again = signing.sign(
        ctx, office, signed.id, pades.Pkcs12Key(p12_file(tmp_path, "Jerzy Będkowski"),
                                                P12_PASSWORD),
    ).document  # fmt: skip
    assert again.name == unsigned.name.removesuffix(".pdf") + " (podpisany 2).pdf"
    checks = signing.check(ctx, office, again)
    assert [c.signer for c in checks] == ["Ewa Zalewska", "Jerzy Będkowski"]
    assert all(c.valid for c in checks)


def test_a_wrong_password_writes_nothing(ctx, granted, tmp_path: Path):
    office = resolve_actor(ctx, "biuro")
    unsigned = generate.generate(ctx, office, "certificate", granted)
    before = counts(ctx)
    with pytest.raises(ValidationError) as refused:
        signing.sign(ctx, office, unsigned.id, pades.Pkcs12Key(p12_file(tmp_path), "złe"))
    assert refused.value.code == "signature.p12_rejected"
    assert counts(ctx) == before


def test_the_time_stamping_server_is_an_office_setting(ctx, granted, tmp_path: Path):
    admin = resolve_actor(ctx, "admin")
    with pytest.raises(ValidationError) as bad:
        office_settings.save(ctx, admin, {"office.timestamp_url": "time.certum.pl"})
    assert "http://" in bad.value.message
    office_settings.save(ctx, admin, {"office.timestamp_url": "http://127.0.0.1:9/tsa"})

    office = resolve_actor(ctx, "biuro")
    unsigned = generate.generate(ctx, office, "certificate", granted)
    result = signing.sign(ctx, office, unsigned.id, pades.Pkcs12Key(p12_file(tmp_path),
                                                                      P12_PASSWORD))
    assert result.timestamp_problem and "127.0.0.1:9" in result.timestamp_problem
    assert result.document.timestamped is False
