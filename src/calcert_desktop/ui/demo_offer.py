"""Demo data for an administrator: offered on a first start with no cases, and loaded later
from Pomoc → "Wczytaj dane przykładowe…" into a database that is still empty. Made on the
worker behind a progress dialog, all or nothing (demo/loader.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from calcert_desktop.ui.operations import read_op, write_op
from calcert_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from calcert_desktop.services.context import Actor, AppContext

DEMO_CASES = 300


def offer_demo(
    ctx: AppContext,
    worker: Worker,
    parent: QWidget | None,
    actor: Actor,
    then: Callable[[], Any],
) -> None:
    """On a first start with no cases, offer an administrator realistic demo data (made in
    the background); ``then`` runs once that is settled (not an administrator, declined,
    made, failed, or cases already there)."""
    from calcert_desktop.domain.roles import Role
    from calcert_desktop.services.views import queries

    if Role.ADMIN not in actor.roles:
        then()
        return

    def counted(counts: dict[str, int]) -> None:
        if counts:
            then()
        else:
            ask_demo(ctx, worker, parent, actor, then, first_start=True)

    def not_counted(message: str) -> None:  # the program still starts; nothing is offered
        QMessageBox.warning(parent, QCoreApplication.translate("App", "CALcert Desktop"), message)
        then()

    read_op(worker, parent, lambda: queries.count_by_state(ctx), counted, not_counted, busy=True)


def ask_demo(
    ctx: AppContext,
    worker: Worker,
    parent: QWidget | None,
    actor: Actor,
    then: Callable[[], Any],
    *,
    first_start: bool = False,
) -> None:
    """Ask, then load the demo (``then`` runs after, whatever happened). On a database that
    has cases already the loader refuses, and its Polish message is shown."""
    if first_start:
        title = QCoreApplication.translate("App", "Pierwsze uruchomienie")
        question = QCoreApplication.translate(
            "App",
            "Baza danych jest pusta. Wczytać przykładowe dane ({0} spraw i osoby we wszystkich "
            "rolach, z Twoim hasłem), aby poznać program?",
        ).format(DEMO_CASES)
    else:
        title = QCoreApplication.translate("App", "Przykładowe dane")
        question = QCoreApplication.translate(
            "App",
            "Wczytać przykładowe dane ({0} spraw i osoby we wszystkich rolach, z Twoim "
            "hasłem)? Można je wczytać tylko do pustej bazy danych, w której nie ma jeszcze "
            "żadnej sprawy.",
        ).format(DEMO_CASES)
    if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
        then()
        return
    load_demo(ctx, worker, parent, actor, then)


def load_demo(
    ctx: AppContext,
    worker: Worker,
    parent: QWidget | None,
    actor: Actor,
    then: Callable[[], Any],
) -> None:
    """Make the demo on the worker behind a progress dialog; its message in the status bar
    of ``parent``'s window when it has one, a refusal in a message box."""
    from calcert_desktop.demo import loader

    progress = QProgressDialog(
        QCoreApplication.translate("App", "Tworzę przykładowe dane…"), "", 0, 0, parent
    )
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    progress.show()

    def finished(summary: Any) -> None:
        progress.close()
        bar = getattr(parent.window(), "statusBar", None) if parent is not None else None
        if callable(bar):
            bar().showMessage(summary.message, 30_000)
        then()

    def failed(message: str) -> None:
        progress.close()
        QMessageBox.warning(parent, QCoreApplication.translate("App", "Przykładowe dane"), message)
        then()

    write_op(worker, parent, lambda: loader.fill(ctx, actor, cases=DEMO_CASES, seed=2026),
             finished, failed, busy=False)  # fmt: skip
