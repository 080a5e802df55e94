"""Reading the JSON files a user hands to the command line or the GUI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.json_text import FILE_FIELD, read_json_file
from calcert_desktop.domain.messages_validation import JSON_TYPES_ACTUAL


def read_json(path: Path) -> dict[str, Any]:
    """A JSON object from ``path``, or one Polish error naming the field or line at fault.

    A folder, FIFO or device is refused without blocking; so are files over the size limit,
    duplicate keys, deep nesting and huge numbers (:mod:`calcert_desktop.domain.json_text`).
    """
    data = read_json_file(path)
    if not isinstance(data, dict):
        actual = JSON_TYPES_ACTUAL.get(_json_type(data), type(data).__name__)
        raise ValidationError("declaration.not_object", FILE_FIELD, actual=actual)
    return data


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    return "number"
