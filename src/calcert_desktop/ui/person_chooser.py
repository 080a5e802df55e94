"""Choosing the person on whose behalf the program acts (real login comes later): at start,
and from the File menu when someone else sits down at the computer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QWidget

from calcert_desktop.domain.errors import DomainError

if TYPE_CHECKING:
    from calcert_desktop.services.context import Actor, AppContext

LAST_USER_KEY = "last_user"


def ask_person(ctx: AppContext, parent: QWidget | None, current: str | None = None) -> Actor | None:
    """Let the user pick an active person from a list (None when cancelled)."""
    from calcert_desktop.services.admin import people
    from calcert_desktop.services.context import resolve_actor

    users = [u for u in people.list_users(ctx) if u["active"]]
    logins = [u["login"] for u in users]
    if len(users) == 1:
        chosen = logins[0]
    else:
        labels = [f"{u['full_name']} ({u['login']})" for u in users]
        start = logins.index(current) if current in logins else 0
        label, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("PersonChooser", "Kto pracuje?"),
            QCoreApplication.translate(
                "PersonChooser", "Wybierz osobę, w której imieniu działasz:"
            ),
            labels,
            start,
            False,
        )
        if not ok:
            return None
        chosen = logins[labels.index(label)]
    QSettings().setValue(LAST_USER_KEY, chosen)
    return resolve_actor(ctx, chosen)


def choose_actor(ctx: AppContext, login: str | None, parent: QWidget | None = None) -> Actor | None:
    """The person acting at start: the one asked for, the last one, or one picked from a list."""
    from calcert_desktop.services.context import resolve_actor

    for candidate in (login, QSettings().value(LAST_USER_KEY)):
        if candidate:
            try:
                return resolve_actor(ctx, str(candidate))
            except DomainError:
                continue
    return ask_person(ctx, parent)
