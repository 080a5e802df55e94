"""Removing the files the wizard stored that nothing names any more, when the data opens.

Apart from :mod:`services.admin.maintenance` (backups, restore, the check): opening the data
runs this every time, and it needs none of their imports.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from calcert_desktop.services.context import AppContext, reading, writing
from calcert_desktop.storage import blobs

# How long a file the wizard stored is kept while nothing names it: a form left open, a
# draft whose saves failed (its recovery file names it too) have this long to be saved.
STAGED_GRACE = timedelta(days=7)


def remove_unused_files(ctx: AppContext, now: datetime | None = None) -> int:
    """Remove the files the wizard stored more than :data:`STAGED_GRACE` ago that no
    declaration, document or recovery file of this data folder names (the rest are kept
    for good); how many were removed. One indexed query when there is nothing that old."""
    cutoff = (now or blobs.now_utc()) - STAGED_GRACE
    with reading(ctx) as session:
        if not blobs.staged_before(session, cutoff):
            return 0
    from calcert_desktop.services.applications import draft_recovery  # only when due

    named = draft_recovery.named_files(ctx)
    with writing(ctx, None, "remove-unused-files") as session:
        return blobs.remove_unused(session, cutoff, named)
