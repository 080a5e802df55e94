"""At start: typed data that never reached the database is offered back."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from calcert_desktop.ui.widgets.choice_box import Role, ask, choice_box

if TYPE_CHECKING:
    from calcert_desktop.services.applications.draft_recovery import Recovery


class RecoveryChoice(Enum):
    """What to do with one recovery file."""

    RESTORE = "restore"  # open the wizard on the data; its first save puts it in the database
    DISCARD = "discard"  # remove the file
    LATER = "later"  # keep it; asked again at the next start


def recovery_box(parent: QWidget | None, recovery: Recovery) -> QMessageBox:
    """The question about ``recovery``, not yet shown (Restore is the default)."""
    when = recovery.written_at.astimezone().strftime("%d.%m.%Y %H:%M")
    what = recovery.reference or QCoreApplication.translate("RecoveryOffer", "Nowe zgłoszenie")
    name = recovery.institution or QCoreApplication.translate("RecoveryOffer", "(bez nazwy)")
    buttons = [
        (
            QCoreApplication.translate("RecoveryOffer", "&Przywróć"),
            Role.AcceptRole,
            RecoveryChoice.RESTORE,
        ),
        (
            QCoreApplication.translate("RecoveryOffer", "&Odrzuć"),
            Role.DestructiveRole,
            RecoveryChoice.DISCARD,
        ),
        (
            QCoreApplication.translate("RecoveryOffer", "&Później"),
            Role.RejectRole,
            RecoveryChoice.LATER,
        ),
    ]
    return choice_box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("RecoveryOffer", "Niezapisane zgłoszenie"),
        QCoreApplication.translate(
            "RecoveryOffer",
            "Zgłoszenia nie udało się zapisać w bazie danych. Przywrócić wpisane dane?",
        ),
        QCoreApplication.translate(
            "RecoveryOffer", "{0} — {1}; wpisane przez {2}, ostatnio {3}."
        ).format(what, name, recovery.login, when),
        buttons,
        default=RecoveryChoice.RESTORE,
        escape=RecoveryChoice.LATER,
    )


def ask_recovery(parent: QWidget | None, recovery: Recovery) -> RecoveryChoice:
    """Ask (modal) what to do with ``recovery``."""
    return ask(recovery_box(parent, recovery), RecoveryChoice, RecoveryChoice.LATER)
