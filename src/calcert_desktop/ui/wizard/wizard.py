"""The wizard window: holds the draft being typed, saves it as the user types (no Save
button), asks the core which page is valid, and files the application at the end."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QMessageBox,
    QScrollArea,
    QWidget,
    QWizard,
)

from calcert_desktop.domain import application_flow as flow
from calcert_desktop.domain.declaration import Declaration
from calcert_desktop.domain.errors import DomainError, NeedsConfirmation, ValidationError
from calcert_desktop.domain.forms import FormDefinition, load_form
from calcert_desktop.services.applications import draft_recovery
from calcert_desktop.services.changes import Changes
from calcert_desktop.services.process import perform
from calcert_desktop.services.process.step import ActionResult
from calcert_desktop.ui.operations import write_op
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.widgets import go_on
from calcert_desktop.ui.widgets.screen_fit import MARGIN_X, MARGIN_Y
from calcert_desktop.ui.widgets.unsaved import Choice, ask_unsaved
from calcert_desktop.ui.wizard.save_notice import SaveNotice

SAVE_DELAY_MS = 300  # at most this much typing is at risk in a crash
RETRY_MS = 15_000  # a failed save is tried again this often (a busy database frees up)


@dataclass(frozen=True)
class _Filing:
    """The last save and, if it was taken, the filing: one job on the worker."""

    saved: draft_recovery.DraftSave
    result: ActionResult | None
    warning: NeedsConfirmation | None = None  # filing waits for the person's confirmation

    @property
    def changes(self) -> Changes:
        filed = self.result.changes if self.result is not None else Changes()
        return self.saved.changes.merge(filed)


class ApplicationWizard(QWizard):
    """Zgłoszenie do Certyfikatu, page by page; every change lands in the draft.

    A save the database refuses or fails keeps the data here and in a recovery file
    (:mod:`services.draft_recovery`), says so on the page, and is tried again; closing
    while it fails asks what to do with the data.
    """

    saved = Signal(str)  # the draft's reference after each save
    filed = Signal(str)  # the new reference number after filing
    save_state = Signal(str)  # why the draft is not saved (Polish), '' once it is

    def __init__(
        self,
        session: Session,
        reference: str | None = None,
        data: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        recovery_key: str | None = None,
        version: int | None = None,
    ) -> None:
        super().__init__(parent)
        from calcert_desktop.ui.wizard import page_list  # the pages import this module's types

        self.session = session
        self.data: dict[str, Any] = copy.deepcopy(data) if data else {}
        self.form: FormDefinition = load_form(self.data.get("form_version") or None)
        self.data["form_version"] = self.form.version
        # Read and written by the worker, in order: the draft's reference and the version of
        # it last read or saved here (a save names it: another person's save is not overwritten).
        self._draft: dict[str, Any] = {"reference": reference, "version": version}
        self.recovery_key = recovery_key or draft_recovery.new_key()
        self._dirty = False
        self._problem = ""  # why the last save failed, '' when it succeeded
        self._copy_problem = ""  # why the recovery file could not be written either
        self._filing = False
        self._received: date | None = None  # the date of receipt filing was asked with
        self._filed_reference: str | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.retry_save)
        self.setWindowTitle(self.tr("Zgłoszenie do Certyfikatu Jakości CAL"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Dalej >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Wstecz"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Zamknij"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Złóż z&głoszenie"))
        self.notices: list[SaveNotice] = []
        self.currentIdChanged.connect(lambda _id: self.focus_first_input())
        for page in page_list.build_pages(self):
            self.addPage(page)
            self._add_notice(page)
        self.fit_to_screen()
        if recovery_key is not None:  # recovered data is not in the database yet
            self.changed()

    def fit_to_screen(self) -> None:
        """960x720, or less on a small or scaled screen (the pages scroll, none is cut)."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        width, height = 960, 720
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - MARGIN_X)  # the frame, a little air
            height = min(height, available.height() - MARGIN_Y)  # and the title bar
        self.resize(width, height)

    def go_to(self, page_id: str) -> None:
        """Go back to an earlier page of the flow (the summary's "Popraw" buttons)."""
        target = flow.PAGE_IDS.index(page_id)
        while self.currentId() != -1 and self.currentId() > self.pageIds()[target]:
            before = self.currentId()
            self.back()
            if self.currentId() == before:  # nothing to go back to
                break
        self.focus_first_input()

    def focus_first_input(self) -> None:
        """Put the keyboard focus on the page's first input (typing can start at once)."""
        page = self.currentPage()
        if page is None:
            return
        widget = page.nextInFocusChain()
        while widget is not page and page.isAncestorOf(widget):
            policy = widget.focusPolicy()
            if policy & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
                if not isinstance(widget, QScrollArea):
                    widget.setFocus(Qt.FocusReason.TabFocusReason)
                    return
            widget = widget.nextInFocusChain()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.focus_first_input()

    def _add_notice(self, page: QWidget) -> None:
        notice = SaveNotice(page)
        notice.retry_requested.connect(self.retry_save)
        self.save_state.connect(notice.show_text)
        layout = page.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, notice)  # above the page's fields
        self.notices.append(notice)

    def notice(self) -> SaveNotice:
        """The save notice of the page shown."""
        return self.notices[max(self.pageIds().index(self.currentId()), 0)]

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

    @property
    def save_problem(self) -> str:
        """Why the last save failed (Polish), '' when it succeeded."""
        return self._problem

    def save_now(self) -> None:
        """Hand the current data to the worker lane to save as the draft."""
        self._save_timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        ctx, actor, holder = self.session.ctx, self.session.actor, self._draft
        key, snapshot = self.recovery_key, copy.deepcopy(self.data)

        def save() -> draft_recovery.DraftSave:
            outcome = draft_recovery.save_or_keep(ctx, actor, key, snapshot, holder["reference"],
                                                  holder["version"])  # fmt: skip
            if outcome.info is not None:
                holder.update(reference=outcome.info.reference, version=outcome.info.version)
            return outcome

        write_op(self.session, self, save, self._save_done, self._save_failed, busy=False)

    def retry_save(self) -> None:
        """Try again to save what the database refused or failed to take."""
        self._retry_timer.stop()
        if self._problem:
            self._dirty = True
        self.save_now()

    def flush(self) -> None:
        """Save what is pending and wait for the answer (closing the wizard loses nothing)."""
        self.save_now()
        self.session.worker.settle()

    def _save_done(self, outcome: draft_recovery.DraftSave) -> None:
        if outcome.info is not None:
            self._show_problem("", "")
            self.saved.emit(outcome.info.reference)
        else:
            self._show_problem(outcome.problem, outcome.copy_problem)

    def _save_failed(self, message: str) -> None:
        self._show_problem(message, message)  # the service broke off: assume no copy

    def _show_problem(self, problem: str, copy_problem: str) -> None:
        self._problem, self._copy_problem = problem, copy_problem
        if not problem:
            self._retry_timer.stop()
            self.save_state.emit("")
            return
        self._retry_timer.start()
        if copy_problem:
            where = self.tr(
                "Nie powstała też kopia na dysku. {0} Wpisane dane są tylko w tym oknie — nie "
                "zamykaj go."
            ).format(copy_problem)
        else:
            where = self.tr(
                "Wpisane dane są bezpieczne: w tym oknie i w pliku odzyskiwania na tym "
                "komputerze. Zapis będzie ponawiany."
            )
        self.save_state.emit(
            self.tr("Szkic nie jest zapisany w bazie danych. {0}\n{1}").format(problem, where)
        )

    # --- filing --------------------------------------------------------------------------

    @property
    def filing(self) -> bool:
        """True while the application is being filed on the worker."""
        return self._filing

    @property
    def filed_reference(self) -> str | None:
        """The reference number once the application is filed."""
        return self._filed_reference

    def file_application(self, received: date, confirmed: bool = False) -> None:
        """Save the draft and file it on the written request, both on the worker (the
        window stays responsive); :attr:`filed` and the wizard closes when it is done, a
        message (or the page's save notice) says why not. When the core warns (another
        open case of the institution), the person is asked, and filing is repeated
        ``confirmed`` if they go on."""
        if self._filing or self._filed_reference is not None:
            return
        self._save_timer.stop()
        self._dirty = False
        self._filing = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        ctx, actor, holder = self.session.ctx, self.session.actor, self._draft
        key, snapshot = self.recovery_key, copy.deepcopy(self.data)

        def save_and_file() -> _Filing:
            saved = draft_recovery.save_or_keep(ctx, actor, key, snapshot, holder["reference"],
                                                holder["version"])  # fmt: skip
            if saved.info is None:  # not filed: what is stored is not what was typed
                return _Filing(saved, None)
            holder.update(reference=saved.info.reference, version=saved.info.version)
            try:
                result = perform.perform(ctx, actor, saved.info.reference, "file", received,
                                         confirmed=confirmed)  # fmt: skip
            except NeedsConfirmation as warning:  # nothing filed: the person decides
                return _Filing(saved, None, warning)
            return _Filing(saved, result)

        self._received = received
        write_op(self.session, self, save_and_file, self._filed, self._filing_failed)

    def _filed(self, filing: _Filing) -> None:
        self._filing = False
        self._save_done(filing.saved)
        if filing.warning is not None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            go = self.tr("Złóż &mimo to")
            title = self.tr("Złożenie zgłoszenia")
            received, warning = self._received, filing.warning.message
            if received is not None and go_on.ask_to_go_on(self, title, warning, go):
                self.file_application(received, confirmed=True)
            return
        if filing.result is None:  # the notice on the page says why
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            return
        self._filed_reference = filing.result.reference
        self.filed.emit(filing.result.reference)
        self.accept()  # QWizard asks the last page again: now it lets the wizard close

    def _filing_failed(self, message: str) -> None:
        self._filing = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        QMessageBox.warning(self, self.tr("Złożenie zgłoszenia"), message)

    # --- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        # Also reached by the window's close button and Escape (QDialog's closeEvent).
        if self.may_close():
            super().reject()

    def may_close(self) -> bool:
        """Save what is pending; while the draft still cannot be saved, ask whether to keep
        the recovery copy, discard the data, or stay. False: the wizard stays open."""
        if self._problem:
            self._dirty = True  # one more try before asking
        self.flush()
        if not self._problem:
            return True
        if self._copy_problem:
            detail = self.tr(
                "Nie powstała też kopia na dysku. {0} Po zamknięciu okna wpisane dane przepadną."
            ).format(self._copy_problem)
            keep = ""
        else:
            detail = self.tr(
                "Wpisane dane są w pliku odzyskiwania na tym komputerze; program zaproponuje je "
                "przy następnym uruchomieniu."
            )
            keep = self.tr("&Zachowaj kopię i zamknij")
        choice = ask_unsaved(
            self,
            self.tr("Niezapisane zgłoszenie"),
            self.tr("Szkic nie jest zapisany w bazie danych. {0}").format(self._problem),
            detail,
            keep,
        )
        if choice == Choice.CANCEL:
            return False
        self._retry_timer.stop()
        if choice == Choice.DISCARD:
            ctx, key = self.session.ctx, self.recovery_key
            self.session.worker.submit(lambda: draft_recovery.forget(ctx, key))
        return True
