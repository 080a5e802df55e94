"""The data key of an encrypted installation and its wraps (issue 18, part 4).

A SQLite installation's database is encrypted (SQLCipher) with one random 256-bit *data key*.
The key itself is never stored: the keyring file beside the database
(``klucz-danych.json``) holds it *wrapped* (AES-256-GCM) once per account and once for the
office's recovery key, so that any account's password, or the recovery key, opens the
data, and changing a password re-wraps the key instead of re-encrypting the database.

**An account's wrap is keyed by its password's Argon2id hash.** The wrapping key is HKDF-SHA256
of the raw Argon2id output of the password with the salt and parameters of the account's
credential (``credentials.password_hash``, argon2-cffi's encoded form). So:

- signing in costs one Argon2id: the password gives the raw hash, the raw hash unwraps the
  data key (a wrong password fails AES-GCM's check), and the same raw hash is the credential;
- whoever holds the data key and an account's new credential (an administrator setting a
  temporary password, a person changing theirs, the conversion of a plain database, which
  reads every credential) can wrap the key for that account without knowing the password;
- an attacker with the file guesses passwords at one Argon2id each, as with a leaked hash;
  the credentials themselves are inside the encrypted database.

The recovery key is 32 random bytes shown once (words and a QR code); its wrapping key is
HKDF of it (it has full entropy: no slow derivation is needed).

The file is JSON, written atomically, readable without the database (it must be: it opens
it). It holds no secret in clear: salts, parameters, nonces, wrapped keys.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.storage.files import write_atomically

FILE_NAME = "klucz-danych.json"
FORMAT = "calcert-data-key/1"
KEY_BYTES = 32
NONCE_BYTES = 12
RECOVERY = "recovery"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True, slots=True)
class Credential:
    """What the Argon2id encoded hash of an account says: its parameters, salt and raw hash."""

    memory_cost: int
    time_cost: int
    parallelism: int
    salt: bytes
    raw: bytes

    @classmethod
    def parse(cls, encoded: str) -> Credential:
        """``$argon2id$v=19$m=…,t=…,p=…$salt$hash`` (argon2-cffi's form)."""
        try:
            _, kind, version, params, salt, raw = encoded.split("$")
            if kind != "argon2id" or version != "v=19":
                raise ValueError(kind)
            values = dict(part.split("=") for part in params.split(","))
            return cls(int(values["m"]), int(values["t"]), int(values["p"]), _unb64(salt),
                       _unb64(raw))  # fmt: skip
        except (ValueError, KeyError) as error:
            raise DomainError("data_key.bad_credential") from error

    def derive(self, password: str) -> bytes:
        """The raw Argon2id hash of ``password`` under these parameters (equal to ``raw``
        exactly when the password is the account's)."""
        return hash_secret_raw(password.encode("utf-8"), self.salt, self.time_cost,
                               self.memory_cost, self.parallelism, len(self.raw),
                               Type.ID)  # fmt: skip


def _wrapping_key(secret: bytes, label: str) -> bytes:
    # cryptography loads only for an encrypted installation's keys (every command opening a
    # plain one imports this module)
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=f"{FORMAT}:{label}".encode()).derive(secret)  # fmt: skip


