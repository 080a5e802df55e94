"""The audit log for administrators: its hash chain checked (the page in Ustawienia, and
``calcert check``) and written out for an outside reviewer (``calcert export-log``)."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.roles import Role
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.storage import audit_chain, audit_export
from calcert_desktop.storage.files import atomic_writer
from calcert_desktop.storage.verify import describe_break

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class LogCheck:
    """The chain checked: how many entries, who signed its end and when, and the first
    break in one Polish line (None: the log is whole)."""

    entries: int
    key_id: str | None
    signed_at: datetime | None
    problem: str | None

    @property
    def intact(self) -> bool:
        return self.problem is None


def check_log(ctx: AppContext, actor: Actor) -> LogCheck:
    """Walk the audit log's chain and check its head's signature (administrators)."""
    actor.require(Role.ADMIN)
    with reading(ctx) as session:
        report = audit_chain.verify(session)
        problem = (describe_break(session, report.broken, report.key_id)
                   if report.broken is not None else None)  # fmt: skip
    return LogCheck(report.entries, report.key_id, report.signed_at, problem)


@dataclass(frozen=True, slots=True)
class LogExported:
    """An export written: where, and how many entries."""

    path: Path
    entries: int


def export_log(
    ctx: AppContext, actor: Actor, target: Path, progress: Progress | None = None
) -> LogExported:
    """Write the whole audit log with its signed head and the office's public keys to
    ``target`` (JSON Lines, UTF-8; complete under its name or not at all), for an outside
    reviewer (administrators)."""
    actor.require(Role.ADMIN)
    try:
        with reading(ctx) as session, atomic_writer(target) as raw:
            stream = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
            count = audit_export.write(session, stream, actor.login, progress)
            stream.flush()
            stream.detach()
    except OSError as error:
        raise DomainError("audit.export_failed", None, path=str(target),
                          detail=error.strerror or str(error)) from error  # fmt: skip
    return LogExported(target, count)
