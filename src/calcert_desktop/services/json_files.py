"""Reading the JSON files a user hands to the command line or the GUI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from calcert_desktop.domain.errors import ValidationError


def read_json(path: Path) -> dict[str, Any]:
    """A JSON object from ``path``, or a Polish error naming the line and column at fault."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            "declaration.unreadable", "file", path=str(path), detail=str(exc)
        ) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "declaration.malformed_json",
            "file",
            path=str(path),
            line=exc.lineno,
            column=exc.colno,
            detail=exc.msg,
        ) from exc
    if not isinstance(data, dict):
        raise ValidationError("declaration.schema", "file", detail="plik musi zawierać obiekt JSON")
    return data
