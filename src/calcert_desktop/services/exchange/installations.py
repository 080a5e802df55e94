"""The installations that know each other (issue 19, point 1), administrators' work.

This installation's identity (its name, role and exchange key: exchange/identity.py) is
made the first time it is asked for; its role is fixed then (the office, unless made as a
laptop). The office registers each laptop by importing the laptop's identity; a laptop
trusts the office the same way. An office registers laptops, a laptop the office (one at a
time): nothing else. A registered installation whose laptop is lost is revoked: what it
signs is refused from then on, and its key cannot be registered again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import NotFound, ValidationError
from calcert_desktop.domain.roles import Role
from calcert_desktop.exchange import identity
from calcert_desktop.services.changes import Changes, Done, Kind
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.storage.files import write_atomically, write_error
from calcert_desktop.storage.models import Installation, InstallationPrivateKey

ROLE_NAMES = {identity.OFFICE: "biuro", identity.LAPTOP: "laptop"}
# Who may register whom: the office its laptops, a laptop its office.
REGISTERS = {identity.OFFICE: identity.LAPTOP, identity.LAPTOP: identity.OFFICE}
CHANGED: Changes = Changes.of(Kind.SETTINGS)


@dataclass(frozen=True)
class InstallationInfo:
    """One installation as the list shows it."""

    key_id: str
    name: str
    role: str
    own: bool
    added_at: datetime
    revoked_at: datetime | None
    text: str  # its identity, to pass on

    @property
    def role_name(self) -> str:
        return ROLE_NAMES[self.role]


def _info(row: Installation) -> InstallationInfo:
    public = bytes.fromhex(row.public_key)
    text = "" if row.box_key is None else identity.Identity(
        row.name, row.role, public, bytes.fromhex(row.box_key)).text()  # fmt: skip
    return InstallationInfo(row.key_id, row.name, row.role, row.own, row.added_at,
                            row.revoked_at, text)  # fmt: skip


def own_signer(session: Session) -> tuple[Installation, Ed25519PrivateKey] | None:
    """This installation's identity and private exchange key, if made."""
    row = own_row(session)
    if row is None:
        return None
    pem = session.scalar(select(InstallationPrivateKey.pem)
                         .where(InstallationPrivateKey.key_id == row.key_id))  # fmt: skip
    assert pem is not None, "an own identity is made with its private key"
    return row, identity.signer_of(pem.encode("ascii"))


def own_row(session: Session) -> Installation | None:
    """This installation's own identity, if made."""
    return session.scalar(select(Installation).where(Installation.own.is_(True)))


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > identity.MAX_NAME:
        raise ValidationError("installation.bad_name", "name")
    return cleaned


def own(
    ctx: AppContext, actor: Actor, *, name: str | None = None, role: str | None = None
) -> InstallationInfo:
    """This installation's identity (administrators), made now if it has none: named
    ``name`` (its data folder's name by default), as ``role`` (the office by default). A
    made one keeps its role; ``name`` renames it."""
    actor.require(Role.ADMIN)
    assert role is None or role in identity.ROLES
    with reading(ctx) as session:
        found = own_row(session)
        if found is not None and found.box_key is not None and (
            role is None or role == found.role) and (
            name is None or _clean_name(name) == found.name
        ):  # fmt: skip
            return _info(found)
    with writing(ctx, actor, "installation-own") as session:
        row = own_row(session)
        if row is not None:
            if role is not None and role != row.role:
                raise ValidationError("installation.role_fixed", "role",
                                      role=ROLE_NAMES[row.role])  # fmt: skip
            row.name = _clean_name(name or row.name)
            if row.box_key is None:  # made before packages were encrypted (migration 0017)
                mine = own_signer(session)
                assert mine is not None
                row.box_key = identity.box_public_of(mine[1]).hex()
            return _info(row)
        pem, raw = identity.new_key()
        now = ctx.now()
        box = identity.box_public_of(identity.signer_of(pem)).hex()
        row = Installation(key_id=identity.key_id_of(raw), public_key=raw.hex(), box_key=box,
                           name=_clean_name(name or f"Instalacja {ctx.paths.root.name}"),
                           role=role or identity.OFFICE, own=True, added_at=now,
                           revoked_at=None)  # fmt: skip
        session.add(row)
        session.flush()
        session.add(InstallationPrivateKey(key_id=row.key_id, pem=pem.decode("ascii"),
                                           stored_at=now))  # fmt: skip
        return _info(row)


