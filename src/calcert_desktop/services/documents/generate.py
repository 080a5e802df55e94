"""Generating a case's documents: each kind of document (:mod:`registry`) has the function
that reads what it needs from the database and hands plain data to its module in
``documents/``.

The command line (``calcert pdf KIND REF``) renders through ``render`` and stores nothing;
the case file generates through ``generate``, which keeps every PDF in the database (a blob,
storage/blobs.py, so every PC of the office sees it) with a ``generated_documents`` row
saying under which name, when and by whom, written in the same transaction. Opening,
printing or saving one streams it out of the database into a file
(:func:`generated_file`; ``exports.save_copy``).
"""

from __future__ import annotations

import stat
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.document_names import document_file_name
from calcert_desktop.domain.errors import NotFound, ValidationError
from calcert_desktop.services import access
from calcert_desktop.services.changes import NOTHING, Changes, Kind
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.services.documents import registry
from calcert_desktop.services.documents.kind import DocumentKind, Rendered
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.storage import blobs
from calcert_desktop.storage.models import Case, GeneratedDocument, User
from calcert_desktop.storage.preview_folder import PREVIEWS, PreviewFolder


def kinds() -> dict[str, DocumentKind]:
    """Every kind of document, by code, in the order of :data:`registry.KINDS`."""
    return {kind.code: kind for kind in registry.KINDS}


def render(ctx: AppContext, actor: Actor, kind: str, reference: str) -> bytes:
    """The PDF of the document ``kind`` of the case ``reference``.

    A builder refuses (``document.not_applicable``) when the case has nothing to put in it,
    e.g. a certificate of a case that has none."""
    return render_document(ctx, actor, kind, reference).pdf


def render_document(ctx: AppContext, actor: Actor, kind: str, reference: str) -> Rendered:
    """Like :func:`render`, with the version of the wording the document was rendered in."""
    found = registry.kind(kind)  # that kind's module alone: not every document's
    if found is None:
        known = sorted(code for code, _ in registry.CODES)
        raise ValidationError("document.unknown_kind", "kind", value=kind, known=", ".join(known))
    with reading(ctx) as session:
        access.readable_case(session, actor, reference)  # an expert: only their visits' cases
    built = found.build(ctx, reference)
    return built if isinstance(built, Rendered) else Rendered(built)


def applicable_kinds(ctx: AppContext, actor: Actor, reference: str) -> list[DocumentKind]:
    """The kinds of document the case ``reference`` has something for, in registry order:
    those whose source record the case has (one cheap query each; rendering every PDF to
    find out would take seconds). A kind without a source is made for every case."""
    known = kinds()
    today = ctx.today()
    with reading(ctx) as session:
        case = access.readable_case(session, actor, reference)
        return [kind for kind in known.values() if _has_source(kind, session, case, today)]


def _has_source(kind: DocumentKind, session: Session, case: Case, today: date) -> bool:
    if kind.dated_source is not None:
        return kind.dated_source(session, case, today) is not None
    return kind.source is None or kind.source(session, case) is not None


# --- Generated documents, stored with the case ---------------------------------------------
@dataclass(frozen=True)
class GeneratedInfo:
    """One document generated from a case and stored in the database."""

    id: uuid.UUID
    kind: str
    kind_label: str
    generated_at: datetime  # UTC, without tzinfo (as stored)
    generated_by: str  # full name
    file_name: str  # by year, e.g. 2026/CAL-2026-0001-...pdf
    size_bytes: int
    sha256: str
    template_version: str | None
    # Signed electronically: the holder of the certificate, when (UTC), with a time stamp or
    # not, and the stored document it signs (services/documents/signing.py).
    signer: str | None = None
    signed_at: datetime | None = None
    timestamped: bool | None = None
    signed_from_id: uuid.UUID | None = None
    # A copy to open or print, when one was asked for (:func:`with_copy`).
    copy: Path | None = field(default=None, compare=False)
    changes: Changes = field(default=NOTHING, compare=False)  # what generating it changed

    @property
    def signed(self) -> bool:
        """Whether this is a document signed electronically."""
        return self.signer is not None

    @property
    def name(self) -> str:
        """The file name alone (no year folder), as it is opened and saved."""
        return PurePosixPath(self.file_name).name


ACTION = "generate-document"


