"""The Ed25519 keys that seal certificates.

The office's own key pair, one per database (every PC on the office's server seals with it):
the public half is a ``signing_keys`` row (origin "local"), the private half a PKCS#8 PEM
kept in the database beside it (:mod:`calcert_desktop.storage.seal_keys`, which says how it
is protected: unencrypted, as the ``klucze/`` file of earlier versions was, until sign-in
comes with issue 18; an older data folder's file is moved in when it is opened). It is made
on first need (the first certificate issued or sealed, by whichever PC comes first: the
making is serialised) and replaced only deliberately
(:func:`calcert_desktop.services.seals.key_retirement.new_local_key`, an administrator's act): a
missing or damaged private key is a clear error, never a silent new key. The replaced key is
retired: its private key is destroyed, and its public key still checks the seals it made
before the day of its retirement (:attr:`KeyInfo.retired_on`).

Public keys of other installations are imported from a one-line text,
``CALKEY1:<key id>:<base64url of the 32 raw public bytes>`` (lines starting with ``#`` are
comments), so that a laptop can check the office's certificates offline. The key id is the
first 16 hex digits of SHA-256 of the raw public bytes, so a text with a wrong id is refused.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import DomainError, ValidationError
from calcert_desktop.domain.roles import Role
from calcert_desktop.services import locks
from calcert_desktop.services.access import ANYONE
from calcert_desktop.services.changes import NOTHING, Changes, Kind
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.storage import seal_keys
from calcert_desktop.storage.models import SigningKey

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

KEY_TEXT_PREFIX = "CALKEY1"
LOCAL, IMPORTED = seal_keys.LOCAL, "imported"
KEYS_CHANGED = Changes.of(Kind.KEYS)


@dataclass(frozen=True)
class KeyInfo:
    """A public key known here."""

    key_id: str
    public_key: str  # hex
    origin: str  # "local" or "imported"
    label: str
    added_at: datetime
    retired_at: datetime | None
    changes: Changes = field(default=NOTHING, compare=False)  # what the write giving it changed

    @property
    def retired_on(self) -> date | None:
        """The local calendar day of the key's retirement: a seal it made is accepted only
        for a certificate issued on that day or earlier."""
        return local_day(self.retired_at) if self.retired_at is not None else None

    @property
    def text(self) -> str:
        """The key as exported: ``CALKEY1:<key id>:<base64url>``."""
        return key_text(bytes.fromhex(self.public_key))


@dataclass(frozen=True)
class Signer:
    """This installation's private key, ready to sign."""

    key_id: str
    private_key: Ed25519PrivateKey

    def sign(self, message: bytes) -> bytes:
        """The Ed25519 signature of ``message``."""
        return self.private_key.sign(message)


key_id_of = seal_keys.key_id_of


