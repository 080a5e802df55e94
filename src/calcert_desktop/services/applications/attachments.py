"""Attachment files: checked (type by content, size, a safe name, never through a link) and
kept in the database by content hash (storage/blobs.py), so a case keeps its files even if
the originals move, and every PC of the office sees them. The command line (``declare``)
and the GUI wizard go through the same check.
"""

from __future__ import annotations

import math
import os
import stat
from collections.abc import Mapping
from copy import deepcopy
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from calcert_desktop.domain import file_types
from calcert_desktop.domain.attachment_rules import (
    ALLOWED_TEXT,
    MAX_BYTES,
    MAX_MB,
    check_attachment_name,
    file_type_of,
    safe_file_name,
    visible,
)
from calcert_desktop.domain.errors import DomainError, NotFound, ValidationError
from calcert_desktop.domain.forms import load_form
from calcert_desktop.services import access
from calcert_desktop.services.context import Actor, reading, writing
from calcert_desktop.storage import blobs
from calcert_desktop.storage.case_columns import declaration_of
from calcert_desktop.storage.file_refs import is_digest
from calcert_desktop.storage.preview_folder import PREVIEWS, PreviewFolder
from calcert_desktop.storage.source_files import TooLarge, read_regular_file

if TYPE_CHECKING:
    from calcert_desktop.services.context import AppContext


@dataclass(frozen=True)
class StoredFile:
    """An attachment file now in the database."""

    file_name: str
    sha256: str
    size_bytes: int


def _too_large(name: str, size: int, field: str) -> ValidationError:
    # Rounded up, so 25 MB and one byte does not read as "25,0 MB".
    shown = f"{math.ceil(size * 10 / 2**20) / 10:.1f}".replace(".", ",")
    return ValidationError(
        "attachment.too_large", field, name=visible(name), size=shown, limit=MAX_MB
    )


def checked_content(
    source: Path, file_name: str, *, field: str, name_field: str, below: Path | None = None
) -> bytes:
    """The content of an attachment file, or a :class:`ValidationError` saying what is wrong.

    ``file_name`` is the name the case keeps (its extension must be a document type and
    match the content); ``source`` is read without following links (with ``below``, the
    declaration's folder, ``source`` is relative to it). At most :data:`MAX_BYTES`.
    """
    problem = check_attachment_name(file_name, name_field)
    if problem is not None:
        raise problem
    kind = file_type_of(file_name)
    if kind is None:
        raise ValidationError(
            "attachment.type", name_field, name=visible(file_name), allowed=ALLOWED_TEXT
        )
    try:
        data = read_regular_file(source, limit=MAX_BYTES, field=field, below=below)
    except TooLarge as error:
        raise _too_large(file_name, error.size, field) from None
    if not data:
        raise ValidationError("attachment.empty", field, name=visible(file_name))
    if not file_types.content_matches(kind, data):
        raise ValidationError(
            "attachment.content_mismatch", field, name=visible(file_name),
            expected=file_types.TYPE_NAMES[kind], actual=file_types.describe(data),
        )  # fmt: skip
    return data


def store_content(session: Session, data: bytes, *, staged: bool = False) -> tuple[str, bool]:
    """Keep ``data`` in the database under its SHA-256 (once, in chunks), in the caller's
    transaction; (digest, whether it was written now)."""
    stored = blobs.put(session, data, staged=staged)
    return stored.sha256, stored.written


def add_file(ctx: AppContext, source: Path) -> StoredFile:
    """Check the file the user picked and keep it in the database (the wizard's way in).

    Stored at once, in a transaction of its own, so a moved original loses nothing; nothing
    names it until the draft is saved, so it is *staged* (storage/blobs.py): removed after
    a grace period if no declaration ever names it."""
    data = checked_content(source, source.name, field="attachments", name_field="attachments")
    with writing(ctx, None, "store-attachment") as session:
        digest, _ = store_content(session, data, staged=True)
    return StoredFile(source.name, digest, len(data))


def store_declared(
    session: Session, data: dict[str, Any], source_dir: Path | None
) -> dict[str, Any]:
    """Keep every attachment with a ``path`` in the database, in the caller's transaction
    (one file in memory at a time); return the declaration with each such attachment's size
    and hash filled in and its path dropped (it was the sender's).

    All or nothing with the caller's transaction: when one file is refused, the error
    rolls back the files kept before it too.
    """
    result = deepcopy(data)
    for index, item in enumerate(result.get("attachments") or []):
        relative = item.pop("path", None)
        if not relative:
            continue
        content = checked_content(
            Path(relative), str(item.get("file_name") or ""),
            field=f"attachments.{index}.path", name_field=f"attachments.{index}.file_name",
            below=source_dir or Path.cwd(),
        )  # fmt: skip
        item["sha256"], _ = store_content(session, content)
        item["size_bytes"] = len(content)
        del content
    return result


