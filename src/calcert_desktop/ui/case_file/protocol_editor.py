"""Protokół wizytacji: the expert writes the site-visit protocol on site, on a laptop with no
network (issue 19, point 3). Every change is saved a moment later on the worker
(:func:`protocol.save`), so closing the window or a crash loses at most the last keystrokes
and the protocol comes back as it was; "Zapisz wyniki wizytacji" makes it the visit's record
(:func:`protocol.finish`). The window is not modal: the case file stays usable beside it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from calcert_desktop.domain.attachment_rules import FILE_TYPES, safe_file_name
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.services.exchange import protocol
from calcert_desktop.services.exchange.protocol import MAX_EVIDENCE, StandardEntry
from calcert_desktop.ui.actions.fields import date_edit
from calcert_desktop.ui.case_file.common import DASH, pl_date, plain_label
from calcert_desktop.ui.case_file.document_rows import local_time
from calcert_desktop.ui.case_file.protocol_pages import StandardPage, SummaryPage, bold
from calcert_desktop.ui.operations import read_op, write_op
from calcert_desktop.ui.printing import print_document
from calcert_desktop.ui.views.placeholder import heading_label
from calcert_desktop.ui.widgets.screen_fit import resize_within_screen
from calcert_desktop.ui.widgets.scrolled import scrolled
from calcert_desktop.ui.widgets.unsaved import Choice, ask_unsaved

if TYPE_CHECKING:
    from calcert_desktop.services.exchange.protocol import ProtocolDraft
    from calcert_desktop.services.process.step import ActionResult
    from calcert_desktop.ui.session import Session

SAVE_DELAY_MS = 1500  # several keystrokes become one save
RETRY_MS = 10_000  # a refused or failed save is tried again after this
GEOMETRY_KEY = "protocol_editor/geometry"
ERROR_STYLE = "color: #c62828;"  # a red that reads on light and dark backgrounds
SIGNS = {"meets": "✓", "partly": "½", "not": "✗"}
OPEN, PRINT, SAVE = "open", "print", "save"  # what to do with a protocol's PDF

_EDITORS: dict[str, ProtocolEditor] = {}  # the open protocols, one per case


def open_protocol(session: Session, reference: str) -> ProtocolEditor:
    """Show the protocol editor of the case ``reference`` (brought to the front if open).
    The window has no Qt parent: this module keeps it while it is open."""
    editor = _EDITORS.get(reference)
    if editor is None or not isValid(editor):
        editor = ProtocolEditor(session, reference)
        _EDITORS[reference] = editor
        editor.closed.connect(lambda: _EDITORS.pop(reference, None))
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


def open_editor(reference: str) -> ProtocolEditor | None:
    """The open protocol editor of ``reference``, if any."""
    return _EDITORS.get(reference)


class ProtocolEditor(QWidget):
    """The protocol of one case's planned visit: a header, the parts on the left (nine
    standards, then the summary), the chosen part on the right, the save status and the
    buttons below."""

    loaded = Signal()  # the protocol is on screen
    saved = Signal()  # a save finished (the status says when)
    recorded = Signal(str)  # the visit's results were recorded; the Polish message
    closed = Signal()

    def __init__(self, session: Session, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.reference = reference
        self.draft: ProtocolDraft | None = None
        self.pages: list[StandardPage] = []
        self._loading = True
        self._generation = 0  # changes made so far
        self._saved_generation = 0  # the change the last good save included
        self._saving = False
        self._save_again = False  # a change came while a save ran
        self._problem = ""  # why the last save failed, "" when it did not
        self._finishing = False
        self._recorded = False
        self._save_timer = self._timer(SAVE_DELAY_MS, self.save_now)
        self._retry_timer = self._timer(RETRY_MS, self.save_now)
        self.setWindowTitle(self.tr("Protokół wizytacji — {0}").format(reference))
        self._make_widgets()
        self._lay_out()
        self._shortcuts()
        self._restore_geometry()
        self.load()

    def _timer(self, interval: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    # --- building ----------------------------------------------------------------------
    def _make_widgets(self) -> None:
        self.institution_label = heading_label(self.reference)
        self.institution_label.setWordWrap(True)
        self.reference_label = bold(plain_label(self.reference, wrap=False))
        self.town_label = bold(plain_label(wrap=False))
        self.expert_label = bold(plain_label(wrap=False))
        self.planned_label = bold(plain_label(wrap=False))
        self.visited = date_edit(date.today())
        self.visited.setAccessibleName(self.tr("Data wizytacji"))
        self.visited.dateChanged.connect(self.changed)
        self.parts_model = QStandardItemModel(self)
        self.parts = QListView()
        self.parts.setModel(self.parts_model)
        self.parts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.parts.setAccessibleName(self.tr("Części protokołu"))
        self.parts.setSpacing(2)
        self.parts.setWordWrap(True)
        self.parts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parts.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_part(current.row())
        )
        self.stack = QStackedWidget()
        self.summary_page = SummaryPage()
        self.summary_page.changed.connect(self.changed)
        self.status = plain_label(self.tr("Wczytywanie protokołu…"))
        self.status.setAccessibleName(self.tr("Stan zapisu protokołu"))
        self.print_button = self._pdf_button(self.tr("Drukuj pro&tokół…"), blank=False)
        self.print_button.setToolTip(self.tr("Protokół z tym, co wpisano — do podglądu, "
                                             "wydruku lub zapisania jako PDF"))  # fmt: skip
        self.blank_button = self._pdf_button(self.tr("Drukuj pu&sty protokół…"), blank=True)
        self.blank_button.setToolTip(self.tr("Formularz protokołu do wypełnienia odręcznie"))
        self.finish_button = QPushButton(self.tr("Zapisz wy&niki wizytacji"))
        self.finish_button.setToolTip(self.tr(
            "Protokół staje się zapisem wizytacji w aktach sprawy i zostaje zamknięty"
        ))  # fmt: skip
        self.finish_button.clicked.connect(self.finish)
        self.close_button = QPushButton(self.tr("Zam&knij"))
        self.close_button.setToolTip(self.tr("Protokół jest zapisany — można wrócić do niego "
                                             "później (Esc)"))  # fmt: skip
        self.close_button.clicked.connect(self.close)
        self.content = QWidget()

    def _pdf_button(self, text: str, *, blank: bool) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        menu = QMenu(button)
        for label, how in ((self.tr("&Podgląd (otwórz PDF)"), OPEN),
                           (self.tr("&Drukuj…"), PRINT),
                           (self.tr("&Zapisz jako PDF…"), SAVE)):  # fmt: skip
            action = menu.addAction(label)
            action.triggered.connect(lambda _checked=False, h=how: self.make_pdf(h, blank=blank))
        button.setMenu(menu)
        return button

    def _lay_out(self) -> None:
        header = QGridLayout()
        header.setHorizontalSpacing(10)
        visited_label = QLabel(self.tr("&Data wizytacji:"))
        visited_label.setBuddy(self.visited)
        pairs = (
            (0, 0, QLabel(self.tr("Numer sprawy:")), self.reference_label),
            (0, 1, QLabel(self.tr("Miejscowość:")), self.town_label),
            (0, 2, QLabel(self.tr("Ekspert:")), self.expert_label),
            (1, 0, QLabel(self.tr("Planowana data:")), self.planned_label),
            (1, 1, visited_label, self.visited),
        )
        for row, column, caption, value in pairs:
            header.addWidget(caption, row, 2 * column)
            header.addWidget(value, row, 2 * column + 1, Qt.AlignmentFlag.AlignLeft)
        header.setColumnStretch(6, 1)
        parts_label = QLabel(self.tr("Części p&rotokołu:"))
        parts_label.setBuddy(self.parts)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(parts_label)
        left_layout.addWidget(self.parts, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        buttons = QHBoxLayout()
        for button in (self.print_button, self.blank_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.close_button)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(header)
        content.addWidget(splitter, 1)
        self.content.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.institution_label)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        for button in (self.print_button, self.blank_button, self.finish_button):
            button.setEnabled(False)

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_now)
        # Everything is saved already: Escape closes without a question.
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")):
            QShortcut(keys, self, self.close)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step_part(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step_part(-1))

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is not None and self.restoreGeometry(geometry):
            return
        resize_within_screen(self, 1180, 720)

    # --- loading -----------------------------------------------------------------------
    def load(self) -> None:
        """Read the protocol (as last saved, or empty) on the worker and show it."""
        ctx, actor, reference = self.session.ctx, self.session.actor, self.reference
        read_op(self.session, self, lambda: protocol.open_draft(ctx, actor, reference),
                self._show, self._load_failed)  # fmt: skip

    def _show(self, draft: ProtocolDraft) -> None:
        self.draft = draft
        self.reference = draft.reference
        self.setWindowTitle(self.tr("Protokół wizytacji — {0}").format(draft.reference))
        self.institution_label.setText(draft.institution or draft.reference)
        self.reference_label.setText(draft.reference)
        self.town_label.setText(draft.town or DASH)
        self.expert_label.setText(draft.expert or DASH)
        self.planned_label.setText(pl_date(draft.planned_for))
        self._build_pages(draft.standards)
        for page, entry in zip(self.pages, draft.standards, strict=True):
            page.show_entry(entry)
        self.summary_page.show_draft(draft)
        day = draft.visited_on
        self.visited.blockSignals(True)
        self.visited.setDate(QDate(day.year, day.month, day.day))
        self.visited.blockSignals(False)
        self._fill_parts()
        self._loading = False
        self.content.setEnabled(True)
        for button in (self.print_button, self.blank_button, self.finish_button):
            button.setEnabled(True)
        if draft.saved_at is not None:
            self._set_status(self.tr("Przywrócono protokół zapisany {0}").format(
                local_time(draft.saved_at)))  # fmt: skip
        else:
            self._set_status(self.tr("Nowy protokół — każda zmiana zapisuje się sama."))
        self.parts.setCurrentIndex(self.parts_model.index(0, 0))
        (self.pages[0].rating if self.pages else self.summary_page.summary).setFocus()
        self.loaded.emit()

    def _load_failed(self, message: str) -> None:
        self._set_status(message, error=True)
        QMessageBox.warning(self, self.tr("Protokół wizytacji"), message)
        self.close()

    def _build_pages(self, standards: list[StandardEntry]) -> None:
        if self.pages:
            return
        for entry in standards:
            page = StandardPage(entry.code, entry.title)
            page.changed.connect(self.changed)
            page.rating_changed.connect(lambda _code, p=page: self._update_part(p))
            page.add_requested.connect(lambda p=page: self.choose_evidence(p))
            page.open_requested.connect(self.open_evidence)
            self.pages.append(page)
            self.stack.addWidget(scrolled(page))
        self.stack.addWidget(scrolled(self.summary_page))
        # The parts list as wide as the longest standard's name (at most a third of the
        # window), the page the rest: each page scrolls on its own on a small screen.
        metrics = self.parts.fontMetrics()
        longest = max(metrics.horizontalAdvance(f"{s.code} {s.title}") for s in standards)
        left = min(longest + 40, self.width() // 3)
        self.splitter.setSizes([left, max(self.width() - left, left)])
        chain: list[QWidget] = [self.visited, self.parts]
        for page in self.pages:
            chain.extend(page.focus_chain())
        chain.extend(self.summary_page.focus_chain())
        chain.extend([self.print_button, self.blank_button, self.finish_button,
                      self.close_button])  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fill_parts(self) -> None:
        self.parts_model.clear()
        for page in self.pages:
            item = QStandardItem()
            item.setEditable(False)
            self.parts_model.appendRow(item)
            self._update_part(page)
        summary = QStandardItem(self.tr("Podsumowanie\ni przedstawiciel"))
        summary.setEditable(False)
        self.parts_model.appendRow(summary)

    def _update_part(self, page: StandardPage) -> None:
        row = self.pages.index(page)
        item = self.parts_model.item(row)
        if item is None or self.draft is None:
            return
        entry = self.draft.standards[row]
        code = page.rating_code()
        mark = f"{SIGNS[code]} {page.rating_text()}" if code else f"{DASH} {page.rating_text()}"
        item.setText(f"{entry.code} {entry.title}\n{mark}")
        item.setData(self.tr("{0} {1}: {2}").format(entry.code, entry.title, page.rating_text()),
                     Qt.ItemDataRole.AccessibleTextRole)  # fmt: skip

    def _show_part(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)
            scroll = self.stack.currentWidget()
            if isinstance(scroll, QScrollArea):
                scroll.verticalScrollBar().setValue(0)

    def _step_part(self, step: int) -> None:
        count = self.parts_model.rowCount()
        if count:
            row = (self.parts.currentIndex().row() + step) % count
            self.parts.setCurrentIndex(self.parts_model.index(row, 0))

    def show_summary(self) -> None:
        """Show the summary page (the last part)."""
        self.parts.setCurrentIndex(self.parts_model.index(self.parts_model.rowCount() - 1, 0))

    def show_standard(self, row: int) -> StandardPage:
        """Show the page of the standard in ``row`` (0 = S1); the page."""
        self.parts.setCurrentIndex(self.parts_model.index(row, 0))
        return self.pages[row]

    # --- the protocol as typed ---------------------------------------------------------
    def collect(self) -> ProtocolDraft:
        """The protocol as it stands in the window: a copy the worker may read while the
        person goes on typing."""
        assert self.draft is not None
        summary = self.summary_page
        standards = [
            StandardEntry(entry.code, entry.title, page.rating_code(),
                          page.finding.toPlainText(), page.observations.toPlainText(),
                          page.evidence_items())
            for entry, page in zip(self.draft.standards, self.pages, strict=True)
        ]  # fmt: skip
        return replace(
            self.draft, visited_on=self.visited.date().toPython(), standards=standards,
            summary=summary.summary.toPlainText(), representative=summary.representative.text(),
            acknowledged=summary.acknowledged.isChecked(),
            remarks=summary.remarks.toPlainText(),
        )  # fmt: skip

    @property
    def dirty(self) -> bool:
        """True while a change is not saved yet."""
        return self._generation != self._saved_generation

    @property
    def save_problem(self) -> str:
        """Why the last save failed (Polish), "" when it did not."""
        return self._problem

    def changed(self) -> None:
        """Something was typed or chosen: save in a moment (a new change restarts the wait)."""
        if self._loading or self._recorded or self._finishing:
            return
        self._generation += 1
        if not self._saving and not self._problem:
            self._set_status(self.tr("Niezapisane zmiany…"))
        self._save_timer.start()

    def save_now(self) -> None:
        """Save the protocol as it stands, on the worker (Ctrl+S; the timer; closing)."""
        self._save_timer.stop()
        self._retry_timer.stop()
        if self.draft is None or self._loading or self._recorded or self._finishing:
            return
        if not self.dirty:
            return
        if self._saving:
            self._save_again = True
            return
        snapshot, generation = self.collect(), self._generation
        ctx, actor = self.session.ctx, self.session.actor
        self._saving = True
        if not self._problem:
            self._set_status(self.tr("Zapisywanie…"))
        write_op(self.session, self, lambda: protocol.save(ctx, actor, snapshot),
                 lambda at: self._saved(generation, at), self._save_failed,
                 busy=False)  # fmt: skip

    def _saved(self, generation: int, at: datetime) -> None:
        self._saving = False
        self._problem = ""
        self._saved_generation = generation
        if self.draft is not None:
            self.draft.saved_at = at
        if self.dirty and (self._save_again or not self._save_timer.isActive()):
            self._save_again = False
            self.save_now()
        elif self.dirty:
            self._set_status(self.tr("Niezapisane zmiany…"))
        else:
            self._set_status(self.tr("Zapisano {0}").format(local_time(at)[-5:]))
        self.saved.emit()

    def _save_failed(self, message: str) -> None:
        self._saving = False
        self._save_again = False
        self._problem = message
        self._set_status(self.tr(
            "Protokół nie jest zapisany: {0} Zapis zostanie ponowiony — nie zamykaj okna."
        ).format(message), error=True)  # fmt: skip
        self._retry_timer.start()
        self.saved.emit()

    def flush(self) -> None:
        """Save what is pending and wait for the answer (closing loses nothing)."""
        for _attempt in range(3):  # a file added meanwhile asks for one more save
            self.save_now()
            self.session.worker.settle()
            if not self.dirty or self._problem:
                return

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    # --- evidence ----------------------------------------------------------------------
    def choose_evidence(self, page: StandardPage) -> None:
        """Ask for files or photos, then keep them as evidence of ``page``'s standard."""
        patterns = " ".join(f"*{suffix}" for suffix in FILE_TYPES)
        names, _chosen = QFileDialog.getOpenFileNames(
            self, self.tr("Dowody — standard {0}").format(page.code), "",
            self.tr("Pliki i zdjęcia ({0})").format(patterns),
        )  # fmt: skip
        if names:
            self.add_evidence(page, [Path(name) for name in names])

    def add_evidence(self, page: StandardPage, paths: list[Path]) -> None:
        """Check and store ``paths`` on the worker, then list them on ``page``."""
        room = MAX_EVIDENCE - len(page.evidence_items())
        refused = [self.tr("Standard może mieć najwyżej {0} plików dowodów; pominięto: {1}.")
                   .format(MAX_EVIDENCE, ", ".join(p.name for p in paths[room:]))
                   ] if len(paths) > room else []  # fmt: skip
        wanted = paths[:room]
        ctx, actor, reference = self.session.ctx, self.session.actor, self.reference

        def store() -> list[dict[str, str] | str]:
            results: list[dict[str, str] | str] = []
            for path in wanted:  # one refused file does not stop the others
                try:
                    results.append(protocol.add_evidence(ctx, actor, reference, path))
                except DomainError as error:
                    results.append(error.message)
                except OSError as error:
                    results.append(f"{path.name}: {error.strerror or error}")
            return results

        page.add_button.setEnabled(False)
        write_op(self.session, self, store,
                 lambda results: self._evidence_added(page, results, refused),
                 lambda message: self._evidence_failed(page, message))  # fmt: skip

    def _evidence_added(self, page: StandardPage, results: list[dict[str, str] | str],
                        refused: list[str]) -> None:  # fmt: skip
        page.add_evidence([item for item in results if isinstance(item, dict)])
        page.update_buttons()
        refused = refused + [item for item in results if isinstance(item, str)]
        if refused:
            QMessageBox.warning(self, self.tr("Dowody"), "\n\n".join(refused))

    def _evidence_failed(self, page: StandardPage, message: str) -> None:
        page.update_buttons()
        QMessageBox.warning(self, self.tr("Dowody"), message)

    def open_evidence(self, item: dict[str, str]) -> None:
        """Show an evidence file in the system's viewer (copied out on the worker)."""
        from calcert_desktop.services.documents import exports

        ctx, reference = self.session.ctx, self.reference
        digest, name = item.get("sha256", ""), item.get("name", "") or "dowod"
        read_op(self.session, self,
                lambda: exports.write_preview(name, protocol.evidence_file(ctx, reference, digest)),
                self._open_file, title=self.tr("Dowody"))  # fmt: skip

    def _open_file(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(self, self.tr("Protokół wizytacji"), self.tr(
                "Nie udało się otworzyć pliku {0} — system nie ma programu do plików tego typu."
            ).format(path.name))  # fmt: skip

    # --- the PDFs ----------------------------------------------------------------------
    def make_pdf(self, how: str, *, blank: bool = False) -> None:
        """The protocol as typed (or, ``blank``, the empty form) as a PDF: shown in the
        system's viewer (``OPEN``), printed (``PRINT``) or saved where the person says
        (``SAVE``). Made on the worker."""
        if self.draft is None:
            return
        from calcert_desktop.services.documents import exports

        ctx, actor, reference = self.session.ctx, self.session.actor, self.reference
        if blank:
            title = self.tr("Pusty protokół wizytacji {0}").format(reference)
            make = lambda: protocol.blank_pdf(ctx, actor, reference)  # noqa: E731
        else:
            title = self.tr("Protokół wizytacji {0}").format(reference)
            snapshot = self.collect()
            make = lambda: protocol.draft_pdf(ctx, actor, snapshot)  # noqa: E731
        name = safe_file_name(title.replace("/", "-") + ".pdf")
        if how == SAVE:
            target, _chosen = QFileDialog.getSaveFileName(
                self, self.tr("Zapisz protokół jako PDF"), str(Path.home() / name),
                self.tr("Dokument PDF (*.pdf)"),
            )  # fmt: skip
            if not target:
                return
            if Path(target).suffix.lower() != ".pdf":
                target += ".pdf"
            read_op(self.session, self, lambda: exports.write_file(target, make()),
                    lambda path: self._set_status(self.tr("Zapisano plik {0}").format(path)),
                    title=title, busy=True)  # fmt: skip
            return
        then = (lambda path: print_document(self, path, title)) if how == PRINT else self._open_file
        read_op(self.session, self, lambda: exports.write_preview(name, make()), then,
                title=title, busy=True)  # fmt: skip

    # --- the end -----------------------------------------------------------------------
    def finish(self) -> None:
        """Ask, then record the visit's results from the protocol (on the worker); the
        window closes when they are recorded, a refusal is shown in Polish."""
        if self.draft is None or self._loading or self._finishing or self._recorded:
            return
        snapshot = self.collect()
        unrated = [s.code for s in snapshot.standards if not s.rating]
        question = self.tr(
            "Zapisać wyniki wizytacji w sprawie {0}?\n\nProtokół stanie się zapisem wizytacji "
            "w aktach sprawy, a to okno się zamknie; później protokołu nie można już zmieniać."
        ).format(self.reference)
        if unrated:
            question += "\n\n" + self.tr("Nieocenione standardy: {0}.").format(", ".join(unrated))
        answer = QMessageBox.question(
            self, self.tr("Zapisz wyniki wizytacji"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._save_timer.stop()
        self._retry_timer.stop()
        self._finishing = True
        self.content.setEnabled(False)
        self.finish_button.setEnabled(False)
        self._set_status(self.tr("Zapisywanie wyników wizytacji…"))
        ctx, actor, snapshot = self.session.ctx, self.session.actor, self.collect()
        # The broadcast of the change set refreshes the case file.
        write_op(self.session, self, lambda: protocol.finish(ctx, actor, snapshot),
                 self._finished, self._finish_refused)  # fmt: skip

    def _finished(self, result: ActionResult) -> None:
        self._finishing = False
        self._recorded = True
        self._saved_generation = self._generation
        self._set_status(result.message)
        self.recorded.emit(result.message)
        self.close()

    def _finish_refused(self, message: str) -> None:
        self._finishing = False
        self.content.setEnabled(True)
        self.finish_button.setEnabled(True)
        self._set_status(message, error=True)
        QMessageBox.warning(self, self.tr("Zapisz wyniki wizytacji"), message)
        if self.dirty:
            self._save_timer.start()

    @property
    def is_recorded(self) -> bool:
        """True once the visit's results were recorded from this protocol."""
        return self._recorded

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finishing:
            event.ignore()  # the results are being recorded: the answer closes the window
            return
        if self.draft is not None and not self._recorded:
            self.flush()
            if self.dirty:
                choice = ask_unsaved(
                    self, self.tr("Protokół wizytacji"),
                    self.tr("Ostatnich zmian w protokole nie udało się zapisać."),
                    self.tr("{0}\nPo zamknięciu okna te zmiany przepadną.").format(self._problem),
                )  # fmt: skip
                if choice is not Choice.DISCARD:
                    event.ignore()
                    self._retry_timer.start()
                    return
        self._save_timer.stop()
        self._retry_timer.stop()
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
        self.closed.emit()
