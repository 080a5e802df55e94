"""The letters whose wording the office edits, by kind: each letter module's
:class:`~calcert_desktop.documents.wording.Wording`, its sample data and its renderer, so the
services can check a wording, render a trial letter with it, and render a case's letter.

Pure: no database (the saved versions are read by ``services/letter_templates.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from calcert_desktop.documents import (
    acknowledgement,
    appeal_decision,
    charges_letter,
    completion_request,
    discontinuation,
    refusal_letter,
    renewal_reminder,
    revocation_decision,
)
from calcert_desktop.documents.wording import Problem, Wording, check, normalized_texts
from calcert_desktop.domain.office import OfficeDetails
from calcert_desktop.domain.signature_slots import Signature


@dataclass(frozen=True)
class EditableLetter:
    """A letter kind with editable wording: its rules, sample data and renderer."""

    wording: Wording
    sample: Callable[[], Any]  # realistic plain data for a sample letter
    render: Callable[[Any, Mapping[str, str]], bytes]  # (data, texts) -> PDF


# The decisions first (the editor opens on the refusal), then the office's letters at
# filing, the notice of discontinuance and the reminder at the end of validity.
LETTERS: dict[str, EditableLetter] = {
    module.KIND: EditableLetter(module.WORDING, module.sample, module.render)
    for module in (
        refusal_letter,
        charges_letter,
        revocation_decision,
        appeal_decision,
        acknowledgement,
        completion_request,
        discontinuation,
        renewal_reminder,
    )
}


def wording(kind: str) -> Wording:
    """The wording rules of the letter ``kind`` (KeyError for a kind without them)."""
    return LETTERS[kind].wording


def check_kind(kind: str, texts: Mapping[str, Any]) -> list[Problem]:
    """Every problem of ``texts`` as the wording of the letter ``kind``."""
    return check(wording(kind), texts)


def render_sample(
    kind: str,
    texts: Mapping[str, str],
    office: OfficeDetails | None = None,
    signatures: Sequence[Signature] | None = None,
) -> bytes:
    """The letter ``kind`` with sample data in the (checked) wording ``texts``; from the
    office ``office`` and signed by ``signatures`` when given (the settings in use)."""
    letter = LETTERS[kind]
    data = letter.sample()
    if office is not None:
        data = replace(data, office=office)
    if signatures is not None:
        data = replace(data, signatures=tuple(signatures))
    return letter.render(data, normalized_texts(texts))
