"""Ustawienia → Treść pism: the office edits the fixed wording of the letters.

Choose a letter, then one of its parts; its text is edited below, with the placeholders the
part may use beside it (double-click inserts one at the cursor). Every keystroke checks the
whole wording (pure, no database) and lists the problems under the editor; "Zapisz jako nową
wersję" stays disabled while there are any. The preview renders a sample letter with the
unsaved wording on the worker and opens it; saving and restoring go through the services,
which check everything again. Read-only, with the reason said, for whoever may not save.

Imported only once a data folder is open (it loads the services).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.services.changes import Changes, Kind
from calcert_desktop.services.documents import letter_templates
from calcert_desktop.ui.case_file.common import RowsModel, plain_label, show_rows, table_view
from calcert_desktop.ui.operations import listen, read_op, write_op

if TYPE_CHECKING:
    from calcert_desktop.documents.wording import Problem, Wording
    from calcert_desktop.services.documents.letter_templates import TemplateVersion
    from calcert_desktop.ui.session import Session

PROBLEM_COLOUR = QColor("#a40000")
SHOWN_PROBLEMS = 6  # more would push the buttons off a small screen; the count says the rest


def local_time(at: datetime | None) -> str:
    """A stored UTC moment as local dd.mm.rrrr gg:mm ("—" for none)."""
    if at is None:
        return "—"
    return at.replace(tzinfo=UTC).astimezone().strftime("%d.%m.%Y %H:%M")


class LetterTemplatesEditor(QWidget):
    """The editor of the letters' wording, with its version history."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._kind = ""
        self._wording: Wording | None = None
        self._used: TemplateVersion | None = None  # the version in use, as loaded
        self._texts: dict[str, str] = {}  # the wording being edited (unsaved)
        self._part = ""
        self._problems: list[Problem] = []
        self._busy = False

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Pismo"))
        for item in letter_templates.kinds():
            self.kind.addItem(item.name, item.code)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        kind_label = QLabel(self.tr("&Pismo:"))
        kind_label.setBuddy(self.kind)
        self.in_use = plain_label()
        self.read_only_note = plain_label(self.tr(
            "Treść pism mogą zmieniać osoby z rolą biura lub administratora — możesz ją tylko "
            "przeglądać i oglądać podgląd."
        ))  # fmt: skip

        self.parts = QListWidget()
        self.parts.setAccessibleName(self.tr("Części pisma"))
        self.parts.setWordWrap(True)  # a long label wraps rather than hides behind a scrollbar
        self.parts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parts.setSpacing(1)
        self.parts.currentRowChanged.connect(self._part_chosen)
        parts_label = QLabel(self.tr("&Części pisma:"))
        parts_label.setBuddy(self.parts)

        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Treść części pisma"))
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._text_changed)
        self.editor_label = QLabel(self.tr("&Treść:"))
        self.editor_label.setBuddy(self.editor)
        self.problems = plain_label()
        self.problems.setAccessibleName(self.tr("Problemy w treści"))
        palette = self.problems.palette()
        palette.setColor(self.problems.foregroundRole(), PROBLEM_COLOUR)
        self.problems.setPalette(palette)

        self.placeholders = QListWidget()
        self.placeholders.setAccessibleName(self.tr("Pola do wstawienia"))
        self.placeholders.setWordWrap(True)
        self.placeholders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placeholders.setSpacing(2)
        self.placeholders.itemDoubleClicked.connect(lambda _item: self.insert_placeholder())
        self.placeholders.currentRowChanged.connect(lambda _row: self._update_buttons())
        placeholders_label = QLabel(self.tr("Po&la (dwuklik wstawia):"))
        placeholders_label.setBuddy(self.placeholders)
        self.no_placeholders = plain_label(self.tr("W tej części nie używa się pól."))
        self.insert_button = QPushButton(self.tr("Wstaw pole"))
        self.insert_button.clicked.connect(self.insert_placeholder)

        self.preview_button = QPushButton(self.tr("Podglą&d"))
        self.preview_button.setToolTip(self.tr("Pismo z przykładowymi danymi w tej treści"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("&Zapisz jako nową wersję…"))
        self.save_button.clicked.connect(self.save)
        self.restore_button = QPushButton(self.tr("Przywróć treść &wbudowaną…"))
        self.restore_button.clicked.connect(self.restore)

        self.history_model = RowsModel(
            [self.tr("Wersja"), self.tr("Kto"), self.tr("Kiedy"), self.tr("Notatka")]
        )
        self.history = table_view(self.history_model, self.tr("Historia wersji"))
        history_label = QLabel(self.tr("&Historia wersji:"))
        history_label.setBuddy(self.history)
        self.no_history = plain_label(self.tr(
            "Nie zapisano jeszcze żadnej wersji — pismo ma treść wbudowaną w program (wersja 0)."
        ))  # fmt: skip

        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind)
        top.addSpacing(12)
        top.addWidget(self.in_use, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(parts_label)
        left_layout.addWidget(self.parts)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.editor_label)
        middle_layout.addWidget(self.editor, 1)
        middle_layout.addWidget(self.problems)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(placeholders_label)
        right_layout.addWidget(self.placeholders, 1)
        right_layout.addWidget(self.no_placeholders, 1, Qt.AlignmentFlag.AlignTop)
        right_layout.addWidget(self.insert_button, 0, Qt.AlignmentFlag.AlignLeft)
        editing = QSplitter(Qt.Orientation.Horizontal)
        editing.setChildrenCollapsible(False)
        for pane, stretch in ((left, 2), (middle, 5), (right, 3)):
            editing.addWidget(pane)
            editing.setStretchFactor(editing.count() - 1, stretch)
        editing.setSizes([240, 600, 340])

        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(history_label)
        lower_layout.addWidget(self.no_history, 1, Qt.AlignmentFlag.AlignTop)
        lower_layout.addWidget(self.history, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(editing, 1)
        upper_layout.addLayout(buttons)
        whole = QSplitter(Qt.Orientation.Vertical)
        whole.setChildrenCollapsible(False)
        whole.addWidget(upper)
        whole.addWidget(lower)
        whole.setStretchFactor(0, 3)
        whole.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.read_only_note)
        layout.addWidget(whole, 1)
        self.attach(session)

    # --- Loading ---------------------------------------------------------------------------
    def attach(self, session: Session) -> None:
        """Work for ``session``'s person (what they may do) and load the chosen letter."""
        self._session = session
        self.may_edit = letter_templates.may_edit(session.actor)
        self.read_only_note.setVisible(not self.may_edit)
        self.editor.setReadOnly(not self.may_edit)
        listen(self, session, self._changed)
        self._load(str(self.kind.currentData() or ""))

    def _changed(self, changes: Changes) -> None:
        """Wording saved elsewhere: read it again, unless this editor is saving (it reads
        when done) or holds unsaved text (kept; saving it is refused if it is stale)."""
        if changes.concerns(Kind.TEMPLATES) and not self._busy and not self.dirty:
            self._load(self._kind)

    def _load(self, kind: str) -> None:
        if not kind:
            return
        ctx = self._session.ctx
        self._busy = True
        self._update_buttons()

        def read() -> tuple[TemplateVersion, list[TemplateVersion]]:
            return letter_templates.current(ctx, kind), letter_templates.history(ctx, kind)

        read_op(self._session, self, read, lambda loaded: self._show(kind, *loaded), self._fail)

    def _show(self, kind: str, used: TemplateVersion, history: list[TemplateVersion]) -> None:
        self._busy = False
        self._wording = letter_templates.wording(kind)
        self._texts = {key: used.texts.get(key, "") for key in self._wording.parts}
        self._show_versions(kind, used, history)
        self.parts.blockSignals(True)
        self.parts.clear()
        for part in self._wording.parts.values():
            self.parts.addItem(QListWidgetItem(part.label))
        self.parts.blockSignals(False)
        self._part = ""
        self.parts.setCurrentRow(0)
        self._check()

    def _show_versions(
        self, kind: str, used: TemplateVersion, history: list[TemplateVersion]
    ) -> None:
        """The version in use and the history (the wording being typed stays as it is)."""
        self._kind, self._used = kind, used
        if used.builtin:
            self.in_use.setText(self.tr("W użyciu: treść wbudowana w program (wersja 0)."))
        else:
            self.in_use.setText(self.tr("W użyciu: wersja {0} ({1}, {2}).").format(
                used.version, used.saved_by, local_time(used.saved_at)
            ))  # fmt: skip
        rows = [[str(v.version), v.saved_by, local_time(v.saved_at), v.note or "—"]
                for v in history]  # fmt: skip
        show_rows(self.history_model, self.history, self.no_history, rows, stretch_column=3)

    # --- Choosing --------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        """Whether the wording shown differs from the version in use."""
        return self._used is not None and self._texts != {
            key: self._used.texts.get(key, "") for key in self._texts
        }

    def _kind_chosen(self) -> None:
        kind = str(self.kind.currentData() or "")
        if kind == self._kind:
            return
        if self.dirty and not self.confirm_discard():
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(max(self.kind.findData(self._kind), 0))
            self.kind.blockSignals(False)
            return
        self._load(kind)

    def confirm_discard(self) -> bool:
        """Ask whether the unsaved changes of the letter shown may be dropped."""
        name = self._wording.name if self._wording else ""
        answer = QMessageBox.question(
            self, self.tr("Niezapisane zmiany"),
            self.tr("Treść pisma „{0}” ma niezapisane zmiany. Porzucić je?").format(name),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Discard

    def _part_chosen(self, row: int) -> None:
        if self._wording is None or row < 0:
            return
        self._part = list(self._wording.parts)[row]
        part = self._wording.parts[self._part]
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._texts.get(self._part, ""))
        self.editor.blockSignals(False)
        self.editor_label.setText(self.tr("&Treść: {0}").format(part.label))
        self.placeholders.clear()
        for name, description in self._wording.allowed(self._part).items():
            item = QListWidgetItem(f"{{{name}}} — {description}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        has_fields = self.placeholders.count() > 0
        self.placeholders.setVisible(has_fields)
        self.no_placeholders.setVisible(not has_fields)
        if has_fields:
            self.placeholders.setCurrentRow(0)
        self._show_problems()

    # --- Editing ---------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if not self._part:
            return
        self._texts[self._part] = self.editor.toPlainText()
        self._check()

    def insert_placeholder(self) -> None:
        """Insert the chosen placeholder, ``{name}``, at the editor's cursor."""
        item = self.placeholders.currentItem()
        if item is None or not self.may_edit:
            return
        cursor = self.editor.textCursor()
        cursor.insertText("{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}")
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def _check(self) -> None:
        self._problems = letter_templates.problems(self._kind, self._texts) if self._kind else []
        self._show_problems()

    def _show_problems(self) -> None:
        # The part being edited first, then the others: what the user is looking at leads.
        ordered = sorted(self._problems, key=lambda p: p.part != self._part)
        lines = ["• " + p.message for p in ordered[:SHOWN_PROBLEMS]]
        if len(ordered) > SHOWN_PROBLEMS:
            lines.append(self.tr("…oraz innych problemów: {0}.").format(
                len(ordered) - SHOWN_PROBLEMS))  # fmt: skip
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        broken = {p.part for p in self._problems}
        if self._wording is not None:
            for row, key in enumerate(self._wording.parts):
                item = self.parts.item(row)
                if item is not None:
                    item.setForeground(QBrush(PROBLEM_COLOUR) if key in broken else QBrush())
                    item.setToolTip(self.tr("Ta część ma problemy.") if key in broken else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = not self._busy and self._wording is not None
        clean = ready and not self._problems
        self.preview_button.setEnabled(clean)
        self.save_button.setEnabled(clean and self.may_edit and self.dirty)
        self.restore_button.setEnabled(
            ready and self.may_edit and self._used is not None and not self._used.builtin
        )
        self.insert_button.setEnabled(
            ready and self.may_edit and self.placeholders.currentItem() is not None
        )

    # --- Acting ----------------------------------------------------------------------------
    def preview(self) -> None:
        """Render a sample letter in the wording shown (unsaved too) and open it."""
        ctx, kind, texts = self._session.ctx, self._kind, dict(self._texts)
        self._busy = True
        self._update_buttons()
        self._session.worker.submit(
            lambda: letter_templates.preview_file(ctx, kind, texts), self._previewed, self._fail,
            owner=self,
        )  # fmt: skip

    def _previewed(self, path: Path) -> None:
        self._busy = False
        self._update_buttons()
        self.open_pdf(path)

    def open_pdf(self, path: Path) -> None:
        """Open ``path`` with the system's PDF viewer."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._fail(self.tr(
                "Nie udało się otworzyć pliku {0} — system nie ma programu do plików PDF."
            ).format(path.name))  # fmt: skip

    def ask_note(self) -> str | None:
        """A short note on what changed, or None when the user cancels."""
        note, ok = QInputDialog.getText(
            self, self.tr("Zapisz jako nową wersję"),
            self.tr("Krótko: co zmieniono w treści pisma?"), QLineEdit.EchoMode.Normal, "",
        )  # fmt: skip
        return note if ok else None

    def save(self) -> None:
        """Save the wording shown as the next version (after asking for a note)."""
        note = self.ask_note()
        if note is None:
            return
        ctx, actor = self._session.ctx, self._session.actor
        kind, texts = self._kind, dict(self._texts)
        shown = self._used.version if self._used is not None else None  # what was read
        self._run(lambda: letter_templates.save(ctx, actor, kind, texts, note, shown))

    def restore(self) -> None:
        """Save the built-in wording as the next version, after confirmation."""
        name = self._wording.name if self._wording else ""
        question = self.tr("Przywrócić treść pisma „{0}” wbudowaną w program? Zostanie "
                           "zapisana jako nowa wersja; poprzednie zostaną w historii.")  # fmt: skip
        if self.dirty:
            question += " " + self.tr("Niezapisane zmiany zostaną porzucone.")
        answer = QMessageBox.question(
            self, self.tr("Przywróć treść wbudowaną"), question.format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx, actor, kind = self._session.ctx, self._session.actor, self._kind
        shown = self._used.version if self._used is not None else None
        self._run(lambda: letter_templates.restore_builtin(ctx, actor, kind, shown))

    def _run(self, work: Callable[[], TemplateVersion]) -> None:
        self._busy = True
        self._update_buttons()
        kind = self._kind
        write_op(self._session, self, work, lambda _saved: self._load(kind),
                 lambda message: self._save_failed(kind, message))  # fmt: skip

    def _save_failed(self, kind: str, message: str) -> None:
        """Say why; then read the version in use now (another person may have saved one
        meanwhile: the message showed both wordings), keeping what was typed, so that
        saving again stores it knowingly over that version."""
        self._fail(message)
        ctx = self._session.ctx

        def read() -> tuple[TemplateVersion, list[TemplateVersion]]:
            return letter_templates.current(ctx, kind), letter_templates.history(ctx, kind)

        def shown(loaded: tuple[TemplateVersion, list[TemplateVersion]]) -> None:
            if kind == self._kind:
                self._show_versions(kind, *loaded)
                self._check()

        read_op(self._session, self, read, shown, self._fail)

    def _fail(self, message: str) -> None:
        self._busy = False
        self._update_buttons()
        QMessageBox.warning(self, self.tr("Treść pism"), message)

