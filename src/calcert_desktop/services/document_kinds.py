"""Imports every module that registers a kind of document (one line each)."""

from __future__ import annotations

from calcert_desktop.services import (
    application_documents,  # noqa: F401  (the filled application form)
    certificate_documents,  # noqa: F401  (the certificate)
    letter_documents,  # noqa: F401  (the four letters)
    record_documents,  # noqa: F401  (the two protocols)
)
