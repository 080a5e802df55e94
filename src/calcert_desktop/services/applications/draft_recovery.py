"""Typed work survives a draft that cannot be saved: a private recovery file per open form.

When the database refuses or fails a draft save (no permission, busy, full disk), the data
goes to ``odzyskiwanie/szkic-<key>.json`` in the data folder, written atomically and private
(0600); the next save that succeeds removes it. A file still there at the next start holds
work that never reached the database, and is offered back (:func:`pending`).
"""

from __future__ import annotations

import json
import logging
import re
import stat
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.services.applications import drafts
from calcert_desktop.services.changes import NOTHING, Changes
from calcert_desktop.services.context import Actor, AppContext
from calcert_desktop.storage.data_key import is_sealed, seal, unseal
from calcert_desktop.storage.file_refs import attachment_hashes
from calcert_desktop.storage.files import write_atomically, write_error

log = logging.getLogger(__name__)

FOLDER = "odzyskiwanie"
FORMAT = 1
MAX_BYTES = 20 * 1024 * 1024  # far above any typed form; a larger file is not ours
_KEY = re.compile(r"[0-9a-f]{32}")
_NAME = re.compile(r"szkic-([0-9a-f]{32})\.json")
SEAL_LABEL = "draft-recovery"


@dataclass(frozen=True)
class Recovery:
    """Typed data that never reached the database, kept on disk."""

    key: str
    reference: str | None  # the draft it belongs to, None for a form never saved at all
    login: str  # who typed it
    written_at: datetime  # UTC
    data: dict[str, Any]

    @property
    def institution(self) -> str:
        """The institution's name as typed ('' if none yet)."""
        institution = self.data.get("institution")
        name = institution.get("name") if isinstance(institution, dict) else None
        return name.strip() if isinstance(name, str) else ""


@dataclass(frozen=True)
class DraftSave:
    """The outcome of one save of an open form."""

    info: drafts.DraftInfo | None  # None when the database did not take the draft
    problem: str = ""  # why it did not (Polish), '' when saved
    copy_problem: str = ""  # why the recovery file could not be written either, '' if it was

    @property
    def changes(self) -> Changes:
        """What the save changed in the database (nothing when it did not save)."""
        return self.info.changes if self.info is not None else NOTHING

    @property
    def saved(self) -> bool:
        """True when the draft is in the database."""
        return self.info is not None


def new_key() -> str:
    """A key for the recovery file of a newly opened form."""
    return uuid.uuid4().hex


def folder(ctx: AppContext) -> Path:
    """Where the recovery files are kept, in the data folder."""
    return ctx.paths.root / FOLDER


def path_of(ctx: AppContext, key: str) -> Path:
    """The recovery file of ``key`` (a :func:`new_key`; anything else is refused)."""
    if not _KEY.fullmatch(key):
        raise ValueError(f"not a recovery key: {key!r}")
    return folder(ctx) / f"szkic-{key}.json"


def keep(ctx: AppContext, actor: Actor, key: str, reference: str | None,
         data: dict[str, Any]) -> Path:  # fmt: skip
    """Write ``data`` to the recovery file of ``key``, replacing its previous content.

    Raises :class:`FileWriteError` (one Polish sentence) when the disk refuses.
    """
    record = {
        "format": FORMAT,
        "reference": reference,
        "login": actor.login,
        "written_at": datetime.now(UTC).isoformat(),
        "data": data,
    }
    content = json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")
    data_key = ctx.db.location.key
    if data_key is not None:  # an encrypted installation: the typed data is not left in clear
        content = seal(data_key, content, SEAL_LABEL)
    return write_atomically(path_of(ctx, key), content, private_parent=True)


def forget(ctx: AppContext, key: str) -> None:
    """Remove the recovery file of ``key`` (saved, or discarded by the user), if any."""
    target = path_of(ctx, key)
    try:
        target.unlink(missing_ok=True)
    except OSError as error:
        raise write_error(target, error) from error


