"""Where an installation's database is: the SQLite file in its data folder (the default),
or a PostgreSQL server the office shares.

Chosen, first found wins: ``--database URL`` (``DataPaths.server``), the ``CALCERT_DATABASE``
variable (scripts), the data folder's ``baza.json`` (written by ``calcert db connect`` or
Ustawienia: the address without the password), else the SQLite file. A server's password
is never written to a file: it comes from the URL given (scripts), from the system's
credential store (:mod:`calcert_desktop.storage.credentials`), or from libpq's own means
(``PGPASSWORD``, ``pgpass``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.paths import DataPaths

DATABASE_ENV = "CALCERT_DATABASE"
CONNECTION_FILE = "baza.json"
DEFAULT_PORT = 5432
POSTGRES_DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class Location:
    """One database: a SQLAlchemy URL (the password, if any, only in memory); for an
    encrypted SQLite file, its data key (in memory only: storage/data_key.py)."""

    url: URL
    key: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def engine_name(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.url.get_backend_name()

    @property
    def is_sqlite(self) -> bool:
        """True for a SQLite file."""
        return self.engine_name == "sqlite"

    @property
    def file(self) -> Path | None:
        """The SQLite file (None for a server)."""
        return Path(self.url.database or "") if self.is_sqlite else None

    def shown(self) -> str:
        """The address as it may be shown and stored: no password."""
        if self.is_sqlite:
            return str(self.file)
        # URL.set(password=None) keeps the password (None means "unchanged"): replaced.
        bare = self.url._replace(password=None).set(drivername="postgresql")
        return bare.render_as_string(hide_password=False)

    @property
    def credential_name(self) -> str:
        """The key of the server's password in the credential store: user@host:port/db."""
        url = self.url
        return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or DEFAULT_PORT}/" \
               f"{url.database or ''}"  # fmt: skip

    def with_password(self, password: str | None) -> Location:
        """The same server with ``password`` (kept in memory only; None: without one)."""
        if password:
            return Location(self.url.set(password=password))
        return Location(without_password(self.url))


def without_password(url: URL) -> URL:
    """``url`` with no password (``URL.set`` ignores a None)."""
    return url._replace(password=None)


def sqlite_file(path: Path, key: bytes | None = None) -> Location:
    """The SQLite file at ``path`` (encrypted with ``key``, when given)."""
    return Location(URL.create("sqlite", database=str(path)), key)


def parse(text: str) -> Location:
    """A database address as a user types it: ``postgresql://user@host:port/db`` (with or
    without ``+psycopg``), ``sqlite:///path``, or a path to a SQLite file."""
    value = text.strip()
    if not value:
        raise DomainError("server.bad_url", "database", url=text, detail="adres jest pusty")
    if "://" not in value:
        return sqlite_file(Path(value).expanduser().resolve())
    try:
        url = make_url(value)
    except (ArgumentError, ValueError) as error:  # ValueError: a port that is no number
        raise DomainError("server.bad_url", "database", url=_without_secret(value),
                          detail="nie rozpoznano adresu") from error  # fmt: skip
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database:
            raise DomainError("server.bad_url", "database", url=value,
                              detail="brak ścieżki pliku")  # fmt: skip
        return sqlite_file(Path(url.database).expanduser().resolve())
    if backend not in ("postgresql", "postgres"):
        raise DomainError("server.bad_url", "database", url=_without_secret(value),
                          detail=f"nieobsługiwany rodzaj bazy „{backend}” (obsługiwane: "
                                 "postgresql, sqlite)")  # fmt: skip
    if not url.database:
        raise DomainError("server.bad_url", "database", url=_without_secret(value),
                          detail="brak nazwy bazy danych po ukośniku")  # fmt: skip
    if not url.host:
        url = url.set(host="localhost")
    return Location(url.set(drivername=POSTGRES_DRIVER))


def _without_secret(text: str) -> str:
    try:
        return make_url(text).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return text.split("@")[-1]


def connection_file(paths: DataPaths) -> Path:
    """The data folder's record of the server it uses."""
    return paths.root / CONNECTION_FILE


def saved(paths: DataPaths) -> Location | None:
    """The server recorded in the data folder (None: the folder uses its SQLite file)."""
    file = connection_file(paths)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise DomainError("server.bad_connection_file", path=str(file),
                          detail=str(error)) from error  # fmt: skip
    url = data.get("url") if isinstance(data, dict) else None
    if not isinstance(url, str):
        raise DomainError("server.bad_connection_file", path=str(file),
                          detail="brak pola „url”")  # fmt: skip
    return parse(url)


def resolve(paths: DataPaths) -> Location:
    """The database of ``paths``: ``--database``, ``CALCERT_DATABASE``, ``baza.json``, or
    the SQLite file of the data folder."""
    given = paths.server or os.environ.get(DATABASE_ENV)
    if given:
        return parse(given)
    return saved(paths) or sqlite_file(paths.database)