def list_installations(ctx: AppContext, actor: Actor) -> list[InstallationInfo]:
    """Every installation this one knows, itself first (administrators)."""
    actor.require(Role.ADMIN)
    with reading(ctx) as session:
        rows = session.scalars(
            select(Installation).order_by(Installation.own.desc(), Installation.added_at)
        )
        return [_info(row) for row in rows]


def add(ctx: AppContext, actor: Actor, text: str) -> Done:
    """Register the installation whose identity ``text`` holds (administrators)."""
    actor.require(Role.ADMIN)
    given = identity.parse(text)
    with writing(ctx, actor, "installation-add") as session:
        own_identity = own_row(session)
        role = own_identity.role if own_identity is not None else identity.OFFICE
        if own_identity is not None and own_identity.key_id == given.key_id:
            raise ValidationError("installation.is_own", "identity")
        if given.role != REGISTERS[role]:
            raise ValidationError(
                "installation.wrong_role", "identity",
                own="Biuro" if role == identity.OFFICE else "Laptop",
                allowed="laptopy" if role == identity.OFFICE else "biuro",
                given=ROLE_NAMES[given.role],
            )  # fmt: skip
        if role == identity.LAPTOP:
            office = session.scalar(select(Installation.name).where(
                Installation.own.is_(False), Installation.revoked_at.is_(None)))
            if office is not None:
                raise ValidationError("installation.one_office", "identity", name=office)
        known = session.scalar(select(Installation).where(Installation.key_id == given.key_id))
        if known is not None and known.revoked_at is not None:
            raise ValidationError("installation.revoked_key", "identity", key_id=given.key_id,
                                  revoked_on=f"{known.revoked_at:%Y-%m-%d}")  # fmt: skip
        if known is not None:
            raise ValidationError("installation.known", "identity", key_id=given.key_id,
                                  name=known.name)  # fmt: skip
        session.add(Installation(key_id=given.key_id, public_key=given.public_raw.hex(),
                                 box_key=given.box_raw.hex(), name=given.name,
                                 role=given.role, own=False, added_at=ctx.now(),
                                 revoked_at=None))  # fmt: skip
    return Done(f"Zarejestrowano instalację „{given.name}” ({ROLE_NAMES[given.role]}, klucz "
                f"{given.key_id}).", CHANGED)  # fmt: skip


def revoke(ctx: AppContext, actor: Actor, key_id: str) -> Done:
    """Revoke a registered installation's key (administrators): a lost laptop's."""
    actor.require(Role.ADMIN)
    wanted = key_id.strip().lower()
    with writing(ctx, actor, "installation-revoke") as session:
        row = session.scalar(select(Installation).where(Installation.key_id == wanted,
                                                        Installation.own.is_(False)))
        if row is None:
            raise NotFound("installation.unknown", "key_id", key_id=key_id)
        if row.revoked_at is not None:
            raise ValidationError("installation.already_revoked", "key_id", key_id=wanted)
        row.revoked_at = ctx.now()
        name = row.name
    return Done(f"Unieważniono klucz instalacji „{name}” ({wanted}): to, co podpisze, nie "
                f"zostanie przyjęte.", CHANGED)  # fmt: skip


def write_identity(info: InstallationInfo, target: Path) -> Path:
    """An identity written to ``target`` (one line), whole or not at all."""
    try:
        return write_atomically(target, (info.text + "\n").encode("ascii"))
    except OSError as error:
        raise write_error(target, error) from error


def read_identity(source: Path) -> str:
    """The text of an identity file (a small regular file; Polish errors otherwise)."""
    from calcert_desktop.services.applications.json_files import read_file

    return read_file(source, limit=4096).decode("utf-8", errors="replace")
