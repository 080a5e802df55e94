"""Finding the resources folder (fonts, translations, icons) from source or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` beside the package in a source checkout, or bundled in a frozen app."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    shipped = Path(__file__).resolve().parent / "_data" / "resources"
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parents[2] / "resources"
