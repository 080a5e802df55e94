"""Choosing the person on whose behalf the program acts (real login comes later): at start,
and from the File menu when someone else sits down at the computer.

The people are read and the chosen one resolved on the database worker; the answer comes
back through ``done`` (None when the choice was cancelled)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QWidget

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.ui.operations import read_op

if TYPE_CHECKING:
    from calcert_desktop.services.context import Actor, AppContext
    from calcert_desktop.ui.worker import Worker

LAST_USER_KEY = "last_user"

Done = Callable[["Actor | None"], Any]
Failed = Callable[[str], Any]


def _active_users(ctx: AppContext) -> list[dict[str, Any]]:
    from calcert_desktop.services.admin import people

    return [u for u in people.list_users(ctx) if u["active"]]


def _pick(users: list[dict[str, Any]], parent: QWidget | None, current: str | None) -> str | None:
    """The login picked from ``users`` (asked only when there is a choice); None if cancelled."""
    logins = [u["login"] for u in users]
    if len(users) == 1:
        return str(logins[0])
    labels = [f"{u['full_name']} ({u['login']})" for u in users]
    start = logins.index(current) if current in logins else 0
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("PersonChooser", "Kto pracuje?"),
        QCoreApplication.translate("PersonChooser", "Wybierz osobę, w której imieniu działasz:"),
        labels,
        start,
        False,
    )
    if not ok:
        return None
    return str(logins[labels.index(label)])


def _choose_from(
    worker: Worker,
    ctx: AppContext,
    users: list[dict[str, Any]],
    parent: QWidget | None,
    current: str | None,
    done: Done,
    failed: Failed,
) -> None:
    from calcert_desktop.services.context import resolve_actor

    chosen = _pick(users, parent, current)
    if chosen is None:
        done(None)
        return
    QSettings().setValue(LAST_USER_KEY, chosen)
    read_op(worker, parent, lambda: resolve_actor(ctx, chosen), done, failed, busy=True)


def ask_person(
    worker: Worker,
    ctx: AppContext,
    parent: QWidget | None,
    current: str | None,
    done: Done,
    failed: Failed,
) -> None:
    """Let the user pick an active person from a list; ``done`` gets them (None when
    cancelled), ``failed`` the Polish reason when they cannot be read."""
    read_op(
        worker,
        parent,
        lambda: _active_users(ctx),
        lambda users: _choose_from(worker, ctx, users, parent, current, done, failed),
        failed,
        busy=True,
    )


def _known_or_users(ctx: AppContext, candidates: list[str]) -> Actor | list[dict[str, Any]]:
    """The first candidate who is a person here, else the active people to pick from."""
    from calcert_desktop.services.context import resolve_actor

    for candidate in candidates:
        try:
            return resolve_actor(ctx, candidate)
        except DomainError:
            continue
    return _active_users(ctx)


def choose_actor(
    worker: Worker,
    ctx: AppContext,
    login: str | None,
    parent: QWidget | None,
    done: Done,
    failed: Failed,
) -> None:
    """The person acting at start, to ``done``: the one asked for, the last one, or one
    picked from a list (None when cancelled)."""
    candidates = [str(c) for c in (login, QSettings().value(LAST_USER_KEY)) if c]

    def found(value: Actor | list[dict[str, Any]]) -> None:
        if isinstance(value, list):
            _choose_from(worker, ctx, value, parent, None, done, failed)
        else:
            done(value)

    read_op(worker, parent, lambda: _known_or_users(ctx, candidates), found, failed, busy=True)
