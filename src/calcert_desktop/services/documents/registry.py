"""Every kind of document the program makes, in one list, in the order the case file and the
previews offer them: the case's own course (not the order modules happened to be imported)."""

from __future__ import annotations

from calcert_desktop.services.documents import (
    application,
    certificate,
    letters,
    notices,
    records,
    reminders,
)
from calcert_desktop.services.documents.kind import DocumentKind

KINDS: tuple[DocumentKind, ...] = (
    *application.KINDS,
    *notices.FILING_KINDS,
    *certificate.KINDS,
    *letters.KINDS,
    *notices.REVOCATION_KINDS,
    *records.KINDS,
    *reminders.KINDS,
)
