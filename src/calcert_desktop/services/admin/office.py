"""Changing the office's own details and the documents' signers (administrators only).

Every change is checked whole before anything is written (:mod:`domain.office`,
:mod:`domain.signers`): a refusal lists every problem in Polish and leaves the database as it
was. A value equal to its default is stored as no row at all, so "Przywróć domyślne" and an
untouched installation read the same.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain import office, signers
from calcert_desktop.domain import signature_slots as slots
from calcert_desktop.domain.conflicts import ChangedMeanwhile, differences
from calcert_desktop.domain.errors import ValidationError, ValidationErrors
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.signature_slots import SignerSetting
from calcert_desktop.services import conflicts, locks
from calcert_desktop.services.changes import NOTHING, Changes, Done, Kind
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.services.office import SIGNER_PREFIX, OfficeSettings, stored
from calcert_desktop.storage.models import Setting

ACTION = "settings"
OFFICE_PREFIX = "office."
Slot = tuple[str, str]


def office_settings(ctx: AppContext) -> OfficeSettings:
    """The office's details and the signers as set now (defaults where nothing is set)."""
    with reading(ctx) as session:
        return stored(session)


def problems(
    values: Mapping[str, str], signer_slots: Mapping[Slot, SignerSetting]
) -> list[ValidationError]:
    """Every problem of the office's ``values`` and the signers of ``signer_slots`` (quick,
    without the database: the settings page checks as one types)."""
    found = office.problems(values)
    for (kind, slot), setting in signer_slots.items():
        found += signers.problems(kind, slot, signers.cleaned(kind, slot, setting))
    return found


def put(session: Session, key: str, text: str, default: str | None = None) -> bool:
    """Store ``text`` under ``key`` (no row when it is the ``default``); whether it changed.

    The row is read under its lock, and a first value is inserted so that another PC
    inserting it at the same moment cannot make this fail (:mod:`services.locks`)."""
    row = locks.locked(session, Setting, key)
    if text == default:
        if row is None:
            return False
        session.delete(row)
        return True
    if row is not None and row.value == text:
        return False
    if row is None:
        if locks.inserted(session, Setting(key=key, value=text)):
            return True
        row = locks.locked(session, Setting, key)  # the other's first value, committed
        assert row is not None
        if row.value == text:
            return False
    row.value = text
    return True


def _shown(key: str, text: str) -> str:
    """A stored setting as the refusal quotes it (a signer in words, not as JSON)."""
    if not key.startswith(SIGNER_PREFIX):
        return text
    setting = SignerSetting.from_text(text)
    return ", ".join(part for part in (setting.name, setting.function, setting.gender) if part)


def expect_versions(
    session: Session, wanted: Mapping[str, str], versions: Mapping[str, int] | None
) -> None:
    """Refuse (:class:`ChangedMeanwhile`, every differing setting with both values) unless
    each setting of ``wanted`` (key -> text to store, defaults included) is still at the
    version its writer read (``versions``; a key not there was not stored then; None: no
    check). The rows stay locked to the end of the transaction."""
    if versions is None:
        return
    changed = []
    for key in sorted(wanted):
        row = locks.locked(session, Setting, key)
        if (row.row_version if row is not None else 0) != versions.get(key, 0):
            changed.append((key, row))
    if not changed:
        return
    label = dict((key, conflicts.setting_label(key)) for key, _ in changed)
    yours = {label[key]: _shown(key, wanted[key]) for key, _ in changed}
    theirs = {
        label[key]: _shown(key, row.value) if row is not None else _shown(key, _default(key))
        for key, row in changed
    }
    who, when = conflicts.who_and_when(session, Setting.__tablename__, changed[0][0])
    record = "dane organizacji i podpisy" if len(changed) > 1 else label[changed[0][0]]
    found = differences(yours, theirs, lambda name: name, list(yours))
    raise ChangedMeanwhile(record, who, when, found)


def _default(key: str) -> str:
    from calcert_desktop.services.config import SETTINGS

    spec = office.OFFICE_SETTINGS.get(key)
    if spec is not None:
        return spec.default
    number = SETTINGS.get(key)  # a process setting (admin/settings.py saves them too)
    return str(number.default) if number is not None else SignerSetting().to_text()


