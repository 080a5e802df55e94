"""Retiring signing keys: this installation's replaced by a new one, another's marked.

A retired key must not sign again. :func:`new_local_key` records the retirement time on the
old key's row and destroys its private key in the database (and any an earlier version left
of keys retired before), after writing them to a backup file first if the office asks for
one, all in one transaction. Its public key stays: it still checks the seals it made
before the day it was retired, and verification refuses a seal made with it for a
certificate issued later.

Another installation's imported key is marked retired here (:func:`retire_imported_key`) when
that office announces it replaced its key, so that seals forged later with the old key are
refused on this machine too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import NotFound, ValidationError
from calcert_desktop.domain.roles import Role
from calcert_desktop.services.changes import Changes
from calcert_desktop.services.context import Actor, AppContext, writing
from calcert_desktop.services.seals.signing_keys import (
    IMPORTED,
    KEYS_CHANGED,
    LOCAL,
    KeyInfo,
    active_local,
    create_local,
    info_of,
    local_day,
    now_utc,
)
from calcert_desktop.storage import seal_keys
from calcert_desktop.storage.files import write_atomically
from calcert_desktop.storage.models import SigningKey


@dataclass(frozen=True)
class KeyReplacement:
    """What :func:`new_local_key` did."""

    new: KeyInfo
    retired: KeyInfo | None  # the key replaced, if there was one
    backed_up: tuple[str, ...]  # key ids whose private keys went into the backup
    destroyed: tuple[str, ...]  # key ids whose private keys were destroyed
    changes: Changes = KEYS_CHANGED


def new_local_key(ctx: AppContext, actor: Actor, backup: Path | None = None) -> KeyReplacement:
    """A new key pair for the office (administrator only): the current local key is retired
    and its private key destroyed, after it is written to ``backup`` when given.

    One transaction: the backup is written inside it, so a failed write changes nothing,
    and a failed commit leaves the old key as it was (its private key too).
    """
    actor.require(Role.ADMIN)
    if backup is not None:
        _check_backup_target(ctx, backup)
    with writing(ctx, actor, "replace-signing-key") as session:
        old = active_local(session)
        retiring = [*_retired_local(session), *([old] if old is not None else [])]
        pems = [(row, pem) for row in retiring
                if (pem := seal_keys.load(session, row.key_id)) is not None]  # fmt: skip
        if old is not None:
            old.retired_at = now_utc()
        if backup is not None and pems:
            write_atomically(backup, _backup_text(pems))
        retired = info_of(old) if old is not None else None
        destroyed = tuple(row.key_id for row, _ in pems if seal_keys.destroy(session, row.key_id))
        new = info_of(create_local(session, ctx))
        backed_up = tuple(row.key_id for row, _ in pems) if backup is not None else ()
    return KeyReplacement(new, retired, backed_up, destroyed)


def _retired_local(session: Session) -> list[SigningKey]:
    # Keys retired by an earlier version kept their private files (moved into the database
    # with the data folder's klucze/): they go too.
    return list(session.scalars(select(SigningKey).where(
        SigningKey.origin == LOCAL, SigningKey.retired_at.is_not(None))))  # fmt: skip


def _check_backup_target(ctx: AppContext, backup: Path) -> None:
    if backup.exists():
        raise ValidationError("key.backup_exists", None, path=str(backup))
    keys = ctx.paths.keys.resolve()
    if backup.parent.resolve() == keys:
        raise ValidationError("key.backup_in_keys_folder", None, path=str(backup))


def _backup_text(pems: list[tuple[SigningKey, bytes]]) -> bytes:
    """The retired keys' PEM blocks, each after a comment line naming it."""
    parts = []
    for row, pem in pems:
        parts.append(f"# Klucz prywatny CALcert {row.key_id} ({row.label}), wycofany "
                     f"{row.retired_at:%Y-%m-%d %H:%M} UTC\n".encode())  # fmt: skip
        parts.append(pem)
    return b"".join(parts)


def retire_imported_key(ctx: AppContext, actor: Actor, key_id: str, on: date) -> KeyInfo:
    """Mark another installation's imported key retired on ``on`` (administrator only): its
    seals for certificates issued after that day are refused here."""
    actor.require(Role.ADMIN)
    if on > ctx.today():
        raise ValidationError("key.retire_future", "date", value=on.isoformat())
    key_id = key_id.strip().lower()
    with writing(ctx, actor, "retire-signing-key") as session:
        row = session.scalar(select(SigningKey).where(SigningKey.key_id == key_id))
        if row is None:
            raise NotFound("key.unknown", None, key_id=key_id)
        if row.origin != IMPORTED:
            raise ValidationError("key.retire_local", None, key_id=key_id)
        if row.retired_at is not None:
            day = local_day(row.retired_at).isoformat()
            raise ValidationError("key.already_retired", None, key_id=key_id, day=day)
        # Local midnight of the day: its local calendar day is ``on`` again.
        start = datetime.combine(on, time()).astimezone()
        row.retired_at = start.astimezone(UTC).replace(tzinfo=None)
        session.flush()
        info = info_of(row)
    return replace(info, changes=KEYS_CHANGED)
