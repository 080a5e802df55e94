"""What the windows share: the open data folder, the acting person, the worker lane.

Built once in :mod:`app` and passed to each window (no global main window).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the services (and SQLAlchemy) load after the window is up
    from PySide6.QtCore import SignalInstance

    from calcert_desktop.services.context import Actor, AppContext
    from calcert_desktop.ui.worker import Worker


@dataclass
class Session:
    """The application's context for the GUI."""

    ctx: AppContext
    actor: Actor
    worker: Worker

    @property
    def changed(self) -> SignalInstance:
        """The broadcast of every write's change set: one per worker lane, so the windows
        of two people on the same folder (or after a change of person) all hear it."""
        return self.worker.changed
