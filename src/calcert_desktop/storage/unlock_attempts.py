"""Failed attempts to open an encrypted installation, per login, in a small file beside the
keyring (``proby-odblokowania.json``): the database they would be counted in is the one a
wrong password cannot open. They make the window and the command line wait as a sign-in
does (services/auth/unlock.py). Someone who copies the files guesses offline anyway, at one
Argon2id a guess; this file slows down guessing at the keyboard of the laptop itself.

The file holds logins as typed (lower case) and times (UTC): no secret. A damaged or
unreadable file counts as no failures (it must never keep the right person out)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from calcert_desktop.storage.files import write_atomically

FILE_NAME = "proby-odblokowania.json"


@dataclass(frozen=True)
class Attempts:
    """A login's failures in a row and the time of the last one."""

    failed: int = 0
    last: datetime | None = None


def _read(folder: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def of(folder: Path, login: str) -> Attempts:
    """The failures counted for ``login`` (none when the file is missing or damaged)."""
    return _attempts(_read(folder).get(login))


def _attempts(entry: object) -> Attempts:
    try:
        assert isinstance(entry, dict)
        return Attempts(int(str(entry["failed"])), datetime.fromisoformat(str(entry["last"])))
    except (AssertionError, KeyError, ValueError):
        return Attempts()


def count_failure(folder: Path, login: str, now: datetime) -> int:
    """One more failure for ``login`` at ``now``; the new count."""
    data = _read(folder)
    failed = _attempts(data.get(login)).failed + 1
    data[login] = {"failed": failed, "last": now.isoformat()}
    _write(folder, data)
    return failed


def clear(folder: Path, login: str) -> None:
    """After the right password: ``login``'s failures forgotten."""
    data = _read(folder)
    if data.pop(login, None) is not None:
        _write(folder, data)


def _write(folder: Path, data: dict[str, dict[str, object]]) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    write_atomically(folder / FILE_NAME, text.encode("utf-8"), private_parent=True)
