"""Reading the office's own details and the documents' signers from the settings, for the
services that make documents (changing them is administration: ``admin/office.py``).

They are rows of the ``settings`` table like the process settings: ``office.*`` keys hold
one line of text each, ``signer.<kind>.<slot>`` keys a signer as JSON
(:class:`~calcert_desktop.domain.signature_slots.SignerSetting`). A key without a row takes its
default, so an installation nobody configured prints the regulations' name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain import office
from calcert_desktop.domain import signature_slots as slots
from calcert_desktop.domain.office import OfficeDetails
from calcert_desktop.domain.signature_slots import Signature, SignerSetting
from calcert_desktop.services.changes import NOTHING, Changes
from calcert_desktop.storage.models import Setting

SIGNER_PREFIX = "signer."


@dataclass(frozen=True)
class OfficeSettings:
    """What is set: every office detail's text (its default when none is stored) and every
    signature slot's signer (empty when none is stored)."""

    values: dict[str, str]
    signers: dict[tuple[str, str], SignerSetting]
    changes: Changes = field(default=NOTHING, compare=False)
    # Each stored setting's row version as read (a key not stored: none): the settings page
    # saves with them, so what another administrator saved meanwhile is not overwritten.
    versions: dict[str, int] = field(default_factory=dict, compare=False)

    @property
    def details(self) -> OfficeDetails:
        """The details as the documents print them."""
        return office.details(self.values)

    def signatures(self, kind: str) -> tuple[Signature, ...]:
        """The signature lines of the document ``kind``."""
        return slots.signatures(kind, self.signers)


def _rows(session: Session) -> tuple[dict[str, str], dict[str, int]]:
    keys = [*office.OFFICE_SETTINGS, *(slots.setting_key(k, s) for k, s in slots.all_slots())]
    found = session.execute(
        select(Setting.key, Setting.value, Setting.row_version).where(Setting.key.in_(keys))
    ).all()
    return {key: value for key, value, _ in found}, {key: version for key, _, version in found}


def stored(session: Session) -> OfficeSettings:
    """The office's settings within an open session (one query)."""
    rows, versions = _rows(session)
    values = {key: rows.get(key, spec.default) for key, spec in office.OFFICE_SETTINGS.items()}
    set_signers = {
        (kind, slot): SignerSetting.from_text(rows[key])
        for kind, slot in slots.all_slots()
        if (key := slots.setting_key(kind, slot)) in rows
    }
    return OfficeSettings(values, set_signers, versions=versions)


def details(session: Session) -> OfficeDetails:
    """The office's details as the documents print them."""
    return stored(session).details


def signatures(session: Session, kind: str) -> tuple[Signature, ...]:
    """The signature lines of the document ``kind`` (none for a kind without slots)."""
    return stored(session).signatures(kind)