def _keep_noting(ctx: AppContext, actor: Actor, key: str, reference: str | None,
                 data: dict[str, Any]) -> str:  # fmt: skip
    """Keep the data; '' when kept, else the Polish reason it could not be."""
    try:
        keep(ctx, actor, key, reference, data)
    except DomainError as error:
        log.warning("recovery file not written: %s", error.message)
        return error.message
    return ""


def save_or_keep(ctx: AppContext, actor: Actor, key: str, data: dict[str, Any],
                 reference: str | None, version: int | None = None) -> DraftSave:  # fmt: skip
    """Save the form's ``data`` as draft ``reference`` (a new draft if None), refused if
    someone else saved it since its ``version`` (None: no check).

    When the save fails for any reason the data goes to the recovery file of ``key``
    instead, and the outcome says why; when it succeeds the recovery file is removed.
    """
    try:
        info = drafts.save_draft(ctx, actor, data, reference, version)
    except DomainError as refusal:
        return DraftSave(None, refusal.message, _keep_noting(ctx, actor, key, reference, data))
    except Exception as error:  # a database fault: the typed data must survive it all the same
        log.exception("draft save failed")
        problem = DomainError("draft.save_failed", detail=type(error).__name__).message
        return DraftSave(None, problem, _keep_noting(ctx, actor, key, reference, data))
    try:
        forget(ctx, key)
    except DomainError as error:  # the draft is saved; the stale copy is only offered again
        log.warning("recovery file not removed: %s", error.message)
    return DraftSave(info)


def _read(path: Path, data_key: bytes | None) -> Recovery | None:
    """The recovery in ``path`` (sealed with ``data_key`` on an encrypted installation);
    None (logged) for anything that is not one of ours."""
    match = _NAME.fullmatch(path.name)
    try:
        mode = path.lstat()
        if match is None or not stat.S_ISREG(mode.st_mode) or mode.st_size > MAX_BYTES:
            return None
        raw = path.read_bytes()
        if is_sealed(raw):
            if data_key is None:
                raise ValueError("sealed, and the installation is not open with its key")
            raw = unseal(data_key, raw, SEAL_LABEL)
        record = json.loads(raw.decode("utf-8"))
        written_at = datetime.fromisoformat(record["written_at"])
        reference, login, data = record["reference"], record["login"], record["data"]
        if (
            record.get("format") != FORMAT
            or not isinstance(data, dict)
            or not isinstance(login, str)
            or not (reference is None or isinstance(reference, str))
        ):
            raise ValueError("unexpected content")
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as error:
        log.warning("recovery file %s skipped: %s", path, error)
        return None
    if written_at.tzinfo is None:
        written_at = written_at.replace(tzinfo=UTC)
    return Recovery(match.group(1), reference, login, written_at, data)


def pending(ctx: AppContext, actor: Actor) -> list[Recovery]:
    """Recovery files left by forms whose data never reached the database, newest first.

    Offered only to someone who may write drafts (the rest could not save them either).
    """
    if not drafts.can_edit_drafts(actor) or not folder(ctx).is_dir():
        return []
    found = [r for path in sorted(folder(ctx).iterdir())
             if (r := _read(path, ctx.db.location.key)) is not None]  # fmt: skip
    found.sort(key=lambda recovery: recovery.written_at, reverse=True)
    return found


def named_files(ctx: AppContext) -> set[str]:
    """The attachment hashes the recovery files of this data folder name: files the wizard
    stored for data that never reached the database, kept until it does."""
    if not folder(ctx).is_dir():
        return set()
    named: set[str] = set()
    for path in sorted(folder(ctx).iterdir()):
        recovery = _read(path, ctx.db.location.key)
        if recovery is not None:
            named |= attachment_hashes(recovery.data)
    return named


def target_draft(ctx: AppContext, actor: Actor, recovery: Recovery) -> str | None:
    """The draft the recovered data is saved over: its own while it is still a draft, else
    ``None`` (filed or deleted meanwhile: the data becomes a new draft, nothing is lost)."""
    if recovery.reference is None:
        return None
    try:
        drafts.load_draft(ctx, actor, recovery.reference)
    except DomainError:
        return None
    return recovery.reference
