"""What every package needs on either side (issue 19): this installation's keys, the other
installation, the next sequence number, writing a package whole, and opening one that is
checked to the last byte before anything reads its data.

The checks, in order, none of which touches the database or the disk: the file's structure
and every hash (exchange/package.py); the schema (not newer than ours); the sender (a
registered installation whose key is not revoked); the recipient (this installation); the
signature; the sequence (an older package than one already read is a replay; the same
package again is recognised by its id and changes nothing)."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.exchange import identity
from calcert_desktop.exchange.package import Opened, PackageRefused, Writer, open_package
from calcert_desktop.services.changes import Changes, Done
from calcert_desktop.services.exchange.installations import own_signer
from calcert_desktop.storage.files import atomic_writer, write_error
from calcert_desktop.storage.migrate import HEAD
from calcert_desktop.storage.models import Installation, Package, User

OUT, IN = "out", "in"
HANDOVER, RETURN = "handover", "return"
# What each side sends and reads: the office hands cases over, a laptop returns its work.
SENDS = {identity.OFFICE: HANDOVER, identity.LAPTOP: RETURN}


def refused(code: str, **params: Any) -> PackageRefused:
    return PackageRefused(f"package.{code}", None, **params)


@dataclass(frozen=True)
class Keys:
    """This installation: its record and its private exchange key."""

    row: Installation
    signer: Ed25519PrivateKey


def own_keys(session: Session) -> Keys:
    """This installation's identity and key (refused when it has none yet)."""
    found = own_signer(session)
    if found is None:
        raise refused("no_identity")
    return Keys(*found)


def peer(session: Session, wanted: str) -> Installation:
    """The registered installation named ``wanted`` (its key id, or its name as listed)."""
    text = " ".join(wanted.split())
    rows = list(session.scalars(select(Installation).where(
        Installation.own.is_(False), Installation.revoked_at.is_(None))))  # fmt: skip
    by_key = [row for row in rows if row.key_id == text.lower()]
    by_name = [row for row in rows if row.name.casefold() == text.casefold()]
    found = by_key or by_name
    if not found:
        raise refused("unknown_recipient", name=text)
    if len(found) > 1:
        raise refused("recipient_ambiguous", name=text)
    if found[0].box_key is None:
        raise refused("no_box_key", name=found[0].name)
    return found[0]


def next_sequence(session: Session, peer_key_id: str) -> int:
    last = session.scalar(select(func.max(Package.sequence)).where(
        Package.direction == OUT, Package.peer_key_id == peer_key_id))  # fmt: skip
    return (last or 0) + 1


def person_json(user: User) -> dict[str, str]:
    return {"login": user.login, "full_name": user.full_name}


def write(
    target: Path,
    keys: Keys,
    to: Installation,
    *,
    kind: str,
    sequence: int,
    made_at: datetime,
    fill: Callable[[Writer], dict[str, Any]],
) -> tuple[uuid.UUID, str]:
    """Write a package to ``target`` whole or not at all: ``fill`` adds the attachments and
    returns the data. Returns the package's id and the file's SHA-256."""
    assert to.box_key is not None
    try:
        with atomic_writer(target) as stream:
            writer = Writer(stream, kind=kind, schema=HEAD, signer=keys.signer,
                            sender=keys.row.key_id, recipient=to.key_id,
                            recipient_box=bytes.fromhex(to.box_key), sequence=sequence,
                            made_at=made_at)  # fmt: skip
            package_id = writer.finish(fill(writer))
    except OSError as error:
        raise write_error(target, error) from error
    digest = hashlib.sha256()
    with target.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return package_id, digest.hexdigest()


@dataclass
class Checked:
    """An opened package whose sender, recipient, signature and sequence are checked, its
    data decrypted; ``already`` when this very package was read before."""

    opened: Opened
    sender_key: str
    sender_name: str
    data: dict[str, Any]
    already_at: datetime | None  # when this very package was read before


def open_checked(session: Session, source: Path, expected_kind: str) -> Checked:
    """The package at ``source``, checked as the module says (PackageRefused otherwise)."""
    try:
        opened = open_package(source)
    except OSError as error:
        from calcert_desktop.storage.files import reason_of

        raise DomainError("file.read_failed", None, path=str(source),
                          reason=reason_of(error)) from error  # fmt: skip
    try:
        return _check(session, opened, expected_kind)
    except BaseException:
        opened.close()
        raise


def _check(session: Session, opened: Opened, expected_kind: str) -> Checked:
    m = opened.manifest
    if not (len(m.schema) == 4 and m.schema.isdigit()):
        raise refused("bad_manifest")
    if int(m.schema) > int(HEAD):
        raise refused("newer_schema", schema=m.schema, here=HEAD)
    keys = own_keys(session)
    sender = session.scalar(select(Installation).where(Installation.key_id == m.sender))
    if sender is None or sender.own:
        raise refused("unknown_sender", key_id=m.sender)
    if sender.revoked_at is not None:
        raise refused("revoked_sender", key_id=m.sender, name=sender.name,
                      revoked_on=f"{sender.revoked_at:%Y-%m-%d}")  # fmt: skip
    if m.recipient != keys.row.key_id:
        raise refused("not_for_us", recipient=m.recipient, own=keys.row.key_id)
    opened.verify(bytes.fromhex(sender.public_key))
    if m.kind != expected_kind:
        here = "Biuro" if keys.row.role == identity.OFFICE else "Laptop"
        raise refused("wrong_kind", here=here, kind=m.kind,
                      expected="laptopa" if m.kind == HANDOVER else "biura")  # fmt: skip
    already = session.get(Package, m.package_id)
    already_at = None if already is None else already.recorded_at
    if already is None:
        last = session.scalar(select(func.max(Package.sequence)).where(
            Package.direction == IN, Package.peer_key_id == sender.key_id))  # fmt: skip
        if last is not None and m.sequence <= last:
            raise refused("replayed", name=sender.name, sequence=m.sequence, last=last)
    opened.unlock(identity.box_private_of(keys.signer))
    data = opened.data()
    return Checked(opened, sender.key_id, sender.name, data, already_at)


def record(session: Session, **values: Any) -> Package:
    """The ``packages`` record of a package made or read (every column by name)."""
    row = Package(**values)
    session.add(row)
    return row


def base_json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def already_read(at: datetime) -> Done:
    """What reading a package read before (at ``at``) says: nothing changes."""
    return Done(f"Tę paczkę wczytano już {at:%Y-%m-%d %H:%M}; nic się nie zmieniło.",
                Changes())  # fmt: skip
