"""Files the user asks for, written where they say: a rendered PDF (``calcert pdf -o``), a
copy of a stored document ("Zapisz kopię jako", streamed out of the database), the public
key, a letter's preview.

Every one goes through :mod:`calcert_desktop.storage.files`: complete under its final name
or not at all, readable by its owner only, and a failure is one Polish sentence
(``file.write_failed``). The GUI and the command line never write files themselves.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from calcert_desktop.domain.errors import NotFound
from calcert_desktop.services.context import reading
from calcert_desktop.services.documents.previews import preview_file
from calcert_desktop.storage import blobs
from calcert_desktop.storage.files import atomic_writer, write_atomically

if TYPE_CHECKING:
    from calcert_desktop.services.context import AppContext
    from calcert_desktop.services.documents.generate import GeneratedInfo
    from calcert_desktop.services.seals.signing_keys import KeyInfo


def write_file(target: Path | str, content: bytes) -> Path:
    """Write ``content`` to the file the user named (its folder must exist); an existing
    file is replaced only once the new one is complete."""
    return write_atomically(Path(target).expanduser(), content)


def save_copy(ctx: AppContext, document: GeneratedInfo, target: Path | str) -> Path:
    """Copy the stored generated ``document`` to the file the user named (complete under
    its name or not at all, streamed out of the database a chunk at a time); NotFound when
    the database lacks it."""
    path = Path(target).expanduser()
    with reading(ctx) as session, atomic_writer(path) as stream:
        try:
            blobs.copy_to(session, document.sha256, stream, document.name)
        except blobs.BlobMissing:
            raise NotFound("document.not_stored", None, name=document.file_name) from None
    return path


def public_key_text(key: KeyInfo) -> str:
    """What ``calcert keys export`` writes: a comment naming the key, then the key."""
    return f"# Klucz publiczny CALcert do sprawdzania certyfikatów: {key.label}\n{key.text}\n"


def write_public_key(key: KeyInfo, target: Path | str) -> Path:
    """Write the public half of ``key`` to the file the user named, for people checking
    certificates (``calcert keys import``)."""
    return write_file(target, public_key_text(key).encode("utf-8"))


def write_preview(name: str, content: bytes) -> Path:
    """Write a preview to open in the system's viewer; returns its path."""
    return preview_file(name, content)