def _digest(item: Mapping[str, Any]) -> str | None:
    digest = item.get("sha256")
    return digest if is_digest(digest) else None


def stored_blob(session: Session, item: Mapping[str, Any]) -> str:
    """The hash of the stored copy of one of a declaration's attachments.

    Raises ``NotFound("attachment.not_stored")`` when the database has no such file: the
    declaration only names it (entered from paper) or it was lost.
    """
    digest = _digest(item)
    if digest is not None and blobs.exists(session, digest):
        return digest
    raise NotFound("attachment.not_stored", None, name=visible(str(item.get("file_name") or "?")))


def viewable_copy(
    session: Session, item: Mapping[str, Any], folder: PreviewFolder | None = None
) -> Path:
    """A read-only copy of a stored attachment under its own file name (made safe), for the
    system viewer, which goes by the extension (the store names files by hash only). Made in
    this run's private preview folder; reused while the same. Refused when the name's
    extension does not match the content (a file stored by an older version, say ``x.exe``).
    """
    digest = stored_blob(session, item)
    name = safe_file_name(str(item.get("file_name") or ""))
    previews = folder or PREVIEWS
    target = previews.path() / digest[:16] / name
    size = blobs.info(session, [digest])[digest].size_bytes
    if _is_regular(target) and target.stat().st_size == size:
        return target
    kind = file_type_of(name)
    if kind is None:
        raise DomainError("attachment.not_viewable", None, name=visible(name), allowed=ALLOWED_TEXT)
    data = read_blob(session, digest, name)  # at most MAX_BYTES: the type is told by all of it
    if not file_types.content_matches(kind, data):
        raise DomainError("attachment.not_viewable", None, name=visible(name), allowed=ALLOWED_TEXT)
    return previews.write(name, data, digest[:16])


def read_blob(session: Session, digest: str, name: str) -> bytes:
    """The content of a stored attachment (its hash checked; a damaged one is refused)."""
    return blobs.read(session, digest, visible(name))


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False


@dataclass(frozen=True)
class AttachmentInfo:
    """One attachment a case's declaration names, and whether the database holds its file."""

    index: int
    kind: str
    kind_label: str
    file_name: str
    size_bytes: int | None
    stored_on: date | None  # when the file was stored (into the data folder, earlier)
    stored: bool


def describe(
    session: Session, items: list[dict[str, Any]], labels: Mapping[str, str]
) -> list[AttachmentInfo]:
    """The declaration's ``attachments`` as rows to show, with the day each file was stored
    (a name from an older version with hidden characters shown escaped)."""
    held = blobs.info(session, [d for item in items if (d := _digest(item)) is not None])
    result = []
    for index, item in enumerate(items):
        digest = _digest(item)
        found = held.get(digest) if digest is not None else None
        size = item.get("size_bytes")
        kind = str(item.get("kind") or "")
        result.append(AttachmentInfo(
            index, kind, labels.get(kind, kind), visible(str(item.get("file_name") or "")),
            size if isinstance(size, int) else (found.size_bytes if found else None),
            local_day(found.created_at) if found else None, found is not None,
        ))  # fmt: skip
    return result


def local_day(moment: datetime) -> date:
    """The local calendar day of a naive UTC time."""
    return moment.replace(tzinfo=UTC).astimezone().date()


def case_attachments(ctx: AppContext, actor: Actor, reference: str) -> list[AttachmentInfo]:
    """The attachments of the case ``reference`` (if ``actor`` may read it), kinds in Polish."""
    with reading(ctx) as session:
        case = access.readable_case(session, actor, reference)
        data = declaration_of(case)
        labels = {k.code: k.label for k in load_form(case.form_version).attachment_kinds}
        return describe(session, list(data.get("attachments") or []), labels)


def attachment_file(ctx: AppContext, actor: Actor, reference: str, index: int) -> Path:
    """A file the system viewer can open for attachment ``index`` of the case ``reference``
    (a named copy of the stored file), if ``actor`` may read the case; NotFound with a
    Polish message when it is missing."""
    with reading(ctx) as session:
        case = access.readable_case(session, actor, reference)
        items = list(declaration_of(case).get("attachments") or [])
        if not 0 <= index < len(items):
            raise NotFound("attachment.not_stored", None, name=f"#{index + 1}")
        case_id = case.id
    from calcert_desktop.services.privacy import views

    views.record(ctx, actor, case_id, "attachment")
    with reading(ctx) as session:
        return viewable_copy(session, items[index])
