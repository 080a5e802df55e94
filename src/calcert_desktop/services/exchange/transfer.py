"""Packages in and out, whichever side this installation is (issue 19): what the command
line and the window call. The office hands cases over and reads returns; a laptop reads
handovers and sends its work back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from calcert_desktop.domain.roles import Role
from calcert_desktop.exchange import identity
from calcert_desktop.services.changes import Changes, Done
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.services.exchange import handover, returns
from calcert_desktop.services.exchange.packing import (
    HANDOVER,
    RETURN,
    already_read,
    open_checked,
)
from calcert_desktop.services.installation_role import role_here
from calcert_desktop.services.lookup import find_case
from calcert_desktop.storage.models import Installation, User


@dataclass(frozen=True)
class Recipient:
    """An installation packages can go to."""

    key_id: str
    name: str
    role: str


def role(ctx: AppContext) -> str:
    """This installation's role: "office" or "laptop"."""
    with reading(ctx) as session:
        return role_here(session)


def recipients(ctx: AppContext, actor: Actor) -> list[Recipient]:
    """The registered installations a package can go to (not revoked, with a box key): the
    laptops at the office (its staff), the office on a laptop (anyone signed in there)."""
    with reading(ctx) as session:
        if role_here(session) == identity.OFFICE:
            actor.require(Role.OFFICE, Role.ADMIN)
        rows = session.scalars(select(Installation).where(
            Installation.own.is_(False), Installation.revoked_at.is_(None),
            Installation.box_key.is_not(None)).order_by(Installation.name))  # fmt: skip
        return [Recipient(row.key_id, row.name, row.role) for row in rows]


def people_for(ctx: AppContext, actor: Actor, references: Sequence[str]
               ) -> list[tuple[str, str]]:  # fmt: skip
    """At the office: who has work to take out in every one of ``references`` (login,
    name), for the handover's "whose work" choice."""
    actor.require(Role.OFFICE, Role.ADMIN)
    with reading(ctx) as session:
        common: set[str] | None = None
        for reference in references:
            found = set(handover.work_of(session, find_case(session, reference)))
            common = found if common is None else common & found
        logins = sorted(common or ())
        names = {login: name for login, name in session.execute(
            select(User.login, User.full_name).where(User.login.in_(logins)))}  # fmt: skip
        return [(login, names.get(login, login)) for login in logins]


def export(
    ctx: AppContext,
    actor: Actor,
    references: Sequence[str],
    to: str,
    target: Path,
    for_login: str | None = None,
) -> Done:
    """At the office: hand ``references`` to the laptop ``to``; on a laptop: send the work
    recorded in ``references`` (all, when none) back to the office ``to``."""
    with reading(ctx) as session:
        role = role_here(session)
    if role == identity.OFFICE:
        return handover.make(ctx, actor, references, to, target, for_login)
    if for_login:
        actor.require(Role.ADMIN)
    return returns.make(ctx, actor, references, to, target)


@dataclass(frozen=True)
class Imported:
    """What reading a package did (or, in a dry run, would do)."""

    done: Done
    plan: returns.Plan | None  # the office's list of a return's changes
    already: bool = False  # read before: nothing to do


def import_package(
    ctx: AppContext,
    actor: Actor,
    source: Path,
    *,
    dry_run: bool = False,
    resolutions: Mapping[str, str] | None = None,
) -> Imported:
    """Read the package at ``source``: checked whole first (exchange/package.py,
    services/exchange/packing.py), then applied in one transaction, or (``dry_run``) only
    weighed. A laptop reads the office's handovers (its administrator or the person they
    are for), the office its laptops' returns (the office's staff)."""
    with reading(ctx) as session:
        role = role_here(session)
        expected = RETURN if role == identity.OFFICE else HANDOVER
        if role == identity.OFFICE:
            actor.require(Role.OFFICE, Role.ADMIN)
        checked = open_checked(session, source, expected)
    with checked.opened:
        if expected == RETURN:
            plan, done = returns.apply(ctx, actor, checked, dry_run=dry_run,
                                       resolutions=resolutions)  # fmt: skip
            return Imported(done, plan, already=plan.already)
        if dry_run:
            if checked.already_at is not None:
                return Imported(already_read(checked.already_at), None, already=True)
            cases = checked.data.get("cases")
            count = len(cases) if isinstance(cases, list) else 0
            return Imported(Done(f"Próba: paczka z biura „{checked.sender_name}” (nr "
                                 f"{checked.opened.manifest.sequence}) przekaże spraw: {count}. "
                                 f"Nic nie zapisano.", Changes()), None)  # fmt: skip
        return Imported(handover.apply(ctx, actor, checked), None)
