"""A table's content as one checksum, computed the same way on SQLite and on PostgreSQL.

Rows are read through the models' typed columns (so a UUID, a date or a boolean arrives as
the same Python value from either engine), in primary-key order compared byte by byte
(PostgreSQL's ``COLLATE "C"``, SQLite's default ``BINARY``), and every value is written into
SHA-256 with its kind and length: two tables digest alike only when they hold the same rows.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Select, String, Table, Text, func, select
from sqlalchemy.engine import Connection

# Rows fetched per round trip when streaming a table (a server-side cursor on PostgreSQL).
STREAM_ROWS = 500


def ordered_select(table: Table, dialect: str) -> Select[Any]:
    """Every column of ``table`` in primary-key order, the same order on either engine."""
    return select(*table.columns).order_by(*_key_order(table.primary_key.columns, dialect))


def _key_order(columns: Iterable[Column[Any]], dialect: str) -> list[Any]:
    order: list[Any] = []
    for column in columns:
        textual = isinstance(column.type, (String, Text))
        # PostgreSQL sorts text by the database's locale; "C" compares the UTF-8 bytes, as
        # SQLite's BINARY does (a UUID is compared by its bytes on both: hex order).
        order.append(column.collate("C") if textual and dialect == "postgresql" else column)
    return order


def stream(connection: Connection, statement: Select[Any]) -> Iterator[Sequence[Any]]:
    """The rows of ``statement`` a few hundred at a time, never the whole table in memory."""
    result = connection.execution_options(yield_per=STREAM_ROWS).execute(statement)
    for partition in result.partitions():
        yield from partition


def _kind_of(value: Any) -> str:
    """The slow path of :func:`value_text`: subclasses and the rarer types."""
    if isinstance(value, bool):
        return "B1" if value else "B0"
    if isinstance(value, int):
        return f"I{value}"
    if isinstance(value, uuid.UUID):
        return "U" + value.hex
    if isinstance(value, datetime):
        return "T" + value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return "D" + value.isoformat()
    if isinstance(value, time):
        return "H" + value.isoformat(timespec="microseconds")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "X" + bytes(value).hex()
    if isinstance(value, str):
        return "S" + value
    if isinstance(value, (float, Decimal)):
        return "F" + repr(float(value))
    raise TypeError(f"no checksum form for {type(value).__name__}")


# The common types by their exact class (a dictionary look-up, not a chain of isinstance).
_FORMS: dict[type, Callable[[Any], str]] = {
    str: lambda v: "S" + v,
    int: lambda v: f"I{v}",
    bool: lambda v: "B1" if v else "B0",
    uuid.UUID: lambda v: "U" + v.hex,
    datetime: lambda v: "T" + v.isoformat(sep=" ", timespec="microseconds"),
    date: lambda v: "D" + v.isoformat(),
    type(None): lambda v: "N",
}


def value_text(value: Any) -> str:
    """One value as its kind and normalised content: the same from either engine (a UUID as
    32 hex digits, a date as ISO 8601, a boolean as 1 or 0, bytes in hex)."""
    form = _FORMS.get(type(value))
    return form(value) if form is not None else _kind_of(value)


def row_bytes(row: Sequence[Any]) -> bytes:
    """A row's values, each as its length and text, then a newline (no two rows alike)."""
    texts = [value_text(v) for v in row]
    return ("".join(f"{len(t)}:{t}" for t in texts) + "\n").encode("utf-8", "surrogatepass")


@dataclass
class Tally:
    """How many rows a table has, and the checksum of their content in order."""

    rows: int = 0
    _digest: Any = field(default_factory=hashlib.sha256, repr=False)

    def add(self, row: Sequence[Any]) -> None:
        """Count ``row`` and fold its values into the checksum."""
        self.rows += 1
        self._digest.update(row_bytes(row))

    @property
    def checksum(self) -> str:
        """The SHA-256 of every row so far, in hex."""
        return str(self._digest.hexdigest())


def tally(connection: Connection, table: Table) -> Tally:
    """Count and checksum ``table`` as ``connection`` sees it (streamed)."""
    found = Tally()
    for row in stream(connection, ordered_select(table, connection.dialect.name)):
        found.add(row)
    return found


def row_count(connection: Connection, table: Table) -> int:
    """How many rows ``table`` holds."""
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def has_rows(connection: Connection, table: Table) -> bool:
    """True when ``table`` holds at least one row (without counting them all)."""
    return connection.execute(select(1).select_from(table).limit(1)).first() is not None
