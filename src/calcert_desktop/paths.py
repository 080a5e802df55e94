"""Where the app keeps its data: the user's data folder, or one chosen explicitly."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "CALcert Desktop"
APP_AUTHOR = "CALcert"
DATA_DIR_ENV = "CALCERT_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    """The files of one data folder."""

    root: Path
    # The database named by ``--database`` (None: CALCERT_DATABASE, the folder's baza.json or
    # its SQLite file; storage/location.py decides).
    server: str | None = None

    @property
    def database(self) -> Path:
        """The SQLite database file."""
        return self.root / "calcert.sqlite3"

    @property
    def backups(self) -> Path:
        """Automatic backups (before migrations and restores)."""
        return self.root / "kopie-zapasowe"

    # Earlier versions kept these files in the data folder; they now live in the database
    # (storage/blobs.py, storage/seal_keys.py) and are moved in from here when the folder is
    # opened (storage/legacy_files.py).
    @property
    def attachments(self) -> Path:
        """Where earlier versions kept attachment files, by content hash."""
        return self.root / "zalaczniki"

    @property
    def documents(self) -> Path:
        """Where earlier versions kept generated documents (PDF), by year."""
        return self.root / "dokumenty"

    @property
    def keys(self) -> Path:
        """Where earlier versions kept the private key that seals certificates."""
        return self.root / "klucze"


def resolve_data_dir(
    explicit: str | os.PathLike[str] | None = None, database: str | None = None
) -> DataPaths:
    """``--data-dir`` first, then ``CALCERT_DATA_DIR``, then the user's data folder; with the
    database ``--database`` names, if any."""
    chosen = explicit or os.environ.get(DATA_DIR_ENV) or user_data_dir(APP_NAME, APP_AUTHOR)
    return DataPaths(Path(chosen).expanduser().resolve(), database or None)
