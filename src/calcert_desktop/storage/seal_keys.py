"""The office's seal private keys in the database (``seal_private_keys``): one per office,
not per PC, so every installation pointed at the same server seals with the same key.

**How it is protected (until sign-in, issue 18):** the key is stored as an unencrypted
PKCS#8 PEM, exactly as the ``klucze/podpis-<key id>.pem`` file of earlier versions held it.
Whoever can read the database can read the key: on a single PC the data folder's owner (the
SQLite file is 0600 in a 0700 folder), on a server every database user with access to the
office's database (give the application's role to nobody else, and keep the server's
backups as safe as the key). Encrypting it under the administrators' sign-in comes with
issue 18. The row is not audited (the audit log must not copy a secret); its public half's
``signing_keys`` row is.

Creating the office's key is serialised (:func:`lock_local_keys`), so two PCs sealing their
first certificate at once make one key, not two.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from calcert_desktop.storage.models import SealPrivateKey, SigningKey

_KEYS = SealPrivateKey.__table__
# Any fixed number: the advisory lock PostgreSQL holds while a PC makes the office's key.
_LOCK_ID = 0x43414C4B  # "CALK"
LOCAL = "local"
# session.info: how a key made in this session names its installation (label_for).
LABEL_KEY = "office_key_label"


def label_for(root: Path | str) -> str:
    """The label of a key this installation makes (its data folder named)."""
    return f"Ta instalacja ({root})"


def key_id_of(public_raw: bytes) -> str:
    """A key's id: the first 16 hex digits of the SHA-256 of its raw public key."""
    import hashlib

    return hashlib.sha256(public_raw).hexdigest()[:16]


def create_office_key(session: Session, label: str | None = None) -> SigningKey:
    """A new Ed25519 key pair for the office: its public ``signing_keys`` row added (and
    flushed, audited as any insert: the caller's session says who), its private key kept in
    ``seal_private_keys``. The caller holds :func:`lock_local_keys`."""
    # cryptography loads when a key is made, not for every command that opens the database
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    key_id = key_id_of(raw)
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    row = SigningKey(key_id=key_id, public_key=raw.hex(), origin=LOCAL,
                     label=label or "Klucz biura", added_at=datetime.now(UTC).replace(tzinfo=None),
                     retired_at=None)  # fmt: skip
    session.add(row)
    session.flush()
    store(session, key_id, pem)
    return row


def lock_local_keys(session: Session) -> None:
    """Hold, until the transaction ends, the right to make the office's key (PostgreSQL's
    transaction-level advisory lock; a SQLite writer holds the whole file already)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _LOCK_ID})


def store(session: Session, key_id: str, pem: bytes) -> None:
    """Keep the private key ``pem`` of the local key ``key_id`` (its ``signing_keys`` row is
    flushed first), replacing any kept before."""
    session.flush()
    session.execute(delete(_KEYS).where(_KEYS.c.key_id == key_id))
    session.execute(_KEYS.insert().values(
        key_id=key_id, pem=pem.decode("ascii"), stored_at=datetime.now(UTC).replace(tzinfo=None)
    ))  # fmt: skip


def load(session: Session, key_id: str) -> bytes | None:
    """The PEM of the local key ``key_id``, or None when the database has none."""
    pem = session.execute(select(_KEYS.c.pem).where(_KEYS.c.key_id == key_id)).scalar()
    return None if pem is None else pem.encode("ascii", "replace")


def held(session: Session) -> set[str]:
    """The key ids whose private keys the database holds."""
    return set(session.execute(select(_KEYS.c.key_id)).scalars())


def destroy(session: Session, key_id: str) -> bool:
    """Overwrite the private key of ``key_id`` with random text of its length, then delete
    the row; True when there was one.

    Overwriting first is best effort, as it was for the key file: SQLite writes the new
    value over the old page when the journal is checkpointed; PostgreSQL keeps old row
    versions until VACUUM, and backups keep whatever they copied. The deletion is what
    counts: verification refuses a retired key's later seals in any case."""
    pem = session.execute(select(_KEYS.c.pem).where(_KEYS.c.key_id == key_id)).scalar()
    if pem is None:
        return False
    noise = os.urandom(len(pem)).hex()[: len(pem)]
    session.execute(update(_KEYS).where(_KEYS.c.key_id == key_id).values(pem=noise))
    session.execute(delete(_KEYS).where(_KEYS.c.key_id == key_id))
    return True
