"""The acting member rates all nine standards at once; saved in one transaction, so the
assessment is never half-saved (:func:`batch.assess_standards`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.assessment_rules import comment_problem
from calcert_desktop.ui.actions.dialog import ActionDialogBase, problem_label, show_note
from calcert_desktop.ui.actions.fields import plain_label
from calcert_desktop.ui.actions.mnemonics import with_mnemonic
from calcert_desktop.ui.widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from calcert_desktop.services.process.action_forms import ActionForm
    from calcert_desktop.ui.session import Session

def standard_label(title: str, text: str) -> QWidget:
    """The standard's title in bold and, smaller below it, what the standard requires."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    heading = plain_label(title)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    body = plain_label(text)
    small = body.font()
    small.setPointSizeF(small.pointSizeF() * 0.85)
    body.setFont(small)
    body.setToolTip(text)
    column.addWidget(heading)
    column.addWidget(body)
    return box


class StandardRow:
    """The inputs of one standard: rating, comment, evidence, and the note on what is missing."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.rating = QComboBox()
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.comment.setFixedHeight(self.comment.fontMetrics().lineSpacing() * 3 + 12)
        self.evidence = QLineEdit()
        self.problem = problem_label()

    def value(self) -> tuple[str, str, str] | None:
        """(rating, comment, evidence), or None while no rating is chosen."""
        rating = self.rating.currentData()
        if rating is None:
            return None
        return rating, self.comment.toPlainText().strip(), self.evidence.text().strip()


class AssessDialog(ActionDialogBase):
    """Ratings of all the standards of the form by the acting member."""

    def __init__(self, session: Session, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(session, reference, Action.ASSESS, parent)
        self.rows: dict[str, StandardRow] = {}
        self.versions: dict[str, int] = {}  # the member's assessments' versions, as read
        self.setWindowTitle(self.tr("Ocena standardów — {0}").format(reference))
        intro = plain_label(
            self.tr(
                "{0}: oceń każdy standard. Ocena inna niż „spełnia” wymaga komentarza z "
                "uzasadnieniem; w polu „Dowody” wskaż załączniki lub fragmenty raportu."
            ).format(session.actor.full_name)
        )
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        for column, text in enumerate(
            (self.tr("Standard"), self.tr("Ocena"), self.tr("Komentarz"), self.tr("Dowody"))
        ):
            header = plain_label(text)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(2, 4)
        self.grid.setColumnStretch(3, 2)
        inner = QWidget(self)
        inner.setLayout(self.grid)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(inner)
        dates = QFormLayout()
        date_label = QLabel(with_mnemonic(self.tr("Data czynności:"), self.taken), self)
        date_label.setBuddy(self.date)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.date, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.date_problem)
        dates.addRow(date_label, box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(dates)
        layout.addWidget(self.scroll, 1)
        self.remaining = plain_label("")
        self.remaining.hide()
        layout.addWidget(self.remaining)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 1180, 700)
        self.load()

    def loaded(self, form: ActionForm) -> None:
        self.versions = dict(form.own_versions)  # as read: saved with the ratings
        for index, standard in enumerate(form.standards, start=1):
            row = StandardRow(standard.code)
            label = standard_label(f"{standard.number}. {standard.title}", standard.text)
            row.rating.addItem(self.tr("— wybierz —"), None)
            for choice in form.scale:
                row.rating.addItem(choice.label, choice.code)
            row.rating.setAccessibleName(self.tr("Ocena: {0}").format(standard.title))
            row.comment.setAccessibleName(self.tr("Komentarz: {0}").format(standard.title))
            row.evidence.setAccessibleName(self.tr("Dowody: {0}").format(standard.title))
            row.evidence.setPlaceholderText(self.tr("np. statut § 4, raport s. 3"))
            given = form.own_assessments.get(standard.code)
            if given is not None:  # the member's earlier ratings, to revise
                row.rating.setCurrentIndex(max(row.rating.findData(given[0]), 0))
                row.comment.setPlainText(given[1])
                row.evidence.setText(given[2])
            row.rating.currentIndexChanged.connect(self.validate)
            row.comment.textChanged.connect(self.validate)
            comment_box = QWidget()
            comment_column = QVBoxLayout(comment_box)
            comment_column.setContentsMargins(0, 0, 0, 0)
            comment_column.setSpacing(2)
            comment_column.addWidget(row.comment)
            comment_column.addWidget(row.problem)
            top = Qt.AlignmentFlag.AlignTop
            self.grid.addWidget(label, index, 0, top)
            self.grid.addWidget(row.rating, index, 1, top)
            self.grid.addWidget(comment_box, index, 2, top)
            self.grid.addWidget(row.evidence, index, 3, top)
            self.rows[standard.code] = row
        self.grid.setRowStretch(len(form.standards) + 1, 1)

    def row(self, code: str) -> StandardRow:
        """The inputs of standard ``code`` (for tests)."""
        return self.rows[code]

    def problems(self) -> dict[str, str]:
        problems = super().problems()
        for code, row in self.rows.items():
            value = row.value()
            if value is None:
                problems[code] = self.tr("Wybierz ocenę standardu.")
            elif (error := comment_problem(code, value[0], value[1])) is not None:
                problems[code] = error.message  # the domain's rule, in the domain's words
        return problems

    def show_problems(self, problems: dict[str, str]) -> None:
        super().show_problems(problems)
        unrated = [code for code, row in self.rows.items() if row.value() is None]
        for code, row in self.rows.items():
            # A standard not rated yet is counted once, above the buttons, not marked red
            # nine times before the person has done anything.
            show_note(row.problem, None if code in unrated else problems.get(code))
        if unrated and self.rows:
            numbers = ", ".join(code.removeprefix("S") for code in unrated)
            self.remaining.setText(self.tr("Do oceny zostało standardów: {0} z {1} (nr {2}).")
                                   .format(len(unrated), len(self.rows), numbers))  # fmt: skip
        self.remaining.setVisible(bool(unrated and self.rows))

    def typed_text(self) -> list[str]:
        return [t for row in self.rows.values() for t in (row.comment.toPlainText(),
                                                          row.evidence.text())]  # fmt: skip

    def ratings(self) -> dict[str, tuple[str, str, str]]:
        """Standard -> (rating, comment, evidence) for every rated standard."""
        return {code: value for code, row in self.rows.items() if (value := row.value())}

    def job(self) -> Callable[[], Any]:
        from calcert_desktop.services.process.batch import assess_standards

        ctx, actor, reference = self.session.ctx, self.session.actor, self.reference
        on, ratings, versions = self.on(), self.ratings(), dict(self.versions)
        return lambda: assess_standards(ctx, actor, reference, on, ratings, versions)
