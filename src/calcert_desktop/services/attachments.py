"""Attachment files: copied into the data folder by content hash when a declaration names
them with a path, so a case keeps its files even if the originals move."""

from __future__ import annotations

import hashlib
import shutil
from copy import deepcopy
from pathlib import Path
from typing import Any

from calcert_desktop.domain.errors import ValidationError

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
