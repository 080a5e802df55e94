"""A PostgreSQL server for the tests about the server itself, whichever engine the suite runs
on: the suite's own (``--database=postgresql``), or a temporary cluster started for them
(tests/postgres_server.py) and stopped at the end of the session.

Import the fixture into a test module: ``from any_server import any_server  # noqa: F401``.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

import engines
import postgres_server

_names = itertools.count(1)


@pytest.fixture(scope="session")
def any_server() -> Iterator[postgres_server.Server]:
    """The running test server (started here when the suite runs on SQLite)."""
    if engines.SERVER is not None:
        yield engines.SERVER
        return
    if not postgres_server.available():
        pytest.fail("these tests need PostgreSQL (initdb, pg_ctl) or CALCERT_TEST_POSTGRES")
    server = postgres_server.start()
    try:
        yield server
    finally:
        server.stop()


def admin(server: postgres_server.Server):
    """An autocommit connection to the server's ``postgres`` database as the app's role."""
    import psycopg

    return psycopg.connect(server.url("postgres").replace("+psycopg", ""), autocommit=True)


def new_database(server: postgres_server.Server, options: str = "") -> str:
    """A new empty database (``options``: what follows CREATE DATABASE name); its name."""
    name = f"s{os.getpid()}_{next(_names)}"
    with admin(server) as connection:
        connection.execute(f'CREATE DATABASE "{name}" {options}')
    return name


def drop_database(server: postgres_server.Server, name: str) -> None:
    with admin(server) as connection:
        postgres_server.drop_database(connection, name)
