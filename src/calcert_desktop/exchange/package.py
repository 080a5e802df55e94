"""The ``.calpack`` package (issue 19, point 2): one file that carries cases between the
office and a laptop, signed by the sender's installation and readable only by its recipient.

It is a zip of *stored* (uncompressed) entries:

- ``manifest.json``: the package's id, kind, the sender's and the recipient's key ids, the
  sequence number of the package between the two, the sender's schema revision, when it was
  made, the ephemeral key it is encrypted with, and the name, size and SHA-256 of every other
  entry. Nothing in it is a person's data.
- ``manifest.sig``: the sender's Ed25519 exchange key's signature over the manifest's bytes.
- ``data``: the package's data (JSON, zlib-compressed), encrypted.
- ``f/000001``, ``f/000002``, …: the attachments, each encrypted on its own (a 25 MB file is
  never the whole package in memory).

Encryption: an ephemeral X25519 key agreed with the recipient's box key
(exchange/identity.py), HKDF-SHA256 over it (salted with the package id, bound to both key
ids) gives one AES-256-GCM key; every entry has its own nonce (its number) and its name as
associated data, so entries cannot be swapped. The person who made the package is named in
the encrypted data, which the signed manifest covers through its hash.

:func:`open_package` refuses anything else before a byte is decrypted or written: a file
that is not a whole zip, names other than the above (``../``, absolute paths, links, folders),
a name twice, compressed or oversized entries (a decompression bomb), a manifest that does
not parse, a newer format, entries missing or unlisted, and a hash that does not match.
:meth:`Opened.verify` checks the signature with the sender's key; only then
:meth:`Opened.data` decrypts. Each refusal is one :class:`PackageRefused` in Polish."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import stat
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.limits import MAX_ATTACHMENT_MB

FORMAT, VERSION = "calpack", 1
SUFFIX = ".calpack"
KINDS = ("handover", "return")
MANIFEST, SIGNATURE, DATA = "manifest.json", "manifest.sig", "data"
_FILE_NAME = re.compile(r"f/[0-9]{6}")
SCHEME = "X25519-HKDF-SHA256-AES256GCM"
TAG_BYTES = 16
MAX_MANIFEST_BYTES = 4 << 20
MAX_DATA_BYTES = 256 << 20  # the data, decompressed
MAX_FILE_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024 + TAG_BYTES
MAX_FILES = 20_000
MAX_SIGNATURE_BYTES = 200


class PackageRefused(DomainError):
    """A package that is not whole, not ours, not for us, or not what it says it is."""


@dataclass(frozen=True)
class Entry:
    """One encrypted entry as the manifest lists it."""

    name: str
    size: int  # bytes in the zip (ciphertext and tag)
    sha256: str  # of those bytes, hex


@dataclass(frozen=True)
class Manifest:
    """What a package says of itself (signed)."""

    package_id: uuid.UUID
    kind: str
    schema: str
    sender: str  # key id
    recipient: str  # key id
    sequence: int
    made_at: datetime  # UTC, naive
    ephemeral: bytes  # the X25519 public key the content key was agreed with
    entries: tuple[Entry, ...]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _content_key(shared: bytes, package_id: uuid.UUID, sender: str, recipient: str) -> bytes:
    info = f"calpack v{VERSION} {sender}>{recipient}".encode("ascii")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=package_id.bytes,
                info=info).derive(shared)  # fmt: skip


def _nonce(number: int) -> bytes:
    return number.to_bytes(12, "big")


def _refused(code: str, **params: Any) -> PackageRefused:
    return PackageRefused(f"package.{code}", None, **params)


# --- writing -------------------------------------------------------------------------------


class Writer:
    """Writes one package into an open binary stream: :meth:`add_file` for each attachment,
    then :meth:`finish` with the data (which names the attachments by what
    :meth:`add_file` returned)."""

    def __init__(
        self,
        stream: BinaryIO,
        *,
        kind: str,
        schema: str,
        signer: Ed25519PrivateKey,
        sender: str,
        recipient: str,
        recipient_box: bytes,
        sequence: int,
        made_at: datetime,
        package_id: uuid.UUID | None = None,
    ) -> None:
        assert kind in KINDS
        self.package_id = package_id or uuid.uuid4()
        self._zip = zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_STORED)
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_box))
        self._aead = AESGCM(_content_key(shared, self.package_id, sender, recipient))
        self._head = {
            "format": FORMAT, "version": VERSION, "package_id": str(self.package_id),
            "kind": kind, "schema": schema, "sender": sender, "recipient": recipient,
            "sequence": sequence, "made_at": made_at.isoformat(timespec="seconds"),
            "encryption": {"scheme": SCHEME, "ephemeral": _b64(ephemeral.public_key()
                           .public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw))},
        }  # fmt: skip
        self._signer = signer
        self._entries: list[Entry] = []
        self._files: dict[str, str] = {}  # sha256 of the plain file: its entry

    def _put(self, name: str, plain: bytes) -> None:
        sealed = self._aead.encrypt(_nonce(len(self._entries) + 1), plain, name.encode("ascii"))
        self._zip.writestr(_info(name), sealed)
        self._entries.append(Entry(name, len(sealed), hashlib.sha256(sealed).hexdigest()))

    def add_file(self, content: bytes) -> str:
        """Add an attachment (once per content); returns its SHA-256 (hex), the name the
        data uses for it."""
        digest = hashlib.sha256(content).hexdigest()
        if digest not in self._files:
            name = f"f/{len(self._files) + 1:06d}"
            self._put(name, content)
            self._files[digest] = name
        return digest

    def finish(self, data: dict[str, Any]) -> uuid.UUID:
        """Write the data, the manifest and its signature; the package is complete."""
        body = dict(data, _files=self._files)
        text = json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")
        self._put(DATA, zlib.compress(text, 6))
        manifest = dict(self._head, entries=[
            {"name": e.name, "size": e.size, "sha256": e.sha256} for e in self._entries])
        raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
        self._zip.writestr(_info(MANIFEST), raw)
        self._zip.writestr(_info(SIGNATURE), _b64(self._signer.sign(raw)).encode("ascii"))
        self._zip.close()
        return self.package_id


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))  # no clock in the bytes
    info.external_attr = (stat.S_IFREG | 0o600) << 16
    info.compress_type = zipfile.ZIP_STORED
    return info


# --- reading -------------------------------------------------------------------------------


def _allowed(name: str) -> bool:
    return name in (MANIFEST, SIGNATURE, DATA) or bool(_FILE_NAME.fullmatch(name))


def _check_names(infos: list[zipfile.ZipInfo]) -> None:
    names = [info.filename for info in infos]
    if len(names) > MAX_FILES + 3:
        raise _refused("too_many_entries", count=len(names))
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if name in seen:
            raise _refused("duplicate_entry", name=name[:80])
        seen.add(name)
        kind = stat.S_IFMT(info.external_attr >> 16)
        if stat.S_ISLNK(kind) or info.is_dir() or not _allowed(name):
            raise _refused("bad_entry", name=name[:80])
        if info.compress_type != zipfile.ZIP_STORED or info.compress_size != info.file_size:
            raise _refused("compressed_entry", name=name)
        limit = {MANIFEST: MAX_MANIFEST_BYTES, SIGNATURE: MAX_SIGNATURE_BYTES,
                 DATA: MAX_DATA_BYTES}.get(name, MAX_FILE_BYTES)  # fmt: skip
        if info.file_size > limit:
            raise _refused("entry_too_big", name=name)
    if MANIFEST not in seen or SIGNATURE not in seen or DATA not in seen:
        raise _refused("incomplete")


def _parse_manifest(raw: bytes) -> Manifest:
    try:
        found = json.loads(raw.decode("utf-8"))
        if not isinstance(found, dict) or found.get("format") != FORMAT:
            raise ValueError("not ours")
        version = found.get("version")
        if not isinstance(version, int) or version > VERSION:
            raise _refused("newer_format", version=str(version))
        entries = tuple(
            Entry(str(e["name"]), int(e["size"]), str(e["sha256"])) for e in found["entries"]
        )
        manifest = Manifest(
            uuid.UUID(str(found["package_id"])), str(found["kind"]), str(found["schema"]),
            str(found["sender"]), str(found["recipient"]), int(found["sequence"]),
            datetime.fromisoformat(str(found["made_at"])),
            _unb64(found["encryption"]["ephemeral"]), entries,
        )  # fmt: skip
        if found["encryption"].get("scheme") != SCHEME or len(manifest.ephemeral) != 32:
            raise ValueError("scheme")
        if manifest.kind not in KINDS or manifest.sequence < 1:
            raise ValueError("kind")
    except PackageRefused:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        raise _refused("bad_manifest") from None
    return manifest


@dataclass
class Opened:
    """A package whose structure and hashes are checked; :meth:`verify` checks who sent it,
    then :meth:`data` and :meth:`file` decrypt."""

    path: Path
    manifest: Manifest
    manifest_raw: bytes
    signature: bytes
    file_sha256: str
    _zip: zipfile.ZipFile
    _aead: AESGCM | None = None
    _numbers: dict[str, int] | None = None
    _files: dict[str, str] | None = None

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> Opened:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def verify(self, sender_public: bytes) -> None:
        """The signature over the manifest is the sender's (its raw Ed25519 key)."""
        try:
            Ed25519PublicKey.from_public_bytes(sender_public).verify(
                self.signature, self.manifest_raw
            )
        except (InvalidSignature, ValueError):
            raise _refused("bad_signature") from None

    def unlock(self, box_private: X25519PrivateKey) -> None:
        """Agree the content key with this installation's private box key."""
        m = self.manifest
        shared = box_private.exchange(X25519PublicKey.from_public_bytes(m.ephemeral))
        self._aead = AESGCM(_content_key(shared, m.package_id, m.sender, m.recipient))
        self._numbers = {entry.name: n for n, entry in enumerate(m.entries, start=1)}

    def _open(self, name: str) -> bytes:
        assert self._aead is not None and self._numbers is not None, "unlock first"
        sealed = self._zip.read(name)
        try:
            return self._aead.decrypt(_nonce(self._numbers[name]), sealed, name.encode("ascii"))
        except InvalidTag:
            raise _refused("undecryptable") from None

    def data(self) -> dict[str, Any]:
        """The package's data (decrypted, decompressed within its limit, parsed)."""
        packed = self._open(DATA)
        inflater = zlib.decompressobj()
        try:
            text = inflater.decompress(packed, MAX_DATA_BYTES)
        except zlib.error:
            raise _refused("bad_data") from None
        if inflater.unconsumed_tail or not inflater.eof:
            raise _refused("data_too_big")
        try:
            found = json.loads(text.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise _refused("bad_data") from None
        files = found.pop("_files", None) if isinstance(found, dict) else None
        if not isinstance(files, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v in (self._numbers or {})
            for k, v in files.items()
        ):
            raise _refused("bad_data")
        self._files = files
        return found

    def file(self, sha256: str) -> bytes:
        """An attachment by its SHA-256 (checked)."""
        assert self._files is not None, "read the data first"
        name = self._files.get(sha256)
        if name is None:
            raise _refused("missing_file", sha256=sha256[:12])
        content = self._open(name)
        if hashlib.sha256(content).hexdigest() != sha256:
            raise _refused("bad_file", sha256=sha256[:12])
        return content

    def file_hashes(self) -> Iterator[str]:
        assert self._files is not None, "read the data first"
        return iter(self._files)


def open_package(path: Path) -> Opened:
    """The package at ``path``, its structure and every entry's hash checked, nothing
    decrypted (PackageRefused otherwise; OSError when it cannot be read at all)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _refused("not_a_package") from None
    try:
        infos = archive.infolist()
        _check_names(infos)
        manifest_raw = archive.read(MANIFEST)
        signature = _unb64(archive.read(SIGNATURE).decode("ascii", errors="replace").strip())
        manifest = _parse_manifest(manifest_raw)
        listed = {entry.name: entry for entry in manifest.entries}
        present = {info.filename for info in infos} - {MANIFEST, SIGNATURE}
        if len(listed) != len(manifest.entries) or set(listed) != present:
            raise _refused("entries_differ")
        for info in infos:
            entry = listed.get(info.filename)
            if entry is None:
                continue
            if entry.size != info.file_size or _sha256_of(archive, info) != entry.sha256:
                raise _refused("bad_hash", name=info.filename)
    except PackageRefused:
        archive.close()
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error, binascii.Error):
        archive.close()
        raise _refused("not_a_package") from None
    return Opened(path, manifest, manifest_raw, signature, digest.hexdigest(), archive)


def _sha256_of(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    digest = hashlib.sha256()
    with archive.open(info) as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()

