"""Checking a certificate: paste or scan its QR code's text, or type its number with the
short code (or the code alone); the verdict and each check appear below, as plain text.

A USB QR scanner types the code's text like a keyboard and ends with Enter: Enter in the
input therefore checks at once (Shift+Enter still breaks the line).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.ui.widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from calcert_desktop.services.seals.verification import Verification
    from calcert_desktop.ui.session import Session

# The headline's colour by verdict: green, red, amber (readable on a light background).
VERDICT_COLOURS = {"valid": "#1b6e34", "invalid": "#b3261e", "unconfirmed": "#8a5a00"}


class _ScanInput(QPlainTextEdit):
    """The input: Enter submits (a scanner's last key), Shift+Enter breaks the line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class VerifyCertificateDialog(QDialog):
    """Check a certificate offline against the keys, the dates and the register."""

    verified = Signal(object)  # the Verification shown

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._result: Verification | None = None
        self.setWindowTitle(self.tr("Sprawdzanie certyfikatu"))
        resize_within_screen(self, 720, 520)

        intro = QLabel(self.tr(
            "Zeskanuj kod QR z certyfikatu (czytnik wpisze jego treść) albo wpisz numer "
            "certyfikatu z kodem weryfikacyjnym, np. CJ-001/2025 7KQ2-M9XD-4HTA, "
            "albo sam kod weryfikacyjny."
        ))  # fmt: skip
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        self.input_edit = _ScanInput()
        self.input_edit.setPlaceholderText(self.tr("CAL1.… albo CJ-001/2025 7KQ2-M9XD-4HTA"))
        self.input_edit.setTabChangesFocus(True)
        self.input_edit.setFixedHeight(self.input_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.input_edit.submitted.connect(self.check)

        self.day_edit = QDateEdit(self._today())
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd.MM.yyyy")
        day_label = QLabel(self.tr("Ważność na dzień:"))
        day_label.setBuddy(self.day_edit)
        self.check_button = QPushButton(self.tr("Sprawdź"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(day_label)
        row.addWidget(self.day_edit)
        row.addStretch(1)
        row.addWidget(self.check_button)

        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)

        self.checks_model = QStandardItemModel(self)
        self.checks_view = QListView()
        self.checks_view.setModel(self.checks_model)
        self.checks_view.setWordWrap(True)
        self.checks_view.setUniformItemSizes(False)
        self.checks_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.checks_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checks_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.checks_view.setSpacing(2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Zamknij"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.input_edit)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(self.headline)
        layout.addWidget(self.checks_view, 1)
        layout.addWidget(buttons)
        self.input_edit.setFocus()

    def _today(self) -> QDate:
        today = self._session.ctx.today()
        return QDate(today.year, today.month, today.day)

    def result(self) -> Verification | None:  # type: ignore[override]
        """The last verification shown (None before the first check or after an error)."""
        return self._result

    def check(self) -> None:
        """Check what was entered, in the background."""
        from calcert_desktop.services.seals import verification

        text = self.input_edit.toPlainText()
        day = self.day_edit.date().toPython()
        ctx, actor = self._session.ctx, self._session.actor
        self.check_button.setEnabled(False)
        self.headline.setText(self.tr("Sprawdzanie…"))
        self.headline.setStyleSheet("")
        self.checks_model.clear()
        self._session.worker.submit(
            lambda: verification.verify(ctx, actor, text, day), self._show, self._failed,
            owner=self,
        )

    def _show(self, result: Any) -> None:
        self._result = result
        self.check_button.setEnabled(True)
        self.headline.setText(result.headline)
        self.headline.setStyleSheet(f"color: {VERDICT_COLOURS.get(result.verdict, '')};")
        for item in result.checks:
            entry = QStandardItem(item.line())
            entry.setEditable(False)
            entry.setToolTip(item.line())
            self.checks_model.appendRow(entry)
        self.verified.emit(result)

    def _failed(self, message: str) -> None:
        self._result = None
        self.check_button.setEnabled(True)
        self.headline.setText("")
        QMessageBox.warning(self, self.tr("Sprawdzanie certyfikatu"), message)
