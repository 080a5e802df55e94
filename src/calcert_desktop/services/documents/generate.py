"""Generating a case's documents: each kind of document (:mod:`registry`) has the function
that reads what it needs from the database and hands plain data to its module in
``documents/``.

The command line (``calcert pdf KIND REF``) renders through ``render`` and stores nothing;
the case file generates through ``generate``, which keeps every PDF in the data folder
(``dokumenty/<year>/``) with a ``generated_documents`` row saying when and by whom.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import NotFound, ValidationError
from calcert_desktop.services import access
from calcert_desktop.services.changes import NOTHING, Changes, Kind
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.services.documents import registry
from calcert_desktop.services.documents.kind import DocumentKind, Rendered
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.storage.files import write_atomically
from calcert_desktop.storage.models import Case, GeneratedDocument, User


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
    known = kinds()
    if kind not in known:
        raise ValidationError(
            "document.unknown_kind", "kind", value=kind, known=", ".join(sorted(known))
        )
    with reading(ctx) as session:
        access.readable_case(session, actor, reference)  # an expert: only their visits' cases
    built = known[kind].build(ctx, reference)
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
    """One document generated from a case and stored in the data folder."""

    id: uuid.UUID
    kind: str
    kind_label: str
    generated_at: datetime  # UTC, without tzinfo (as stored)
    generated_by: str  # full name
    file_name: str  # relative to the documents folder, e.g. 2026/CAL-2026-0001-...pdf
    path: Path
    size_bytes: int
    sha256: str
    template_version: str | None
    changes: Changes = field(default=NOTHING, compare=False)  # what generating it changed


ACTION = "generate-document"
_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def stored_name(reference: str, kind: str, at: datetime) -> str:
    """Where a document is stored, relative to the documents folder: by year, named by the
    case number (``/`` replaced), the kind and the moment (to the microsecond: never reused)."""
    safe = _UNSAFE.sub("-", reference).strip("-") or "sprawa"
    return f"{at.year}/{safe}-{kind}-{at:%Y%m%d-%H%M%S-%f}.pdf"


def _info(ctx: AppContext, row: GeneratedDocument, who: str) -> GeneratedInfo:
    known = kinds()
    label = known[row.kind].label if row.kind in known else row.kind
    return GeneratedInfo(
        row.id, row.kind, label, row.generated_at, who, row.file_name,
        ctx.paths.documents / row.file_name, row.size_bytes, row.sha256, row.template_version,
    )  # fmt: skip


def _record(session: Session, row: GeneratedDocument) -> None:
    """Add the row of a stored document (apart so a test can make the transaction fail)."""
    session.add(row)
    session.flush()


def generate(ctx: AppContext, actor: Actor, kind: str, reference: str) -> GeneratedInfo:
    """Render the document ``kind`` of the case ``reference``, store the PDF in the data
    folder and record it with the case, in one audited transaction.

    Anyone who can read the case may generate its documents. A kind the case has nothing
    for is refused (``document.not_applicable``) before anything is written; if recording
    fails, the file just written is removed again. The row records the version of the
    wording the PDF was rendered in (letters only), taken from that very rendering."""
    rendered = render_document(ctx, actor, kind, reference)
    at = datetime.now(UTC).replace(tzinfo=None)
    written: list[Path] = []
    try:
        with writing(ctx, actor, ACTION) as session:
            case = find_case(session, reference)
            shown = display_reference(case)
            info = store(ctx, session, actor, case, kind, rendered, at, written)
    except BaseException:
        remove_files(written)
        raise
    return replace(info, changes=Changes.of(Kind.DOCUMENTS, Kind.HISTORY, references=(shown,)))


def store(
    ctx: AppContext,
    session: Session,
    actor: Actor,
    case: Case,
    kind: str,
    rendered: Rendered,
    at: datetime,
    written: list[Path],
) -> GeneratedInfo:
    """Write the PDF ``rendered`` to the documents folder and add its row to ``session`` (a
    transaction of :data:`ACTION`). The file, once complete, is appended to ``written``: if
    the transaction then fails, the caller removes what it lists (:func:`remove_files`)."""
    pdf = rendered.pdf
    name = stored_name(display_reference(case), kind, at)
    # complete or absent (file.write_failed names it), in a private year folder
    written.append(write_atomically(ctx.paths.documents / name, pdf, private_parent=True))
    row = GeneratedDocument(
        case_id=case.id, kind=kind, generated_at=at, generated_by_id=actor.id,
        file_name=name, size_bytes=len(pdf), sha256=hashlib.sha256(pdf).hexdigest(),
        template_version=rendered.template_version,
    )  # fmt: skip
    _record(session, row)
    return _info(ctx, row, actor.full_name)


def remove_files(written: list[Path]) -> None:
    """Remove the files a failed transaction had written (nothing is left half-recorded)."""
    for path in written:
        path.unlink(missing_ok=True)


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
        return [_info(ctx, row, who) for row, who in rows]


def generated_file(ctx: AppContext, info: GeneratedInfo) -> Path:
    """The stored file of a generated document; NotFound (Polish) when the folder lost it."""
    if not info.path.is_file():
        raise NotFound("document.not_stored", None, name=info.file_name)
    return info.path
