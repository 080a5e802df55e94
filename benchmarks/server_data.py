"""100,000 cases on a PostgreSQL server, fast: a template database built once, copied per run.

Making 100,000 whole demo cases takes a quarter of an hour on SQLite and longer on a server
(each case's history, assessments, votes and audit entries, built in Python). The lists and
the search need the case rows only, so the template is built in two parts:

1. ``calcert demo --cases DEMO``: whole, realistic cases (history, case files, documents'
   records, the Board's resolutions), opened and acted on by the benchmarks;
2. the rest as *list filler*: each filler case copies the list columns of a random demo
   case (state, dates, deadline, rapporteur), with a new declaration from the demo's own
   generator (institution, town, people, NIP: the texts the search and the sort see), a
   new draft code and, once filed, a new reference number of the same year; its case row
   and declaration are written with ``COPY``. A filler draft is a complete declaration: it
   can be filed. Filler cases have no history of their own (no audit entries, no
   assessments), which the case list never reads.

Then the reference counters are moved past the filler's numbers and the template is
vacuumed and analysed (the planner's statistics and the visibility map travel with the
copy). A run copies it with ``CREATE DATABASE ... TEMPLATE`` (a file copy, seconds).
"""

from __future__ import annotations

import os
import random
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock

import psycopg

from calcert_desktop.cli.main import main as calcert
from calcert_desktop.demo.declarations import make_declaration
from calcert_desktop.domain.numbering import reference_number
from calcert_desktop.services.process.new_case import new_case
from calcert_desktop.storage.case_columns import refresh_search

# The case columns a filler case takes from its demo model as they are.
COPIED = ("state", "state_since", "last_event_on", "received_on", "next_deadline",
          "rapporteur_id")  # fmt: skip
WRITTEN = ("id", "draft_code", "reference", "form_version", "institution_name", "name_sort",
           "town", "town_sort", "voivodeship", "institution_type", "search_text", "signed_on",
           "created_at", "nip")  # fmt: skip
READY = "calcert benchmark template"  # the template's comment once it is complete


@dataclass(frozen=True)
class ServerUrls:
    """How to reach one database of the server: SQLAlchemy's URL and libpq's."""

    sqlalchemy: str

    @property
    def libpq(self) -> str:
        return self.sqlalchemy.replace("postgresql+psycopg://", "postgresql://")


def admin(server: object) -> psycopg.Connection:
    """An autocommit connection to the server's ``postgres`` database (CREATE DATABASE)."""
    return psycopg.connect(ServerUrls(server.url("postgres")).libpq, autocommit=True)  # type: ignore[attr-defined]


def template_name(cases: int, demo: int, seed: int) -> str:
    return f"calcert_bench_{cases}_{demo}_{seed}"


def is_ready(server: object, name: str) -> bool:
    with admin(server) as connection:
        row = connection.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
            (name,),
        ).fetchone()
    return row is not None and row[0] == READY


# The template's administrator's password (the demo's people get it too).
PASSWORD = "hasło-pomiarowe-2026"


def _signed(base: list[str], *args: str) -> int:
    """``calcert`` with the password (init: the new administrator's) on a pipe."""
    read, write = os.pipe()
    os.write(write, f"{PASSWORD}\n".encode())
    os.close(write)
    try:
        return calcert([*base, "--password-fd", str(read), *args])
    finally:
        os.close(read)


def build_template(server: object, name: str, *, cases: int, demo: int, seed: int) -> None:
    """The template database ``name``: ``demo`` demo cases, filler up to ``cases``."""
    with admin(server) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    url = server.url(name)  # type: ignore[attr-defined]
    start = time.perf_counter()
    folder = tempfile.mkdtemp(prefix="calcert-bench-")  # the data folder names the server only
    base = ["--database", url, "--data-dir", folder]
    demo_args = ["--user", "admin", "demo", "--cases", str(demo), "--seed", str(seed)]
    if _signed(base, "init", "--no-encryption") != 0 or _signed(base, *demo_args) != 0:
        raise SystemExit("the demo could not be made")
    made_demo = time.perf_counter() - start
    print(f"template {name}: {demo} demo cases in {made_demo:.0f} s")
    with psycopg.connect(ServerUrls(url).libpq) as connection:
        written = _fill(connection, cases - demo, seed)
    filled = time.perf_counter() - start - made_demo
    print(f"template {name}: {written} filler cases in {filled:.0f} s")
    with psycopg.connect(ServerUrls(url).libpq, autocommit=True) as connection:
        connection.execute("VACUUM (ANALYZE)")
    with admin(server) as connection:
        connection.execute(f"COMMENT ON DATABASE \"{name}\" IS '{READY}'")
    print(f"template {name}: ready in {time.perf_counter() - start:.0f} s")


def _fill(connection: psycopg.Connection, count: int, seed: int) -> int:
    """``count`` filler cases modelled on the demo's (see the module's docstring)."""
    models = connection.execute(f"SELECT {', '.join(COPIED)} FROM cases ORDER BY id").fetchall()
    last = dict(connection.execute(
        "SELECT year, last FROM counters WHERE kind = 'reference'"
    ).fetchall())  # fmt: skip
    rng = random.Random(seed * 31 + 7)
    columns = ", ".join(WRITTEN + COPIED)
    with connection.cursor() as cursor:
        with cursor.copy(f"COPY cases ({columns}) FROM STDIN") as cases_copy:
            bodies: list[tuple[uuid.UUID, str]] = []
            for _ in range(count):
                model = models[rng.randrange(len(models))]
                bodies.append(_write_one(cases_copy, rng, model, last))
        with cursor.copy("COPY declarations (case_id, body) FROM STDIN") as declarations_copy:
            for row in bodies:
                declarations_copy.write_row(row)
        for year, seq in last.items():
            cursor.execute(
                "UPDATE counters SET last = %s WHERE kind = 'reference' AND year = %s",
                (seq, year),
            )
    connection.commit()
    return count


def _write_one(copy: psycopg.Copy, rng: random.Random, model: tuple, last: dict) -> tuple:
    since, received = model[1], model[3]
    signed = (received or since or date(2026, 1, 1)) - timedelta(days=rng.randint(1, 10))
    data = make_declaration(rng, signed_on=signed)
    case_id = uuid.UUID(int=rng.getrandbits(128), version=4)
    case = new_case(data, created=datetime.combine(received or signed, clock(9, 0)),
                    case_id=case_id)  # fmt: skip
    if received is not None:
        last[received.year] = last.get(received.year, 0) + 1
        case.reference = reference_number(received.year, last[received.year])
        refresh_search(case, data)
    copy.write_row(tuple(getattr(case, c) for c in WRITTEN) + model)
    return case_id, case.declaration_text.body


def copy_of(server: object, template: str, name: str) -> str:
    """A fresh copy ``name`` of the template (dropped first if left over); its URL."""
    with admin(server) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return server.url(name)  # type: ignore[attr-defined]


def drop(server: object, name: str) -> None:
    with admin(server) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
