"""Checks a declaration file's structure against its JSON Schema, in Polish.

Each violation becomes ``ValidationError("declaration.schema", <dotted JSON path>,
problem=<Polish description>)``, so the user learns which key is wrong and how to fix it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import jsonschema

from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.forms import SCHEMA_FILE_NAME, forms_dir, load_declaration_schema
from calcert_desktop.domain.messages_validation import (
    JSON_TYPES_ACTUAL,
    JSON_TYPES_EXPECTED,
    SCHEMA_PROBLEMS,
)


def schema_errors(data: Any, *, partial: bool = False) -> list[ValidationError]:
    """Every structural problem of ``data``; ``partial`` ignores missing keys (drafts)."""
    validator = _validator()
    found: dict[tuple[str | None, str], ValidationError] = {}
    for error in validator.iter_errors(data):
        if partial and error.validator == "required":
            continue
        for translated in _translate(error):
            key = (translated.field, str(translated.params["problem"]))
            found.setdefault(key, translated)
    return [found[key] for key in sorted(found, key=lambda k: (k[0] or "", k[1]))]


def _validator() -> jsonschema.Draft202012Validator:
    """The schema's validator, built once per schema file (its checkers are reused)."""
    return _validator_of(str(forms_dir() / SCHEMA_FILE_NAME))


@functools.cache
def _validator_of(path: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(load_declaration_schema())


def dotted(path: list[str | int]) -> str | None:
    """A JSON path as the dotted field name the messages use (``attachments.0.kind``)."""
    return ".".join(str(part) for part in path) or None


def _error(path: list[str | int], problem: str, **params: Any) -> ValidationError:
    text = SCHEMA_PROBLEMS[problem].format(**params)
    return ValidationError("declaration.schema", dotted(path), problem=text)


def _translate(error: jsonschema.ValidationError) -> list[ValidationError]:
    path: list[str | int] = list(error.absolute_path)
    # Both typed "Any | Unset" by jsonschema; always set on errors that iter_errors yields.
    instance: Any = error.instance
    keyword_value: Any = error.validator_value
    match error.validator:
        case "required":
            names = [n for n in keyword_value if n not in instance]
            return [_error([*path, name], "required", name=name) for name in names]
        case "additionalProperties":
            names = _additional_properties(instance, error.schema)
            return [_error([*path, name], "additionalProperties", name=name) for name in names]
        case "type":
            wanted = [keyword_value] if isinstance(keyword_value, str) else list(keyword_value)
            return [
                _error(
                    path,
                    "type",
                    expected=" albo ".join(JSON_TYPES_EXPECTED.get(t, t) for t in wanted),
                    actual=JSON_TYPES_ACTUAL[_json_type(instance)],
                )
            ]
        case "minimum":
            return [_error(path, "minimum", value=instance, minimum=keyword_value)]
        case _:
            return [_error(path, "other", detail=error.message)]


def _additional_properties(instance: Any, schema: Any) -> list[str]:
    if not isinstance(instance, dict) or not isinstance(schema, dict):
        return []
    known = schema.get("properties", {})
    patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
    return [
        key
        for key in instance
        if key not in known and not any(pattern.search(key) for pattern in patterns)
    ]


def _json_type(value: Any) -> str:
    # bool before int: in Python True is an int, in JSON it is not a number.
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    return "object"
