"""What a kind of document is: its code, Polish name, the builder that renders it, and the
record a case must have for it (the kind modules declare theirs; :mod:`registry` lists them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from calcert_desktop.services.context import AppContext
from calcert_desktop.storage.models import Case


@dataclass(frozen=True)
class Rendered:
    """A rendered document and the version of the wording it was rendered with (the
    letters' editable wording; None for a kind without it). A builder returns this when
    its kind has editable wording, so that the version recorded is the one really used."""

    pdf: bytes
    template_version: str | None = None


# (context, case reference) -> the PDF, alone or with the wording's version
Builder = Callable[[AppContext, str], "bytes | Rendered"]
# (session, case) -> the record a document is made from (a decision, a visit...), or None
Source = Callable[[Session, Case], object | None]
# (session, case, today) -> the same, for a document that depends on the day (a reminder)
DatedSource = Callable[[Session, Case, date], object | None]


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document: its code (``certificate``), Polish name and builder."""

    code: str
    label: str
    build: Builder
    extreme: Callable[[], bytes] | None = None  # a PDF of extreme plain data, to look at
    source: Source | None = None  # the record it is made from; None: every case has one
    dated_source: DatedSource | None = None  # instead of ``source``, when the day matters
    # What a file of this kind is called in its name ("Odmowa CAL-2026-0044 …"); the label
    # when it is short enough already.
    file_title: str = ""

    @property
    def title_in_file_name(self) -> str:
        return self.file_title or self.label
