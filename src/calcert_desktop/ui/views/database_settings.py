"""Ustawienia → Baza danych: which database this installation uses (its own file, or the
office's PostgreSQL server), checking a server, pointing the installation at it, and back.

An administrator's tool: for anyone else it shows where the data is and says why the rest
is not theirs. The connection is tried on the worker (a server that does not answer takes
seconds; the window stays live); the password goes to the system's credential store only.
A change takes effect at the next start, which the message says.

Imported only once a data folder is open (it loads the services).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.roles import Role
from calcert_desktop.services.admin import database_choice
from calcert_desktop.ui.case_file.common import plain_label
from calcert_desktop.ui.operations import read_op

if TYPE_CHECKING:
    from calcert_desktop.ui.session import Session

DEFAULT_PORT = 5432


class DatabaseSettingsEditor(QWidget):
    """Where the data is; a form for the office's server (administrators)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        where = database_choice.current(session.ctx.paths)
        self.where = plain_label(
            self.tr("Ta instalacja korzysta z bazy w pliku w tym komputerze:\n%1").replace(
                "%1", where.shown()
            )
            if where.is_sqlite
            else self.tr("Ta instalacja korzysta ze wspólnego serwera bazy danych biura:\n%1")
            .replace("%1", where.shown())
        )
        self.where.setWordWrap(True)
        self.state = plain_label("")
        self.state.setWordWrap(True)

        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("np. serwer-biura albo 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("calcert")
        self.user = QLineEdit("calcert")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if not where.is_sqlite:
            url = where.url
            self.host.setText(url.host or "")
            self.port.setValue(url.port or DEFAULT_PORT)
            self.database.setText(url.database or "")
            self.user.setText(url.username or "")
        form = QFormLayout()
        for label, field in (
            (self.tr("&Serwer:"), self.host),
            (self.tr("&Port:"), self.port),
            (self.tr("&Baza danych:"), self.database),
            (self.tr("&Użytkownik:"), self.user),
            (self.tr("&Hasło:"), self.password),
        ):
            caption = plain_label(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
        for field in (self.host, self.database, self.user):
            field.setMaximumWidth(360)
        self.password.setMaximumWidth(360)
        self.port.setMaximumWidth(120)

        self.check_button = QPushButton(self.tr("Sp&rawdź połączenie"))
        self.connect_button = QPushButton(self.tr("Połą&cz z tym serwerem"))
        self.local_button = QPushButton(self.tr("&Wróć do bazy w tym komputerze"))
        self.local_button.setEnabled(not where.is_sqlite)
        self.check_button.clicked.connect(self._check)
        self.connect_button.clicked.connect(self._connect)
        self.local_button.clicked.connect(self._disconnect)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.connect_button)
        buttons.addStretch(1)
        buttons.addWidget(self.local_button)

        self.result = plain_label("")
        self.result.setWordWrap(True)
        server = QGroupBox(self.tr("Serwer PostgreSQL biura"))
        server_layout = QVBoxLayout(server)
        server_layout.addWidget(plain_label(self.tr(
            "Gdy z danych korzysta kilka komputerów, wszystkie wskazują ten sam serwer. Hasło "
            "trafia do menedżera haseł systemu, nigdy do zwykłego pliku. Dane biura przenosi "
            "na serwer polecenie: calcert db copy --from PLIK --to ADRES (README)."
        )))
        server_layout.addLayout(form)
        server_layout.addLayout(buttons)
        server_layout.addWidget(self.result)
        self.server_box = server

        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.state)
        layout.addWidget(server)
        self.read_only_note = plain_label(self.tr(
            "Bazę danych tej instalacji wybiera administrator."
        ))  # fmt: skip
        layout.addWidget(self.read_only_note)
        layout.addStretch(1)
        self.attach(session)

    def attach(self, session: Session) -> None:
        """Show the state for ``session``'s person (administrators may change it)."""
        self.session = session
        admin = Role.ADMIN in session.actor.roles
        self.server_box.setEnabled(admin)
        self.read_only_note.setVisible(not admin)
        where = database_choice.current(session.ctx.paths)
        read_op(session, self, lambda: database_choice.probe(where).summary(),
                self.state.setText, self.state.setText)  # fmt: skip

    def fields(self) -> tuple[str, int, str, str]:
        """What the form names: server, port, database, user (checked by the service)."""
        return self.host.text(), self.port.value(), self.database.text(), self.user.text()

    def _busy(self, busy: bool) -> None:
        for button in (self.check_button, self.connect_button):
            button.setEnabled(not busy)

    def _check(self) -> None:
        fields, password = self.fields(), self.password.text() or None
        self.result.setText(self.tr("Łączę się z serwerem…"))
        self._busy(True)

        def done(text: str) -> None:
            self._busy(False)
            self.result.setText(self.tr("Połączenie działa.") + "\n" + text)

        def failed(message: str) -> None:
            self._busy(False)
            self.result.setText(message)

        read_op(self.session, self,
                lambda: database_choice.probe_address(database_choice.address(*fields),
                                                      password).describe(),
                done, failed)  # fmt: skip

    def _connect(self) -> None:
        fields, password = self.fields(), self.password.text() or None
        paths = self.session.ctx.paths
        self._busy(True)

        def done(status: database_choice.DatabaseStatus) -> None:
            self._busy(False)
            self.password.clear()
            self.local_button.setEnabled(True)
            next_step = "" if status.state == "ready" else "\n" + self.tr(
                "Baza na serwerze jest pusta albo starsza: program przygotuje ją przy "
                "następnym uruchomieniu (albo polecenie calcert db init)."
            )
            self.result.setText(status.describe())
            QMessageBox.information(self, self.tr("Baza danych"), self.tr(
                "Ta instalacja będzie korzystać z serwera %1. Zamknij program i uruchom go "
                "ponownie, aby pracować na danych z serwera."
            ).replace("%1", status.where) + next_step)  # fmt: skip

        def failed(message: str) -> None:
            self._busy(False)
            self.result.setText(message)

        def work() -> database_choice.DatabaseStatus:
            return database_choice.connect(paths, database_choice.address(*fields), password)

        read_op(self.session, self, work, done, failed)

    def _disconnect(self) -> None:
        asked = QMessageBox.question(self, self.tr("Baza danych"), self.tr(
            "Wrócić do bazy w pliku w tym komputerze? Dane na serwerze pozostaną nietknięte; "
            "zmiana zacznie obowiązywać po ponownym uruchomieniu programu."
        ))  # fmt: skip
        if asked != QMessageBox.StandardButton.Yes:
            return
        back = database_choice.disconnect(self.session.ctx.paths)
        self.local_button.setEnabled(False)
        self.result.setText(self.tr("Po ponownym uruchomieniu: baza w pliku %1").replace(
            "%1", back.shown()
        ))
