"""PostgreSQL's LISTEN/NOTIFY on the channel the PCs of an office share.

:func:`send` queues a notice in the writer's own transaction: the server delivers it when
that transaction commits, and never when it rolls back. :class:`Listener` is a connection of
its own (not one of the pool's, which come and go) that listens on the channel; it blocks in
:meth:`Listener.wait` until a notice comes, the server goes away, or another thread wakes it.
"""

from __future__ import annotations

import select
import socket
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from calcert_desktop.storage.database import CONNECT_TIMEOUT
from calcert_desktop.storage.location import DEFAULT_PORT, Location

if TYPE_CHECKING:  # psycopg loads only when a PC listens (it takes a while to import)
    import psycopg

CHANNEL = "calcert_changes"
# PostgreSQL refuses a payload of 8000 bytes or more (in the server's encoding, UTF-8).
PAYLOAD_LIMIT = 7999


class ListenerLost(Exception):
    """The listening connection could not be made, or the server went away."""


def send(session: Session, payload: str) -> None:
    """Queue ``payload`` on the channel in the session's transaction (sent on commit)."""
    if len(payload.encode("utf-8")) > PAYLOAD_LIMIT:
        raise ValueError(f"a notice of {len(payload)} characters is over the server's limit")
    session.execute(text("SELECT pg_notify(:channel, :payload)"),
                    {"channel": CHANNEL, "payload": payload})  # fmt: skip


def _connection_arguments(location: Location) -> dict[str, Any]:
    """libpq's keywords for ``location`` (extra ones from the URL's query, e.g. sslmode),
    with the engine's timeouts and keep-alives: a server that vanishes without closing the
    connection (a cable pulled) is noticed within half a minute."""
    url = location.url
    arguments: dict[str, Any] = {
        key: value if isinstance(value, str) else value[-1] for key, value in url.query.items()
    }
    arguments.update(
        host=url.host or "localhost",
        port=url.port or DEFAULT_PORT,
        dbname=url.database,
        connect_timeout=CONNECT_TIMEOUT,
        application_name="CALcert Desktop (zmiany)",
        keepalives=1,
        keepalives_idle=10,
        keepalives_interval=5,
        keepalives_count=3,
    )
    if url.username:
        arguments["user"] = url.username
    if url.password:
        arguments["password"] = url.password
    return arguments


class Listener:
    """One connection listening on :data:`CHANNEL`; used by one thread at a time (another
    thread only wakes it, through the socket it passes to :meth:`wait`)."""

    def __init__(self, location: Location) -> None:
        self._location = location
        self._connection: psycopg.Connection[Any] | None = None

    def open(self) -> None:
        """Connect and LISTEN (ListenerLost if the server cannot be reached)."""
        import psycopg

        try:
            connection = psycopg.connect(autocommit=True,
                                         **_connection_arguments(self._location))  # fmt: skip
        except psycopg.Error as error:
            raise ListenerLost(str(error)) from error
        try:
            connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            connection.close()
            raise ListenerLost(str(error)) from error
        self._connection = connection

    def wait(self, wake: socket.socket | None = None, timeout: float | None = None) -> list[str]:
        """The payloads of the notices that came; waits for one, for ``timeout`` seconds,
        or until ``wake`` becomes readable (then possibly none). ListenerLost if the
        connection broke."""
        import psycopg

        connection = self._connection
        if connection is None:
            raise ListenerLost("not connected")
        try:
            waiting = self._received(connection)  # some may have come with the last answer
            if waiting:
                return waiting
            watched: list[Any] = [connection.fileno()]
            if wake is not None:
                watched.append(wake)
            ready, _, _ = select.select(watched, [], [], timeout)
            if connection.fileno() not in ready:
                return []
            return self._received(connection)
        except (psycopg.Error, OSError, ValueError) as error:
            raise ListenerLost(str(error)) from error

    @staticmethod
    def _received(connection: psycopg.Connection[Any]) -> list[str]:
        # timeout=0 reads what the socket holds without waiting; a closed one raises.
        return [n.payload for n in connection.notifies(timeout=0) if n.channel == CHANNEL]

    def close(self) -> None:
        """Close the connection (nothing if it is already gone)."""
        import psycopg

        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.close()
            except psycopg.Error:
                pass  # a broken connection has nothing left to close
