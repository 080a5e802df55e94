"""An installation's identity for exchanging packages (issue 19): its name, its role (the
office, or a laptop that takes cases to site visits and reviews) and its Ed25519 *exchange
key*, as one line of text another installation imports (shown as a QR code on screen, or
saved to a file).

Each installation has an exchange key of its own, not the seal key: the seal key is the
office's, one for every PC on its server, published so that anyone can check a certificate,
and its private half must never travel to a laptop; a laptop signs what it sends back with
its own key, which the office revokes alone when the laptop is lost, without touching the
certificates. The office's exchange key is likewise apart from its seal, so that either can
be replaced without the other.

Packages are also encrypted to their recipient: the identity carries a second public key, an
X25519 *box key*, derived from the installation's exchange key (HKDF over its private
bytes), so that nothing more is stored and the two always belong together.

The text: ``CALINST1:<role>:<key id>:<public key>:<box key>:<name>`` (the keys and the name
in base64url, the key id the first 16 hex digits of the exchange key's SHA-256, checked on
reading)."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from calcert_desktop.domain.errors import ValidationError

PREFIX = "CALINST1"
OFFICE, LAPTOP = "office", "laptop"
ROLES = (OFFICE, LAPTOP)
MAX_NAME = 200


def _encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_id_of(public_raw: bytes) -> str:
    """A key's id: the first 16 hex digits of the SHA-256 of its raw public key."""
    return hashlib.sha256(public_raw).hexdigest()[:16]


@dataclass(frozen=True)
class Identity:
    """Who an installation is: its name, role, public exchange key and public box key
    (32 raw bytes each)."""

    name: str
    role: str
    public_raw: bytes
    box_raw: bytes

    @property
    def key_id(self) -> str:
        return key_id_of(self.public_raw)

    def text(self) -> str:
        """The one line another installation imports."""
        return (f"{PREFIX}:{self.role}:{self.key_id}:{_encode(self.public_raw)}:"
                f"{_encode(self.box_raw)}:{_encode(self.name.encode('utf-8'))}")  # fmt: skip


def parse(text: str) -> Identity:
    """The identity in ``text`` (one line; blank lines and ``#`` comments aside);
    ValidationError in Polish when it is not one, or its key id does not match its key."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    parts = lines[0].split(":") if len(lines) == 1 else []
    if len(parts) != 6 or parts[0] != PREFIX or parts[1] not in ROLES:
        raise ValidationError("installation.malformed", "identity")
    _prefix, role, key_id, key, box, name = parts
    try:
        raw, box_raw, named = _decode(key), _decode(box), _decode(name).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise ValidationError("installation.malformed", "identity") from None
    named = " ".join(named.split())
    if len(raw) != 32 or len(box_raw) != 32 or not named or len(named) > MAX_NAME:
        raise ValidationError("installation.malformed", "identity")
    if key_id.lower() != key_id_of(raw):
        raise ValidationError("installation.id_mismatch", "identity", key_id=key_id)
    return Identity(named, role, raw, box_raw)


def new_key() -> tuple[bytes, bytes]:
    """A new exchange key pair: (the private key as PKCS#8 PEM, the raw public key)."""
    private = Ed25519PrivateKey.generate()
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )  # fmt: skip
    return pem, raw


def signer_of(pem: bytes) -> Ed25519PrivateKey:
    """The private exchange key stored as ``pem``."""
    key = serialization.load_pem_private_key(pem, password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return key


def box_private_of(signer: Ed25519PrivateKey) -> X25519PrivateKey:
    """The installation's private box key, derived from its private exchange key."""
    seed = signer.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )  # fmt: skip
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                   info=b"calcert exchange box key v1").derive(seed)  # fmt: skip
    return X25519PrivateKey.from_private_bytes(derived)


def box_public_of(signer: Ed25519PrivateKey) -> bytes:
    """The raw public box key belonging to a private exchange key."""
    return box_private_of(signer).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
