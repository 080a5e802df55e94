"""Generating a case's documents: each kind of document registers the function that reads
what it needs from the database and hands plain data to its module in ``documents/``.

The command line (``calcert pdf KIND REF``) and the case file render through ``render``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.services.context import Actor, AppContext

Builder = Callable[[AppContext, str], bytes]  # (context, case reference) -> PDF


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document: its code (``certificate``), Polish name and builder."""

    code: str
    label: str
    build: Builder
    extreme: Callable[[], bytes] | None = None  # a PDF of extreme plain data, to look at


KINDS: dict[str, DocumentKind] = {}


def document_kind(
    code: str, label: str, extreme: Callable[[], bytes] | None = None
) -> Callable[[Builder], Builder]:
    """Register the builder of the documents of kind ``code`` (and, for the previews, a
    function rendering the document from extreme data: very long names, long reasons...)."""

    def register(function: Builder) -> Builder:
        KINDS[code] = DocumentKind(code, label, function, extreme)
        return function

    return register


def kinds() -> dict[str, DocumentKind]:
    """Every kind of document, by code."""
    from calcert_desktop.services import document_kinds  # noqa: F401  (registers them)

    return KINDS


def render(ctx: AppContext, actor: Actor, kind: str, reference: str) -> bytes:
    """The PDF of the document ``kind`` of the case ``reference``.

    A builder refuses (``document.not_applicable``) when the case has nothing to put in it,
    e.g. a certificate of a case that has none."""
    known = kinds()
    if kind not in known:
        raise ValidationError(
            "document.unknown_kind", "kind", value=kind, known=", ".join(sorted(known))
        )
    return known[kind].build(ctx, reference)
