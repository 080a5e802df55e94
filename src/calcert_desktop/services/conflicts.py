"""Two people changing the same record, never a silent overwrite: the second writer gets a
Polish :class:`ChangedMeanwhile` naming who changed the record and when (the audit log's
latest entry for it) with both versions, and nothing of their write is saved.

Two ways lead here. A front end that showed a record carries the version it read into the
write, and the service compares it with the record read under its lock (:func:`expect`).
And any flush whose UPDATE meets a newer version than the one it read (SQLAlchemy's
``StaleDataError``: another PC committed in between) is turned into the same refusal by
:func:`after_stale`, which :func:`services.context.writing` calls.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from calcert_desktop.domain import signature_slots
from calcert_desktop.domain.case_labels import RECORDS, field_label
from calcert_desktop.domain.conflicts import ChangedMeanwhile, Difference, differences
from calcert_desktop.domain.messages import render
from calcert_desktop.domain.office import OFFICE_SETTINGS
from calcert_desktop.storage import versions
from calcert_desktop.storage.audit import column_values, entity_key
from calcert_desktop.storage.models import Assessment, Base, Case, Setting, SiteVisit, User


def when_shown(at: datetime | None) -> str:
    """An audit time (UTC, naive) as local time: ``06.12.2026, 14:03``."""
    if at is None:
        return "—"
    return at.replace(tzinfo=UTC).astimezone().strftime("%d.%m.%Y, %H:%M")


def who_and_when(session: Session, entity: str, entity_id: str,
                 case_id: Any = None) -> tuple[str, str]:  # fmt: skip
    """Who changed the record last and when, from the audit log, in Polish."""
    change = versions.last_change(session, entity, entity_id, case_id)
    if change is None:
        return render("conflict.nobody_known", None, {}), "—"
    if change.login == "system":
        who = render("conflict.system", None, {})
    else:
        who = f"{change.full_name} ({change.login})" if change.full_name else change.login
    return who, when_shown(change.at)


def setting_label(key: str) -> str:
    """A setting's Polish name: ``ustawienie „dni na odwołanie…”``."""
    from calcert_desktop.services.config import SETTINGS

    if key in SETTINGS:
        return f"ustawienie „{SETTINGS[key].label}”"
    if key in OFFICE_SETTINGS:
        return f"dane organizacji: {OFFICE_SETTINGS[key].label}"
    parts = key.split(".")
    if len(parts) == 3 and parts[0] == "signer" and parts[1] in signature_slots.SLOTS:
        try:
            return f"podpis: {signature_slots.slot_label(parts[1], parts[2])}"
        except (ValueError, IndexError):
            pass
    return f"ustawienie {key}"


def record_label(row: Base) -> str:
    """What the record is, in Polish, for the refusal's first words."""
    if isinstance(row, Case):
        return f"{RECORDS['cases']} {row.reference or row.draft_code}"
    if isinstance(row, Setting):
        return setting_label(row.key)
    if isinstance(row, User):
        return f"{RECORDS['users']} {row.full_name} ({row.login})"
    if isinstance(row, Assessment):
        return f"{RECORDS['assessments']} {row.standard}"
    if isinstance(row, SiteVisit):
        return f"{RECORDS['site_visits']} planowana na {row.planned_for.isoformat()}"
    return RECORDS.get(row.__tablename__, row.__tablename__)


def refusal(
    session: Session,
    row: Base,
    yours: Mapping[str, Any] | None,
    theirs: Mapping[str, Any] | None = None,
    *,
    record: str | None = None,
    label: Callable[[str], str] | None = None,
    case_id: Any = None,
    keys: list[str] | None = None,
) -> ChangedMeanwhile:
    """The refusal for ``row`` as stored now (read in ``session``): ``yours`` what this
    writer meant to write (None: to delete), ``theirs`` the stored values to compare (the
    row's audited columns by default) in the fields ``keys`` (those of ``yours`` by
    default), ``label`` names a field, ``case_id`` takes the last change in the whole case."""
    table = row.__tablename__
    stored = dict(theirs) if theirs is not None else column_values(row)
    name = label or (lambda key: field_label(table, key))
    found = []
    if yours is not None:
        found = differences(yours, stored, name, list(yours) if keys is None else keys)
    who, when = who_and_when(session, table, entity_key(row), case_id)
    return ChangedMeanwhile(record or record_label(row), who, when, found)


def expect(
    session: Session,
    row: Base,
    expected: int | None,
    yours: Mapping[str, Any],
    theirs: Mapping[str, Any] | None = None,
    **shown: Any,
) -> None:
    """Refuse (:class:`ChangedMeanwhile`) unless ``row``, read in this transaction under its
    lock, is still at the version ``expected`` its writer read before (None: not asked).
    ``yours``, ``theirs`` and ``shown`` as for :func:`refusal`."""
    if expected is None or row.row_version == expected:  # type: ignore[attr-defined]
        return
    raise refusal(session, row, yours, theirs, **shown)


def gone(session: Session, model: type[Base], entity_id: str, record: str) -> ChangedMeanwhile:
    """The refusal for a record deleted since its writer read it."""
    who, when = who_and_when(session, model.__tablename__, entity_id)
    return ChangedMeanwhile(record, who, when, deleted=True)


def after_stale(
    sessions: Callable[[], Session], attempts: list[versions.Attempt]
) -> ChangedMeanwhile | None:
    """The refusal for a flush that met a newer version: the first of ``attempts`` whose
    record is no longer at the version it read, worded from a fresh read (``sessions``
    makes a reading session). None when none is found (the caller re-raises)."""
    session = sessions()
    try:
        for attempt in attempts:
            now = versions.stored(session, attempt.model, attempt.identity)
            if now is None:
                record = RECORDS.get(attempt.model.__tablename__, attempt.model.__tablename__)
                return gone(session, attempt.model, attempt.entity_id, record)
            if now.version != attempt.version:
                return refusal(session, now.row, attempt.values)
        return None
    finally:
        session.rollback()
        session.close()


__all__ = ["ChangedMeanwhile", "Difference", "after_stale", "expect", "gone", "refusal"]
