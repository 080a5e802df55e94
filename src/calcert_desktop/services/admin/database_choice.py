"""Which database an installation uses: its own SQLite file, or the office's PostgreSQL
server; pointing it at a server, back again, and preparing the server's schema.

Choosing a server is this PC's setting (the data folder's ``baza.json``, the password in
the system's credential store), not a change of the office's data: it is guarded by the
server's own password, as the data folder is by the operating system's account. What a
person may do once connected is decided by their roles on that server's database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, inspect, select, text

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.paths import DataPaths
from calcert_desktop.storage import location as locations
from calcert_desktop.storage import migrate
from calcert_desktop.storage.credentials import (
    forget_password,
    store_password,
    with_stored_password,
)
from calcert_desktop.storage.database import Database
from calcert_desktop.storage.files import private_folder, write_atomically
from calcert_desktop.storage.location import Location
from calcert_desktop.storage.models import Case
from calcert_desktop.storage.server_errors import reaching


@dataclass(frozen=True)
class DatabaseStatus:
    """What a database is: where, which engine and version, which schema, how many cases."""

    where: str  # the address without the password, or the file
    engine: str  # "PostgreSQL 15.18", "SQLite 3.40.1"
    revision: str | None  # None: no schema yet
    head: str  # the schema this program knows
    cases: int | None  # None without a schema

    @property
    def state(self) -> str:
        """``ready``, ``empty`` (no schema), ``older`` (db init upgrades) or ``newer``."""
        if self.revision is None:
            return "empty"
        if self.revision == self.head:
            return "ready"
        return "older" if self.revision in migrate.known_revisions() else "newer"

    def describe(self) -> str:
        """Where the database is, then :meth:`summary` (the command line's paragraph)."""
        return f"{self.where}\n{self.summary()}"

    def summary(self) -> str:
        """The engine and the schema's state in Polish (Ustawienia shows the place above)."""
        states = {
            "ready": f"schemat aktualny ({self.revision}), spraw: {self.cases}",
            "empty": "baza pusta — przygotuj ją poleceniem: calcert db init",
            "older": f"schemat {self.revision} starszy niż {self.head} — zaktualizuje go "
                     "calcert db init (albo pierwsze uruchomienie programu)",
            "newer": f"schemat {self.revision} nowszy niż zna ten program ({self.head}) — "
                     "zaktualizuj program",
        }  # fmt: skip
        return f"{self.engine}; {states[self.state]}"


def current(paths: DataPaths) -> Location:
    """The database this installation uses now."""
    return locations.resolve(paths)


def probe(where: Location) -> DatabaseStatus:
    """Connect to ``where`` and read what it holds (a Polish error when it cannot)."""
    where = with_stored_password(where)
    if where.is_sqlite and (where.file is None or not where.file.exists()):
        raise DomainError("storage.not_initialised", path=str(where.file))
    database = Database.at(where)
    try:
        with reaching(where), database.engine.connect() as connection:
            if where.is_sqlite:
                found = connection.execute(text("SELECT sqlite_version()")).scalar()
                version = f"SQLite {found}"
            else:
                shown = connection.execute(text("SHOW server_version")).scalar()
                version = "PostgreSQL " + str(shown).split()[0]
            revision = None
            cases = None
            if inspect(connection).has_table("alembic_version"):
                revision = connection.execute(
                    text("SELECT version_num FROM alembic_version")
                ).scalar()
                if inspect(connection).has_table("cases"):
                    cases = connection.execute(select(func.count()).select_from(Case)).scalar()
    finally:
        database.close()
    return DatabaseStatus(where.shown(), version, revision, migrate.HEAD, cases)


def address(host: str, port: int, database: str, user: str) -> str:
    """A server's address from the fields of a form (Ustawienia), without a password; a
    Polish error naming the empty field."""
    from sqlalchemy.engine import URL

    for value, field, label in ((host, "host", "serwer"), (database, "database", "baza danych"),
                                (user, "user", "użytkownik")):  # fmt: skip
        if not value.strip():
            raise DomainError("server.field_empty", field, label=label)
    url = URL.create("postgresql", username=user.strip(), host=host.strip(), port=port,
                     database=database.strip())  # fmt: skip
    return url.render_as_string(hide_password=False)


def probe_address(text: str, password: str | None) -> DatabaseStatus:
    """:func:`probe` of an address as typed, with ``password`` (None: the stored one)."""
    where = locations.parse(text)
    return probe(where.with_password(password) if password else where)


def connect(paths: DataPaths, address: str, password: str | None = None) -> DatabaseStatus:
    """Point this installation at the server ``address``: the connection is tried first
    (with ``password``, or one already stored, or libpq's own); then the password goes to
    the credential store and the address, without it, to the data folder's ``baza.json``.
    Nothing is written when the server cannot be reached or refuses the password."""
    where = locations.parse(address)
    if where.is_sqlite:
        raise DomainError("server.not_postgres", "database", url=address)
    if where.url.password:  # typed into the address: taken, and kept out of the file
        password = password or where.url.password
        where = where.with_password(None)
    tried = where.with_password(password) if password else where
    status = probe(tried)
    if status.state == "newer":
        raise DomainError("server.newer_schema", server=status.where, found=status.revision,
                          known=status.head)  # fmt: skip
    if password:
        store_password(where, password)
    private_folder(paths.root)
    record = {"url": where.shown()}
    write_atomically(locations.connection_file(paths),
                     (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))  # fmt: skip
    return status


def disconnect(paths: DataPaths, *, forget: bool = True) -> Location:
    """Back to the data folder's own SQLite file; the server's stored password is removed
    too unless ``forget`` is False. The server's data is not touched."""
    saved = locations.saved(paths)
    locations.connection_file(paths).unlink(missing_ok=True)
    if saved is not None and forget:
        forget_password(saved)
    return locations.sqlite_file(paths.database)


@dataclass(frozen=True)
class Initialised:
    """What ``db init`` did."""

    before: DatabaseStatus
    after: DatabaseStatus
    admin_created: bool


def initialise(paths: DataPaths) -> Initialised:
    """Create or upgrade the schema of this installation's database (the same migrations on
    either engine), with the ``admin`` account in an empty one."""
    from calcert_desktop.services.admin import people
    from calcert_desktop.services.context import open_context

    where = current(paths)
    before = probe(where) if not where.is_sqlite or (where.file and where.file.exists()) else \
        DatabaseStatus(where.shown(), "SQLite", None, migrate.HEAD, None)  # fmt: skip
    ctx = open_context(paths, create=True)
    try:
        admin_created = people.ensure_admin(ctx)
    finally:
        ctx.close()
    return Initialised(before, probe(where), admin_created)
