"""A case's id as the case list keeps it: the value the driver gives, unconverted, and the
clause that finds a page of cases by those values.

Hex text on SQLite (making 100,000 ``uuid.UUID`` objects in Python doubled the time of the
whole list's query), a UUID on PostgreSQL (its native type, made by psycopg in C). A page
of keys is looked up with ``IN (...)`` on SQLite and with ``= ANY(array)`` on PostgreSQL:
one parameter instead of 200, which psycopg would otherwise parse anew for every page (a
statement that long is not in its cache) and SQLAlchemy would render a cast for each.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import String, bindparam, type_coerce
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import UUID as PG_UUID
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import Boolean, TypeDecorator, TypeEngine

from calcert_desktop.storage.models import Case


class _StoredKey(TypeDecorator[Any]):
    """The id column's values as the driver gives them (see the module's docstring)."""

    impl = String
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(PG_UUID(as_uuid=True))
        return dialect.type_descriptor(String())


def case_key() -> ColumnElement[Any]:
    """The case's id as a list keeps it, to select."""
    return type_coerce(Case.id, _StoredKey())


class KeysIn(ColumnElement[bool]):
    """The clause "the case's id is one of these keys"."""

    type = Boolean()
    inherit_cache = True
    _traverse_internals = [  # noqa: RUF012 (SQLAlchemy's own declaration style)
        ("listed", InternalTraversal.dp_clauseelement),
        ("array", InternalTraversal.dp_clauseelement),
    ]
    _is_implicitly_boolean = True

    def __init__(self, keys: list[Any]) -> None:
        self.listed = bindparam(None, keys, type_=_StoredKey(), unique=True, expanding=True)
        self.array = bindparam(None, keys, type_=ARRAY(PG_UUID(as_uuid=True)), unique=True)


def keys_in(keys: Iterable[Any]) -> ColumnElement[bool]:
    """A clause over ``cases``: its id is one of ``keys`` (as :func:`case_key` gave them)."""
    return KeysIn(list(keys))


@compiles(KeysIn)
def _compile_listed(element: KeysIn, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(case_key().in_(element.listed), **kw)


@compiles(KeysIn, "postgresql")
def _compile_array(element: KeysIn, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{compiler.process(Case.id, **kw)} = ANY({compiler.process(element.array, **kw)})"
