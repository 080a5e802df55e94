"""Opening an encrypted installation: a person's password (or the office's recovery key)
unwraps the data key from the keyring beside the database (storage/data_key.py), which
opens it. A wrong password opens nothing and says so in Polish, the same answer for an
unknown login, after the same work.

The sign-in proper (lock-out, temporary passwords, roles) follows on the open database
(services/auth/sign_in.py): the keyring only holds the key, the credentials stay inside.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from calcert_desktop.domain.errors import DomainError, PermissionDenied
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.changes import Done
from calcert_desktop.services.context import AppContext, open_context, utc_now
from calcert_desktop.storage import data_key, unlock_attempts


def is_encrypted(paths: DataPaths) -> bool:
    """Whether the data folder's database is encrypted (then :func:`open_with_password`
    opens it). A folder pointed at a server never is: the server keeps its own data."""
    from calcert_desktop.storage import location

    return location.resolve(paths).file == paths.database and data_key.is_encrypted(paths.root)


def data_key_for(
    paths: DataPaths, login: str, password: str, now: Callable[[], datetime] = utc_now
) -> bytes:
    """The data key ``login``'s ``password`` unwraps; PermissionDenied when it does not.
    Failures are counted per login as a sign-in's are (storage/unlock_attempts.py): after
    three in a row each attempt waits longer, and one made too early is refused unchecked."""
    from calcert_desktop.services.auth.sign_in import failure_refusal, too_early

    shown = login.strip().lower()
    before = unlock_attempts.of(paths.root, shown)
    refusal = too_early(shown, before.failed, before.last, now())
    if refusal is not None:
        raise refusal
    ring = data_key.Keyring.load(paths.root)
    unlocked = ring.unlock(shown, password) if ring is not None else None
    if unlocked is None:
        if ring is None:
            raise PermissionDenied("data_key.wrong_password", "password")
        failures = unlock_attempts.count_failure(paths.root, shown, now())
        raise failure_refusal(failures, now(), "data_key.wrong_password")
    if before.failed:
        unlock_attempts.clear(paths.root, shown)
    return unlocked[0]


def open_with_password(
    paths: DataPaths, login: str, password: str, *, create: bool = False
) -> AppContext:
    """The encrypted installation of ``paths`` opened with ``login``'s password."""
    return open_context(paths, create=create, key=data_key_for(paths, login, password))


def open_with_recovery(paths: DataPaths, recovery: bytes) -> AppContext:
    """The encrypted installation opened with the office's recovery key."""
    ring = data_key.Keyring.load(paths.root)
    if ring is None:
        raise DomainError("data_key.not_encrypted", path=str(paths.root))
    key = ring.unlock_with_recovery(recovery)
    if key is None:
        raise PermissionDenied("data_key.wrong_recovery", "recovery")
    ctx = open_context(paths, create=False, key=key)
    ctx.by_recovery = True
    return ctx


def recover_access(
    paths: DataPaths, login: str, words: str, password: str, repeated: str | None
) -> Done:
    """``login``'s lost password replaced: the recovery key's ``words`` open the
    installation, the new password is set and wraps the data key; closed again."""
    from calcert_desktop.domain.recovery_words import from_words
    from calcert_desktop.services.auth.passwords import recover_password

    ctx = open_with_recovery(paths, from_words(words))
    try:
        return recover_password(ctx, login, password, repeated)
    finally:
        ctx.close()
