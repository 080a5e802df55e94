"""The letters' wording as data the office edits: versions of each letter kind's texts in
``letter_templates``, the newest in use (none saved: the built-in wording, version 0).

A version is saved only when :func:`~calcert_desktop.documents.wording.check` finds nothing
wrong AND a trial letter with sample data renders; a version already stored is checked again
before a letter is rendered with it (:func:`in_use`), so a wording saved by another program
version can never produce a broken letter. Saving never changes an older version: restoring
the built-in wording saves it as a new one, and the history stays a straight line.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calcert_desktop.documents import letter_wordings
from calcert_desktop.documents.wording import Problem, Wording, check, normalized_texts
from calcert_desktop.domain.conflicts import ChangedMeanwhile, differences
from calcert_desktop.domain.errors import NotFound, ValidationError
from calcert_desktop.domain.roles import Role
from calcert_desktop.services import conflicts, locks, office
from calcert_desktop.services.changes import NOTHING, Changes, Kind
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.services.documents import exports
from calcert_desktop.storage.models import LetterTemplate, User

log = logging.getLogger(__name__)

EDITORS = (Role.OFFICE, Role.ADMIN)  # who may save a wording
ACTION = "save-letter-template"
BUILTIN_VERSION = 0
NOTE_LIMIT = 500
RESTORED_NOTE = "Przywrócono treść wbudowaną w program."


@dataclass(frozen=True)
class EditableKind:
    """A letter whose wording can be edited: its code (``refusal``) and Polish name."""

    code: str
    name: str


@dataclass(frozen=True)
class TemplateVersion:
    """One version of a letter's wording; version 0 is the built-in one (never stored)."""

    kind: str
    version: int
    texts: dict[str, str]
    saved_at: datetime | None = None  # UTC, naive as stored; None for the built-in wording
    saved_by: str = ""  # full name; "" for the built-in wording
    note: str = ""
    problems: list[Problem] = field(default_factory=list)  # a stored version checked again
    changes: Changes = field(default=NOTHING, compare=False)  # what saving it changed

    @property
    def builtin(self) -> bool:
        """Whether this is the wording built into the program."""
        return self.version == BUILTIN_VERSION


def kinds() -> list[EditableKind]:
    """The letters whose wording can be edited, in the order the editor offers them."""
    return [EditableKind(code, item.wording.name) for code, item in letter_wordings.LETTERS.items()]


def may_edit(actor: Actor) -> bool:
    """Whether ``actor`` may save a letter's wording (the office and administrators)."""
    return bool(actor.roles & set(EDITORS))


def wording(kind: str) -> Wording:
    """The rules of the letter ``kind``'s wording (parts, placeholders, built-in texts)."""
    if kind not in letter_wordings.LETTERS:
        known = ", ".join(f"{k.code} ({k.name})" for k in kinds())
        raise ValidationError("template.unknown_kind", None, value=kind, known=known)
    return letter_wordings.wording(kind)