# cryptography loads when a key is used, not with this module (printing a stored seal and
# every command that reads the keys' list import it).
def _raw(public: Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_text(public_raw: bytes) -> str:
    """The one-line export of a public key."""
    encoded = base64.urlsafe_b64encode(public_raw).decode("ascii").rstrip("=")
    return f"{KEY_TEXT_PREFIX}:{key_id_of(public_raw)}:{encoded}"


def parse_key_text(text: str) -> bytes:
    """The raw public bytes of an exported key; ValidationError (Polish) when malformed."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    if len(lines) != 1 or lines[0].count(":") != 2:
        raise ValidationError("key.malformed", None)
    prefix, key_id, encoded = lines[0].split(":")
    try:
        raw = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
    except (binascii.Error, ValueError):
        raise ValidationError("key.malformed", None) from None
    if prefix != KEY_TEXT_PREFIX or len(raw) != 32:
        raise ValidationError("key.malformed", None)
    if key_id.lower() != key_id_of(raw):
        raise ValidationError("key.id_mismatch", None, key_id=key_id)
    return raw


def verify_signature(public_hex: str, signature: bytes, message: bytes) -> bool:
    """Whether ``signature`` is the Ed25519 signature of ``message`` by the key."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def now_utc() -> datetime:
    """The time now as the keys' rows hold it: UTC, naive."""
    return datetime.now(UTC).replace(tzinfo=None)


def local_day(moment: datetime) -> date:
    """The local calendar day of a naive UTC time (dates on certificates are local)."""
    return moment.replace(tzinfo=UTC).astimezone().date()


def info_of(row: SigningKey) -> KeyInfo:
    """A keys row as plain data."""
    return KeyInfo(row.key_id, row.public_key, row.origin, row.label, row.added_at,
                   row.retired_at)  # fmt: skip


# --- the private key -----------------------------------------------------------------------


def _load_private(session: Session, row: SigningKey) -> Ed25519PrivateKey:
    pem = seal_keys.load(session, row.key_id)
    if pem is None:
        raise DomainError("key.missing", None, key_id=row.key_id)
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        raise DomainError("key.corrupt", None, key_id=row.key_id) from None
    if not isinstance(key, Ed25519PrivateKey) or key_id_of(_raw(key.public_key())) != row.key_id:
        raise DomainError("key.corrupt", None, key_id=row.key_id)
    return key


def active_local(session: Session) -> SigningKey | None:
    """The office's key in use (not retired), if it has one yet."""
    return session.scalar(
        select(SigningKey)
        .where(SigningKey.origin == LOCAL, SigningKey.retired_at.is_(None))
        .order_by(SigningKey.added_at.desc())
    )


def create_local(session: Session, ctx: AppContext) -> SigningKey:
    """A new key pair for the office: its row added, its private key kept beside it."""
    return seal_keys.create_office_key(session, seal_keys.label_for(ctx.paths.root))


def local_signer(session: Session, ctx: AppContext) -> Signer:
    """The office's signing key, inside the caller's writing transaction: made on first
    need (one PC at a time); DomainError (Polish) when its private key is missing or
    damaged."""
    row = active_local(session)
    if row is None:
        seal_keys.lock_local_keys(session)
        row = active_local(session) or create_local(session, ctx)  # another PC's, if it won
    return Signer(row.key_id, _load_private(session, row))


# --- the services ----------------------------------------------------------------------


def ensure_local_key(ctx: AppContext, actor: Actor) -> KeyInfo:
    """This installation's public key, made now if it has none yet (its file checked)."""
    with writing(ctx, actor, "create-signing-key") as session:
        made = active_local(session) is None
        signer = local_signer(session, ctx)
        row = session.scalar(select(SigningKey).where(SigningKey.key_id == signer.key_id))
        assert row is not None
        info = info_of(row)
    return replace(info, changes=KEYS_CHANGED) if made else info


def import_key(ctx: AppContext, actor: Actor, text: str, label: str) -> KeyInfo:
    """Add another installation's public key (administrator only), so that the seals it
    makes can be checked here."""
    actor.require(Role.ADMIN)
    label = " ".join(label.split())
    if not label:
        raise ValidationError("key.label_required", None)
    raw = parse_key_text(text)
    key_id = key_id_of(raw)
    with writing(ctx, actor, "import-signing-key") as session:
        existing = session.scalar(select(SigningKey).where(SigningKey.key_id == key_id))
        if existing is not None:
            raise ValidationError("key.already_known", None, key_id=key_id, label=existing.label)
        row = SigningKey(key_id=key_id, public_key=raw.hex(), origin=IMPORTED, label=label,
                         added_at=now_utc(), retired_at=None)  # fmt: skip
        if not locks.inserted(session, row):  # imported on another PC at the same moment
            found = session.scalar(select(SigningKey).where(SigningKey.key_id == key_id))
            raise ValidationError("key.already_known", None, key_id=key_id,
                                  label=found.label if found is not None else label)  # fmt: skip
        info = info_of(row)
    return replace(info, changes=KEYS_CHANGED)


def list_keys(ctx: AppContext, actor: Actor) -> list[KeyInfo]:
    """Every public key known here: local ones first, then imported, oldest first (public
    halves: anyone with a role in the process, as the office shows and exports them)."""
    actor.require(*ANYONE)
    with reading(ctx) as session:
        rows = session.scalars(select(SigningKey).order_by(SigningKey.added_at)).all()
        return sorted((info_of(row) for row in rows), key=lambda info: info.origin != LOCAL)


def find_key(session: Session, key_id: str) -> KeyInfo | None:
    """The public key ``key_id`` if it is known here."""
    row = session.scalar(select(SigningKey).where(SigningKey.key_id == key_id))
    return info_of(row) if row is not None else None
