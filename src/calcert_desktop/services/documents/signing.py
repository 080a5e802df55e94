"""Signing a case's stored documents electronically, and checking their signatures.

A person who may read the case signs one of its generated documents with their own
certificate (a PKCS#12 file or a smart card: :mod:`calcert_desktop.documents.pades`). The
signed PDF is stored beside the unsigned one, as a document of the same kind named
``… (podpisany).pdf``, its row saying who signed, when, with a time stamp or not, and which
document it signs; the unsigned one stays as it was. The signature is made before the
transaction (a card may take seconds and ask for its PIN), read back before anything is
stored (a signature that does not verify is never kept), and stored in one audited
transaction.

:func:`check` reads a stored document's signatures back (the case file does so when a
signed document is opened), :func:`check_file` those of any PDF on disk.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.documents import pades
from calcert_desktop.domain.document_names import signed_file_name
from calcert_desktop.domain.errors import NotFound, ValidationError
from calcert_desktop.domain.office import OfficeDetails
from calcert_desktop.services import access, office
from calcert_desktop.services.changes import Changes, Kind
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.services.documents import generate
from calcert_desktop.services.documents.generate import GeneratedInfo
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.storage import blobs
from calcert_desktop.storage.models import Case, GeneratedDocument

ACTION = "sign-document"


@dataclass(frozen=True)
class SigningResult:
    """The stored signed document, and why it has no time stamp when a server was set but
    did not give one."""

    document: GeneratedInfo
    timestamp_problem: str | None = None
    # The unsigned document made and stored with it, when none was stored (:func:`sign_kind`).
    generated: GeneratedInfo | None = None

    @property
    def changes(self) -> Changes:
        """What signing changed (the case's documents and history), for the front ends."""
        return self.document.changes


def _stored_row(session: Session, document_id: uuid.UUID) -> GeneratedDocument:
    row = session.get(GeneratedDocument, document_id)
    if row is None:
        raise NotFound("signature.document_missing", None)
    return row


def _content(session: Session, row: GeneratedDocument) -> bytes:
    try:
        return blobs.read(session, row.sha256, row.file_name)
    except blobs.BlobMissing:
        raise NotFound("document.not_stored", None, name=row.file_name) from None


def _readable_document(
    ctx: AppContext, actor: Actor, document_id: uuid.UUID
) -> tuple[GeneratedDocument, Case, bytes]:
    with reading(ctx) as session:
        row = _stored_row(session, document_id)
        case = session.get(Case, row.case_id)
        assert case is not None
        access.check_readable(session, actor, case)
        pdf = _content(session, row)
        session.expunge(row)
        session.expunge(case)
    return row, case, pdf


def _office(ctx: AppContext) -> OfficeDetails:
    with reading(ctx) as session:
        return office.details(session)


def sign(
    ctx: AppContext,
    actor: Actor,
    document_id: uuid.UUID,
    key: pades.SignerKey,
    reason: str = "",
) -> SigningResult:
    """Sign the stored document ``document_id`` with ``key`` and store the signed copy
    beside it (with a time stamp when the office's settings name a server that answers).

    Anyone who may read the case may sign its documents; the certificate says who they are.
    A wrong password or PIN, a missing card or a signature that does not verify is refused
    in Polish before anything is written."""
    row, case, pdf = _readable_document(ctx, actor, document_id)
    signed = _signed(ctx, pdf, key, reason)
    at = datetime.now(UTC).replace(tzinfo=None)
    with writing(ctx, actor, ACTION) as session:
        current = find_case(session, display_reference(case))
        info = _store_signed(session, actor, current, row, signed, at)
    return _result(info, case, signed)


def sign_kind(
    ctx: AppContext,
    actor: Actor,
    kind: str,
    reference: str,
    key: pades.SignerKey,
    reason: str = "",
) -> SigningResult:
    """Sign the newest unsigned stored document ``kind`` of the case ``reference``; when the
    case has none stored, render it, sign it, and store both in one transaction (a refused
    signature leaves no unsigned document behind either)."""
    stored = newest(ctx, actor, kind, reference, signed=False)
    if stored is not None:
        return sign(ctx, actor, stored.id, key, reason)
    rendered = generate.render_document(ctx, actor, kind, reference)
    signed = _signed(ctx, rendered.pdf, key, reason)
    at = datetime.now(UTC).replace(tzinfo=None)
    with writing(ctx, actor, ACTION) as session:
        case = find_case(session, reference)
        made = generate.store(session, actor, case, kind, rendered, at, ctx.today())
        row = session.get(GeneratedDocument, made.id)
        assert row is not None
        info = _store_signed(session, actor, case, row, signed, at)
    return replace(_result(info, case, signed), generated=made)


def _signed(ctx: AppContext, pdf: bytes, key: pades.SignerKey, reason: str) -> pades.Signed:
    details = _office(ctx)
    return pades.sign(
        pdf, key, reason=reason.strip(), location=details.place,
        timestamp_url=details.timestamp_url,
    )  # fmt: skip


def _store_signed(
    session: Session, actor: Actor, case: Case, row: GeneratedDocument, signed: pades.Signed,
    at: datetime,
) -> GeneratedInfo:
    """Keep the signed PDF and its row (beside ``row``, the document it signs)."""
    taken = {
        PurePosixPath(name).name
        for name in session.scalars(
            select(GeneratedDocument.file_name).where(GeneratedDocument.case_id == case.id)
        )
    }
    name = signed_file_name(PurePosixPath(row.file_name).name, taken)
    stored = blobs.put(session, signed.pdf)
    signed_row = GeneratedDocument(
        case_id=case.id, kind=row.kind, generated_at=at, generated_by_id=actor.id,
        file_name=f"{at.year}/{name}", size_bytes=stored.size_bytes, sha256=stored.sha256,
        template_version=row.template_version, signed_from_id=row.id,
        signer=signed.signer[:200], signed_at=signed.signed_at, timestamped=signed.timestamped,
    )  # fmt: skip
    session.add(signed_row)
    session.flush()
    return generate.info_of(signed_row, actor.full_name)


def _result(info: GeneratedInfo, case: Case, signed: pades.Signed) -> SigningResult:
    changes = Changes.of(Kind.DOCUMENTS, Kind.HISTORY, references=(display_reference(case),))
    return SigningResult(replace(info, changes=changes), signed.timestamp_problem)


def check(ctx: AppContext, actor: Actor, document: GeneratedInfo) -> list[pades.SignatureCheck]:
    """The signatures of the stored ``document``, read back from its bytes (empty when it
    has none)."""
    _, _, pdf = _readable_document(ctx, actor, document.id)
    return pades.verify(pdf)


def _read_file(path: Path | str) -> bytes:
    """The bytes of the file the user named; ValidationError (Polish) when it cannot be read."""
    target = Path(path).expanduser()
    try:
        return target.read_bytes()
    except OSError as error:
        raise ValidationError(
            "file.unreadable", "file", path=str(target), reason=error.strerror or str(error)
        ) from None


def check_file(path: Path | str) -> list[pades.SignatureCheck]:
    """The signatures of the PDF file ``path`` (ValidationError in Polish when it cannot
    be read or is no PDF)."""
    return pades.verify(_read_file(path))


def sign_file(
    ctx: AppContext | None, source: Path | str, target: Path | str, key: pades.SignerKey,
    reason: str = "",
) -> pades.Signed:
    """Sign the PDF file ``source`` (not a stored document) into ``target``, complete under
    its name or not at all; with the office's place and time-stamping server when ``ctx``
    is given."""
    from calcert_desktop.services.documents.exports import write_file

    pdf = _read_file(source)
    details = _office(ctx) if ctx is not None else None
    signed = pades.sign(
        pdf, key, reason=reason.strip(), location=details.place if details else "",
        timestamp_url=details.timestamp_url if details else "",
    )  # fmt: skip
    write_file(target, signed.pdf)
    return signed


def newest(
    ctx: AppContext, actor: Actor, kind: str, reference: str, *, signed: bool
) -> GeneratedInfo | None:
    """The newest stored document ``kind`` of the case ``reference``, signed or not as
    ``signed`` asks, or None."""
    for info in generate.list_generated(ctx, actor, reference):
        if info.kind == kind and info.signed == signed:
            return info
    return None


def newest_signed(ctx: AppContext, actor: Actor, kind: str, reference: str) -> GeneratedInfo:
    """The newest signed document ``kind`` of the case; NotFound (Polish) when it has none."""
    found = newest(ctx, actor, kind, reference, signed=True)
    if found is None:
        label = generate.kinds()[kind].label if kind in generate.kinds() else kind
        raise NotFound("signature.no_signed_document", None, reference=reference, kind=label)
    return found
