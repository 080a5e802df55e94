"""The certificate's seal: the compact signed text its QR code carries, and its short code.

Pure encoding; the signing and checking of signatures live in the services.

The text is ``CAL1.`` followed by the RFC 4648 base32 (upper case, no padding) of::

    version (1 byte, = 1) | key id (8 bytes) | issued on, valid until (2 bytes each: days
    since 2000-01-01, big-endian) | number (1 byte length + UTF-8) | institution (1 byte
    length + UTF-8) | Ed25519 signature (64 bytes)

Upper-case letters, digits and the dot are QR's alphanumeric mode (denser than bytes) and
what a USB scanner, typing like a keyboard, reproduces on any keyboard layout; Polish letters
of the name travel inside the base32, never as typed characters. The signature covers
``SIGNED_PREFIX`` plus every byte before it: the canonical bytes of the fields. Decoding
refuses anything whose re-encoding differs, so one set of fields has exactly one text.

The institution's name is normalised (NFC, runs of white space to one space, trimmed) and
cut to ``NAME_LIMIT`` characters (a 250-character name keeps the QR code small enough to
scan); verification compares the register's name normalised and cut the same way.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

PREFIX = "CAL1."
VERSION = 1
SIGNED_PREFIX = b"CALcert seal v1\x00"  # domain separation: these bytes sign nothing else
NAME_LIMIT = 80  # characters of the institution's name carried in the seal
SIGNATURE_BYTES = 64
KEY_ID_BYTES = 8
EPOCH = date(2000, 1, 1)
CODE_LENGTH = 12

# Crockford's base 32: no I, L, O or U, so a code read aloud or retyped stays unambiguous.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_TYPOS = str.maketrans("OIL", "011")
_SPACES = re.compile(r"\s+")


class SealFormatError(ValueError):
    """The text is not a well-formed seal; ``reason`` says why, in Polish."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class SealFields:
    """What a seal vouches for (the signature covers exactly these)."""

    key_id: str  # 16 hex digits
    number: str  # CJ-NNN/<year>
    institution: str  # normalised and cut: see :func:`seal_name`
    issued_on: date
    valid_until: date


@dataclass(frozen=True)
class Seal:
    """A decoded seal: its fields, the signature and the canonical signed bytes."""

    fields: SealFields
    signature: bytes
    signed_bytes: bytes


def seal_name(name: str) -> str:
    """The institution's name as a seal carries it: NFC, one space between words, trimmed,
    at most ``NAME_LIMIT`` characters."""
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip()
    return text[:NAME_LIMIT].rstrip()


def _days(day: date) -> bytes:
    offset = (day - EPOCH).days
    if not 0 <= offset < 1 << 16:
        raise ValueError(f"date out of the seal's range: {day}")
    return offset.to_bytes(2, "big")


def _text(value: str) -> bytes:
    raw = value.encode("utf-8")
    if len(raw) > 255:
        raise ValueError("text too long for a seal field")
    return bytes([len(raw)]) + raw


def body_bytes(fields: SealFields) -> bytes:
    """The fields' canonical bytes (what follows the version byte up to the signature)."""
    key = bytes.fromhex(fields.key_id)
    if len(key) != KEY_ID_BYTES:
        raise ValueError("a key id has 16 hex digits")
    return (
        bytes([VERSION]) + key + _days(fields.issued_on) + _days(fields.valid_until)
        + _text(fields.number) + _text(seal_name(fields.institution))
    )  # fmt: skip


def signed_message(fields: SealFields) -> bytes:
    """The bytes the Ed25519 signature covers."""
    return SIGNED_PREFIX + body_bytes(fields)


def encode(fields: SealFields, signature: bytes) -> str:
    """The seal's text for the QR code."""
    if len(signature) != SIGNATURE_BYTES:
        raise ValueError("an Ed25519 signature has 64 bytes")
    raw = body_bytes(fields) + signature
    return PREFIX + base64.b32encode(raw).decode("ascii").rstrip("=")


def looks_like_seal(text: str) -> bool:
    """Whether ``text`` starts like a seal (any case: a scanner may type with Caps Lock)."""
    return text.strip().upper().startswith(PREFIX)


def decode(text: str) -> Seal:
    """The seal in ``text`` (spaces and line breaks ignored, any case); SealFormatError
    with a Polish reason when it is not one."""
    compact = _SPACES.sub("", text).upper()
    if not compact.startswith(PREFIX):
        raise SealFormatError(f"tekst nie zaczyna się od „{PREFIX}”")
    data = compact[len(PREFIX) :]
    try:
        raw = base64.b32decode(data + "=" * (-len(data) % 8))
    except (binascii.Error, ValueError):
        raise SealFormatError("niedozwolone znaki albo niepełny tekst (uszkodzony skan?)") from None
    try:
        seal = _parse(raw)
    except SealFormatError:
        raise
    except (IndexError, UnicodeDecodeError, ValueError):
        raise SealFormatError("dane są niekompletne albo uszkodzone") from None
    if encode(seal.fields, seal.signature) != compact:
        raise SealFormatError("dane nie są w postaci kanonicznej (zmieniony tekst?)")
    return seal


def _parse(raw: bytes) -> Seal:
    if not raw:
        raise ValueError("empty")
    if raw[0] != VERSION:
        raise SealFormatError("nieznana wersja pieczęci")
    at = 1
    key = raw[at : at + KEY_ID_BYTES]
    at += KEY_ID_BYTES
    issued = EPOCH + timedelta(days=int.from_bytes(raw[at : at + 2], "big"))
    valid = EPOCH + timedelta(days=int.from_bytes(raw[at + 2 : at + 4], "big"))
    at += 4
    texts = []
    for _ in range(2):
        length = raw[at]
        texts.append(raw[at + 1 : at + 1 + length].decode("utf-8", errors="strict"))
        if len(texts[-1].encode("utf-8")) != length:
            raise ValueError("truncated text")
        at += 1 + length
    signature = raw[at:]
    if len(key) != KEY_ID_BYTES or len(signature) != SIGNATURE_BYTES:
        raise ValueError("wrong length")
    fields = SealFields(key.hex(), texts[0], texts[1], issued, valid)
    if seal_name(fields.institution) != fields.institution:
        raise ValueError("name not normalised")
    return Seal(fields, signature, SIGNED_PREFIX + raw[:at])


# --- the short code ------------------------------------------------------------------------


def short_code(signature: bytes) -> str:
    """Twelve Crockford base32 characters (60 bits) of SHA-256 of the signature, ungrouped."""
    bits = int.from_bytes(hashlib.sha256(signature).digest()[:8], "big") >> 4
    return "".join(CROCKFORD[(bits >> shift) & 31] for shift in range(55, -1, -5))


def grouped(code: str) -> str:
    """``7KQ2M9XD4HTA`` as printed: ``7KQ2-M9XD-4HTA``."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalize_code(text: str) -> str | None:
    """A short code as typed (any case, dashes or spaces, O for 0, I or L for 1) made
    canonical and ungrouped; None when it cannot be one."""
    body = re.sub(r"[\s\-–—]+", "", text).upper().translate(_CODE_TYPOS)
    if len(body) != CODE_LENGTH or any(char not in CROCKFORD for char in body):
        return None
    return body
