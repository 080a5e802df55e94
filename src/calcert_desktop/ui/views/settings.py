"""Settings, in ten tabs: "Ogólne" (the interface language, where the data lives), "Proces"
(deadlines and the other rules the regulations leave open, set by an administrator; see
``process_settings.py``), "Treść pism" (the letters' wording, edited by the office; see
``letter_templates.py``), "Dane organizacji" (the office's details and the documents'
signers, set by an administrator; see ``office_settings.py``), "Baza danych" (this PC's file
or the office's server; see ``database_settings.py``), "Kopia zapasowa" (a backup made or
restored, by an administrator; see ``backup_settings.py``), "Dziennik zmian" (the audit
log's chain checked and exported; see ``audit_log_settings.py``), "Dane osobowe" (RODO: a
person's data exported or erased, retention, views; see ``privacy_settings.py``) and
"Instalacje" (this installation's identity and the installations it exchanges packages
with; administrators only, see ``installations_settings.py``); "Dawny rejestr" (the
paper-era register imported from a spreadsheet; the office and administrators, see
``register_import_settings.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.roles import Role
from calcert_desktop.ui.i18n import LANGUAGES
from calcert_desktop.ui.views.placeholder import heading_label
from calcert_desktop.ui.widgets.scrolled import scrolled
from calcert_desktop.ui.widgets.side_tabs import SideTabs

if TYPE_CHECKING:
    from calcert_desktop.ui.session import Session
    from calcert_desktop.ui.views.audit_log_settings import AuditLogEditor
    from calcert_desktop.ui.views.backup_settings import BackupEditor
    from calcert_desktop.ui.views.database_settings import DatabaseSettingsEditor
    from calcert_desktop.ui.views.installations_settings import InstallationsEditor
    from calcert_desktop.ui.views.letter_templates import LetterTemplatesEditor
    from calcert_desktop.ui.views.office_settings import OfficeSettingsEditor
    from calcert_desktop.ui.views.privacy_settings import PrivacyEditor
    from calcert_desktop.ui.views.process_settings import ProcessSettingsEditor
    from calcert_desktop.ui.views.register_import_settings import RegisterImportEditor

LANGUAGE_KEY = "language"


class SettingsView(QWidget):
    """Preferences of this computer's user (kept in QSettings, not in the database)."""

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        current = str(QSettings().value(LANGUAGE_KEY, "pl"))
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.language.setAccessibleName(self.tr("Język interfejsu"))
        # As wide as its longest name, not the page: one word in a 1,100-pixel box looked lost.
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.note = QLabel("")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.folder = folder = QLabel("")
        folder.setTextFormat(Qt.TextFormat.PlainText)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A deep folder's path wraps (anywhere, as a word-wrapping label does) instead of
        # widening the window past a laptop's screen.
        folder.setWordWrap(True)
        general = QWidget()
        form = QFormLayout()
        language_label = QLabel(self.tr("&Język interfejsu:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        form.addRow("", self.note)
        form.addRow(QLabel(self.tr("Katalog danych:")), folder)
        general_layout = QVBoxLayout(general)  # short: needs no scrolling
        general_layout.addLayout(form)
        general_layout.addStretch(1)

        self._session: Session | None = None
        # The process's settings live in the database: made when their tab is first shown.
        self.process: ProcessSettingsEditor | None = None
        # Each page scrolls: a 1366x768 laptop at 150% leaves some 500 pixels of height.
        self.process_page = scrolled(QWidget())
        self.process_layout = QVBoxLayout(self.process_page.widget())
        self.process_waiting = QLabel(self.tr("Ustawienia procesu można zmieniać po otwarciu "
                                              "danych."))  # fmt: skip
        self.process_waiting.setTextFormat(Qt.TextFormat.PlainText)
        self.process_layout.addWidget(self.process_waiting, 1, Qt.AlignmentFlag.AlignTop)

        # The letters' wording lives in the database: its editor is made for the session the
        # first time its tab is shown (it costs some 50 ms, not worth paying at start-up).
        self.letters: LetterTemplatesEditor | None = None
        self.letters_page = scrolled(QWidget())
        self.letters_layout = QVBoxLayout(self.letters_page.widget())
        self.letters_waiting = QLabel(self.tr("Treść pism można zmieniać po otwarciu danych."))
        self.letters_waiting.setTextFormat(Qt.TextFormat.PlainText)
        self.letters_layout.addWidget(self.letters_waiting, 1, Qt.AlignmentFlag.AlignTop)

        # The office's details likewise: made when their tab is first shown.
        self.office: OfficeSettingsEditor | None = None
        self.office_page = scrolled(QWidget())
        self.office_layout = QVBoxLayout(self.office_page.widget())
        self.office_waiting = QLabel(self.tr("Dane organizacji można zmieniać po otwarciu danych."))
        self.office_waiting.setTextFormat(Qt.TextFormat.PlainText)
        self.office_layout.addWidget(self.office_waiting, 1, Qt.AlignmentFlag.AlignTop)

        # Where the data lives (a file or the office's server): made when first shown too.
        self.database: DatabaseSettingsEditor | None = None
        self.database_page = scrolled(QWidget())
        self.database_layout = QVBoxLayout(self.database_page.widget())
        self.database_waiting = QLabel(self.tr("Bazę danych można wybrać po otwarciu danych."))
        self.database_waiting.setTextFormat(Qt.TextFormat.PlainText)
        self.database_layout.addWidget(self.database_waiting, 1, Qt.AlignmentFlag.AlignTop)

        # Backups made and restored: made when first shown too.
        self.backup: BackupEditor | None = None
        self.backup_page = scrolled(QWidget())
        self.backup_layout = QVBoxLayout(self.backup_page.widget())
        self.backup_waiting = QLabel(self.tr("Kopię zapasową można zapisać po otwarciu danych."))
        self.backup_waiting.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_layout.addWidget(self.backup_waiting, 1, Qt.AlignmentFlag.AlignTop)

        # The audit log's check and export: made when first shown too.
        self.audit: AuditLogEditor | None = None
        self.audit_page = scrolled(QWidget())
        self.audit_layout = QVBoxLayout(self.audit_page.widget())
        self.audit_waiting = QLabel(self.tr("Dziennik zmian można sprawdzić po otwarciu danych."))
        self.audit_waiting.setTextFormat(Qt.TextFormat.PlainText)
        self.audit_layout.addWidget(self.audit_waiting, 1, Qt.AlignmentFlag.AlignTop)

        # Personal data (RODO): made when first shown too.
        self.privacy: PrivacyEditor | None = None
        self.privacy_page = scrolled(QWidget())
        self.privacy_layout = QVBoxLayout(self.privacy_page.widget())
        self.privacy_waiting = QLabel(self.tr("Danymi osobowymi można zarządzać po otwarciu "
                                              "danych."))  # fmt: skip
        self.privacy_waiting.setTextFormat(Qt.TextFormat.PlainText)
        self.privacy_layout.addWidget(self.privacy_waiting, 1, Qt.AlignmentFlag.AlignTop)

        # The installations that exchange packages: made when first shown too; the tab is
        # there for administrators only (set_session).
        self.installations: InstallationsEditor | None = None
        self.installations_page = scrolled(QWidget())
        self.installations_layout = QVBoxLayout(self.installations_page.widget())
        self.installations_waiting = QLabel(self.tr("Instalacjami można zarządzać po otwarciu "
                                                    "danych."))  # fmt: skip
        self.installations_waiting.setTextFormat(Qt.TextFormat.PlainText)
        self.installations_layout.addWidget(self.installations_waiting, 1,
                                            Qt.AlignmentFlag.AlignTop)  # fmt: skip

        self.tabs = SideTabs()
        self.tabs.addTab(general, self.tr("&Ogólne"))
        # No mnemonic: each letter of "Proces" is taken (tabs, and the menus' &Plik, Pomo&c).
        self.tabs.addTab(self.process_page, self.tr("Proces"))
        self.tabs.addTab(self.letters_page, self.tr("Treść pi&sm"))
        self.tabs.addTab(self.office_page, self.tr("Dane o&rganizacji"))
        self.tabs.addTab(self.database_page, self.tr("&Baza danych"))
        self.tabs.addTab(self.backup_page, self.tr("&Kopia zapasowa"))
        self.tabs.addTab(self.audit_page, self.tr("D&ziennik zmian"))
        self.tabs.addTab(self.privacy_page, self.tr("Dane osobow&e"))
        self.tabs.addTab(self.installations_page, self.tr("&Instalacje"))
        # The paper-era register's import: for the office and the administrator.
        self.register_import: RegisterImportEditor | None = None
        self.register_page = scrolled(QWidget())
        self.register_layout = QVBoxLayout(self.register_page.widget())
        self.tabs.addTab(self.register_page, self.tr("Dawny re&jestr"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.register_page), False)
        self.tabs.setTabVisible(self.tabs.indexOf(self.installations_page), False)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Ustawienia")))
        layout.addWidget(self.tabs, 1)
        if session is not None:
            self.set_session(session)

    def set_session(self, session: Session) -> None:
        """Show the open data folder; the letters' wording for the session's person."""
        self._session = session
        self.folder.setText(str(session.ctx.paths.root))
        if self.process is not None:
            self.process.attach(session)
        elif self.tabs.currentWidget() is self.process_page:
            self.process_editor()
        if self.backup is not None:
            self.backup.attach(session)
        elif self.tabs.currentWidget() is self.backup_page:
            self.backup_editor()
        if self.letters is not None:
            self.letters.attach(session)
        elif self.tabs.currentWidget() is self.letters_page:
            self.letters_editor()
        if self.office is not None:
            self.office.attach(session)
        elif self.tabs.currentWidget() is self.office_page:
            self.office_editor()
        if self.database is not None:
            self.database.attach(session)
        elif self.tabs.currentWidget() is self.database_page:
            self.database_editor()
        if self.audit is not None:
            self.audit.attach(session)
        elif self.tabs.currentWidget() is self.audit_page:
            self.audit_editor()
        if self.privacy is not None:
            self.privacy.attach(session)
        elif self.tabs.currentWidget() is self.privacy_page:
            self.privacy_editor()
        admin = Role.ADMIN in session.actor.roles
        importer = bool(session.actor.roles & {Role.ADMIN, Role.OFFICE})
        self.tabs.setTabVisible(self.tabs.indexOf(self.register_page), importer)
        if self.register_import is not None:
            self.register_import.attach(session)
        elif importer and self.tabs.currentWidget() is self.register_page:
            self.register_import_editor()
        self.tabs.setTabVisible(self.tabs.indexOf(self.installations_page), admin)
        if self.installations is not None:
            self.installations.attach(session)
        elif admin and self.tabs.currentWidget() is self.installations_page:
            self.installations_editor()

    def process_editor(self) -> ProcessSettingsEditor | None:
        """The process's settings, made now if need be (None before data open)."""
        if self.process is None and self._session is not None:
            from calcert_desktop.ui.views.process_settings import ProcessSettingsEditor

            self.process_waiting.hide()
            self.process = ProcessSettingsEditor(self._session)
            self.process_layout.addWidget(self.process, 1)
        return self.process

    def backup_editor(self) -> BackupEditor | None:
        """Backups made and restored, made now if need be (None before data open)."""
        if self.backup is None and self._session is not None:
            from calcert_desktop.ui.views.backup_settings import BackupEditor

            self.backup_waiting.hide()
            self.backup = BackupEditor(self._session)
            self.backup_layout.addWidget(self.backup, 1)
        return self.backup

    def letters_editor(self) -> LetterTemplatesEditor | None:
        """The editor of the letters' wording, made now if need be (None before data open)."""
        if self.letters is None and self._session is not None:
            from calcert_desktop.ui.views.letter_templates import LetterTemplatesEditor

            self.letters_waiting.hide()
            self.letters = LetterTemplatesEditor(self._session)
            self.letters_layout.addWidget(self.letters, 1)
        return self.letters

    def office_editor(self) -> OfficeSettingsEditor | None:
        """The editor of the office's details, made now if need be (None before data open)."""
        if self.office is None and self._session is not None:
            from calcert_desktop.ui.views.office_settings import OfficeSettingsEditor

            self.office_waiting.hide()
            self.office = OfficeSettingsEditor(self._session)
            self.office_layout.addWidget(self.office, 1)
        return self.office

    def database_editor(self) -> DatabaseSettingsEditor | None:
        """Where the data lives, and the office's server (None before data open)."""
        if self.database is None and self._session is not None:
            from calcert_desktop.ui.views.database_settings import DatabaseSettingsEditor

            self.database_waiting.hide()
            self.database = DatabaseSettingsEditor(self._session)
            self.database_layout.addWidget(self.database, 1)
        return self.database

    def audit_editor(self) -> AuditLogEditor | None:
        """The audit log's check and export (None before data open)."""
        if self.audit is None and self._session is not None:
            from calcert_desktop.ui.views.audit_log_settings import AuditLogEditor

            self.audit_waiting.hide()
            self.audit = AuditLogEditor(self._session)
            self.audit_layout.addWidget(self.audit, 1)
        return self.audit

    def privacy_editor(self) -> PrivacyEditor | None:
        """Personal data: export, erasure, retention, views (None before data open)."""
        if self.privacy is None and self._session is not None:
            from calcert_desktop.ui.views.privacy_settings import PrivacyEditor

            self.privacy_waiting.hide()
            self.privacy = PrivacyEditor(self._session)
            self.privacy_layout.addWidget(self.privacy, 1)
        return self.privacy

    def installations_editor(self) -> InstallationsEditor | None:
        """This installation's identity and the ones it trusts (None before data open)."""
        if self.installations is None and self._session is not None:
            from calcert_desktop.ui.views.installations_settings import InstallationsEditor

            self.installations_waiting.hide()
            self.installations = InstallationsEditor(self._session)
            self.installations_layout.addWidget(self.installations, 1)
        return self.installations

    def register_import_editor(self) -> RegisterImportEditor | None:
        """The paper-era register's import (None before data open)."""
        if self.register_import is None and self._session is not None:
            from calcert_desktop.ui.views.register_import_settings import RegisterImportEditor

            self.register_import = RegisterImportEditor(self._session)
            self.register_layout.addWidget(self.register_import, 1)
        return self.register_import

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.process_page:
            self.process_editor()
        elif self.tabs.widget(index) is self.backup_page:
            self.backup_editor()
        elif self.tabs.widget(index) is self.letters_page:
            self.letters_editor()
        elif self.tabs.widget(index) is self.office_page:
            self.office_editor()
        elif self.tabs.widget(index) is self.database_page:
            self.database_editor()
        elif self.tabs.widget(index) is self.audit_page:
            self.audit_editor()
        elif self.tabs.widget(index) is self.privacy_page:
            self.privacy_editor()
        elif self.tabs.widget(index) is self.installations_page:
            self.installations_editor()
        elif self.tabs.widget(index) is self.register_page:
            self.register_import_editor()

    def _language_changed(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())
        self.note.setText(self.tr("Zmiana języka zacznie obowiązywać po ponownym uruchomieniu."))