def problems(kind: str, texts: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with ``texts`` as the wording of ``kind`` (empty: nothing); quick and
    without the database, for checking as the user types."""
    return check(wording(kind), texts)


def builtin(kind: str) -> TemplateVersion:
    """The wording built into the program, version 0."""
    return TemplateVersion(kind, BUILTIN_VERSION, dict(wording(kind).builtin))


def _version(session: Session, row: LetterTemplate) -> TemplateVersion:
    user = session.get(User, row.saved_by_id)
    try:
        texts = json.loads(row.texts)
    except ValueError:
        texts = None
    if not isinstance(texts, dict):
        # Stored by something else than this service; shown, but never rendered.
        found = [Problem("", "template.not_an_object", {"value": f"wersja {row.version}"})]
        return TemplateVersion(row.kind, row.version, {}, row.saved_at,
                               user.full_name if user else "", row.note or "", found)  # fmt: skip
    rules = wording(row.kind)
    ordered = {key: texts[key] for key in rules.parts if key in texts}
    ordered.update((key, value) for key, value in texts.items() if key not in ordered)
    return TemplateVersion(
        row.kind, row.version, ordered, row.saved_at, user.full_name if user else "",
        row.note or "", check(rules, texts),
    )  # fmt: skip


def _newest(session: Session, kind: str) -> LetterTemplate | None:
    return session.scalar(
        select(LetterTemplate)
        .where(LetterTemplate.kind == kind)
        .order_by(LetterTemplate.version.desc())
        .limit(1)
    )


def current_in(session: Session, kind: str) -> TemplateVersion:
    """The version of ``kind``'s wording in use, within an open session."""
    row = _newest(session, kind)
    return _version(session, row) if row is not None else builtin(kind)


def current(ctx: AppContext, kind: str) -> TemplateVersion:
    """The version of ``kind``'s wording in use: the newest saved, else the built-in one."""
    wording(kind)
    with reading(ctx) as session:
        return current_in(session, kind)


def history(ctx: AppContext, kind: str) -> list[TemplateVersion]:
    """Every saved version of ``kind``'s wording, newest first (the built-in one, version 0,
    is not stored and not listed)."""
    wording(kind)
    with reading(ctx) as session:
        rows = session.scalars(
            select(LetterTemplate)
            .where(LetterTemplate.kind == kind)
            .order_by(LetterTemplate.version.desc())
        ).all()
        return [_version(session, row) for row in rows]


def version(ctx: AppContext, kind: str, number: int) -> TemplateVersion:
    """Version ``number`` of ``kind``'s wording (0: the built-in one)."""
    if number == BUILTIN_VERSION:
        return builtin(kind)
    name = wording(kind).name
    with reading(ctx) as session:
        row = session.scalar(
            select(LetterTemplate).where(
                LetterTemplate.kind == kind, LetterTemplate.version == number
            )
        )
        if row is None:
            raise NotFound("template.unknown_version", None, kind=name, value=number)
        return _version(session, row)


def in_use(session: Session, kind: str) -> tuple[str, dict[str, str]]:
    """The version (as recorded on a generated document) and texts a letter of ``kind`` is
    rendered with now, checked again: a broken stored version is refused with a message
    naming the letter and the version, and saying where to fix it."""
    used = current_in(session, kind)
    if used.problems:
        raise ValidationError(
            "template.broken_version", None, kind=wording(kind).name, version=used.version,
            problems=" ".join(p.message for p in used.problems),
        )  # fmt: skip
    return str(used.version), used.texts


def _refuse_problems(kind: str, texts: Mapping[str, Any]) -> dict[str, str]:
    """``texts`` normalised, or ValidationError listing every problem, or the trial letter's
    failure: what is saved or previewed must render."""
    name = wording(kind).name
    texts = normalized_texts(texts)
    found = problems(kind, texts)
    if found:
        raise ValidationError("template.refused", None, kind=name,
                              problems=" ".join(p.message for p in found))  # fmt: skip
    try:
        letter_wordings.render_sample(kind, texts)
    except Exception as error:  # any failure of the trial letter refuses the wording
        log.warning("trial letter %s failed", kind, exc_info=True)
        raise ValidationError(
            "template.trial_failed",
            None,
            kind=name,
            detail=str(error)[:200] or type(error).__name__,
        ) from error
    return texts


def preview(ctx: AppContext, kind: str, texts: Mapping[str, Any]) -> bytes:
    """The letter ``kind`` with sample data in the (unsaved) wording ``texts``, from the office
    and signed as set in the settings; refused like :func:`save` when the wording has
    problems."""
    checked = _refuse_problems(kind, texts)
    with reading(ctx) as session:
        settings = office.stored(session)  # the sample comes from the office, as letters do
    return letter_wordings.render_sample(
        kind, checked, settings.details, settings.signatures(kind) or None
    )


def preview_file(ctx: AppContext, kind: str, texts: Mapping[str, Any]) -> Path:
    """:func:`preview` written to a file of this run's private preview folder, to open."""
    pdf = preview(ctx, kind, texts)
    return exports.write_preview(f"podglad-{kind}-{datetime.now():%Y%m%d-%H%M%S}.pdf", pdf)


def _changed_meanwhile(
    session: Session, kind: str, texts: dict[str, str], based_on: int | None
) -> ChangedMeanwhile:
    """The refusal of a wording based on version ``based_on`` when a newer one was saved
    meanwhile: who saved it, when, and every part where the two differ."""
    used = current_in(session, kind)
    rules = wording(kind)
    parts = list(dict.fromkeys([*rules.parts, *texts, *used.texts]))
    def label(part: str) -> str:
        known = rules.parts.get(part)
        return f"część „{known.label if known is not None else part}”"

    found = differences(texts, used.texts, label, parts)
    when = conflicts.when_shown(used.saved_at)
    record = f"treść pisma „{rules.name}” (wersja {based_on} → {used.version})"
    return ChangedMeanwhile(record, used.saved_by or "—", when, found)


def _store(
    ctx: AppContext, actor: Actor, kind: str, texts: dict[str, str], note: str,
    based_on: int | None = None,
) -> TemplateVersion:  # fmt: skip
    actor.require(*EDITORS)
    note = " ".join(note.split())
    if len(note) > NOTE_LIMIT:
        raise ValidationError("too_long", None, length=len(note), max_length=NOTE_LIMIT)
    with writing(ctx, actor, ACTION) as session:
        used = current_in(session, kind)
        if based_on is not None and used.version != based_on:
            raise _changed_meanwhile(session, kind, texts, based_on)
        if used.texts == texts:
            raise ValidationError("template.unchanged", None, kind=wording(kind).name,
                                  version=used.version)  # fmt: skip
        newest = session.scalar(
            select(func.max(LetterTemplate.version)).where(LetterTemplate.kind == kind)
        )
        row = LetterTemplate(
            kind=kind, version=(newest or BUILTIN_VERSION) + 1,
            texts=json.dumps(texts, ensure_ascii=False, sort_keys=True),
            saved_at=datetime.now(UTC).replace(tzinfo=None), saved_by_id=actor.id,
            note=note or None,
        )  # fmt: skip
        # Another PC saving the same kind at the same moment takes the same next version
        # number: the second insert waits for the first and fails on (kind, version).
        if not locks.inserted(session, row):
            raise _changed_meanwhile(session, kind, texts, newest or BUILTIN_VERSION)
        saved = _version(session, row)
    return replace(saved, changes=Changes.of(Kind.TEMPLATES))


def save(
    ctx: AppContext,
    actor: Actor,
    kind: str,
    texts: Mapping[str, Any],
    note: str = "",
    based_on: int | None = None,
) -> TemplateVersion:
    """Save ``texts`` as the next version of ``kind``'s wording, in use from now on.

    Refused (nothing stored) unless ``actor`` is the office or an administrator, the texts
    pass :func:`problems`, a trial letter with sample data renders, and they differ from
    the version in use; and (:class:`ChangedMeanwhile`, both wordings shown) when the
    version in use is no longer ``based_on``, the one the editor showed (None: no check),
    or another PC saved the same kind at the same moment."""
    actor.require(*EDITORS)
    return _store(ctx, actor, kind, _refuse_problems(kind, texts), note, based_on)


def restore_builtin(
    ctx: AppContext, actor: Actor, kind: str, based_on: int | None = None
) -> TemplateVersion:
    """Save the built-in wording as the next version (the history stays linear)."""
    actor.require(*EDITORS)
    return _store(ctx, actor, kind, dict(builtin(kind).texts), RESTORED_NOTE, based_on)
