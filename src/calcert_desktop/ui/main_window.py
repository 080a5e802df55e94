"""The main window: navigation between the views, a status bar, menus, remembered geometry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid

from calcert_desktop.domain.roles import Role
from calcert_desktop.ui.about import show_about
from calcert_desktop.ui.case_windows import CaseWindows
from calcert_desktop.ui.idle_lock import IdleTimer, LockPage
from calcert_desktop.ui.live_views import LiveViews
from calcert_desktop.ui.main_pages import FIRST_LATER, Pages, build_pages, hold_places
from calcert_desktop.ui.midnight import MidnightSweep
from calcert_desktop.ui.operations import read_op, write_op
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.applications import ApplicationsView

if TYPE_CHECKING:  # these bring the services and SQLAlchemy: loaded once the window is up
    from calcert_desktop.services.applications.draft_recovery import Recovery
    from calcert_desktop.services.applications.drafts import DraftInfo
    from calcert_desktop.services.changes import Changes
    from calcert_desktop.services.context import Actor, AppContext
    from calcert_desktop.ui.guide import GuideWindow
    from calcert_desktop.ui.views.board import BoardView
    from calcert_desktop.ui.views.commission import CommissionView
    from calcert_desktop.ui.views.people import PeopleView
    from calcert_desktop.ui.views.register import RegisterView
    from calcert_desktop.ui.views.settings import SettingsView
    from calcert_desktop.ui.wizard.wizard import ApplicationWizard

LAST_DRAFT_KEY = "wizard/last_draft"


class MainWindow(QMainWindow):
    """Applications, Commission, Register and Settings, one at a time."""

    wizard_requested = Signal(str)  # a draft's reference, or "" for a new application
    person_changed = Signal()  # windows opened for the previous person close
    wizard_opened = Signal(object)  # the ApplicationWizard just shown

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.setWindowTitle(self.tr("CALcert Desktop"))
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Nawigacja"))
        self.stack = QStackedWidget()
        self.applications = ApplicationsView()
        self.applications.new_requested.connect(lambda: self.wizard_requested.emit(""))
        self.applications.continue_requested.connect(self.wizard_requested)
        self.applications.open_requested.connect(self.open_case)
        self.applications.demo_requested.connect(self.load_demo)
        self.case_windows = CaseWindows(self)
        # At midnight decisions become final and certificates expire (the sweep, broadcast).
        self.midnight = MidnightSweep(
            self, report=lambda message: self.statusBar().showMessage(message, 60_000)
        )
        self.case_windows.acted.connect(self._case_acted)
        # Other PCs' writes (on a server), broadcast as this one's own (follow_others).
        self.live = LiveViews(self)
        self.live.heard.connect(self._changed_elsewhere)
        self.person_changed.connect(self.case_windows.close_all)
        titles = (self.tr("Zgłoszenia"), self.tr("Komisja"), self.tr("Rejestr"),
                  self.tr("Osoby"), self.tr("Zarząd"), self.tr("Ustawienia"))  # fmt: skip
        self.navigation.addItems(titles)
        self.stack.addWidget(self.applications)
        # The other pages are built once the window is on screen (ui/main_pages.py).
        self._pages: Pages | None = None
        hold_places(self.stack, len(titles) - FIRST_LATER)
        # As wide as the longest title (English's too), no wider: the room is the views'.
        widest = max(self.navigation.fontMetrics().horizontalAdvance(title) for title in titles)
        self.navigation.setFixedWidth(widest + 2 * self.navigation.frameWidth() + 24)
        self.navigation.currentRowChanged.connect(self._show_page)
        self.navigation.setCurrentRow(0)
        self.work_page = QWidget()
        layout = QHBoxLayout(self.work_page)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        # After inactivity the lock page takes the work's place (the cases are hidden).
        self.pages = QStackedWidget()
        self.pages.addWidget(self.work_page)
        self.lock_page = LockPage()
        self.lock_page.unlock_requested.connect(self._unlock)
        self.lock_page.switch_requested.connect(self.switch_person)
        self.pages.addWidget(self.lock_page)
        self.setCentralWidget(self.pages)
        self.idle = IdleTimer(self)
        self.idle.expired.connect(self.lock)
        self._hidden_while_locked: list[QWidget] = []
        self._enabled_while_unlocked: list[QAction] = []
        self._build_menus()
        self.who = QLabel("")
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.who)
        self.statusBar().showMessage(self.tr("Otwieram bazę danych…"))
        self._restore_geometry()
        self.wizard_requested.connect(self.open_wizard)
        self.wizard: ApplicationWizard | None = None
        self.pending_package: Path | None = None  # a package to read once signed in
        self.guide: GuideWindow | None = None
        if session is not None:
            self.attach(session)

    # --- the pages built once the window is on screen (ui/main_pages.py) ------------------
    def built_pages(self) -> Pages:
        """The pages beside Zgłoszenia, built now if they are not yet."""
        if self._pages is None:
            self._pages = build_pages(self)
        return self._pages

    @property
    def commission(self) -> CommissionView:
        return self.built_pages().commission

    @property
    def register(self) -> RegisterView:
        return self.built_pages().register

    @property
    def people(self) -> PeopleView:
        return self.built_pages().people

    @property
    def board(self) -> BoardView:
        return self.built_pages().board

    @property
    def settings_view(self) -> SettingsView:
        return self.built_pages().settings

    def _show_page(self, row: int) -> None:
        if row >= FIRST_LATER:
            self.built_pages()
        self.stack.setCurrentIndex(row)

    def attach(self, session: Session) -> None:
        """The database is open and the person chosen: fill the views, allow actions, and
        show the person their own work."""
        landed_before = self.session.actor.login if self.session is not None else None
        self.session = session
        self.who.setText(
            self.tr("Działasz jako: {0} ({1})").format(session.actor.full_name, session.actor.login)
        )
        self.statusBar().showMessage(
            self.tr("Dane: {0}").format(str(session.ctx.paths.root)), 10_000
        )
        self._offer_drafts(session)
        pending, self.pending_package = self.pending_package, None
        if pending is not None:  # the program was opened with a package (a double click)
            QTimer.singleShot(0, lambda: self.import_package(pending))
        self.switch_action.setEnabled(True)
        self.password_action.setEnabled(True)
        self.lock_action.setEnabled(True)
        self.verify_action.setEnabled(True)
        self.import_action.setEnabled(True)
        self.export_action.setEnabled(True)
        self._offer_people(session)
        # The view the person lands on loads first (the worker answers in order), then the
        # others behind it.
        landing = self._landing(session) if landed_before != session.actor.login else None
        views: list[tuple[QWidget, Callable[[], None]]] = [
            (self.applications, lambda: self.applications.set_session(session)),
            (self.commission, lambda: self.commission.attach(session)),
            (self.people, lambda: self.people.attach(session)),
            (self.board, lambda: self.board.attach(session)),
            (self.register, lambda: self.register.attach(session)),
            (self.settings_view, lambda: self.settings_view.set_session(session)),
        ]
        views.sort(key=lambda pair: pair[0] is not landing)
        for _, attach in views:
            attach()
        self.midnight.attach(session)
        self.demo_action.setEnabled(Role.ADMIN in session.actor.roles)
        self.demo_action.setToolTip("" if Role.ADMIN in session.actor.roles else self.tr(
            "Dane przykładowe wczytuje administrator, do pustej bazy danych."))  # fmt: skip
        if self.is_locked():
            self._show_work()
        self._start_idle_timer(session)

    def _offer_people(self, session: Session) -> None:
        """The people register only to those the service lets read it."""
        from calcert_desktop.services.access import reads_people

        row = self.stack.indexOf(self.people)
        hidden = not reads_people(session.actor)
        self.navigation.item(row).setHidden(hidden)
        if hidden and self.navigation.currentRow() == row:
            self.navigation.setCurrentRow(0)

    def _start_idle_timer(self, session: Session) -> None:
        """Lock after the office's minutes of inactivity (read on the worker)."""
        from calcert_desktop.services.auth.sign_in import lock_minutes

        read_op(session.worker, self, lambda: lock_minutes(session.ctx),
                lambda minutes: self.idle.start(int(minutes)) if self.session is session
                else None, lambda _message: self.idle.start(10))  # fmt: skip

    def is_locked(self) -> bool:
        """True while the lock page hides the work."""
        return self.pages.currentWidget() is self.lock_page

    def lock(self) -> None:
        """Hide every case: the lock page in the window, the program's other windows hidden
        (shown again when unlocked), the menus disabled."""
        session = self.session
        if session is None or self.is_locked():
            return
        self.idle.timer.stop()
        self._hidden_while_locked = [
            widget for widget in QApplication.topLevelWidgets()
            if widget is not self and widget.isVisible() and not isinstance(widget, QMenu)
        ]  # fmt: skip
        for widget in self._hidden_while_locked:
            widget.hide()
        self.lock_page.show_for(session.actor.full_name, session.actor.login)
        self.pages.setCurrentWidget(self.lock_page)
        # The menus' shortcuts (Ctrl+N...) would act behind the lock: all off until unlocked.
        self._enabled_while_unlocked = [a for a in self.findChildren(QAction) if a.isEnabled()]
        for action in self._enabled_while_unlocked:
            action.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.lock_page.password.setFocus()

    def _unlock(self, password: str) -> None:
        session = self.session
        if session is None:
            return
        from calcert_desktop.services.auth.sign_in import check_password

        login = session.actor.login
        read_op(session.worker, self, lambda: check_password(session.ctx, login, password),
                lambda _found: self._unlocked(session), self.lock_page.refused)  # fmt: skip

    def _unlocked(self, session: Session) -> None:
        if self.session is not session:
            return
        self._show_work()
        for widget in self._hidden_while_locked:
            if isValid(widget):
                widget.show()
        self._hidden_while_locked = []
        self.idle.timer.start()

    def _show_work(self) -> None:
        self.lock_page.password.clear()
        self.pages.setCurrentWidget(self.work_page)
        for action in self._enabled_while_unlocked:
            if isValid(action):
                action.setEnabled(True)
        self._enabled_while_unlocked = []
        self.menuBar().setEnabled(True)

    def _offer_drafts(self, session: Session) -> None:
        """New applications only for someone the services let write drafts; the others
        learn from the menu which role it takes."""
        from calcert_desktop.services.applications import drafts

        refusal = drafts.draft_refusal(session.actor)
        self.new_action.setEnabled(refusal is None)
        why = refusal.message if refusal is not None else ""
        self.new_action.setToolTip(why or self.tr("Wypełnij nowe zgłoszenie do certyfikatu"))
        self.new_action.setStatusTip(why)

    def switch_person(self) -> None:
        """Someone else takes over the computer: everything shown is redone for them."""
        session = self.session
        if session is None:
            return
        from calcert_desktop.ui.sign_in import ask_sign_in

        def signed_in(actor: Actor) -> None:
            if self.session is not session:
                return
            if actor == session.actor:
                if self.is_locked():
                    self._unlocked(session)
                return
            self._hidden_while_locked = []  # the previous person's windows stay closed
            self.person_changed.emit()
            self.attach(Session(session.ctx, actor, session.worker))

        ask_sign_in(session.worker, session.ctx, self, "", signed_in, lambda: None)

    def change_password(self) -> None:
        """The signed-in person changes their own password."""
        session = self.session
        if session is None:
            return
        from calcert_desktop.ui.sign_in import ask_new_password

        ask_new_password(session.worker, session.ctx, self, session.actor.login,
                         lambda _actor: self.statusBar().showMessage(
                             self.tr("Zmieniono hasło."), 10_000),
                         lambda: None)  # fmt: skip

    def open_wizard(
        self,
        reference: str = "",
        recovery: Recovery | None = None,
        then: Callable[[], Any] | None = None,
    ) -> ApplicationWizard | None:
        """Open the application-form wizard: new, on a draft, or on recovered data.

        A new form opens at once (and is returned); a draft, or the draft recovered data
        belongs to, is read on the worker first and the wizard follows (``wizard_opened``).
        ``then`` runs once that is settled. Refused (with the role it takes) to someone who
        could not save the draft.
        """
        session = self.session
        if session is None:
            return None
        from calcert_desktop.services.applications import draft_recovery, drafts

        refusal = drafts.draft_refusal(session.actor)
        if refusal is not None:
            QMessageBox.information(self, self.tr("Zgłoszenie"), refusal.message)
            return None

        def not_loaded(message: str) -> None:
            QMessageBox.warning(self, self.tr("Zgłoszenie"), message)
            if recovery is None:
                self._settled(then)  # an empty form, as for a new application
            elif then is not None:
                then()  # the recovery file stays; it is offered again at the next start

        if recovery is not None:
            read_op(
                session,
                self,
                lambda: draft_recovery.target_draft(session.ctx, session.actor, recovery),
                lambda target: self._settled(then, target or "", recovery.data, recovery.key),
                not_loaded,
                busy=True,
            )
            return None
        if reference:
            read_op(
                session,
                self,
                lambda: drafts.load_draft(session.ctx, session.actor, reference),
                lambda loaded: self._settled(
                    then, reference, loaded[1], version=loaded[0].version
                ),
                not_loaded,
                busy=True,
            )
            return None
        wizard = self._show_wizard()
        if then is not None:
            then()
        return wizard

    def _settled(
        self,
        then: Callable[[], Any] | None,
        reference: str = "",
        data: dict[str, Any] | None = None,
        key: str | None = None,
        version: int | None = None,
    ) -> None:
        if self.session is not None:
            self._show_wizard(reference, data, key, version)
        if then is not None:
            then()

    def _show_wizard(
        self,
        reference: str = "",
        data: dict[str, Any] | None = None,
        key: str | None = None,
        version: int | None = None,
    ) -> ApplicationWizard | None:
        """The wizard on a new form, or on draft ``reference`` as read at ``version`` (its
        saves are refused if someone else saves the draft meanwhile)."""
        if self.session is None:
            return None
        from calcert_desktop.ui.wizard.wizard import ApplicationWizard

        wizard = ApplicationWizard(self.session, reference or None, data, self, key, version)
        wizard.finished.connect(self._wizard_closed)
        wizard.saved.connect(self._draft_saved)
        wizard.filed.connect(
            lambda ref: self.statusBar().showMessage(self.tr("Złożono zgłoszenie {0}.").format(ref))
        )
        self.wizard = wizard
        wizard.show()
        self.wizard_opened.emit(wizard)
        return wizard

    def open_case(self, reference: str) -> None:
        """Open the case file of ``reference``, with the actions the acting person may take."""
        if self.session is not None:
            self.case_windows.open(self.session, reference)

    def follow_others(self, ctx: AppContext) -> None:
        """Show the other PCs' writes to ``ctx``'s database as they happen (on a server;
        stopped when the window closes)."""
        self.live.start(ctx)

    def _changed_elsewhere(self, changes: Changes) -> None:
        # Exactly as a write of this PC: each open list and case file decides for itself.
        if self.session is not None:
            self.session.changed.emit(changes)

    def _case_acted(self, message: str) -> None:
        # The lists refresh themselves from the change set's broadcast, if it concerns them.
        self.statusBar().showMessage(message, 10_000)

    def verify_certificate(self) -> None:
        """Check a certificate's QR code or short code against the keys and the register."""
        if self.session is None:
            return
        from calcert_desktop.ui.verify_certificate import VerifyCertificateDialog

        dialog = VerifyCertificateDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def import_package(self, source: Path | None) -> None:
        """Read a package (the one given, or one the user picks): the dry run's list of
        changes first, then the import."""
        from calcert_desktop.ui.packages import ImportDialog, choose_package

        if self.session is None:
            self.pending_package = source
            return
        source = source or choose_package(self)
        if source is None:
            return
        dialog = ImportDialog(self.session, source, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(dialog.message, 15_000))
        dialog.show()

    def export_cases(self, references: list[str]) -> None:
        """Hand ``references`` to a laptop (at the office) or send the work back (on a
        laptop)."""
        from calcert_desktop.ui.packages import ExportDialog

        if self.session is None:
            return
        dialog = ExportDialog(self.session, references, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(dialog.message, 15_000))
        dialog.show()

    def _draft_saved(self, reference: str) -> None:
        QSettings().setValue(LAST_DRAFT_KEY, reference)  # offered back if the program dies

    def _wizard_closed(self, result: int) -> None:
        if result:  # filed: nothing left to offer back
            QSettings().remove(LAST_DRAFT_KEY)

    def offer_unfinished(self) -> None:
        """At start, offer back what the user was typing when the program last ended: data
        no save could put in the database (kept in a recovery file), then the draft that was
        open (closed with the wizard open, or lost to a crash). Everything read, removed or
        opened goes through the worker, one question after the other."""
        session = self.session
        if session is None:
            return
        from calcert_desktop.services.applications import draft_recovery, drafts

        if not drafts.can_edit_drafts(session.actor):
            return  # left for someone who may continue it
        read_op(
            session,
            self,
            lambda: draft_recovery.pending(session.ctx, session.actor),
            lambda found: self._offer_recoveries(session, list(found), set()),
            busy=True,
        )

    def _offer_recoveries(
        self, session: Session, left: list[Recovery], recovered: set[str | None]
    ) -> None:
        """Ask about the first of ``left``; the rest, then the last draft, once it is done."""
        if self.session is not session:
            return  # someone else took over meanwhile
        if not left:
            self._offer_last_draft(session, recovered)
            return
        recovery, rest = left[0], left[1:]
        recovered.add(recovery.reference)
        self._offer_recovery(
            session, recovery, lambda: self._offer_recoveries(session, rest, recovered)
        )

    def _offer_last_draft(self, session: Session, recovered: set[str | None]) -> None:
        reference = QSettings().value(LAST_DRAFT_KEY)
        if not reference or reference in recovered:
            return
        from calcert_desktop.services.applications import drafts

        def gone(_: str) -> None:
            QSettings().remove(LAST_DRAFT_KEY)  # filed or deleted meanwhile

        read_op(
            session,
            self,
            lambda: drafts.load_draft(session.ctx, session.actor, str(reference)),
            lambda loaded: self._ask_last_draft(session, *loaded),
            gone,
            busy=True,
        )

    def _ask_last_draft(self, session: Session, info: DraftInfo, data: dict[str, Any]) -> None:
        if self.session is not session:
            return
        name = info.institution or self.tr("(bez nazwy)")
        answer = QMessageBox.question(
            self,
            self.tr("Niedokończone zgłoszenie"),
            self.tr("Przywrócić niedokończone zgłoszenie?\n\n{0} — {1}, wypełnione w {2}%.").format(
                info.reference, name, round(info.completeness * 100)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._show_wizard(info.reference, data, version=info.version)  # as just read
        else:
            QSettings().remove(LAST_DRAFT_KEY)  # asked once; it stays in the list

    def _offer_recovery(
        self, session: Session, recovery: Recovery, then: Callable[[], Any]
    ) -> None:
        """Ask whether to restore, discard or keep for later one recovery file; ``then``
        once the answer is carried out."""
        from calcert_desktop.services.applications import draft_recovery
        from calcert_desktop.ui.recovery_offer import RecoveryChoice, ask_recovery

        choice = ask_recovery(self, recovery)
        if choice == RecoveryChoice.RESTORE:
            self.open_wizard(recovery=recovery, then=then)
        elif choice == RecoveryChoice.DISCARD:

            def not_removed(message: str) -> None:
                QMessageBox.warning(self, self.tr("Odzyskane dane"), message)
                then()

            write_op(
                session,
                self,
                lambda: draft_recovery.forget(session.ctx, recovery.key),
                lambda _: then(),
                not_removed,
            )
        else:
            then()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Plik"))
        file_menu.setToolTipsVisible(True)  # a disabled item says which role it takes
        self.new_action = new = QAction(self.tr("&Nowe zgłoszenie…"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.setEnabled(False)  # until the database is open
        new.triggered.connect(lambda: self.wizard_requested.emit(""))
        file_menu.addAction(new)
        self.switch_action = switch = QAction(self.tr("Zaloguj jako inna &osoba…"), self)
        switch.setEnabled(False)
        switch.triggered.connect(self.switch_person)
        file_menu.addAction(switch)
        self.password_action = password = QAction(self.tr("Zmień &hasło…"), self)
        password.setEnabled(False)
        password.triggered.connect(self.change_password)
        file_menu.addAction(password)
        self.lock_action = lock = QAction(self.tr("Za&blokuj okno"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.setEnabled(False)
        lock.triggered.connect(self.lock)
        file_menu.addAction(lock)
        self.verify_action = verify = QAction(self.tr("Sprawdź &certyfikat…"), self)
        verify.setEnabled(False)
        verify.triggered.connect(self.verify_certificate)
        file_menu.addAction(verify)
        file_menu.addSeparator()
        self.import_action = import_ = QAction(self.tr("&Wczytaj paczkę spraw…"), self)
        import_.setShortcut(QKeySequence("Ctrl+Shift+O"))
        import_.setEnabled(False)
        import_.triggered.connect(lambda: self.import_package(None))
        file_menu.addAction(import_)
        self.export_action = export = QAction(self.tr("&Przekaż lub odeślij sprawy…"), self)
        export.setEnabled(False)
        export.triggered.connect(lambda: self.export_cases([]))
        file_menu.addAction(export)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Zakończ"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("Pomo&c"))
        help_menu.setToolTipsVisible(True)
        guide = QAction(self.tr("&Przewodnik użytkownika"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_guide)
        help_menu.addAction(guide)
        self.demo_action = demo = QAction(self.tr("&Wczytaj dane przykładowe…"), self)
        demo.setEnabled(False)  # an administrator's, once the database is open
        demo.triggered.connect(self.load_demo)
        help_menu.addAction(demo)
        help_menu.addSeparator()
        about = QAction(self.tr("&O programie…"), self)
        about.triggered.connect(lambda: show_about(self))
        help_menu.addAction(about)

    def show_guide(self) -> GuideWindow:
        """Pomoc → Przewodnik (F1): the guide at the signed-in person's section."""
        from calcert_desktop.ui.guide import GuideWindow, section_of

        if self.guide is None or not isValid(self.guide):
            self.guide = GuideWindow(self)
        roles = self.session.actor.roles if self.session is not None else frozenset()
        self.guide.show_section(section_of(roles))
        return self.guide

    def load_demo(self) -> None:
        """Pomoc → Wczytaj dane przykładowe: into a database with no cases yet."""
        session = self.session
        if session is None:
            return
        from calcert_desktop.ui.demo_offer import ask_demo

        ask_demo(session.ctx, session.worker, self, session.actor, lambda: None)

    def land(self, session: Session) -> None:
        """Show the signed-in person their own work (ui/landing.py)."""
        self._landing(session)

    def _landing(self, session: Session) -> QWidget:
        """:meth:`land`, before the views load: the view shown, its tab and filter set."""
        from calcert_desktop.ui.landing import View, landing_of

        landing = landing_of(session.actor.roles)
        views = {View.APPLICATIONS: self.applications, View.COMMISSION: self.commission,
                 View.REGISTER: self.register, View.PEOPLE: self.people,
                 View.BOARD: self.board, View.SETTINGS: self.settings_view}  # fmt: skip
        row = self.stack.indexOf(views[landing.view])
        if self.navigation.item(row).isHidden():
            row = 0
        self.navigation.setCurrentRow(row)
        if landing.view is View.COMMISSION:
            self.commission.tabs.setCurrentIndex(landing.tab)
            self.commission.dashboard.mine_check.setChecked(landing.mine)
        return self.stack.widget(row)

    def show_at_start(self) -> None:
        """Show the window at its remembered size, or maximised the first time; the other
        pages are built on the event loop's second turn, once the window is on screen."""
        if QSettings().value("main_window/geometry") is None:
            self.showMaximized()
        else:
            self.show()
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self.built_pages))

    def bring_to_front(self) -> None:
        """Show and raise the window (a second start of the program asked for it)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 700)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.wizard is not None:  # some were opened: each asks if its work is unsaved
            from calcert_desktop.ui.wizard.wizard import ApplicationWizard

            for wizard in self.findChildren(ApplicationWizard):
                if wizard.isVisible() and not wizard.close():  # the user stays
                    event.ignore()
                    return
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self.case_windows.close_all()
        self.live.stop()
        # The idle timer watches the whole application's input: a closed window stops
        # watching, or the filter would outlive the window when it is deleted later.
        self.idle.stop()
        super().closeEvent(event)
