"""Attachment files: checked (type by content, size, a safe name, never through a link) and
copied into the data folder by content hash, so a case keeps its files even if the
originals move. The command line (``declare``) and the GUI wizard go through the same check.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import stat
from collections.abc import Mapping
from copy import deepcopy
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from calcert_desktop.services.context import Actor, reading
from calcert_desktop.storage.case_columns import declaration_of
from calcert_desktop.storage.files import private_folder, write_atomically
from calcert_desktop.storage.preview_folder import PREVIEWS, PreviewFolder
from calcert_desktop.storage.source_files import TooLarge, read_regular_file

if TYPE_CHECKING:
    from calcert_desktop.services.context import AppContext


@dataclass(frozen=True)
class StoredFile:
    """An attachment file now in the data folder."""

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


def _stored_target(store: Path, digest: str) -> Path:
    return store / digest[:2] / digest


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False


def store_content(store: Path, data: bytes) -> tuple[str, bool]:
    """Keep ``data`` in ``store`` under its SHA-256 (written atomically, 0600, once);
    (digest, whether it was written now)."""
    digest = hashlib.sha256(data).hexdigest()
    target = _stored_target(store, digest)
    if _is_regular(target):
        return digest, False
    private_folder(store)
    write_atomically(target, data, private_parent=True)
    return digest, True


def add_file(store: Path, source: Path) -> StoredFile:
    """Check the file the user picked and copy it into ``store`` (the wizard's way in)."""
    data = checked_content(source, source.name, field="attachments", name_field="attachments")
    digest, _ = store_content(store, data)
    return StoredFile(source.name, digest, len(data))


def store_declared(
    store: Path, data: dict[str, Any], source_dir: Path | None, written: list[Path] | None = None
) -> dict[str, Any]:
    """Copy every attachment with a ``path`` into ``store``; return the declaration with each
    such attachment's size and hash filled in and its path dropped (it was the sender's).

    All or nothing: when one file is refused, the files copied before it are removed again.
    The files written now (not those the store held already) are added to ``written``, for
    a caller whose registration may still be refused (:func:`remove_written`).
    """
    result = deepcopy(data)
    written = [] if written is None else written
    try:
        for index, item in enumerate(result.get("attachments") or []):
            relative = item.pop("path", None)
            if not relative:
                continue
            content = checked_content(
                Path(relative), str(item.get("file_name") or ""),
                field=f"attachments.{index}.path", name_field=f"attachments.{index}.file_name",
                below=source_dir or Path.cwd(),
            )  # fmt: skip
            item["sha256"], new = store_content(store, content)
            item["size_bytes"] = len(content)
            if new:
                written.append(_stored_target(store, item["sha256"]))
    except BaseException:
        remove_written(written)
        raise
    return result


def remove_written(written: list[Path]) -> None:
    """Remove the files :func:`store_declared` copied for a registration that was refused."""
    for path in written:
        path.unlink(missing_ok=True)
    written.clear()


_DIGEST = re.compile(r"^[0-9a-f]{64}$")


def stored_path(store: Path, item: Mapping[str, Any]) -> Path:
    """The stored copy of one of a declaration's attachments (``sha256`` names it in ``store``).

    Raises ``NotFound("attachment.not_stored")`` when the data folder has no such file: the
    declaration only names it (entered from paper) or the folder lost it.
    """
    digest = item.get("sha256")
    if isinstance(digest, str) and _DIGEST.match(digest):
        path = _stored_target(store, digest)
        if _is_regular(path):
            return path
    raise NotFound("attachment.not_stored", None, name=visible(str(item.get("file_name") or "?")))


def viewable_copy(
    store: Path, item: Mapping[str, Any], folder: PreviewFolder | None = None
) -> Path:
    """A read-only copy of a stored attachment under its own file name (made safe), for the
    system viewer, which goes by the extension (the store names files by hash only). Made in
    this run's private preview folder; reused while the same. Refused when the name's
    extension does not match the content (a file stored by an older version, say ``x.exe``).
    """
    source = stored_path(store, item)
    name = safe_file_name(str(item.get("file_name") or ""))
    subfolder = source.name[:16]
    previews = folder or PREVIEWS
    target = previews.path() / subfolder / name
    if _is_regular(target) and target.stat().st_size == source.stat().st_size:
        return target
    data = source.read_bytes()
    kind = file_type_of(name)
    if kind is None or not file_types.content_matches(kind, data):
        raise DomainError("attachment.not_viewable", None, name=visible(name), allowed=ALLOWED_TEXT)
    return previews.write(name, data, subfolder)


@dataclass(frozen=True)
class AttachmentInfo:
    """One attachment a case's declaration names, and whether the data folder holds its file."""

    index: int
    kind: str
    kind_label: str
    file_name: str
    size_bytes: int | None
    stored_on: date | None  # when the file was copied into the data folder
    stored: bool


def describe(
    store: Path, items: list[dict[str, Any]], labels: Mapping[str, str]
) -> list[AttachmentInfo]:
    """The declaration's ``attachments`` as rows to show, with the stored file's date (a
    name from an older version with hidden characters shown escaped)."""
    result = []
    for index, item in enumerate(items):
        try:
            path: Path | None = stored_path(store, item)
        except NotFound:
            path = None
        size = item.get("size_bytes")
        kind = str(item.get("kind") or "")
        result.append(AttachmentInfo(
            index, kind, labels.get(kind, kind), visible(str(item.get("file_name") or "")),
            size if isinstance(size, int) else (path.stat().st_size if path else None),
            date.fromtimestamp(path.stat().st_mtime) if path else None, path is not None,
        ))  # fmt: skip
    return result


def case_attachments(ctx: AppContext, actor: Actor, reference: str) -> list[AttachmentInfo]:
    """The attachments of the case ``reference`` (if ``actor`` may read it), kinds in Polish."""
    with reading(ctx) as session:
        case = access.readable_case(session, actor, reference)
        data = declaration_of(case)
        version = case.form_version
    labels = {k.code: k.label for k in load_form(version).attachment_kinds}
    return describe(ctx.paths.attachments, list(data.get("attachments") or []), labels)


def attachment_file(ctx: AppContext, actor: Actor, reference: str, index: int) -> Path:
    """A file the system viewer can open for attachment ``index`` of the case ``reference``
    (a named copy of the stored file), if ``actor`` may read the case; NotFound with a
    Polish message when it is missing."""
    with reading(ctx) as session:
        case = access.readable_case(session, actor, reference)
        items = list(declaration_of(case).get("attachments") or [])
    if not 0 <= index < len(items):
        raise NotFound("attachment.not_stored", None, name=f"#{index + 1}")
    return viewable_copy(ctx.paths.attachments, items[index])
