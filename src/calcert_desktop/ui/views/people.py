"""People ("Osoby"): who uses the app, in which roles; adding people, changing roles,
deactivating. The services decide who may do it (administrators); refusals are shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.appointments import APPOINTED_ROLES
from calcert_desktop.domain.roles import Role
from calcert_desktop.services.changes import Changes, Kind
from calcert_desktop.ui.list_model import Index, ListTableModel
from calcert_desktop.ui.operations import listen, read_op, write_op
from calcert_desktop.ui.views.placeholder import heading_label

if TYPE_CHECKING:
    from calcert_desktop.ui.session import Session

LOGIN_PATTERN = r"[A-Za-z0-9._-]{1,64}"  # what services.people accepts: ASCII, no spaces


def role_labels(codes: list[str]) -> str:
    """Polish names of role codes, in the order of the process."""
    return ", ".join(role.label for role in Role if role.value in codes)


class PeopleModel(ListTableModel):
    """The people register (a few dozen people at most)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._italic = QFont()
        self._italic.setItalic(True)
        self.set_headers([
            self.tr("Imię i nazwisko"),
            self.tr("Login"),
            self.tr("Role"),
            self.tr("Aktywna"),
        ])  # fmt: skip

    def person(self, row: int) -> dict[str, Any]:
        """The person on ``row``."""
        person: dict[str, Any] = self.item(row)
        return person

    def row_of(self, login: str) -> int | None:
        """The row of ``login``, if listed."""
        return next((n for n, p in enumerate(self._rows) if p["login"] == login), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.person(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return person["full_name"]
            if column == 1:
                return person["login"]
            if column == 2:
                return role_labels(person["roles"])
            return self.tr("tak") if person["active"] else self.tr("nie")
        if role == Qt.ItemDataRole.FontRole and not person["active"]:
            return self._italic  # a deactivated person stays listed, set apart
        return None


class PersonDialog(QDialog):
    """A new person (login, full name, roles) or another person's roles; OK only when valid."""

    def __init__(
        self,
        parent: QWidget | None = None,
        person: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        editing = person is not None
        self.setWindowTitle(self.tr("Role osoby") if editing else self.tr("Dodaj osobę"))
        self.login = QLineEdit()
        self.login.setValidator(
            QRegularExpressionValidator(QRegularExpression(LOGIN_PATTERN), self.login)
        )
        self.login.setAccessibleName(self.tr("Login"))
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.full_name.setAccessibleName(self.tr("Imię i nazwisko"))
        self.roles: dict[Role, QCheckBox] = {}
        box = QGroupBox(self.tr("Role"))
        box_layout = QVBoxLayout(box)
        for role in Role:
            check = QCheckBox(role.label)
            self.roles[role] = check
            box_layout.addWidget(check)
            check.toggled.connect(self._check)
            if role in APPOINTED_ROLES:  # shown as the appointments give it, never ticked
                check.setEnabled(False)
                check.setToolTip(
                    self.tr("Członków i przewodniczącego Komisji powołuje Zarząd uchwałą (Zarząd).")
                )
        self.hint = QLabel("")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        login_label = QLabel(self.tr("&Login:"))
        login_label.setBuddy(self.login)
        name_label = QLabel(self.tr("&Imię i nazwisko:"))
        name_label.setBuddy(self.full_name)
        form.addRow(login_label, self.login)
        form.addRow(name_label, self.full_name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        if person is not None:
            self.login.setText(person["login"])
            self.full_name.setText(person["full_name"])
            self.login.setReadOnly(True)
            self.full_name.setReadOnly(True)
            for role, check in self.roles.items():
                check.setChecked(role.value in person["roles"])
        self.login.textChanged.connect(self._check)
        self.full_name.textChanged.connect(self._check)
        self._check()

    def chosen_roles(self) -> str:
        """The ticked roles as codes, comma-separated (as the services take them)."""
        return ",".join(
            role.value
            for role, check in self.roles.items()
            if check.isChecked() and role not in APPOINTED_ROLES
        )

    def problem(self) -> str:
        """What still keeps the form from being sent, in Polish ('' when it is valid)."""
        if not self.login.hasAcceptableInput():
            return self.tr("Wpisz login: litery bez polskich znaków, cyfry, kropki, bez spacji.")
        if not self.full_name.text().strip():
            return self.tr("Wpisz imię i nazwisko.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        note = ""
        if not problem and not self.chosen_roles():  # allowed: the Board may appoint them
            note = self.tr("Bez roli osoba działa tylko wtedy, gdy Zarząd powoła ją do Komisji.")
        self.hint.setText(problem or note)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)


class PeopleView(QWidget):
    """The register of people and its actions; ``changed`` after a successful change."""

    changed = Signal()

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self.model = PeopleModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Lista osób"))
        self.table.activated.connect(lambda _: self.edit_roles())
        self.add_button = QPushButton(self.tr("&Dodaj osobę…"))
        self.roles_button = QPushButton(self.tr("Zmień &role…"))
        self.active_button = QPushButton(self.tr("D&ezaktywuj"))
        self.add_button.clicked.connect(self.add_person)
        self.roles_button.clicked.connect(self.edit_roles)
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.roles_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "Osoby dodaje i zmienia administrator. Osoba nieaktywna nie może działać "
                "w programie i nie jest proponowana przy wyborze; jej dotychczasowe "
                "czynności zostają w historii spraw."
            )
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Osoby")))
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        if session is not None:
            self.attach(session)

    def attach(self, session: Session) -> None:
        """The database is open: fill the list."""
        self._session = session
        listen(self, session, self._changed)
        self._update_buttons()
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.concerns(Kind.PEOPLE):
            self.refresh()

    def refresh(self) -> None:
        """Reload the list in the background (for those who may read it: to the others the
        view is not offered, MainWindow.attach)."""
        from calcert_desktop.services.access import reads_people

        if self._session is None or not reads_people(self._session.actor):
            return
        from calcert_desktop.services.admin import people

        ctx, actor = self._session.ctx, self._session.actor
        read_op(self._session, self, lambda: people.list_users(ctx, actor), self._show,
                self._fail)  # fmt: skip

    def _show(self, rows: list[dict[str, Any]]) -> None:
        login = self._selected_login()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        row = self.model.row_of(login) if login else None
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def _fail(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Osoby"), message)

    def _selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person(rows[0].row()) if rows else None

    def _selected_login(self) -> str | None:
        person = self._selected()
        return person["login"] if person else None

    def _update_buttons(self) -> None:
        person = self._selected()
        self.add_button.setEnabled(self._session is not None)
        self.roles_button.setEnabled(person is not None)
        self.active_button.setEnabled(person is not None)
        active = person is None or person["active"]
        self.active_button.setText(self.tr("D&ezaktywuj") if active else self.tr("Aktyw&uj"))

    def _run(self, work: Any) -> None:
        """Run a change on the worker (its broadcast reloads the list), or show the core's
        refusal."""
        assert self._session is not None

        def done(result: object) -> None:
            self.changed.emit()
            window = self.window()
            bar = getattr(window, "statusBar", None)
            if callable(bar):
                bar().showMessage(str(result), 10_000)

        def failed(message: str) -> None:
            self._fail(message)
            self.refresh()  # changed by another administrator meanwhile: show it as it is

        write_op(self._session, self, work, done, failed)

    def make_dialog(self, person: dict[str, Any] | None = None) -> PersonDialog:
        """The dialog for a new person, or for ``person``'s roles (tests fill it in)."""
        return PersonDialog(self, person)

    def add_person(self) -> None:
        """Ask for a new person and add them."""
        if self._session is None:
            return
        dialog = self.make_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from calcert_desktop.services.admin import people

        ctx, actor = self._session.ctx, self._session.actor
        login, name, roles = dialog.login.text(), dialog.full_name.text(), dialog.chosen_roles()
        self._run(lambda: people.add_user(ctx, actor, login, name, roles))

    def edit_roles(self) -> None:
        """Change the selected person's roles."""
        person = self._selected()
        if self._session is None or person is None:
            return
        dialog = self.make_dialog(person)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from calcert_desktop.services.admin import people

        ctx, actor, login, roles = (
            self._session.ctx, self._session.actor, person["login"], dialog.chosen_roles()
        )  # fmt: skip
        shown = person.get("version")  # as listed: another administrator's change is not lost
        self._run(lambda: people.set_roles(ctx, actor, login, roles, shown))

    def toggle_active(self) -> None:
        """Deactivate the selected person (after asking) or reactivate them."""
        person = self._selected()
        if self._session is None or person is None:
            return
        if person["active"]:
            answer = QMessageBox.question(
                self,
                self.tr("Dezaktywuj osobę"),
                self.tr(
                    "Dezaktywować osobę {0} ({1})? Nie będzie mogła działać w programie; "
                    "można ją później aktywować ponownie."
                ).format(person["full_name"], person["login"]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        from calcert_desktop.services.admin import people

        ctx, actor, login, active = (
            self._session.ctx, self._session.actor, person["login"], not person["active"]
        )  # fmt: skip
        shown = person.get("version")
        self._run(lambda: people.set_active(ctx, actor, login, active, shown))
