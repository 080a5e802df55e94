"""What the front ends need of the data folder below the services, so that neither imports
storage/: files private from the process's start, the folder held while a window has it
open (a restore refuses then), and the database engine's own failures as Polish messages."""

from __future__ import annotations

from calcert_desktop.storage.files import restrict_umask
from calcert_desktop.storage.folder_lock import FolderLock
from calcert_desktop.storage.sqlite_errors import as_domain_error

__all__ = ["FolderLock", "as_domain_error", "restrict_umask"]
