"""Files written for the system viewer (a sample letter): in this run's private preview
folder, never under a fixed name in the shared temporary folder."""

from __future__ import annotations

from pathlib import Path

from calcert_desktop.storage.preview_folder import PREVIEWS


def preview_file(name: str, content: bytes) -> Path:
    """Write ``content`` as a read-only file named ``name`` (made safe); its path."""
    return PREVIEWS.write(name, content)
