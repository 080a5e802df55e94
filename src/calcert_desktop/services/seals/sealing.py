"""Sealing certificates: the signed QR text and short code each certificate carries.

A seal is made once per certificate and stored (``certificate_seals``), so every copy prints
the same QR code and code: at issue, inside the Board's issuing transaction, or, for a
certificate issued before seals existed, when it is first rendered (a short transaction of
its own, action "seal-certificate").
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from calcert_desktop.documents.certificate import encode_qr, pack_qr
from calcert_desktop.domain import seal
from calcert_desktop.domain.errors import NotFound
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.services.seals import signing_keys
from calcert_desktop.storage.case_columns import declaration_of
from calcert_desktop.storage.models import Case, Certificate, CertificateSeal

ACTION = "seal-certificate"


@dataclass(frozen=True)
class StoredSeal:
    """A certificate's seal as stored: the QR code's text and the short code, grouped."""

    payload: str
    code: str  # 7KQ2-M9XD-4HTA
    key_id: str
    matrix: str = ""  # the payload's QR code (documents/certificate.pack_qr); "" if made before


def institution_name(case: Case) -> str:
    """The institution's name as the case's declaration gives it."""
    institution = declaration_of(case).get("institution") or {}
    name = institution.get("name") if isinstance(institution, dict) else None
    return name.strip() if isinstance(name, str) else ""


def fields_of(certificate: Certificate, institution: str, key_id: str) -> seal.SealFields:
    """What the seal of ``certificate`` vouches for."""
    return seal.SealFields(key_id, certificate.number, seal.seal_name(institution),
                           certificate.issued_on, certificate.valid_until)  # fmt: skip


def seal_in(session: Session, ctx: AppContext, certificate: Certificate) -> CertificateSeal:
    """Seal ``certificate`` inside the caller's writing transaction with this installation's
    key (made on first need); DomainError (Polish) when the key file is missing or damaged."""
    case = session.get(Case, certificate.case_id)
    assert case is not None
    signer = signing_keys.local_signer(session, ctx)
    fields = fields_of(certificate, institution_name(case), signer.key_id)
    signature = signer.sign(seal.signed_message(fields))
    session.flush()  # the certificate's id, when it was only just added
    payload = seal.encode(fields, signature)
    row = CertificateSeal(
        certificate_id=certificate.id, key_id=signer.key_id, payload=payload,
        code=seal.grouped(seal.short_code(signature)),
        sealed_at=datetime.now(UTC).replace(tzinfo=None),
        qr_matrix=pack_qr(encode_qr(payload)),  # once: printing then never encodes it
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row


def _stored(row: CertificateSeal) -> StoredSeal:
    return StoredSeal(row.payload, row.code, row.key_id, row.qr_matrix or "")


def stored_seal(session: Session, certificate_id: uuid.UUID) -> StoredSeal | None:
    """The seal of a certificate, if it has one."""
    row = session.scalar(
        select(CertificateSeal).where(CertificateSeal.certificate_id == certificate_id)
    )
    return _stored(row) if row is not None else None


def ensure_sealed(
    ctx: AppContext, certificate_id: uuid.UUID, actor: Actor | None = None
) -> StoredSeal:
    """The seal of a certificate, made now (in its own transaction) if it has none yet."""
    with reading(ctx) as session:
        found = stored_seal(session, certificate_id)
    if found is not None:
        return found
    try:
        with writing(ctx, actor, ACTION) as session:
            certificate = session.get(Certificate, certificate_id)
            assert certificate is not None
            return _stored(seal_in(session, ctx, certificate))
    except IntegrityError:
        # Sealed at the same moment by another window or process: that seal stands.
        with reading(ctx) as session:
            found = stored_seal(session, certificate_id)
        if found is None:
            raise
        return found


def seal_of_number(ctx: AppContext, number: str, actor: Actor | None = None) -> StoredSeal:
    """The seal of the certificate numbered ``number`` (made now if it has none yet);
    NotFound (Polish) when the register has no such certificate."""
    with reading(ctx) as session:
        certificate_id = session.scalar(select(Certificate.id).where(Certificate.number == number))
    if certificate_id is None:
        raise NotFound("seal.no_certificate", None, number=number)
    return ensure_sealed(ctx, certificate_id, actor)
