"""The Board ("Zarząd"): who the Board appointed to the Certification Commission and named
responsible for certification, and its resolutions with their votes; buttons to appoint, to
end an appointment and to name the responsible person, each a resolution (regulations,
points 5 and 6). The services decide who may record them (a Board member, an
administrator); refusals are shown in Polish."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.case_labels import RESOLUTION_RESULTS, RESOLUTION_SUBJECTS, VOTES
from calcert_desktop.services.changes import Changes, Kind
from calcert_desktop.ui.case_file.common import pl_date
from calcert_desktop.ui.list_model import Index, ListTableModel
from calcert_desktop.ui.operations import listen, read_op
from calcert_desktop.ui.views.board_dialog import BoardAct, BoardDialog
from calcert_desktop.ui.views.placeholder import heading_label

if TYPE_CHECKING:
    from calcert_desktop.services.admin.board import AppointmentRow, BoardOverview
    from calcert_desktop.services.process.resolutions import ResolutionInfo
    from calcert_desktop.ui.session import Session


class AppointmentsModel(ListTableModel):
    """The Board's appointments, current ones first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._italic = QFont()
        self._italic.setItalic(True)
        self.set_headers([
            self.tr("Osoba"), self.tr("Funkcja"), self.tr("Od"), self.tr("Do"),
            self.tr("Podstawa"), self.tr("Obowiązuje dziś"),
        ])  # fmt: skip

    def row(self, number: int) -> AppointmentRow:
        """The appointment on row ``number``."""
        found: AppointmentRow = self.item(number)
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if role == Qt.ItemDataRole.FontRole and not row.valid_today:
            return self._italic  # ended or not yet started: listed, set apart
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return f"{row.full_name} ({row.login})"
        if column == 1:
            return row.function_label
        if column == 2:
            return pl_date(row.starts_on)
        if column == 3:
            return pl_date(row.ends_on) if row.ends_on else self.tr("bezterminowo")
        if column == 4:
            if row.resolution:
                basis = self.tr("uchwała nr {0}").format(row.resolution)
            else:
                basis = self.tr("rola sprzed wprowadzenia powołań")
            if row.ended_by:
                basis += self.tr("; zakończone uchwałą nr {0}").format(row.ended_by)
            return basis
        return self.tr("tak") if row.valid_today else self.tr("nie")


