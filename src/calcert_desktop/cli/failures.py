"""The one line the command line prints for an error nobody planned for."""

from __future__ import annotations

from calcert_desktop.domain.os_errors import os_error_reason
from calcert_desktop.services.data_folder import as_domain_error


def unexpected_message(error: Exception) -> str:
    """One line for an error nobody planned for (SQLite's own English never shown)."""
    known = as_domain_error(error)
    if known is not None:
        return "błąd: " + known.message
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"błąd: operacja na pliku nie powiodła się{where}: {os_error_reason(error)}."
    return (
        f"błąd: nieoczekiwany problem ({type(error).__name__}: {error}). "
        "Uruchom z --debug, aby zobaczyć szczegóły."
    )
