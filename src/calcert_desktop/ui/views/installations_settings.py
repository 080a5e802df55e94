"""Ustawienia → Instalacje (issue 19): this installation's identity (made once, as the
office or as a laptop; shown as a line, a QR code and a file to pass on) and the other
installations it trusts, registered from their identity and revoked when a laptop is lost.

An administrator's tool (the services refuse anyone else; the settings show the tab to
administrators only). Every call runs on the worker; the window stays live.

Imported only once a data folder is open (it loads the services).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.roles import Role
from calcert_desktop.exchange import identity
from calcert_desktop.services.exchange import installations
from calcert_desktop.services.exchange.installations import InstallationInfo
from calcert_desktop.ui.case_file.common import plain_label
from calcert_desktop.ui.list_model import Index, ListTableModel
from calcert_desktop.ui.operations import read_op, write_op
from calcert_desktop.ui.widgets.qr_code import Modules, QrCode

if TYPE_CHECKING:
    from calcert_desktop.services.changes import Done
    from calcert_desktop.ui.session import Session

ERROR_STYLE = "color: #b00020;"
IDENTITY_FILES = "*.calid"


def local_date(moment: datetime) -> str:
    """A stored moment (naive UTC) as this computer's calendar date."""
    return f"{moment.replace(tzinfo=UTC).astimezone():%Y-%m-%d}"


def fill(template: str, *values: str) -> str:
    """``template`` with %1, %2, ... replaced in one pass (a value's own "%2" stays)."""
    return re.sub(r"%(\d)", lambda found: values[int(found.group(1)) - 1], template)


def _file_name(name: str) -> str:
    """An installation's name made a safe file name (no path separators, no reserved)."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .")
    return f"{cleaned or 'instalacja'}.calid"


@dataclass(frozen=True)
class Loaded:
    """What the tab shows: this installation (None before it has an identity), its QR
    code, and the others."""

    mine: InstallationInfo | None
    modules: Modules
    others: list[InstallationInfo]


def load(session: Session) -> Loaded:
    """Read on the worker: the installations, and this one's QR code (some 50 ms)."""
    from calcert_desktop.documents.certificate import encode_qr

    ctx, actor = session.ctx, session.actor
    found = installations.list_installations(ctx, actor)
    mine = next((info for info in found if info.own), None)
    if mine is not None and not mine.text:  # made before packages were encrypted: complete it
        mine = installations.own(ctx, actor)
    modules = encode_qr(mine.text) if mine is not None else ()
    return Loaded(mine, modules, [info for info in found if not info.own])


class InstallationsModel(ListTableModel):
    """The other installations this one knows, in the order they were registered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_headers([self.tr("Nazwa"), self.tr("Rola"), self.tr("Klucz"),
                          self.tr("Dodano"), self.tr("Stan")])  # fmt: skip

    def role_name(self, role: str) -> str:
        return self.tr("biuro") if role == identity.OFFICE else self.tr("laptop")

    def state(self, info: InstallationInfo) -> str:
        if info.revoked_at is None:
            return self.tr("zaufana")
        return fill(self.tr("unieważniona %1"), local_date(info.revoked_at))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info: InstallationInfo = self.item(index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#6b6b6b") if info.revoked_at is not None else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (info.name, self.role_name(info.role), info.key_id, local_date(info.added_at),
                self.state(info))[index.column()]  # fmt: skip


class AddInstallationDialog(QDialog):
    """Another installation's identity pasted or read from its file, then registered; a
    refusal is said here in Polish and what was pasted stays."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.message = ""
        self.setWindowTitle(self.tr("Dodaj instalację"))
        about = plain_label(self.tr(
            "Wklej identyfikator drugiej instalacji — jeden wiersz zaczynający się od "
            "CALINST1: (w tamtej instalacji: Ustawienia → Instalacje → Kopiuj "
            "identyfikator) — albo wczytaj go z pliku .calid."
        ))  # fmt: skip
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText("CALINST1:…")
        self.text.setAccessibleName(self.tr("Identyfikator instalacji"))
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.text.setMinimumSize(520, 90)
        text_label = QLabel(self.tr("&Identyfikator:"))
        text_label.setBuddy(self.text)
        self.load_button = QPushButton(self.tr("&Wczytaj z pliku…"))
        self.load_button.clicked.connect(self.ask_file)
        self.error = plain_label("")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Błąd"))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.register_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.register_button.setText(self.tr("&Zarejestruj"))
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)
        loading = QHBoxLayout()
        loading.addWidget(self.load_button)
        loading.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
        layout.addLayout(loading)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _failed(self, message: str) -> None:
        self.register_button.setEnabled(True)
        self.error.setText(message)
        self.error.show()

    def ask_file(self) -> None:
        """Ask for an identity file, then read it into the box."""
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Wczytaj identyfikator instalacji"), str(Path.home()),
            self.tr("Identyfikator instalacji (%1);;Wszystkie pliki (*)")
            .replace("%1", IDENTITY_FILES),
        )  # fmt: skip
        if path:
            self.load_from(Path(path))

    def load_from(self, source: Path) -> None:
        """Read ``source`` on the worker into the box (a Polish reason if it cannot be)."""
        self.error.hide()
        read_op(self.session, self, lambda: installations.read_identity(source),
                lambda text: self.text.setPlainText(text.strip()), self._failed)  # fmt: skip

    def register(self) -> None:
        """Register the identity in the box; close once it is, or say why not."""
        text = self.text.toPlainText()
        if not text.strip():
            self._failed(self.tr("Wklej identyfikator albo wczytaj go z pliku."))
            return
        self.error.hide()
        self.register_button.setEnabled(False)
        session = self.session
        write_op(session, self, lambda: installations.add(session.ctx, session.actor, text),
                 self._registered, self._failed)  # fmt: skip

    def _registered(self, done: Done) -> None:
        self.message = str(done)
        self.accept()


