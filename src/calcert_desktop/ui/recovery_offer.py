"""At start: typed data that never reached the database is offered back."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from calcert_desktop.services.draft_recovery import Recovery


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
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("RecoveryOffer", "Niezapisane zgłoszenie"),
        QCoreApplication.translate(
            "RecoveryOffer",
            "Zgłoszenia nie udało się zapisać w bazie danych. Przywrócić wpisane dane?",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "RecoveryOffer", "{0} — {1}; wpisane przez {2}, ostatnio {3}."
        ).format(what, name, recovery.login, when)
    )
    restore = box.addButton(
        QCoreApplication.translate("RecoveryOffer", "&Przywróć"), QMessageBox.ButtonRole.AcceptRole
    )
    restore.setProperty("choice", RecoveryChoice.RESTORE.value)
    discard = box.addButton(
        QCoreApplication.translate("RecoveryOffer", "&Odrzuć"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    discard.setProperty("choice", RecoveryChoice.DISCARD.value)
    later = box.addButton(
        QCoreApplication.translate("RecoveryOffer", "&Później"), QMessageBox.ButtonRole.RejectRole
    )
    later.setProperty("choice", RecoveryChoice.LATER.value)
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    return box


def ask_recovery(parent: QWidget | None, recovery: Recovery) -> RecoveryChoice:
    """Ask (modal) what to do with ``recovery``."""
    box = recovery_box(parent, recovery)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is None:
        return RecoveryChoice.LATER
    return RecoveryChoice(clicked.property("choice"))
