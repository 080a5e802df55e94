"""Looking at the files a data folder's database holds (blobs), for tests on either engine."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.applications import attachments
from calcert_desktop.services.context import AppContext, open_context, reading, writing
from calcert_desktop.storage import blobs


def hashes(ctx: AppContext) -> list[str]:
    """Every blob the database holds, by hash."""
    with reading(ctx) as session:
        return [blob.sha256 for blob in blobs.all_blobs(session)]


def content(ctx: AppContext, digest: str) -> bytes:
    """The bytes of the blob ``digest`` (its hash checked)."""
    with reading(ctx) as session:
        return blobs.read(session, digest)


def info(ctx: AppContext, digest: str) -> blobs.BlobInfo | None:
    """The ``blobs`` row of ``digest``, if any."""
    with reading(ctx) as session:
        return blobs.info(session, [digest]).get(digest)


def chunk_sizes(ctx: AppContext, digest: str) -> list[int]:
    """The size of each chunk of the blob ``digest``, in order, read one at a time."""
    with reading(ctx) as session:
        return [len(piece) for piece in blobs.chunks(session, digest)]


def store_declared(ctx: AppContext, data: dict[str, Any], folder: Path) -> dict[str, Any]:
    """``attachments.store_declared`` in a transaction of its own (committed if it passes)."""
    with writing(ctx, None, "test") as session:
        return attachments.store_declared(session, data, folder)


@contextmanager
def opened(folder: Path) -> Iterator[AppContext]:
    """The data folder ``folder`` opened as the services see it (for command-line tests)."""
    ctx = open_context(DataPaths(folder), create=False)
    try:
        yield ctx
    finally:
        ctx.close()


def folder_hashes(folder: Path) -> list[str]:
    """Every blob the database of the data folder ``folder`` holds."""
    with opened(folder) as ctx:
        return hashes(ctx)


def folder_content(folder: Path, digest: str) -> bytes:
    """The bytes of the blob ``digest`` in the database of the data folder ``folder``."""
    with opened(folder) as ctx:
        return content(ctx, digest)
