"""DB-API connections to a SQLite file below the ORM (backups, their checks, copies): the
standard library's ``sqlite3`` for a plain file, SQLCipher's ``sqlcipher3`` with the raw
data key for an encrypted one (storage/data_key.py). Both modules have the same API; their
errors are caught together as :data:`ERRORS`."""

from __future__ import annotations

import sqlite3
from typing import Any

from calcert_desktop.storage.data_key import sqlcipher_key


def _cipher_errors() -> tuple[type[Exception], ...]:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:  # pragma: no cover - a required dependency
        return ()
    return (dbapi2.Error,)


ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, *_cipher_errors())


def connect(database: str, key: bytes | None = None, **options: Any) -> Any:
    """A connection to the SQLite file ``database`` (a path, or a ``file:`` URI with
    ``uri=True``): plain, or SQLCipher's opened with ``key``."""
    if key is None:
        return sqlite3.connect(database, **options)
    import sqlcipher3

    connection = sqlcipher3.connect(database, **options)
    connection.execute(f'PRAGMA key = "{sqlcipher_key(key)}"')
    return connection
