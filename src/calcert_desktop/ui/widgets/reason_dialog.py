"""The question asked before a filed application changes: why (one line, kept in the case's
history beside the change). Enter saves once the reason is valid, Escape goes back; what was
typed stays with the caller, so a refused save loses nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.amendments import reason_problem
from calcert_desktop.domain.limits import MAX_CHANGE_REASON_CHARS

PROBLEM_STYLE = "color: #a1000e;"


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ReasonDialog(QDialog):
    """Asks for the reason of a change to the filed application ``reference``."""

    def __init__(self, reference: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Powód zmiany zgłoszenia — {0}").format(reference))
        intro = _plain(self.tr(
            "Zgłoszenie {0} jest już złożone. Podaj powód zmiany jego treści — zostanie "
            "zapisany w historii sprawy obok zmiany."
        ).format(reference))  # fmt: skip
        label = QLabel(self.tr("&Powód zmiany:"))
        self.edit = QLineEdit(text)
        self.edit.setMaxLength(MAX_CHANGE_REASON_CHARS)
        self.edit.setPlaceholderText(self.tr("np. instytucja przesłała poprawiony adres"))
        self.edit.setAccessibleName(self.tr("Powód zmiany zgłoszenia"))
        label.setBuddy(self.edit)
        self.problem = _plain("")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        self.ok = QPushButton(self.tr("&Zapisz zmianę"))
        self.ok.setDefault(True)
        self.cancel = QPushButton(self.tr("&Anuluj"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.clicked.connect(self.accept)
        self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self.validate)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())
        self.validate()

    def reason(self) -> str:
        """The reason as typed (stripped)."""
        return self.edit.text().strip()

    def validate(self, *_: object) -> bool:
        """Enable saving only for a valid reason; say what is wrong once something is typed
        (the domain's rule, in its words)."""
        problem = reason_problem(self.edit.text())
        self.ok.setEnabled(problem is None)
        shown = problem.message if problem is not None and self.edit.text() else ""
        self.problem.setText(shown)
        self.problem.setVisible(bool(shown))
        return problem is None

    def accept(self) -> None:
        if self.validate():  # Enter on an invalid reason saves nothing
            super().accept()