class ResolutionsModel(ListTableModel):
    """The Board's resolutions, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_headers([
            self.tr("Uchwała"), self.tr("Data"), self.tr("Przedmiot"), self.tr("Wynik"),
            self.tr("Numer sprawy"), self.tr("Treść"),
        ])  # fmt: skip
        self.names: dict[str, str] = {}

    def votes(self, row: ResolutionInfo) -> str:
        """Who voted how, by full name."""
        return ", ".join(
            f"{self.names.get(login, login)}: {VOTES.get(vote, vote)}"
            for login, vote in row.votes.items()
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ResolutionInfo = self.item(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.votes(row) if column == 3 else row.summary
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.number
        if column == 1:
            return pl_date(row.adopted_on)
        if column == 2:
            return RESOLUTION_SUBJECTS.get(row.subject, row.subject)
        if column == 3:
            counts = [sum(1 for v in row.votes.values() if v == code) for code in VOTES]
            result = RESOLUTION_RESULTS.get(row.result, row.result)
            return self.tr("{0}: za {1}, przeciw {2}, wstrz. {3}").format(result, *counts)
        if column == 4:
            return row.reference or "—"
        return row.summary


FITTED_ROWS = 100


def _table(model: ListTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setAccessibleName(name)
    # Columns fitted to the first rows (the newest, on screen), not to a thousand of them:
    # thousands of resolutions took half a second of the window's thread to measure.
    table.horizontalHeader().setResizeContentsPrecision(FITTED_ROWS)
    return table


class BoardView(QWidget):
    """The Board's appointments and resolutions, and the buttons for its resolutions."""

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._stale = False  # changed while hidden: read when next shown
        self.data: BoardOverview | None = None
        self.dialog: BoardDialog | None = None
        self.appointments = AppointmentsModel(self)
        self.resolutions = ResolutionsModel(self)
        self.appointments_table = _table(self.appointments, self.tr("Powołania"))
        self.resolutions_table = _table(self.resolutions, self.tr("Uchwały Zarządu"))
        self.responsible = QLabel("")
        self.responsible.setTextFormat(Qt.TextFormat.PlainText)
        self.appoint_button = QPushButton(self.tr("&Powołaj do Komisji…"))
        self.end_button = QPushButton(self.tr("&Zakończ powołanie…"))
        self.responsible_button = QPushButton(self.tr("&Wskaż osobę odpowiedzialną…"))
        self.appoint_button.clicked.connect(lambda: self.open_dialog(BoardAct.APPOINT))
        self.end_button.clicked.connect(lambda: self.open_dialog(BoardAct.END))
        self.responsible_button.clicked.connect(lambda: self.open_dialog(BoardAct.RESPONSIBLE))
        buttons = QHBoxLayout()
        for button in (self.appoint_button, self.end_button, self.responsible_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "Zarząd powołuje Komisję Certyfikacyjną i wyłania spośród siebie osobę "
                "odpowiedzialną za proces certyfikacji (regulamin, pkt 5 i 6). Każda taka "
                "czynność, a także wydanie certyfikatu i rozstrzygnięcie odwołania, jest "
                "uchwałą Zarządu: zapisuje się głosy członków Zarządu biorących udział. Do "
                "sprawy można wyznaczyć tylko osobę, której powołanie obowiązuje w dniu "
                "wyznaczenia."
            )
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Zarząd")))
        layout.addWidget(note)
        layout.addWidget(self.responsible)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Powołania:")))
        layout.addWidget(self.appointments_table, 1)
        layout.addWidget(QLabel(self.tr("Uchwały Zarządu (najnowsze na górze):")))
        layout.addWidget(self.resolutions_table, 1)
        self.appointments_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        if session is not None:
            self.attach(session)

    def attach(self, session: Session) -> None:
        """The database is open (or another person acts): fill the lists."""
        self._session = session
        listen(self, session, self._changed)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        # the Board's acts in a case (issue, appeals) change decisions and certificates too
        if changes.concerns(Kind.BOARD, Kind.PEOPLE, Kind.SETTINGS, Kind.DECISIONS,
                            Kind.CERTIFICATES):  # fmt: skip
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Reload everything in the background; while the page is hidden, only note it and
        read when it is next shown (as the register does): thousands of resolutions read at
        start-up would hold the worker's one lane before the person's first action."""
        if self._session is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        from calcert_desktop.services.admin import board

        ctx, actor = self._session.ctx, self._session.actor
        read_op(self._session, self, lambda: board.overview(ctx, actor), self._show, self._fail)

    def _show(self, data: BoardOverview) -> None:
        self.data = data
        self.appointments.set_rows(data.appointments)
        self.resolutions.names = dict(data.form.people)
        self.resolutions.set_rows(data.resolutions)
        for table, stretch in ((self.appointments_table, 4), (self.resolutions_table, 5)):
            table.resizeColumnsToContents()
            table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        found = data.responsible
        self.responsible.setText(
            self.tr("Osoba odpowiedzialna za proces certyfikacji: {0} ({1}), od {2}.").format(
                found.full_name, found.login, pl_date(found.starts_on)
            )
            if found
            else self.tr("Zarząd nie wskazał osoby odpowiedzialnej za proces certyfikacji.")
        )
        self._update_buttons()

    def _fail(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Zarząd"), message)

    def selected(self) -> AppointmentRow | None:
        """The appointment selected in the list, if any."""
        rows = self.appointments_table.selectionModel().selectedRows()
        return self.appointments.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_: object) -> None:
        loaded = self.data is not None
        self.appoint_button.setEnabled(loaded)
        self.responsible_button.setEnabled(loaded)
        self.end_button.setEnabled(loaded and self.selected() is not None)

    def open_dialog(self, act: BoardAct) -> BoardDialog | None:
        """Open the dialog of one of the Board's resolutions (window-modal, not blocking)."""
        if self._session is None or self.data is None:
            return None
        chosen = self.selected() if act == BoardAct.END else None
        if act == BoardAct.END and chosen is None:
            return None
        dialog = BoardDialog(self._session, act, self.data.form, chosen, self)
        dialog.performed.connect(self._performed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _performed(self, message: str) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(message, 10_000)
