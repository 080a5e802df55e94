"""Reading the JSON files a user hands to the command line or the GUI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from calcert_desktop.domain import limits
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.json_text import FILE_FIELD, decode_json
from calcert_desktop.domain.messages_validation import JSON_TYPES_ACTUAL
from calcert_desktop.storage.source_files import TooLarge, read_regular_file


def read_json(path: Path) -> dict[str, Any]:
    """A JSON object from ``path``, or one Polish error naming the field or line at fault.

    A link, folder, FIFO or device is refused without blocking, and so is a file over the
    size limit (:mod:`calcert_desktop.storage.source_files`, as for attachments); so are
    duplicate keys, deep nesting and huge numbers (:mod:`calcert_desktop.domain.json_text`).
    """
    data = decode_json(read_file(path), str(path))
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


def read_file(path: Path, limit: int = limits.MAX_JSON_FILE_BYTES) -> bytes:
    """The bytes of the regular file ``path`` the user named, at most ``limit`` of them."""
    try:
        return read_regular_file(path, limit=limit, field=FILE_FIELD)
    except TooLarge as error:
        raise ValidationError(
            "file.too_large", FILE_FIELD, path=str(path), size=error.size, max_bytes=limit
        ) from None
