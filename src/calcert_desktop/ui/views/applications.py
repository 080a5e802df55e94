"""Applications: the drafts and filed applications, to continue, open or delete."""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.changes import Changes, Kind
from calcert_desktop.ui.list_model import Index, ListTableModel
from calcert_desktop.ui.operations import listen, read_op, write_op
from calcert_desktop.ui.views.placeholder import heading_label
from calcert_desktop.ui.widgets.column_fit import ColumnFitter
from calcert_desktop.ui.widgets.empty_state import EmptyOr, EmptyState

if TYPE_CHECKING:
    from calcert_desktop.services.applications.drafts import DraftInfo
    from calcert_desktop.ui.session import Session


class ApplicationsModel(ListTableModel):
    """Drafts and filed applications (a short list: a handful of drafts at a time)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_headers([
            self.tr("Numer sprawy"),
            self.tr("Instytucja"),
            self.tr("Stan"),
            self.tr("Kompletność"),
            self.tr("Ostatnia zmiana"),
        ])  # fmt: skip

    def info(self, row: int) -> DraftInfo:
        """The application on ``row``."""
        info: DraftInfo = self.item(row)
        return info

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.info(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return info.reference
            if column == 1:
                return info.institution or self.tr("(bez nazwy)")
            if column == 2:
                return CaseState(info.state).label
            if column == 3:
                return f"{round(info.completeness * 100)}%"
            if not info.saved_at:
                return ""
            local = info.saved_at.replace(tzinfo=UTC).astimezone()  # the log keeps UTC
            return local.strftime("%d.%m.%Y %H:%M")
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and info.institution:
            return info.institution  # the column elides long names in the middle
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ApplicationsView(QWidget):
    """The list and its actions; asks the main window to open the wizard by signals."""

    new_requested = Signal()
    continue_requested = Signal(str)
    open_requested = Signal(str)
    demo_requested = Signal()  # an administrator's "Wczytaj dane przykładowe…"

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = ApplicationsModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Lista zgłoszeń"))
        self.table.doubleClicked.connect(self._open_selected)
        self.new_button = QPushButton(self.tr("&Nowe zgłoszenie"))
        self.continue_button = QPushButton(self.tr("&Kontynuuj szkic"))
        self.open_button = QPushButton(self.tr("&Otwórz"))
        self.delete_button = QPushButton(self.tr("&Usuń szkic"))
        self.new_button.clicked.connect(self.new_requested)
        self.continue_button.clicked.connect(self._open_selected)
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.continue_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Zgłoszenia")))
        layout.addLayout(buttons)
        self.note = QLabel("")  # why drafts cannot be written, for those who may not
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        self.empty = EmptyState()
        self.empty_new_button = self.empty.add_button(self.tr("&Wpisz zgłoszenie…"))
        self.empty_new_button.clicked.connect(self.new_requested)
        self.empty_demo_button = self.empty.add_button(self.tr("Wczytaj dane &przykładowe…"))
        self.empty_demo_button.clicked.connect(self.demo_requested)
        self.list_or_empty = EmptyOr(self.table, self.empty)
        layout.addWidget(self.list_or_empty, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._fit_columns()
        self._update_buttons()

    def _fit_columns(self) -> None:
        """The institution takes the spare width (its long names elided in the middle, whole
        in the tooltip); the other columns the width of their usual content; the state gives
        way to the name in a narrow window."""
        self.table.horizontalHeader().setHighlightSections(False)
        self.column_fitter = ColumnFitter(self.table, 1, {
            0: ("CAL/0000/0000", "ROB-8H8H8-8H8H8"),
            2: tuple(state.label for state in CaseState),
            3: ("100%",),
            4: ("00.00.0000 00:00",),
        }, shrinkable=(2,))  # fmt: skip

    def set_session(self, session: Session) -> None:
        """The database is open: the list can be filled and changed."""
        self._session = session
        listen(self, session, self._changed)
        self._update_buttons()
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.concerns(Kind.DRAFTS):  # a draft, or a case entering or leaving the list
            self.refresh()

    def refresh(self) -> None:
        """Reload the list in the background."""
        if self._session is None:
            return
        from calcert_desktop.services.applications import drafts

        ctx, actor = self._session.ctx, self._session.actor
        read_op(self._session, self, lambda: drafts.list_applications(ctx, actor), self._show,
                self._fail)  # fmt: skip

    def _show(self, rows: list[DraftInfo]) -> None:
        self.model.set_rows(rows)
        self._say_empty()
        self.list_or_empty.show_empty(not rows)
        self.column_fitter.fit()
        self._update_buttons()

    def _say_empty(self) -> None:
        """What the empty list says, by what the person may do."""
        refusal = self._draft_refusal()
        admin = self._session is not None and Role.ADMIN in self._session.actor.roles
        if not refusal:
            text = self.tr(
                "Nie ma jeszcze żadnych zgłoszeń. Zgłoszenie, które wpłynęło do biura, wpisz "
                "w kreatorze: „Nowe zgłoszenie” (Ctrl+N). Każda zmiana zapisuje się sama."
            )
        elif admin:
            text = self.tr(
                "Nie ma jeszcze żadnych zgłoszeń. Zgłoszenia wpisuje biuro; dodaj jego "
                "pracowników w widoku Osoby. Aby najpierw poznać program, wczytaj dane "
                "przykładowe."
            )
        else:
            text = self.tr("Nie ma zgłoszeń. Zgłoszenia wpisuje biuro.")
        self.empty.say(text)
        self.empty_new_button.setVisible(not refusal)
        self.empty_demo_button.setVisible(admin)

    def _fail(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Zgłoszenia"), message)

    def _selected(self) -> DraftInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.info(rows[0].row()) if rows else None

    def _draft_refusal(self) -> str:
        """Why the acting person may not write drafts (the services' rule), '' if they may."""
        if self._session is None:
            return self.tr("Baza danych nie jest jeszcze otwarta.")
        from calcert_desktop.services.applications import drafts

        refusal = drafts.draft_refusal(self._session.actor)
        return refusal.message if refusal is not None else ""

    def _update_buttons(self) -> None:
        refusal = self._draft_refusal()
        self.new_button.setEnabled(not refusal)
        info = self._selected()
        is_draft = info is not None and info.state == CaseState.DRAFT.value
        self.continue_button.setEnabled(is_draft and not refusal)
        self.delete_button.setEnabled(is_draft and not refusal)
        self.open_button.setEnabled(info is not None and not is_draft)
        for button in (self.new_button, self.continue_button, self.delete_button):
            button.setToolTip(refusal)
        self.note.setText(refusal if self._session is not None else "")
        self.note.setVisible(bool(self.note.text()))

    def _open_selected(self) -> None:
        info = self._selected()
        if info is None:
            return
        if info.state == CaseState.DRAFT.value:
            if not self._draft_refusal():  # the note above the list says why not
                self.continue_requested.emit(info.reference)
        else:
            self.open_requested.emit(info.reference)

    def _delete_selected(self) -> None:
        info = self._selected()
        if info is None or info.state != CaseState.DRAFT.value:
            return
        name = info.institution or self.tr("(bez nazwy)")
        answer = QMessageBox.question(
            self,
            self.tr("Usuń szkic"),
            self.tr("Usunąć szkic {0} ({1})? Tej operacji nie można cofnąć.").format(
                info.reference, name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes or self._session is None:
            return
        from calcert_desktop.services.applications import drafts

        ctx, actor, reference = self._session.ctx, self._session.actor, info.reference
        write_op(self._session, self, lambda: drafts.delete_draft(ctx, actor, reference),
                 on_failure=self._fail)  # fmt: skip
