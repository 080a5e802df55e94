"""Attachment files: copied into the data folder by content hash when a declaration names
them with a path, so a case keeps its files even if the originals move."""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from collections.abc import Mapping
from copy import deepcopy
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calcert_desktop.domain.errors import NotFound, ValidationError
from calcert_desktop.domain.forms import load_form
from calcert_desktop.services.context import reading
from calcert_desktop.services.lookup import find_case
from calcert_desktop.storage.case_columns import declaration_of

if TYPE_CHECKING:
    from calcert_desktop.services.context import AppContext

CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def store_declared(store: Path, data: dict[str, Any], source_dir: Path | None) -> dict[str, Any]:
    """Copy every attachment with a ``path`` into ``store``; return the declaration with each
    such attachment's size and hash filled in and its path dropped (it was the sender's)."""
    result = deepcopy(data)
    for index, item in enumerate(result.get("attachments") or []):
        relative = item.pop("path", None)
        if not relative:
            continue
        source = (source_dir or Path.cwd()) / relative
        if not source.is_file():
            raise ValidationError(
                "attachment.missing_file", f"attachments.{index}.path", path=str(source)
            )
        item["sha256"], item["size_bytes"] = store_file(store, source)
    return result


ALLOWED_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".doc", ".docx", ".odt",
                    ".rtf", ".txt")  # fmt: skip
MAX_BYTES = 25 * 1024 * 1024


def check_file(source: Path) -> None:
    """A file the user picked: it exists, is of a document type, and is not too large."""
    if not source.is_file():
        raise ValidationError("attachment.missing_file", "attachments", path=str(source))
    if source.suffix.lower() not in ALLOWED_SUFFIXES:
        raise ValidationError(
            "attachment.type", "attachments", name=source.name, allowed=", ".join(ALLOWED_SUFFIXES)
        )
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise ValidationError(
            "attachment.too_large", "attachments", name=source.name, mb=round(size / 2**20, 1),
            limit=MAX_BYTES // 2**20,
        )  # fmt: skip


def store_file(store: Path, source: Path) -> tuple[str, int]:
    """Copy ``source`` into the store under its content hash (once); (sha256, size)."""
    digest = sha256_of(source)
    target = store / digest[:2] / digest
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".czesciowy")
        shutil.copyfile(source, partial)
        partial.replace(target)
    return digest, source.stat().st_size


_DIGEST = re.compile(r"^[0-9a-f]{64}$")
VIEW_FOLDER = "calcert-podglad"


def stored_path(store: Path, item: Mapping[str, Any]) -> Path:
    """The stored copy of one of a declaration's attachments (``sha256`` names it in ``store``).

    Raises ``NotFound("attachment.not_stored")`` when the data folder has no such file: the
    declaration only names it (entered from paper) or the folder lost it.
    """
    digest = item.get("sha256")
    if isinstance(digest, str) and _DIGEST.match(digest):
        path = store / digest[:2] / digest
        if path.is_file():
            return path
    raise NotFound("attachment.not_stored", None, name=item.get("file_name") or "?")


def viewable_copy(store: Path, item: Mapping[str, Any], folder: Path | None = None) -> Path:
    """A read-only copy of a stored attachment under its own file name, for the system viewer
    (which goes by the extension; the store names files by hash only). Reused while the same."""
    source = stored_path(store, item)
    name = Path(str(item.get("file_name") or "")).name.strip() or "zalacznik"
    target = (folder or Path(tempfile.gettempdir()) / VIEW_FOLDER) / source.name[:16] / name
    if not (target.is_file() and target.stat().st_size == source.stat().st_size):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        shutil.copyfile(source, target)
        target.chmod(0o444)  # a view, not a working copy: edits would go nowhere
    return target


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
    """The declaration's ``attachments`` as rows to show, with the stored file's date."""
    result = []
    for index, item in enumerate(items):
        try:
            path: Path | None = stored_path(store, item)
        except NotFound:
            path = None
        size = item.get("size_bytes")
        kind = str(item.get("kind") or "")
        result.append(AttachmentInfo(
            index, kind, labels.get(kind, kind), str(item.get("file_name") or ""),
            size if isinstance(size, int) else (path.stat().st_size if path else None),
            date.fromtimestamp(path.stat().st_mtime) if path else None, path is not None,
        ))  # fmt: skip
    return result


def case_attachments(ctx: AppContext, reference: str) -> list[AttachmentInfo]:
    """The attachments of the case ``reference``, kinds in Polish."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        data = declaration_of(case)
        version = case.form_version
    labels = {k.code: k.label for k in load_form(version).attachment_kinds}
    return describe(ctx.paths.attachments, list(data.get("attachments") or []), labels)


def attachment_file(ctx: AppContext, reference: str, index: int) -> Path:
    """A file the system viewer can open for attachment ``index`` of the case ``reference``
    (a named copy of the stored file); NotFound with a Polish message when it is missing."""
    with reading(ctx) as session:
        items = list(declaration_of(find_case(session, reference)).get("attachments") or [])
    if not 0 <= index < len(items):
        raise NotFound("attachment.not_stored", None, name=f"#{index + 1}")
    return viewable_copy(ctx.paths.attachments, items[index])
