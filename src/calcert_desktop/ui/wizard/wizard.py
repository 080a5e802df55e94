"""The wizard window: holds the draft being typed, saves it as the user types (no Save
button), asks the core which page is valid, and files the application at the end."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from calcert_desktop.domain import application_flow as flow
from calcert_desktop.domain.declaration import Declaration
from calcert_desktop.domain.errors import DomainError, ValidationError
from calcert_desktop.domain.forms import FormDefinition, load_form
from calcert_desktop.services import drafts, process
from calcert_desktop.ui.session import Session

SAVE_DELAY_MS = 300  # at most this much typing is at risk in a crash


class ApplicationWizard(QWizard):
    """Zgłoszenie do Certyfikatu, page by page; every change lands in the draft."""

    saved = Signal(str)  # the draft's reference after each save
    filed = Signal(str)  # the new reference number after filing

    def __init__(
        self,
        session: Session,
        reference: str | None = None,
        data: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from calcert_desktop.ui.wizard import pages  # the pages import this module's types

        self.session = session
        self.data: dict[str, Any] = copy.deepcopy(data) if data else {}
        self.form: FormDefinition = load_form(self.data.get("form_version") or None)
        self.data["form_version"] = self.form.version
        self._draft = {"reference": reference}  # read and written by the worker, in order
        self._dirty = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.setWindowTitle(self.tr("Zgłoszenie do Certyfikatu Jakości CAL"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Dalej >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Wstecz"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Zamknij"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Złóż &zgłoszenie"))
        for page in pages.build_pages(self):
            self.addPage(page)
        self.resize(960, 720)

    # --- the draft -----------------------------------------------------------------------

    @property
    def reference(self) -> str | None:
        """The draft's code once it has been saved."""
        return self._draft["reference"]

    def declaration(self) -> Declaration:
        """The data typed so far as the core's (partial) declaration."""
        return Declaration.from_partial(self.data)

    def errors_of(self, page_id: str) -> list[ValidationError]:
        """The core's errors for one page of the flow."""
        try:
            declaration = self.declaration()
        except DomainError as error:
            return list(getattr(error, "errors", [error]))  # type: ignore[arg-type]
        return flow.page_errors(declaration, self.form, page_id)

    def changed(self) -> None:
        """Something was typed: save soon (several keystrokes become one save)."""
        self._dirty = True
        self._save_timer.start()

    def save_now(self) -> None:
        """Hand the current data to the worker lane to save as the draft."""
        self._save_timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        ctx, actor, holder = self.session.ctx, self.session.actor, self._draft
        snapshot = copy.deepcopy(self.data)

        def save() -> drafts.DraftInfo:
            info = drafts.save_draft(ctx, actor, snapshot, holder["reference"])
            holder["reference"] = info.reference
            return info

        self.session.worker.submit(save, lambda info: self.saved.emit(info.reference),
                                   self._save_failed, owner=self)  # fmt: skip

    def flush(self) -> None:
        """Save what is pending and wait for it (closing the wizard loses nothing)."""
        self.save_now()
        self.session.worker.wait()

    def _save_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Zapis szkicu"), message)

    # --- filing --------------------------------------------------------------------------

    def file_application(self, received: date) -> str | None:
        """Save the draft and file it on the written request; the new reference or None."""
        self._dirty = True
        self.flush()
        reference = self.reference
        if reference is None:
            return None
        try:
            result = process.perform(
                self.session.ctx, self.session.actor, reference, "file", received
            )
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Złożenie zgłoszenia"), error.message)
            return None
        self.filed.emit(result.reference)
        return result.reference

    # --- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        self.flush()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