def save(
    ctx: AppContext,
    actor: Actor,
    values: Mapping[str, str],
    signer_slots: Mapping[Slot, SignerSetting] | None = None,
    versions: Mapping[str, int] | None = None,
) -> Done:
    """Save the office's details ``values`` (key -> text; keys not given stay) and the
    signers of ``signer_slots`` in one transaction; refused whole, with every problem.

    ``versions`` (:attr:`OfficeSettings.versions` of what the page showed): refused whole
    if another administrator saved any of these settings since (both versions shown)."""
    actor.require(Role.ADMIN)
    chosen = dict(signer_slots or {})
    unknown = [key for key in values if key not in office.OFFICE_SETTINGS]
    if unknown:
        raise ValidationError("setting.unknown", "key", value=unknown[0],
                              known=", ".join(office.OFFICE_SETTINGS))  # fmt: skip
    for kind, slot in chosen:
        signers.find_slot(kind, slot)
    found = problems(values, chosen)
    if found:
        raise found[0] if len(found) == 1 else ValidationErrors(found)
    wanted = {key: office.cleaned(text) for key, text in values.items()}
    wanted.update(
        (slots.setting_key(kind, slot), signers.cleaned(kind, slot, setting).to_text())
        for (kind, slot), setting in chosen.items()
    )
    changed = 0
    with writing(ctx, actor, ACTION) as session:
        expect_versions(session, wanted, versions)
        for key, text in wanted.items():
            changed += put(session, key, text, _default(key))
    if not changed:
        return Done("Bez zmian: dane organizacji i podpisy są takie jak zapisane.", NOTHING)
    return Done(f"Zapisano dane organizacji i podpisy (zmienione ustawienia: {changed}).",
                Changes.of(Kind.SETTINGS))  # fmt: skip


def set_text(ctx: AppContext, actor: Actor, key: str, value: str) -> Done:
    """Set one detail of the office; an empty value empties an optional one (a required one,
    the name or the place, is refused: ``reset`` restores the defaults)."""
    actor.require(Role.ADMIN)
    spec = office.OFFICE_SETTINGS[key]
    text = office.cleaned(value)
    problem = office.check_value(key, text)
    if problem is not None:
        raise problem
    with writing(ctx, actor, ACTION) as session:
        changed = put(session, key, text, spec.default)
    shown = text or "(puste)"
    if not changed:
        return Done(f"Bez zmian: {spec.label} = {shown}.", NOTHING)
    return Done(f"Ustawiono: {spec.label} = {shown}.", Changes.of(Kind.SETTINGS))


def set_signer(
    ctx: AppContext,
    actor: Actor,
    kind: str,
    slot: str | None = None,
    *,
    name: str | None = None,
    function: str | None = None,
    gender: str | None = None,
) -> Done:
    """Set the signer of slot ``slot`` of the document ``kind``: the parts given replace
    the stored ones (an empty text clears a part), the others stay."""
    actor.require(Role.ADMIN)
    slot = signers.find_slot(kind, slot)
    typed_gender = None if gender is None else signers.parse_gender(
        gender, slots.field(kind, slot, "gender"))  # fmt: skip
    with reading(ctx) as session:
        now = stored(session).signers.get((kind, slot), SignerSetting())
    wanted = SignerSetting(
        now.name if name is None else name,
        now.function if function is None else function,
        now.gender if typed_gender is None else typed_gender,
    )
    done = save(ctx, actor, {}, {(kind, slot): wanted})
    printed = slots.signature(kind, slot, signers.cleaned(kind, slot, wanted))
    who = f"{printed.name}, {printed.function}" if printed.name else printed.function
    verb = "Bez zmian" if not done.changes else "Ustawiono"
    return Done(f"{verb}: {slots.slot_label(kind, slot)} — podpisuje: {who}.", done.changes)


def reset(ctx: AppContext, actor: Actor) -> Done:
    """Restore the defaults of every office detail and every signer (the process settings
    stay)."""
    actor.require(Role.ADMIN)
    with writing(ctx, actor, ACTION) as session:
        rows = session.scalars(
            select(Setting).where(
                Setting.key.startswith(OFFICE_PREFIX) | Setting.key.startswith(SIGNER_PREFIX)
            )
        ).all()
        for row in rows:  # one by one, through the unit of work: each deletion is audited
            session.delete(row)
    if not rows:
        return Done("Bez zmian: dane organizacji i podpisy są domyślne.", NOTHING)
    return Done("Przywrócono domyślne dane organizacji i podpisy.", Changes.of(Kind.SETTINGS))
