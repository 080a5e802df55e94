"""Records as JSON and back, for packages (issue 19): every column of a table by its name,
dates as ISO text, identifiers as hex; reading checks each value against its column's type,
so a package cannot put text in a date or a key in a flag."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text, inspect
from sqlalchemy.types import Uuid

from calcert_desktop.storage.models import Base


class BadRow(ValueError):
    """A record in a package that does not fit its table."""


def dump(obj: Base) -> dict[str, Any]:
    """Every column of a record, JSON-ready."""
    found: dict[str, Any] = {}
    for attr in inspect(type(obj)).column_attrs:
        value = getattr(obj, attr.key)
        if isinstance(value, uuid.UUID):
            value = value.hex
        elif isinstance(value, datetime | date):
            value = value.isoformat()
        found[attr.key] = value
    return found


def _value(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, Uuid):
        return uuid.UUID(hex=str(value))
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(str(value))
    if isinstance(kind, Date):
        return date.fromisoformat(str(value))
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise BadRow("flag")
        return value
    if isinstance(kind, Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise BadRow("number")
        return value
    if isinstance(kind, Float):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise BadRow("number")
        return float(value)
    if isinstance(kind, String | Text):
        if not isinstance(value, str) or (kind.length and len(value) > kind.length):
            raise BadRow("text")
        return value
    raise BadRow(f"type {kind!r}")


def load(model: type[Base], values: Any) -> dict[str, Any]:
    """The column values of one ``model`` record from JSON (BadRow when they do not fit:
    an unknown or missing column, a wrong type, a text too long)."""
    if not isinstance(values, dict):
        raise BadRow("not a record")
    columns = {attr.key: attr.columns[0] for attr in inspect(model).column_attrs}
    if set(values) != set(columns):
        raise BadRow("columns")
    try:
        return {key: _value(columns[key].type, value) for key, value in values.items()}
    except (TypeError, ValueError) as error:
        raise BadRow(str(error)) from None


def place(session: Any, model: type[Base], values: dict[str, Any], *, fresh: bool = False
          ) -> Base:  # fmt: skip
    """The record with these values: the one already there (updated) or a new one
    (``fresh``: known to be new, not looked for). A record's row version stays this
    database's own."""
    given = {k: v for k, v in values.items() if k != "row_version"}
    if fresh:
        made = model(**given)
        session.add(made)
        return made
    mapper = inspect(model)
    key = tuple(values[column.key] for column in mapper.primary_key)
    with session.no_autoflush:
        found = session.get(model, key if len(key) > 1 else key[0])
    if found is None:
        found = model(**given)
        session.add(found)
        return found
    for name, value in given.items():
        if getattr(found, name) != value:
            setattr(found, name, value)
    return found
