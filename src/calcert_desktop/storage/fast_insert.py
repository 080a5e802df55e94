"""Many new rows of one table inserted with one DBAPI ``executemany``, each value converted
once by its column's own bind processor: what SQLAlchemy's Core ``insert`` with a list of
rows binds, without its statement parameters built row by row (the register's import and
the demo insert hundreds of thousands of rows). The same SQL as SQLAlchemy's (with
PostgreSQL's casts), the same values bound, on SQLite and on PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

from sqlalchemy import Column, Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session


def column_default(column: Column[Any]) -> Callable[[], Any] | None:
    """What gives ``column``'s value when an insert leaves it out, as SQLAlchemy fills it:
    its Python default, a value or a function (None: no such default, NULL)."""
    default = column.default
    if default is None:
        return None
    if default.is_scalar:
        return partial(_same, default.arg)  # type: ignore[attr-defined]
    if default.is_callable:
        return partial(default.arg, None)  # type: ignore[attr-defined]
    return None


def _same(value: Any) -> Any:
    return value


def _processor(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """The bind processor of ``column`` (None: bound as it is)."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def _column_values(column: Column[Any], rows: Sequence[Mapping[str, Any]]) -> list[Any]:
    """``column``'s value in each row: its own, or its default where the rows leave it out
    (the keys of the first row name the columns given, as for SQLAlchemy)."""
    if column.key in rows[0]:
        return [row[column.key] for row in rows]
    make = column_default(column)
    return [make() if make else None for _row in rows]


def _bound(values: list[Any], processor: Callable[[Any], Any] | None) -> list[Any]:
    return values if processor is None else list(map(processor, values))


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (column key → value; a column left out gets its default) in the
    session's transaction."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(table.c.keys()))
    names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    columns = [
        _bound(_column_values(table.c[name], rows), _processor(table.c[name], dialect))
        for name in names
    ]
    values: list[Any] = list(zip(*columns, strict=True))
    if not compiled.positional:  # psycopg's %(name)s
        values = [dict(zip(names, row, strict=True)) for row in values]
    connection.exec_driver_sql(compiled.string, values)