class InstallationsEditor(QWidget):
    """This installation's identity and the installations it trusts (administrators)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.mine: InstallationInfo | None = None
        self.add_dialog: AddInstallationDialog | None = None

        # This installation, before it has an identity.
        self.none_page = QWidget()
        none_about = plain_label(self.tr(
            "Ta instalacja nie ma jeszcze identyfikatora. Biuro i każdy laptop mają własny "
            "identyfikator z kluczem wymiany: biuro rejestruje identyfikatory swoich laptopów, "
            "a laptop — identyfikator biura. Rolę (biuro albo laptop) wybiera się raz, przy "
            "utworzeniu identyfikatora; później nie można jej zmienić."
        ))  # fmt: skip
        self.make_office = QPushButton(self.tr("&Utwórz identyfikator biura"))
        self.make_laptop = QPushButton(self.tr("Utwórz identyfikator &laptopa"))
        self.make_office.clicked.connect(lambda: self.ask_create(identity.OFFICE))
        self.make_laptop.clicked.connect(lambda: self.ask_create(identity.LAPTOP))
        make = QHBoxLayout()
        make.addWidget(self.make_office)
        make.addWidget(self.make_laptop)
        make.addStretch(1)
        none_layout = QVBoxLayout(self.none_page)
        none_layout.setContentsMargins(0, 0, 0, 0)
        none_layout.addWidget(none_about)
        none_layout.addLayout(make)

        # This installation, once it has one.
        self.made_page = QWidget()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(identity.MAX_NAME)
        self.name_edit.setAccessibleName(self.tr("Nazwa tej instalacji"))
        self.name_edit.returnPressed.connect(self.rename)
        name_label = QLabel(self.tr("&Nazwa:"))
        name_label.setBuddy(self.name_edit)
        self.rename_button = QPushButton(self.tr("Z&mień nazwę"))
        self.rename_button.clicked.connect(self.rename)
        naming = QHBoxLayout()
        naming.addWidget(self.name_edit, 1)
        naming.addWidget(self.rename_button)
        self.role_label = plain_label(wrap=False)
        self.role_label.setAccessibleName(self.tr("Rola tej instalacji"))
        self.key_label = plain_label(wrap=False)
        self.key_label.setAccessibleName(self.tr("Klucz tej instalacji"))
        self.identity_text = QPlainTextEdit()
        self.identity_text.setReadOnly(True)
        self.identity_text.setTabChangesFocus(True)
        self.identity_text.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.identity_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.identity_text.setAccessibleName(self.tr("Identyfikator tej instalacji"))
        lines = self.identity_text.fontMetrics().lineSpacing()
        self.identity_text.setFixedHeight(lines * 3 + 14)
        identity_label = QLabel(self.tr("Identyfika&tor:"))
        identity_label.setBuddy(self.identity_text)
        self.copy_button = QPushButton(self.tr("&Kopiuj identyfikator"))
        self.save_button = QPushButton(self.tr("Zapisz &do pliku…"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.ask_save)
        passing = QHBoxLayout()
        passing.addWidget(self.copy_button)
        passing.addWidget(self.save_button)
        passing.addStretch(1)
        form = QFormLayout()
        form.addRow(name_label, naming)
        form.addRow(QLabel(self.tr("Rola:")), self.role_label)
        form.addRow(QLabel(self.tr("Klucz:")), self.key_label)
        form.addRow(identity_label, self.identity_text)
        form.addRow("", passing)
        pass_on = plain_label(self.tr(
            "Przekaż ten identyfikator drugiej instalacji (plik na pendrivie, schowek albo "
            "kod QR): tam administrator wybiera „Dodaj z identyfikatora…”."
        ))  # fmt: skip
        details = QVBoxLayout()
        details.addLayout(form)
        details.addWidget(pass_on)
        details.addStretch(1)
        self.qr = QrCode((), self.tr("Kod QR identyfikatora tej instalacji"))
        made_layout = QHBoxLayout(self.made_page)
        made_layout.setContentsMargins(0, 0, 0, 0)
        made_layout.addLayout(details, 1)
        made_layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)

        own_box = QGroupBox(self.tr("Ta instalacja"))
        own_layout = QVBoxLayout(own_box)
        own_layout.addWidget(self.none_page)
        own_layout.addWidget(self.made_page)
        self.made_page.hide()

        # The others.
        known_about = plain_label(self.tr(
            "Biuro rejestruje swoje laptopy, a laptop — swoje biuro. Paczki spraw przyjmuje "
            "się tylko od zaufanych instalacji. Klucz zgubionego laptopa unieważnij."
        ))  # fmt: skip
        self.model = InstallationsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Znane instalacje"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.add_button = QPushButton(self.tr("Dod&aj z identyfikatora…"))
        self.revoke_button = QPushButton(self.tr("Unie&ważnij klucz…"))
        self.add_button.clicked.connect(self.ask_add)
        self.revoke_button.clicked.connect(self.ask_revoke)
        known_buttons = QHBoxLayout()
        known_buttons.addWidget(self.add_button)
        known_buttons.addWidget(self.revoke_button)
        known_buttons.addStretch(1)
        known_box = QGroupBox(self.tr("Znane instalacje"))
        known_layout = QVBoxLayout(known_box)
        known_layout.addWidget(known_about)
        known_layout.addWidget(self.table, 1)
        known_layout.addLayout(known_buttons)

        self.result = plain_label("")
        self.result.setAccessibleName(self.tr("Wynik"))
        self.read_only_note = plain_label(self.tr("Instalacjami zarządza administrator."))
        self.boxes = [own_box, known_box]
        layout = QVBoxLayout(self)
        layout.addWidget(own_box)
        layout.addWidget(known_box, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.read_only_note)
        self.attach(session)

    # --- showing -------------------------------------------------------------------------

    def attach(self, session: Session) -> None:
        """For ``session``'s person: everything for administrators, a note for others."""
        self.session = session
        admin = Role.ADMIN in session.actor.roles
        for box in self.boxes:
            box.setVisible(admin)
        self.read_only_note.setVisible(not admin)
        self._say("")
        self.mine = None
        self.model.set_rows([])
        if admin:
            self.refresh()

    def refresh(self) -> None:
        """Read the installations again (on the worker)."""
        session = self.session
        read_op(session, self, lambda: load(session), self._loaded, self._failed)

    def _loaded(self, loaded: Loaded) -> None:
        self.mine = mine = loaded.mine
        self.none_page.setVisible(mine is None)
        self.made_page.setVisible(mine is not None)
        for button in (self.make_office, self.make_laptop):
            button.setEnabled(True)
        if mine is not None:
            self.name_edit.setText(mine.name)
            self.role_label.setText(self.model.role_name(mine.role))
            self.key_label.setText(mine.key_id)
            self.identity_text.setPlainText(mine.text)
            self.qr.set_modules(loaded.modules)
        self.model.set_rows(loaded.others)
        self._selected()

    def _say(self, message: str, *, failed: bool = False) -> None:
        self.result.setStyleSheet(ERROR_STYLE if failed else "")
        self.result.setText(message)

    def _failed(self, message: str) -> None:
        for button in (self.make_office, self.make_laptop):
            button.setEnabled(True)
        self._say(message, failed=True)

    def _done(self, message: str) -> None:
        self._say(message)
        self.refresh()

    # --- this installation ---------------------------------------------------------------

    def ask_create(self, role: str) -> None:
        """Ask (the role is for good), then make this installation's identity."""
        if role == identity.OFFICE:
            question = self.tr(
                "Utworzyć identyfikator biura? Ta instalacja będzie biurem: zarejestruje "
                "identyfikatory laptopów i przyjmie od nich paczki spraw.\n\nRoli nie można "
                "później zmienić."
            )  # fmt: skip
        else:
            question = self.tr(
                "Utworzyć identyfikator laptopa? Ta instalacja będzie laptopem: zarejestruje "
                "identyfikator biura, przyjmie od niego sprawy do wizytacji i ocen, a wyniki "
                "odeśle biuru. Sprawa nie dostanie tu numeru ani decyzji.\n\nRoli nie można "
                "później zmienić."
            )  # fmt: skip
        answer = QMessageBox.question(
            self, self.tr("Identyfikator instalacji"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.create(role)

    def create(self, role: str) -> None:
        """Make this installation's identity as ``role`` (on the worker)."""
        for button in (self.make_office, self.make_laptop):
            button.setEnabled(False)
        session = self.session
        write_op(session, self,
                 lambda: installations.own(session.ctx, session.actor, role=role),
                 lambda made: self._done(self.tr("Utworzono identyfikator tej instalacji: %1.")
                                         .replace("%1", made.key_id)),
                 self._failed)  # fmt: skip

    def rename(self) -> None:
        """Give this installation the name in the box (the identity changes with it)."""
        if self.mine is None:
            return
        name, session = self.name_edit.text(), self.session
        write_op(session, self,
                 lambda: installations.own(session.ctx, session.actor, name=name),
                 lambda made: self._done(self.tr("Nazwa tej instalacji: „%1”. Przekaż "
                                                 "identyfikator ponownie, jeśli nazwa ma się "
                                                 "zmienić także w drugiej instalacji.")
                                         .replace("%1", made.name)),
                 self._failed)  # fmt: skip

    def copy(self) -> None:
        """Put the identity line on the clipboard."""
        if self.mine is not None:
            QGuiApplication.clipboard().setText(self.mine.text)
            self._say(self.tr("Skopiowano identyfikator do schowka."))

    def ask_save(self) -> None:
        """Ask where to save the identity (a .calid file), then write it."""
        if self.mine is None:
            return
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Zapisz identyfikator instalacji"),
            str(Path.home() / _file_name(self.mine.name)),
            self.tr("Identyfikator instalacji (%1)").replace("%1", IDENTITY_FILES),
        )  # fmt: skip
        if path:
            self.save_to(Path(path))

    def save_to(self, target: Path) -> None:
        """Write the identity to ``target`` on the worker; say where, or why not."""
        mine = self.mine
        if mine is None:
            return
        read_op(self.session, self, lambda: installations.write_identity(mine, target),
                lambda path: self._say(self.tr("Zapisano identyfikator do pliku: %1")
                                       .replace("%1", str(path))),
                self._failed)  # fmt: skip

    # --- the others ----------------------------------------------------------------------

    def selected(self) -> InstallationInfo | None:
        """The installation chosen in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _selected(self, *_: QItemSelection) -> None:
        chosen = self.selected()
        self.revoke_button.setEnabled(chosen is not None and chosen.revoked_at is None)

    def ask_add(self) -> None:
        """Open the dialog that registers another installation."""
        dialog = self.add_dialog = AddInstallationDialog(self.session, self)
        dialog.accepted.connect(lambda: self._done(dialog.message))
        dialog.open()

    def ask_revoke(self) -> None:
        """Ask, naming the installation and what revoking means; then revoke its key."""
        chosen = self.selected()
        if chosen is None or chosen.revoked_at is not None:
            return
        question = self.tr(
            "Unieważnić klucz instalacji „%1” (%2, klucz %3)?\n\nPaczki podpisane tym kluczem "
            "nie będą już przyjmowane, a tego klucza nie można będzie zarejestrować ponownie. "
            "Tego nie można cofnąć."
        )
        answer = QMessageBox.question(
            self, self.tr("Unieważnienie klucza"),
            fill(question, chosen.name, self.model.role_name(chosen.role), chosen.key_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.revoke(chosen.key_id)

    def revoke(self, key_id: str) -> None:
        """Revoke the key ``key_id`` (on the worker)."""
        session = self.session
        write_op(session, self,
                 lambda: installations.revoke(session.ctx, session.actor, key_id),
                 lambda done: self._done(str(done)), self._failed)  # fmt: skip
