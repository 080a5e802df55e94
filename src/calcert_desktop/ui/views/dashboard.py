"""The Commission's dashboard: every case, filtered as you type and sorted by any column.

The filters and the order go to the service as a ``DashboardQuery``; on the worker thread
it answers first with the first page of the matching ids (shown at once, the count reading
"co najmniej…"), then with all of them and the counts per state, which the model appends
below the first page; the model fetches the rows on screen by the page
(:mod:`dashboard_model`). Typing waits for a short pause; a query that is overtaken by a
newer one is run once more with the newest filters, its stale answers dropped and its
background counting cancelled.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.polish_text import sort_key
from calcert_desktop.domain.states import CaseState
from calcert_desktop.ui.views.dashboard_model import COLUMNS, DashboardModel
from calcert_desktop.ui.views.placeholder import heading_label
from calcert_desktop.ui.widgets.column_fit import ColumnFitter
from calcert_desktop.ui.widgets.overdue import overdue_colour

if TYPE_CHECKING:
    from calcert_desktop.services.views.dashboard import CaseKey, DashboardQuery, FilterChoices
    from calcert_desktop.ui.session import Session

SAVED_VIEWS_KEY = "dashboard/saved_views"
DEBOUNCE_MS = 150
# What the columns usually hold: each is as wide as these need; the institution takes the
# rest. The town, state and rapporteur give way in a narrow window (elided, in tooltips).
COLUMN_SAMPLES = {
    "reference": ("CAL/0000/0000",),
    "town": ("Skarżysko-Kamienna",),
    "state": ("złożone – kontrola formalna", "certyfikat ważny"),
    "days_in_state": ("0000",),
    "next_deadline": ("00.00.0000 – minął",),
    "rapporteur": ("Gabriela Mazurkiewicz",),
}
SHRINKABLE = ("town", "state", "rapporteur")
# Hidden in this order when the window is too narrow even then (a laptop at 150%): the days
# and the town are in the case file, the rapporteur in the Komisja tab.
DROPPABLE = ("days_in_state", "rapporteur", "town")
# The list opens on what needs action first (SortColumn.ATTENTION).
DEFAULT_SORT = "attention"
# The states in Polish alphabetical order of their labels, as the state filter lists them.
STATES_IN_ORDER = sorted(CaseState, key=lambda s: sort_key(s.label))


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(buddy)
    return label


def _combo(accessible_name: str, min_chars: int) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    # Long labels (institution types) must not widen the bar: the list shows them whole.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min_chars)
    return combo


class DashboardView(QWidget):
    """All cases with the filter bar; asks the main window to open a case by a signal."""

    open_requested = Signal(str)  # the case's reference (or a draft's code)
    export_requested = Signal(list)  # the selected cases' references, for a package
    head_shown = Signal(int)  # the first page of a new query is shown (this many rows)
    loaded = Signal(int)  # the whole list is in: this many cases
    applications_requested = Signal()  # the empty list's "Przejdź do Zgłoszeń" was clicked

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._generation = 0
        self._busy = False
        self._pending = False
        self._total: int | None = 0  # None: still being counted
        self._at_least = 0
        self._sort = DEFAULT_SORT
        self._descending = False
        self.model = DashboardModel(parent=self)
        self._build()
        if session is not None:
            self.attach(session)

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Szukaj spraw"))
        self.search.setPlaceholderText(
            self.tr("nazwa, miejscowość, numer sprawy, NIP… – można bez polskich znaków")
        )
        self.search.setClearButtonEnabled(True)
        self.state_combo = _combo(self.tr("Stan sprawy"), 16)
        self.year_combo = _combo(self.tr("Rok wpływu"), 8)
        self.voivodeship_combo = _combo(self.tr("Województwo"), 14)
        self.type_combo = _combo(self.tr("Typ instytucji"), 14)
        self.mine_check = QCheckBox(self.tr("Przypisane do &mnie"))
        self.mine_check.setAccessibleName(self.tr("Tylko sprawy przypisane do mnie"))
        self.overdue_check = QCheckBox(self.tr("Po &terminie"))
        self.overdue_check.setAccessibleName(self.tr("Tylko sprawy po terminie"))
        self.views_combo = _combo(self.tr("Zapisane widoki"), 16)
        self.save_view_button = QPushButton(self.tr("Zapisz &widok…"))
        self.delete_view_button = QPushButton(self.tr("Usuń widok"))
        self.export_button = QPushButton(self.tr("Przekaż na &laptop…"))
        self.export_button.setToolTip(self.tr(
            "Zapisz paczkę z zaznaczonymi sprawami dla laptopa eksperta lub członka Komisji"))
        self.export_button.clicked.connect(
            lambda: self.export_requested.emit(self.selected_references()))
        self.problem = QLabel("")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Komunikat listy spraw"))
        self.problem.hide()
        self.attention_button = QPushButton(self.tr("&Pilne najpierw"))
        self.attention_button.setToolTip(self.tr(
            "Ułóż listę od spraw wymagających działania: najpierw po terminie i z najbliższym "
            "terminem, potem pozostałe w toku, ważne certyfikaty, na końcu zakończone"))
        self.attention_button.clicked.connect(self.sort_by_attention)
        self.legend = self._legend()
        self.count_label = QLabel("")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setAccessibleName(self.tr("Liczba spraw"))

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lista spraw"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several cases may be chosen at once (Ctrl, Shift) to go to a laptop together.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Compact rows of one fixed height: more cases on screen, no per-row measuring.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # "pilne najpierw": no column
        header.setHighlightSections(False)
        # Never ResizeToContents: it would fetch every row to measure them.
        self.column_fitter = ColumnFitter(
            self.table,
            COLUMNS.index("institution"),
            {COLUMNS.index(name): texts for name, texts in COLUMN_SAMPLES.items()},
            [COLUMNS.index(name) for name in SHRINKABLE],
            [COLUMNS.index(name) for name in DROPPABLE],
        )
        self.empty = self._empty_state()
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(_label(self.tr("&Szukaj:"), self.search))
        top.addWidget(self.search, 1)
        top.addWidget(self.export_button)
        views = QHBoxLayout()
        views.addWidget(_label(self.tr("Wido&k:"), self.views_combo))
        views.addWidget(self.views_combo, 1)
        views.addWidget(self.save_view_button)
        views.addWidget(self.delete_view_button)

        filters = QGridLayout()
        pairs = (
            (self.tr("St&an:"), self.state_combo),
            (self.tr("&Rok:"), self.year_combo),
            (self.tr("W&ojewództwo:"), self.voivodeship_combo),
            (self.tr("T&yp:"), self.type_combo),
        )
        for position, (text, combo) in enumerate(pairs):  # two by two: fits a narrow window
            row, column = divmod(position, 2)
            filters.addWidget(_label(text, combo), row, column * 2)
            filters.addWidget(combo, row, column * 2 + 1)
            filters.setColumnStretch(column * 2 + 1, 1)

        checks = QHBoxLayout()
        checks.addWidget(self.mine_check)
        checks.addWidget(self.overdue_check)
        checks.addStretch(1)
        checks.addWidget(self.count_label)
        checks.addWidget(self.attention_button)

        layout = QVBoxLayout(self)
        self.heading = heading_label(self.tr("Wszystkie sprawy"))
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(checks)
        layout.addLayout(views)
        layout.addWidget(self.problem)
        layout.addWidget(self.list_stack, 1)
        layout.addWidget(self.legend)  # under the list it explains

        self._fill_static_choices()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_query)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_now)
        for combo in (self.state_combo, self.year_combo, self.voivodeship_combo, self.type_combo):
            combo.currentIndexChanged.connect(self._run_query)
        self.mine_check.toggled.connect(self._run_query)
        self.mine_check.toggled.connect(self._name_the_list)
        self.overdue_check.toggled.connect(self._run_query)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self.views_combo.activated.connect(self._view_chosen)
        self.save_view_button.clicked.connect(self._ask_view_name)
        self.delete_view_button.clicked.connect(self._delete_chosen_view)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self._fill_views()
        self._show_count()
        self.attention_button.setEnabled(False)

    def _legend(self) -> QWidget:
        """What the red date means (the colour with words, not the colour alone)."""
        sample = QLabel(self.tr("czerwona data"))
        sample.setTextFormat(Qt.TextFormat.PlainText)
        palette = sample.palette()
        palette.setColor(sample.foregroundRole(), overdue_colour(palette))
        sample.setPalette(palette)
        font = sample.font()
        font.setBold(True)
        sample.setFont(font)
        meaning = QLabel(self.tr("– termin minął"))
        meaning.setTextFormat(Qt.TextFormat.PlainText)
        legend = QWidget()
        legend.setAccessibleName(self.tr("Legenda: czerwona data – termin minął"))
        row = QHBoxLayout(legend)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(sample)
        row.addWidget(meaning)
        row.addStretch(1)  # the two words together, at the left
        return legend

    def _empty_state(self) -> QWidget:
        """Shown in place of the list when it is empty: what to do next."""
        self.empty_text = QLabel("")
        self.empty_text.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_text.setWordWrap(True)
        self.empty_text.setAccessibleName(self.tr("Pusta lista spraw"))
        self.clear_filters_button = QPushButton(self.tr("Wyczyść &filtry"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.to_applications_button = QPushButton(self.tr("Przejdź do &Zgłoszeń"))
        self.to_applications_button.clicked.connect(self.applications_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_filters_button)
        buttons.addWidget(self.to_applications_button)
        buttons.addStretch(1)
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.addWidget(self.empty_text)
        column.addLayout(buttons)
        column.addStretch(1)
        return panel

    def filters_active(self) -> bool:
        """True when a search or a filter narrows the list."""
        return bool(
            self.search.text().strip()
            or any(combo.currentData() is not None for combo in (
                self.state_combo, self.year_combo, self.voivodeship_combo, self.type_combo))
            or self.mine_check.isChecked()
            or self.overdue_check.isChecked()
        )  # fmt: skip

    def clear_filters(self) -> None:
        """Show every case: the search, the filters and the two checks cleared."""
        widgets = (self.search, self.state_combo, self.year_combo, self.voivodeship_combo,
                   self.type_combo, self.mine_check, self.overdue_check)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.state_combo, self.year_combo, self.voivodeship_combo, self.type_combo):
            combo.setCurrentIndex(0)
        self.mine_check.setChecked(False)
        self.overdue_check.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._run_query()

    def _show_empty_state(self) -> None:
        """The list, or in its place what to do when it is empty."""
        if self.model.rowCount() or self._total is None:
            self.list_stack.setCurrentWidget(self.table)
            return
        filtered = self.filters_active()
        if filtered:
            self.empty_text.setText(self.tr(
                "Żadna sprawa nie pasuje do wyszukiwania i filtrów. Zmień je albo wyczyść, "
                "aby zobaczyć wszystkie sprawy."))  # fmt: skip
        else:
            self.empty_text.setText(self.tr(
                "Brak spraw. Sprawy powstają z zarejestrowanych zgłoszeń — zacznij od widoku "
                "Zgłoszenia."))  # fmt: skip
        self.clear_filters_button.setVisible(filtered)
        self.to_applications_button.setVisible(not filtered)
        self.list_stack.setCurrentWidget(self.empty)

    def _name_the_list(self, mine: bool) -> None:
        """The heading says whose cases the list holds."""
        self.heading.setText(self.tr("Moje sprawy") if mine else self.tr("Wszystkie sprawy"))

    def _fill_static_choices(self) -> None:
        self.state_combo.addItem(self.tr("wszystkie"), None)
        for state in STATES_IN_ORDER:
            self.state_combo.addItem(state.label, state.value)
        self.year_combo.addItem(self.tr("wszystkie"), None)
        self.voivodeship_combo.addItem(self.tr("wszystkie"), None)
        self.type_combo.addItem(self.tr("wszystkie"), None)

    # --- the session ----------------------------------------------------------------

    def attach(self, session: Session) -> None:
        """The database is open: load the filter choices, then the list."""
        from calcert_desktop.services.views import dashboard

        self._session = session
        ctx = session.ctx
        self.model.set_fetch(lambda ids: dashboard.rows_for(ctx, ids))
        session.worker.submit(
            lambda: dashboard.filter_choices(ctx), self._set_choices, self._fail, owner=self
        )
        self.refresh()

    def refresh(self) -> None:
        """Run the query again (after cases changed): new ids, counts and rows."""
        self.model.clear_cache()
        self._run_query()

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _set_choices(self, choices: FilterChoices) -> None:
        combos = (
            (self.year_combo, [(str(y), y) for y in choices.years]),
            (self.voivodeship_combo, [(label, code) for code, label in choices.voivodeships]),
            (self.type_combo, [(label, code) for code, label in choices.institution_types]),
        )
        for combo, items in combos:
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(text, value)
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            found = combo.findData(chosen)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    # --- the query ------------------------------------------------------------------

    def current_query(self) -> DashboardQuery:
        """The filters and the order the widgets show."""
        from calcert_desktop.services.views.dashboard import DashboardQuery, SortColumn

        state = self.state_combo.currentData()
        return DashboardQuery(
            search=self.search.text(),
            states=(state,) if state else (),
            year=self.year_combo.currentData(),
            voivodeship=self.voivodeship_combo.currentData(),
            institution_type=self.type_combo.currentData(),
            assigned_to_me=self.mine_check.isChecked(),
            deadline_passed=self.overdue_check.isChecked(),
            sort=SortColumn(self._sort),
            descending=self._descending,
        )

    def _search_now(self) -> None:
        self._debounce.stop()
        self._run_query()

    def _run_query(self) -> None:
        """Two steps per query, both on the worker: the first page of the list (shown as
        soon as it is back), then every id and the counts per state (cancelled as soon as a
        newer query is asked for, so that typing on never waits for it)."""
        if self._session is None:
            return
        self._debounce.stop()
        self._generation += 1
        if self._busy:  # one first page at a time: the newest filters run when it is back
            self._pending = True
            return
        from calcert_desktop.services.views import dashboard

        self._busy, self._pending = True, False
        query, generation = self.current_query(), self._generation
        ctx, actor = self._session.ctx, self._session.actor
        self._session.worker.submit(
            lambda: dashboard.first_page(ctx, actor, query),
            lambda head: self._show_head(generation, query, head),
            self._query_failed,
            owner=self,
        )

    def _show_head(self, generation: int, query: DashboardQuery, head: list[CaseKey]) -> None:
        from calcert_desktop.services.views import dashboard

        self._busy = False
        if self._pending or generation != self._generation:  # overtaken: ask again
            self._run_query()
            return
        self.problem.hide()
        selected = self._selected_id()
        self.model.set_ids(head, complete=False)
        self._total = None if len(head) >= dashboard.FIRST_PAGE else len(head)
        self._at_least = len(head)
        self._show_count()
        self._show_empty_state()
        if selected is not None:
            self._select_id(selected)
        self.head_shown.emit(len(head))
        ctx, actor = self._session.ctx, self._session.actor

        def stale() -> bool:  # asked on the worker thread: reading an int is safe
            return generation != self._generation

        def work() -> tuple[list[CaseKey], dict[str, int]] | None:
            try:
                return dashboard.ids_and_counts(ctx, actor, query, cancelled=stale)
            except dashboard.Cancelled:
                return None

        self._session.worker.submit(
            work, lambda result: self._show(generation, selected, result), self._fail, owner=self
        )

    def _show(
        self,
        generation: int,
        selected: CaseKey | None,
        result: tuple[list[CaseKey], dict[str, int]] | None,
    ) -> None:
        if result is None or generation != self._generation:
            return  # overtaken: a newer query is on its way
        ids, counts = result
        # The case chosen now, or the one chosen before the query if it was beyond the head.
        chosen = self._selected_id() or selected
        self.model.extend_to(ids)  # appended below the head, or a reset if cases changed
        if chosen is not None and self._selected_id() != chosen:
            self._select_id(chosen)
        self._total = len(ids)
        self._show_counts(counts)
        self._show_count()
        self._show_empty_state()
        self.loaded.emit(len(ids))

    def _query_failed(self, message: str) -> None:
        self._busy = False
        self._pending = False
        self._fail(message)

    def _fail(self, message: str) -> None:
        # Shown in place of the list, not in a box: the view may be refreshed for a person
        # who may not see it (after Plik → Zmień osobę), and nobody asked for it then.
        self.model.set_ids([])
        self._total = 0
        self.problem.setText(message)
        self.problem.show()
        self.list_stack.setCurrentWidget(self.table)  # the message says why it is empty
        self._show_count()

    def _show_counts(self, counts: dict[str, int]) -> None:
        locale = QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
        self.state_combo.setItemText(
            0, self.tr("wszystkie ({0})").format(locale.toString(sum(counts.values())))
        )
        for index in range(1, self.state_combo.count()):
            state = CaseState(self.state_combo.itemData(index))
            count = locale.toString(counts.get(state.value, 0))
            self.state_combo.setItemText(index, f"{state.label} ({count})")

    def _show_count(self) -> None:
        locale = QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
        if self._total is None:  # the first page is shown, the rest is being counted
            text = self.tr("Liczba spraw: co najmniej {0}, liczę…")
            self.count_label.setText(text.format(locale.toString(self._at_least)))
            return
        self.count_label.setText(self.tr("Liczba spraw: {0}").format(locale.toString(self._total)))

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        self._sort = COLUMNS[section] if section >= 0 else DEFAULT_SORT
        self._descending = section >= 0 and order == Qt.SortOrder.DescendingOrder
        self.attention_button.setEnabled(self._sort != DEFAULT_SORT)
        self._run_query()

    def sort_by_attention(self) -> None:
        """Back to the default order: what needs action first (no column's arrow)."""
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self._sort_changed(-1, Qt.SortOrder.AscendingOrder)

    # --- selection and opening ------------------------------------------------------

    def selected_references(self) -> list[str]:
        """The references of the selected cases, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = (self.model.case_row(row) for row in rows)
        return [case.reference for case in found if case is not None]

    def _selected_id(self) -> CaseKey | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_id(rows[0].row()) if rows else None

    def _select_id(self, case_id: CaseKey) -> None:
        row = self.model.row_of(case_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _open_row(self, row: int) -> None:
        case = self.model.case_row(row)
        if case is not None:
            self.open_requested.emit(case.reference)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            current = self.table.currentIndex()
            if current.isValid():
                self._open_row(current.row())
                return True
        return super().eventFilter(watched, event)

    # --- saved views ----------------------------------------------------------------

    def saved_views(self) -> dict[str, dict[str, Any]]:
        """The saved views: name -> filters and order (kept in QSettings)."""
        raw = QSettings().value(SAVED_VIEWS_KEY, "")
        try:
            views = json.loads(str(raw)) if raw else {}
        except ValueError:
            return {}
        return views if isinstance(views, dict) else {}

    def _store_views(self, views: dict[str, dict[str, Any]]) -> None:
        QSettings().setValue(SAVED_VIEWS_KEY, json.dumps(views, ensure_ascii=False))
        self._fill_views()

    def save_view(self, name: str) -> None:
        """Save the current filters and order as ``name`` (replacing one so named)."""
        name = name.strip()
        if not name:
            return
        values = asdict(self.current_query())
        values["states"] = list(values["states"])
        values["sort"] = str(values["sort"])
        views = self.saved_views()
        views[name] = values
        self._store_views(views)
        self.views_combo.setCurrentIndex(self.views_combo.findData(name))

    def delete_view(self, name: str) -> None:
        """Forget the saved view ``name``."""
        views = self.saved_views()
        if views.pop(name, None) is not None:
            self._store_views(views)

    def apply_view(self, name: str) -> None:
        """Show the list with the saved view's filters and order."""
        values = self.saved_views().get(name)
        if values is None:
            return
        widgets = (
            self.search,
            self.state_combo,
            self.year_combo,
            self.voivodeship_combo,
            self.type_combo,
            self.mine_check,
            self.overdue_check,
            self.table.horizontalHeader(),
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.setText(str(values.get("search", "")))
        states = values.get("states") or [None]
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(states[0]), 0))
        for combo, key in (
            (self.year_combo, "year"),
            (self.voivodeship_combo, "voivodeship"),
            (self.type_combo, "institution_type"),
        ):
            combo.setCurrentIndex(max(combo.findData(values.get(key)), 0))
        self.mine_check.setChecked(bool(values.get("assigned_to_me")))
        self.overdue_check.setChecked(bool(values.get("deadline_passed")))
        sort = values.get("sort", DEFAULT_SORT)
        self._sort = sort if sort in COLUMNS else DEFAULT_SORT
        self._descending = self._sort != DEFAULT_SORT and bool(values.get("descending"))
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        section = COLUMNS.index(self._sort) if self._sort in COLUMNS else -1
        self.table.horizontalHeader().setSortIndicator(section, order)
        self.attention_button.setEnabled(self._sort != DEFAULT_SORT)
        for widget in widgets:
            widget.blockSignals(False)
        self._run_query()

    def _fill_views(self) -> None:
        chosen = self.views_combo.currentData()
        self.views_combo.blockSignals(True)
        self.views_combo.clear()
        self.views_combo.addItem(self.tr("(wybierz)"), None)
        for name in sorted(self.saved_views(), key=sort_key):
            self.views_combo.addItem(name, name)
        self.views_combo.setCurrentIndex(max(self.views_combo.findData(chosen), 0))
        self.views_combo.blockSignals(False)
        self.delete_view_button.setEnabled(self.views_combo.count() > 1)

    def _view_chosen(self, index: int) -> None:
        name = self.views_combo.itemData(index)
        if name:
            self.apply_view(name)

    def _ask_view_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Zapisz widok"),
            self.tr("Nazwa widoku (filtry i kolejność):"),
            text=self.views_combo.currentData() or "",
        )
        if ok:
            self.save_view(name)

    def _delete_chosen_view(self) -> None:
        name = self.views_combo.currentData()
        if not name:
            QMessageBox.information(
                self, self.tr("Usuń widok"), self.tr("Najpierw wybierz widok z listy.")
            )
            return
        self.delete_view(name)