def stored_name(session: Session, case: Case, kind: str, at: datetime, on: date) -> str:
    """The document's name, in the folder of the year it was made (``at``, UTC): what it
    is, the case number, the institution and the day ``on`` (the office's day the document
    is dated), as a person reads it (``domain.document_names``); unique among the case's
    documents."""
    known = kinds()
    title = known[kind].title_in_file_name if kind in known else kind
    taken = {
        PurePosixPath(name).name
        for name in session.scalars(
            select(GeneratedDocument.file_name).where(GeneratedDocument.case_id == case.id)
        )
    }
    name = document_file_name(title, display_reference(case), case.institution_name, on, taken)
    return f"{at.year}/{name}"


def info_of(row: GeneratedDocument, who: str) -> GeneratedInfo:
    """What the case file shows of the stored document ``row`` (``who``: its maker's name)."""
    known = kinds()
    label = known[row.kind].label if row.kind in known else row.kind
    return GeneratedInfo(
        row.id, row.kind, label, row.generated_at, who, row.file_name, row.size_bytes,
        row.sha256, row.template_version, row.signer, row.signed_at, row.timestamped,
        row.signed_from_id,
    )  # fmt: skip


def _record(session: Session, row: GeneratedDocument) -> None:
    """Add the row of a stored document (apart so a test can make the transaction fail)."""
    session.add(row)
    session.flush()


def generate(ctx: AppContext, actor: Actor, kind: str, reference: str) -> GeneratedInfo:
    """Render the document ``kind`` of the case ``reference``, keep the PDF in the database
    and record it with the case, in one audited transaction.

    Anyone who can read the case may generate its documents. A kind the case has nothing
    for is refused (``document.not_applicable``) before anything is written; if recording
    fails, the PDF goes with the rest of the transaction. The row records the version of the
    wording the PDF was rendered in (letters only), taken from that very rendering."""
    rendered = render_document(ctx, actor, kind, reference)
    at = datetime.now(UTC).replace(tzinfo=None)
    with writing(ctx, actor, ACTION) as session:
        case = find_case(session, reference)
        shown = display_reference(case)
        info = store(session, actor, case, kind, rendered, at, ctx.today())
    return replace(info, changes=Changes.of(Kind.DOCUMENTS, Kind.HISTORY, references=(shown,)))


def store(
    session: Session,
    actor: Actor,
    case: Case,
    kind: str,
    rendered: Rendered,
    at: datetime,
    on: date,
) -> GeneratedInfo:
    """Keep the PDF ``rendered`` in the database and add its row to ``session`` (a
    transaction of :data:`ACTION`): both commit, or neither."""
    pdf = rendered.pdf
    name = stored_name(session, case, kind, at, on)
    stored = blobs.put(session, pdf)
    row = GeneratedDocument(
        case_id=case.id, kind=kind, generated_at=at, generated_by_id=actor.id,
        file_name=name, size_bytes=stored.size_bytes, sha256=stored.sha256,
        template_version=rendered.template_version,
    )  # fmt: skip
    _record(session, row)
    return info_of(row, actor.full_name)


def list_generated(ctx: AppContext, actor: Actor, reference: str) -> list[GeneratedInfo]:
    """The documents generated from the case ``reference`` (if ``actor`` may read it), newest
    first."""
    with reading(ctx) as session:
        case = access.readable_case(session, actor, reference)
        rows = session.execute(
            select(GeneratedDocument, User.full_name)
            .join(User, User.id == GeneratedDocument.generated_by_id)
            .where(GeneratedDocument.case_id == case.id)
            .order_by(GeneratedDocument.generated_at.desc(), GeneratedDocument.id)
        ).all()
        return [info_of(row, who) for row, who in rows]


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except FileNotFoundError:
        return False


def generated_file(
    ctx: AppContext, info: GeneratedInfo, folder: PreviewFolder | None = None
) -> Path:
    """A read-only copy of a generated document, under its own name in this run's private
    preview folder, for the system's viewer or the printer (streamed out of the database a
    chunk at a time; reused while there). NotFound (Polish) when the database lacks it."""
    previews = folder or PREVIEWS
    subfolder = info.sha256[:16]
    target = previews.path() / subfolder / info.name
    if _is_regular(target) and target.stat().st_size == info.size_bytes:
        return target
    with reading(ctx) as session:
        try:
            return previews.write_with(
                info.name, lambda stream: blobs.copy_to(session, info.sha256, stream, info.name),
                subfolder,
            )  # fmt: skip
        except blobs.BlobMissing:
            raise NotFound("document.not_stored", None, name=info.file_name) from None


def with_copy(ctx: AppContext, info: GeneratedInfo) -> GeneratedInfo:
    """``info`` with :attr:`GeneratedInfo.copy` made (:func:`generated_file`)."""
    return replace(info, copy=generated_file(ctx, info))
