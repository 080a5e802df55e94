"""Settings: the interface language (Polish, or English) and where the data lives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from calcert_desktop.ui.i18n import LANGUAGES
from calcert_desktop.ui.views.placeholder import heading_label

if TYPE_CHECKING:
    from calcert_desktop.ui.session import Session

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
        self.language.currentIndexChanged.connect(self._language_changed)
        self.note = QLabel("")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.folder = folder = QLabel("")
        folder.setTextFormat(Qt.TextFormat.PlainText)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if session is not None:
            self.set_session(session)
        form = QFormLayout()
        language_label = QLabel(self.tr("&Język interfejsu:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        form.addRow("", self.note)
        form.addRow(QLabel(self.tr("Katalog danych:")), folder)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Ustawienia")))
        layout.addLayout(form)
        layout.addStretch(1)

    def set_session(self, session: Session) -> None:
        """Show the open data folder."""
        self.folder.setText(str(session.ctx.paths.root))

    def _language_changed(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())
        self.note.setText(self.tr("Zmiana języka zacznie obowiązywać po ponownym uruchomieniu."))
