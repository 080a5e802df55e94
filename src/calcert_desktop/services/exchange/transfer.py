"""Packages in and out, whichever side this installation is (issue 19): what the command
line and the window call. The office hands cases over and reads returns; a laptop reads
handovers and sends its work back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

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
            return Imported(done, plan)
        if dry_run:
            if checked.already_at is not None:
                return Imported(already_read(checked.already_at), None)
            cases = checked.data.get("cases")
            count = len(cases) if isinstance(cases, list) else 0
            return Imported(Done(f"Próba: paczka z biura „{checked.sender_name}” (nr "
                                 f"{checked.opened.manifest.sequence}) przekaże spraw: {count}. "
                                 f"Nic nie zapisano.", Changes()), None)  # fmt: skip
        return Imported(handover.apply(ctx, actor, checked), None)
