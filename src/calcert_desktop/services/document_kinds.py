"""Imports every module that registers a kind of document (one line each)."""

from __future__ import annotations

from calcert_desktop.services import certificate_documents  # noqa: F401