def _wrap(key: bytes, secret: bytes, label: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(_wrapping_key(secret, label)).encrypt(nonce, key, label.encode("utf-8"))
    return {"nonce": _b64(nonce), "wrapped": _b64(sealed)}


def _unwrap(entry: dict[str, Any], secret: bytes, label: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(_wrapping_key(secret, label)).decrypt(
            _unb64(entry["nonce"]), _unb64(entry["wrapped"]), label.encode("utf-8")
        )
    except (InvalidTag, KeyError, ValueError):
        return None


def _account_label(login: str) -> str:
    return f"account:{login}"


@dataclass
class Keyring:
    """The keyring file's content: per login the wraps of the data key (one per credential:
    its parameters and salt, the nonce, the wrapped key), and the recovery key's wrap."""

    accounts: dict[str, list[dict[str, Any]]]
    recovery: dict[str, str] | None

    # --- reading and writing the file ------------------------------------------------------

    @classmethod
    def load(cls, folder: Path) -> Keyring | None:
        """The keyring of the data folder ``folder`` (None: the installation is not
        encrypted). A damaged file is refused in Polish, never half read."""
        path = folder / FILE_NAME
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as error:
            raise DomainError("data_key.unreadable", path=str(path),
                              detail=error.strerror or str(error)) from error  # fmt: skip
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ValueError(data.get("format"))
            return cls(dict(data["accounts"]), data.get("recovery"))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise DomainError("data_key.damaged", path=str(path)) from error

    def save(self, folder: Path, *, pending: bool = False) -> None:
        """Write the keyring atomically (complete under its name, or the old one stays);
        ``pending``: under its temporary name, for a database being encrypted."""
        data = {"format": FORMAT, "accounts": self.accounts, "recovery": self.recovery}
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
        target = pending_path(folder) if pending else folder / FILE_NAME
        write_atomically(target, text.encode("utf-8"), private_parent=True)

    # --- wrapping --------------------------------------------------------------------------

    def wrap_for(
        self, login: str, encoded_credential: str, key: bytes, *, keep_others: bool = False
    ) -> None:
        """Wrap ``key`` for ``login`` under its credential: replacing its earlier wraps, or
        beside them (``keep_others``: a password being changed, until the database has the
        new credential; :meth:`keep_only` then drops the old)."""
        credential = Credential.parse(encoded_credential)
        entry = {
            "m": credential.memory_cost, "t": credential.time_cost, "p": credential.parallelism,
            "salt": _b64(credential.salt), "hash_len": len(credential.raw),
            **_wrap(key, credential.raw, _account_label(login)),
        }  # fmt: skip
        earlier = self.accounts.get(login, []) if keep_others else []
        self.accounts[login] = [e for e in earlier if e["salt"] != entry["salt"]] + [entry]

    def keep_only(self, login: str, encoded_credential: str) -> bool:
        """Drop ``login``'s wraps made for other credentials than ``encoded_credential``;
        True when any went."""
        salt = _b64(Credential.parse(encoded_credential).salt)
        entries = self.accounts.get(login, [])
        kept = [e for e in entries if e["salt"] == salt]
        if len(kept) == len(entries):
            return False
        self.accounts[login] = kept
        return True

    def forget(self, login: str) -> None:
        """Remove ``login``'s wraps (the account can no longer open the data)."""
        self.accounts.pop(login, None)

    def unlock(self, login: str, password: str) -> tuple[bytes, bytes] | None:
        """The data key and the raw Argon2id hash of ``password`` when it is ``login``'s
        password; None when it is not, or the login has no wrap (the same answer, after the
        same work, either way)."""
        entries = self.accounts.get(login) or []
        probes = entries or [e for wraps in self.accounts.values() for e in wraps][:1]
        for entry in probes:
            raw = hash_secret_raw(password.encode("utf-8"), _unb64(entry["salt"]),
                                  int(entry["t"]), int(entry["m"]), int(entry["p"]),
                                  int(entry["hash_len"]), Type.ID)  # fmt: skip
            key = _unwrap(entry, raw, _account_label(login)) if entries else None
            if key is not None:
                return key, raw
        return None

    def set_recovery(self, key: bytes) -> bytes:
        """A new recovery key (32 random bytes: show it once) wrapping ``key``; the earlier
        recovery key stops working."""
        recovery = secrets.token_bytes(KEY_BYTES)
        self.recovery = _wrap(key, recovery, RECOVERY)
        return recovery

    def unlock_with_recovery(self, recovery: bytes) -> bytes | None:
        """The data key, when ``recovery`` is the office's recovery key."""
        if self.recovery is None:
            return None
        return _unwrap(self.recovery, recovery, RECOVERY)


# A small file of an encrypted installation kept beside its database (a draft's recovery
# file): this line, then the nonce, then AES-256-GCM of the content under a key derived from
# the data key for its ``label``.
SEALED_PREFIX = b"CALcert sealed/1\n"


def seal(key: bytes, content: bytes, label: str) -> bytes:
    """``content`` encrypted with the data key ``key`` for the use ``label``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(_wrapping_key(key, label)).encrypt(nonce, content, label.encode("utf-8"))
    return SEALED_PREFIX + nonce + sealed


def is_sealed(blob: bytes) -> bool:
    """Whether ``blob`` is what :func:`seal` makes."""
    return blob.startswith(SEALED_PREFIX)


def unseal(key: bytes, blob: bytes, label: str) -> bytes:
    """What :func:`seal` sealed; ValueError when ``blob`` is not that, or not under ``key``."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    body = blob[len(SEALED_PREFIX):]
    try:
        return AESGCM(_wrapping_key(key, label)).decrypt(
            body[:NONCE_BYTES], body[NONCE_BYTES:], label.encode("utf-8")
        )
    except InvalidTag as error:
        raise ValueError("not sealed with this installation's key") from error


def pending_path(folder: Path) -> Path:
    """Where the keyring of a database being encrypted waits until the database is."""
    return folder / (FILE_NAME + ".nowy")


def finish_pending(folder: Path, database: Path) -> None:
    """Complete an encryption a crash interrupted: the database already encrypted (it does
    not begin with SQLite's header) takes its waiting keyring; one that was not swapped
    keeps its own plain state and the waiting keyring goes."""
    pending = pending_path(folder)
    if not pending.exists() or (folder / FILE_NAME).exists():
        return
    with database.open("rb") as handle:
        plain = handle.read(16) == b"SQLite format 3\x00"
    if plain:
        pending.unlink()
    else:
        os.replace(pending, folder / FILE_NAME)


def is_encrypted(folder: Path) -> bool:
    """Whether the data folder ``folder`` holds an encrypted database (its keyring file)."""
    return (folder / FILE_NAME).exists()


def new_data_key() -> bytes:
    """A new random 256-bit data key."""
    return secrets.token_bytes(KEY_BYTES)


def sqlcipher_key(key: bytes) -> str:
    """The key as SQLCipher's raw key literal (no key derivation on each connection)."""
    return f"x'{key.hex()}'"
