"""Rejestr: the register of certified institutions, searched as you type (without Polish
letters too), filtered by status, exported to PDF or CSV, and a way to check a certificate.

The register is read whole on the worker (:mod:`services.register_view`); searching and
filtering then run on the rows in memory, which stays instant for thousands of entries.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.case_labels import CERTIFICATE_STATUSES as STATUS_LABELS
from calcert_desktop.services.changes import Changes, Kind
from calcert_desktop.ui.case_file.common import pl_date, tooltip
from calcert_desktop.ui.list_model import Index, ListTableModel
from calcert_desktop.ui.operations import listen, read_op
from calcert_desktop.ui.views.placeholder import heading_label
from calcert_desktop.ui.widgets.column_fit import ColumnFitter

if TYPE_CHECKING:
    from calcert_desktop.documents.register import RegisterEntry
    from calcert_desktop.services.views.register import RegisterListing
    from calcert_desktop.ui.session import Session

DEBOUNCE_MS = 120
# What the register shows: certificates, their revocations and appeals against those.
REGISTER_KINDS = (Kind.CERTIFICATES, Kind.REVOCATIONS, Kind.APPEALS)
PDF_FILTER_INDEX, CSV_FILTER_INDEX = 0, 1
# Text colours that set the statuses apart without shouting (revoked, expired).
STATUS_COLOURS = {"revoked": QColor("#9b1c1c"), "expired": QColor("#6b6b6b")}


def _label(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


class RegisterModel(ListTableModel):
    """The register entries shown (already in Polish order of the institution)."""

    COLUMNS = ("number", "institution", "town", "voivodeship", "issued_on", "valid_until",
               "status", "reference")  # fmt: skip

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.as_of = date.today()
        self.set_headers([
            self.tr("Nr certyfikatu"),
            self.tr("Instytucja"),
            self.tr("Miejscowość"),
            self.tr("Województwo"),
            self.tr("Wydany"),
            self.tr("Ważny do"),
            self.tr("Status"),
            self.tr("Numer sprawy"),
        ])  # fmt: skip

    def entry(self, row: int) -> RegisterEntry:
        """The entry on ``row``."""
        entry: RegisterEntry = self.item(row)
        return entry

    def show(self, entries: list[RegisterEntry], as_of: date) -> None:
        """Show ``entries``, their status as on ``as_of``."""
        self.as_of = as_of
        self.set_rows(entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        name = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if name in ("issued_on", "valid_until"):
                return pl_date(getattr(entry, name))
            if name == "status":
                return entry.status_label(self.as_of)
            return getattr(entry, name)
        if role == Qt.ItemDataRole.ToolTipRole and name in ("institution", "town"):
            return tooltip(getattr(entry, name))  # long names are cut in the column
        if role == Qt.ItemDataRole.ForegroundRole and name == "status":
            colour = STATUS_COLOURS.get(entry.status_on(self.as_of))
            return QBrush(colour) if colour is not None else None
        return None


class RegisterView(QWidget):
    """The register with its search, status filter, counts, export and certificate check."""

    open_case = Signal(str)  # the reference of the case of the chosen entry
    verify_requested = Signal()  # "Sprawdź certyfikat…": the main window opens the check
    loaded = Signal(int)  # the register was read: this many entries
    exported = Signal(str, int)  # the export was written: the file, this many entries

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._stale = False  # the register changed while the view was hidden
        self._listing: RegisterListing | None = None
        self.reminders_dialog: QDialog | None = None  # the renewal reminders, when open
        self._locale = QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
        self.model = RegisterModel(self)
        self._build()
        if session is not None:
            self.attach(session)

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Szukaj w rejestrze"))
        self.search.setPlaceholderText(
            self.tr("instytucja, miejscowość, numer certyfikatu… – można bez polskich znaków")
        )
        self.search.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status certyfikatu"))
        self.status_combo.addItem(self.tr("wszystkie"), None)
        for code, label in STATUS_LABELS.items():
            self.status_combo.addItem(label, code)
        self.status_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_combo.setMinimumContentsLength(15)  # "wszystkie (10 000)"
        self.verify_button = QPushButton(self.tr("Sprawdź &certyfikat…"))
        self.verify_button.setToolTip(
            self.tr("Sprawdź kod z certyfikatu (zeskanowany lub przepisany) z rejestrem")
        )
        self.reminders_button = QPushButton(self.tr("Przypomnienia o &odnowieniu…"))
        self.reminders_button.setToolTip(self.tr(
            "Przygotuj naraz przypomnienia o upływie ważności dla wszystkich certyfikatów, "
            "których ważność wkrótce się kończy"
        ))  # fmt: skip
        self.reminders_button.hide()  # shown to those who send them (attach)
        self.export_button = QPushButton(self.tr("&Eksportuj…"))
        self.export_button.setToolTip(self.tr("Zapisz wyświetlane wpisy rejestru jako PDF lub CSV"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no known end: a moving bar while the file is written
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Trwa zapisywanie rejestru"))
        self.busy.hide()
        self.counts_label = _label("")
        self.counts_label.setAccessibleName(self.tr("Liczba certyfikatów według statusu"))
        self.shown_label = _label("")
        self.shown_label.setAccessibleName(self.tr("Liczba wyświetlanych wpisów"))
        self.message = _label(self.tr("Wczytuję rejestr…"))
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Komunikat rejestru"))
        self.clear_filters_button = QPushButton(self.tr("Wyczyść &filtry"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.clear_filters_button.hide()

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rejestr certyfikatów"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self._set_column_widths()

        top = QHBoxLayout()
        top.addWidget(_label(self.tr("&Szukaj:"), self.search))
        top.addWidget(self.search, 1)
        top.addWidget(_label(self.tr("S&tatus certyfikatu:"), self.status_combo))
        top.addWidget(self.status_combo)
        # The counts wrap rather than widen the window (a laptop at 150% is 911 pixels wide).
        for label in (self.counts_label, self.shown_label):
            label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.counts_label, 1)
        bar.addSpacing(16)
        bar.addWidget(self.shown_label, 1)
        bar.addWidget(self.busy)
        bar.addWidget(self.verify_button)
        bar.addWidget(self.reminders_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Rejestr certyfikatów")))
        layout.addLayout(top)
        layout.addLayout(bar)
        message = QHBoxLayout()
        message.addWidget(self.message, 1)
        message.addWidget(self.clear_filters_button)
        layout.addLayout(message)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._to_table)
        self.status_combo.currentIndexChanged.connect(self._apply_filter)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self.verify_button.clicked.connect(self.verify_requested)
        self.export_button.clicked.connect(self.ask_export)
        self.reminders_button.clicked.connect(self.open_reminders)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self._show_counts()

    def _set_column_widths(self) -> None:
        """Widths that fit the usual content, measured on samples (never on every row:
        ResizeToContents would measure thousands); the institution takes the rest, and the
        town and voivodeship give way to it in a narrow window."""
        samples = {
            "number": ("CJ-000/0000",),
            "town": ("Skarżysko-Kamienna",),
            "voivodeship": ("kujawsko-pomorskie",),
            "issued_on": ("00.00.0000",),
            "valid_until": ("00.00.0000",),
            "status": ("odebrany",),
            "reference": ("CAL/0000/0000",),
        }
        self.table.horizontalHeader().setHighlightSections(False)
        columns = RegisterModel.COLUMNS
        self.column_fitter = ColumnFitter(
            self.table,
            columns.index("institution"),
            {columns.index(name): texts for name, texts in samples.items()},
            [columns.index("town"), columns.index("voivodeship")],
            # Too narrow even so (a laptop at 150%): the case number, the voivodeship and the
            # issue date make room for the holder's name (the certificate keeps them).
            [columns.index("reference"), columns.index("voivodeship"), columns.index("issued_on")],
        )

    # --- the session and loading ------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def attach(self, session: Session) -> None:
        """The database is open: read the register."""
        self._session = session
        from calcert_desktop.services.access import sends_reminders  # not the batch's imports

        self.reminders_button.setVisible(sends_reminders(session.actor))
        listen(self, session, self._changed)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.concerns(*REGISTER_KINDS):
            self.refresh()  # now if shown, else when next shown

    def refresh(self) -> None:
        """Read the register again (after certificates changed), on the worker; while the
        view is hidden, only note it and read when it is next shown (not at start-up)."""
        if self._session is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        from calcert_desktop.services.views.register import load_register

        ctx, actor = self._session.ctx, self._session.actor
        read_op(self._session, self, lambda: load_register(ctx, actor), self._loaded,
                self._load_failed)  # fmt: skip

    def _loaded(self, listing: RegisterListing) -> None:
        self._listing = listing
        self._apply_filter()
        self.loaded.emit(len(listing.entries))

    def _load_failed(self, message: str) -> None:
        # Shown in place of the list: nobody asked for a box while the view was refreshed.
        self._listing = None
        self.model.show([], self.model.as_of)
        self.message.setText(message)
        self.message.show()
        self._show_counts()

    # --- searching and filtering ------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_filters(self) -> None:
        """Show the whole register: the search and the status filter cleared."""
        for widget in (self.search, self.status_combo):
            widget.blockSignals(True)
        self.search.clear()
        self.status_combo.setCurrentIndex(0)
        for widget in (self.search, self.status_combo):
            widget.blockSignals(False)
        self._apply_filter()

    def shown_entries(self) -> list[RegisterEntry]:
        """The entries the table shows, in its order."""
        return [self.model.entry(row) for row in range(self.model.rowCount())]

    def _apply_filter(self) -> None:
        self._debounce.stop()
        if self._listing is None:
            return
        chosen = self._selected_number()
        text, status = self.search.text(), self.status_combo.currentData()
        self.model.show(self._listing.matching(text, status), self._listing.as_of)
        if chosen is not None:
            self._select_number(chosen)
        filtered = False
        if not self._listing.entries:
            self.message.setText(self.tr(
                "Rejestr jest pusty — nie wydano jeszcze żadnego certyfikatu. Certyfikat trafia "
                "tu, gdy Zarząd go wyda w sprawie (Komisja → Sprawy)."))  # fmt: skip
        elif not self.model.rowCount():
            filtered = True
            self.message.setText(self.tr(
                "Żaden wpis rejestru nie pasuje do wyszukiwania i statusu. Zmień je albo "
                "wyczyść, aby zobaczyć cały rejestr."))  # fmt: skip
        self.message.setVisible(not self.model.rowCount())
        self.clear_filters_button.setVisible(filtered)
        self.table.setVisible(bool(self.model.rowCount()))
        self._show_counts()

    def _show_counts(self) -> None:
        listing = self._listing
        if listing is None:
            self.counts_label.setText("")
            self.shown_label.setText("")
            self.export_button.setEnabled(False)
            return
        number = self._locale.toString
        # The counts and the combo's numbers follow the search, not the status filter.
        found = listing.matching(self.search.text())
        counts = listing.counts(found)
        self.counts_label.setText(
            self.tr("Ważnych: {0}, odebranych: {1}, wygasłych: {2}").format(
                number(counts["valid"]), number(counts["revoked"]), number(counts["expired"])
            )
        )
        self.shown_label.setText(
            self.tr("Wyświetlane wpisy: {0} z {1} (stan na {2})").format(
                number(self.model.rowCount()), number(len(listing.entries)),
                pl_date(listing.as_of),
            )
        )  # fmt: skip
        self.status_combo.setItemText(0, self.tr("wszystkie ({0})").format(number(len(found))))
        for index in range(1, self.status_combo.count()):
            code = self.status_combo.itemData(index)
            self.status_combo.setItemText(
                index, f"{STATUS_LABELS[code]} ({number(counts.get(code, 0))})"
            )
        self.export_button.setEnabled(self.model.rowCount() > 0 and self.busy.isHidden())

    # --- the table --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.table.currentIndex()
                if current.isValid():
                    self._open_row(current.row())
                    return True
        return super().eventFilter(watched, event)

    def _to_table(self) -> None:
        """Enter in the search box: on to the first entry found."""
        self._apply_filter()
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.selectionModel().selectedRows():
                self.table.selectRow(0)

    def _open_row(self, row: int) -> None:
        reference = self.model.entry(row).reference
        if reference:
            self.open_case.emit(reference)

    def _selected_number(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()).number if rows else None

    def _select_number(self, number: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.entry(row).number == number:
                self.table.selectRow(row)
                return

    # --- export -----------------------------------------------------------------------

    def ask_export(self) -> None:
        """Ask where to save the entries shown (PDF or CSV), then write them."""
        if self._listing is None or not self.model.rowCount():
            return
        filters = [self.tr("Dokument PDF (*.pdf)"), self.tr("Arkusz CSV (*.csv)")]
        name = f"rejestr-certyfikatow-{self._listing.as_of.isoformat()}.pdf"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Eksportuj rejestr (wyświetlane wpisy: {0})").format(
                self._locale.toString(self.model.rowCount())
            ),
            str(Path.home() / name),
            ";;".join(filters),
            filters[PDF_FILTER_INDEX],
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".pdf", ".csv"):  # typed without a suffix
            path += ".csv" if chosen == filters[CSV_FILTER_INDEX] else ".pdf"
        self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the entries shown to ``path`` (.pdf or .csv) on the worker; a confirmation
        with the number of entries, or the error, in Polish."""
        if self._session is None:
            return
        from calcert_desktop.services.documents import register_export

        ctx, actor, entries = self._session.ctx, self._session.actor, self.shown_entries()
        self.busy.show()
        self.export_button.setEnabled(False)
        read_op(self._session, self, lambda: register_export.export(ctx, actor, path, entries),
                lambda count: self._exported(path, count), self._export_failed)  # fmt: skip

    def _exported(self, path: str, count: int) -> None:
        self._export_done()
        QMessageBox.information(
            self,
            self.tr("Eksport rejestru"),
            self.tr("Zapisano rejestr certyfikatów w pliku {0}.\nLiczba wpisów: {1}.").format(
                path, self._locale.toString(count)
            ),
        )
        self.exported.emit(path, count)

    def _export_failed(self, message: str) -> None:
        self._export_done()
        QMessageBox.warning(self, self.tr("Eksport rejestru"), message)

    def _export_done(self) -> None:
        self.busy.hide()
        self._show_counts()

    # --- renewal reminders ------------------------------------------------------------

    def open_reminders(self) -> None:
        """The dialog that prepares every renewal reminder due on a day."""
        if self._session is None:
            return
        from calcert_desktop.ui.views.reminders_dialog import RemindersDialog

        dialog = RemindersDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.reminders_dialog = dialog  # reachable by tests and screenshots
