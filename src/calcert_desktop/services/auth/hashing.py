"""Passwords as Argon2id hashes (argon2-cffi, its recommended parameters: RFC 9106's
second choice, 64 MiB and three passes), never the password itself."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# Replaced in the tests by a cheap one (a hash per test person would cost seconds).
HASHER = PasswordHasher()
# A hash of nothing anyone knows: verified against when a login is unknown, so that an
# unknown login costs the same time as a wrong password (no telling which logins exist).
_DECOY: dict[int, str] = {}


def hash_password(password: str) -> str:
    """The Argon2id hash of ``password`` (a new salt each time)."""
    return HASHER.hash(password)


def verify(stored: str, password: str) -> bool:
    """True when ``password`` is the one ``stored`` was made from."""
    try:
        return HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError, UnicodeEncodeError):
        return False


def needs_rehash(stored: str) -> bool:
    """True when ``stored`` was made with other parameters than today's (rehash it at the
    next good sign-in)."""
    try:
        return HASHER.check_needs_rehash(stored)
    except InvalidHashError:
        return True


def spend_a_verification(password: str) -> None:
    """As long as a verification, for an answer that must not be quicker (unknown login)."""
    key = id(HASHER)
    if key not in _DECOY:
        _DECOY.clear()
        _DECOY[key] = HASHER.hash("nikt nie zna tego hasła")
    verify(_DECOY[key], password)
