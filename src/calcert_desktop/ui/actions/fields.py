"""One input per kind of action parameter: the widget, its value, and what is wrong with it.

Each field is built from an :class:`ActionParam` of the domain, filled from the dialog's
:class:`ActionForm` when it has loaded, and reports a Polish problem (or ``None``) that the
dialog shows next to it.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from calcert_desktop.domain.action_params import ActionParam, ParamKind
from calcert_desktop.domain.board import DEFAULT_QUORUM
from calcert_desktop.domain.eligibility import VOTES, ballot_problem
from calcert_desktop.domain.facts import MemberFacts
from calcert_desktop.domain.periods import MIN_PERIOD_SETTINGS, period_problem
from calcert_desktop.ui.actions.mnemonics import capitalized
from calcert_desktop.ui.widgets.board_ballot import BoardBallot

if TYPE_CHECKING:  # the services (and SQLAlchemy) are imported once the database opens
    from calcert_desktop.services.process.action_forms import ActionForm

DATE_FORMAT = "dd.MM.yyyy"
VOTE_CODES = VOTES  # the domain's votes, in the order the dialog shows them
LONG_TEXTS = ("reasons", "charges", "grounds", "text")  # letters, not notes


def date_edit(day: date) -> QDateEdit:
    """A date input: dd.MM.yyyy, with a calendar to pick from."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00.00.00000") + 40)
    return edit


def plain_label(text: str, *, wrap: bool = True) -> QLabel:
    """A label that never reads its text as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class Field(QObject):
    """Base of the fields: ``widget`` to place, ``focus`` for the label's buddy."""

    changed = Signal()

    def __init__(self, param: ActionParam) -> None:
        super().__init__()
        self.param = param
        self.widget: QWidget = QWidget()
        self.focus: QWidget = self.widget

    def fill(self, form: ActionForm, actor_login: str) -> None:
        """Put the loaded data in (people to choose from, members who vote, drafts)."""

    def value(self) -> Any:
        """The request parameter's value, or None when not given."""
        return None

    def problem(self) -> str | None:
        """What keeps the field from being valid, in Polish; None when it is fine."""
        if self.param.required and self.value() in (None, "", {}):
            return self.tr("Pole wymagane.")
        return None

    def typed(self) -> str:
        """The text typed into the field, as it stands ('' for a field with no text)."""
        return ""


class TextField(Field):
    """A written text: reasons, charges, a response."""

    def __init__(self, param: ActionParam, rows: int = 6) -> None:
        super().__init__(param)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(capitalized(param.help))
        self.editor.setMinimumHeight(self.editor.fontMetrics().lineSpacing() * rows + 12)
        self.editor.textChanged.connect(self.changed)
        self.widget = self.focus = self.editor

    def fill(self, form: ActionForm, actor_login: str) -> None:
        if self.param.name == "reasons" and form.reasons and not self.editor.toPlainText():
            self.editor.setPlainText(form.reasons)

    def value(self) -> str | None:
        return self.editor.toPlainText().strip() or None

    def typed(self) -> str:
        return self.editor.toPlainText()

    def problem(self) -> str | None:
        if self.param.required and not self.value():
            return self.tr("Wpisz treść — pole wymagane (regulamin wymaga formy pisemnej).")
        return None


class DateField(Field):
    """A date parameter (a deadline, the planned visit); its default follows the domain:
    so many days after the act (a setting's, never fewer than the shortest period the
    domain allows), moved with the act's date until the person picks a date."""

    def __init__(self, param: ActionParam, today: date) -> None:
        super().__init__(param)
        self.days = param.default_days or 0
        self.shortest: int | None = None  # the shortest period in days, if the domain has one
        self.picked = False  # the person chose the date: it no longer follows the act's
        self._proposing = False
        self.edit = date_edit(today + timedelta(days=self.days))
        self.edit.dateChanged.connect(self._date_changed)
        self.widget = self.focus = self.edit

    def fill(self, form: ActionForm, actor_login: str) -> None:
        days = form.setting_days.get(self.param.default_setting or "", self.param.default_days)
        shortest = MIN_PERIOD_SETTINGS.get(self.param.name)
        self.shortest = form.setting_days.get(shortest) if shortest else None
        self.days = max(days or 0, self.shortest or 0)
        self.follow(form.today)

    def too_short(self, on: date) -> str | None:
        """The domain's refusal of a deadline leaving less than its shortest period after
        the act dated ``on``, in its words; None when it is long enough (or unbounded)."""
        if self.shortest is None:
            return None
        error = period_problem(self.param.name, on, self.value(), self.shortest)
        return error.message if error is not None else None

    def follow(self, on: date) -> None:
        """Propose the default date counted from the act dated ``on`` (unless picked)."""
        if self.picked:
            return
        try:
            day = on + timedelta(days=self.days)
        except OverflowError:  # an act dated at the end of the calendar: leave the date
            return
        self._proposing = True
        try:
            self.edit.setDate(QDate(day.year, day.month, day.day))
        finally:
            self._proposing = False

    def _date_changed(self, *_: object) -> None:
        if not self._proposing:
            self.picked = True
        self.changed.emit()

    def value(self) -> date:
        return self.edit.date().toPython()


class PersonField(Field):
    """A person holding the role the parameter needs, chosen by full name."""

    def __init__(self, param: ActionParam) -> None:
        super().__init__(param)
        self.combo = QComboBox()
        self.combo.addItem(self.tr("— wybierz —"), None)
        self.combo.setToolTip(capitalized(param.help))
        self.combo.currentIndexChanged.connect(self.changed)
        self.widget = self.focus = self.combo

    def fill(self, form: ActionForm, actor_login: str) -> None:
        for person in form.people.get(self.param.name, []):
            self.combo.addItem(person.full_name, person.login)
        if not self.param.required:  # e.g. one's own conflict: the acting person by default
            self.combo.setCurrentIndex(max(self.combo.findData(actor_login), 0))

    def value(self) -> str | None:
        return self.combo.currentData()

    def problem(self) -> str | None:
        if self.param.required and self.value() is None:
            if self.combo.count() == 1:
                return self.tr("Nie ma osoby, którą można tu wskazać.")
            return self.tr("Wybierz osobę z listy.")
        return None


class FlagField(Field):
    """A yes/no parameter."""

    def __init__(self, param: ActionParam) -> None:
        super().__init__(param)
        self.box = QCheckBox(capitalized(param.help))
        self.box.toggled.connect(self.changed)
        self.widget = self.focus = self.box

    def value(self) -> bool | None:
        return True if self.box.isChecked() else None


class VotesField(Field):
    """The vote of each assigned member without a conflict: za / przeciw / wstrzymuje się."""

    def __init__(self, param: ActionParam) -> None:
        super().__init__(param)
        self.widget = QWidget()
        self.grid = QGridLayout(self.widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        names = (self.tr("za"), self.tr("przeciw"), self.tr("wstrzymuje się"))
        self.grid.addWidget(plain_label(self.tr("Członek Komisji")), 0, 0)
        for column, name in enumerate(names, start=1):
            self.grid.addWidget(plain_label(name, wrap=False), 0, column)
        self.tally = plain_label("")
        self.buttons: dict[str, dict[str, QRadioButton]] = {}
        self.groups: list[QButtonGroup] = []

    def fill(self, form: ActionForm, actor_login: str) -> None:
        names = (self.tr("za"), self.tr("przeciw"), self.tr("wstrzymuje się"))
        for row, voter in enumerate(form.voters, start=1):
            self.grid.addWidget(plain_label(voter.full_name, wrap=False), row, 0)
            group = QButtonGroup(self.widget)
            self.groups.append(group)
            self.buttons[voter.login] = {}
            for column, (code, name) in enumerate(zip(VOTE_CODES, names, strict=True), start=1):
                button = QRadioButton()
                button.setAccessibleName(f"{voter.full_name}: {name}")
                group.addButton(button)
                button.toggled.connect(self._toggled)
                self.buttons[voter.login][code] = button
                self.grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignHCenter)
        self.grid.addWidget(self.tally, len(form.voters) + 1, 0, 1, 4)
        self.grid.setColumnStretch(4, 1)
        if form.voters:
            self.focus = self.buttons[form.voters[0].login]["for"]
        self._toggled()

    def _toggled(self, *_: object) -> None:
        votes = self.value()
        counts = [sum(1 for v in votes.values() if v == code) for code in VOTE_CODES]
        self.tally.setText(self.tr("Za: {0}, przeciw: {1}, wstrzymało się: {2}").format(*counts))
        self.changed.emit()

    def value(self) -> dict[str, str]:
        return {
            login: code
            for login, buttons in self.buttons.items()
            for code, button in buttons.items()
            if button.isChecked()
        }

    def problem(self) -> str | None:
        # The ballot holds the case's eligible members (domain.eligibility, through the
        # service): the domain says what is missing, in its words.
        ballot = [MemberFacts(login) for login in self.buttons]
        error = ballot_problem(ballot, self.value())
        return error.message if error is not None else None


class BoardVotesField(Field):
    """The Board's resolution: the vote of each Board member taking part (the members the
    impartiality rule lets vote in the case); the rest do not vote."""

    def __init__(self, param: ActionParam) -> None:
        super().__init__(param)
        self.ballot = BoardBallot()
        self.ballot.changed.connect(self.changed)
        self.widget = self.ballot

    def fill(self, form: ActionForm, actor_login: str) -> None:
        voters = [(voter.login, voter.full_name) for voter in form.board_voters]
        self.ballot.set_voters(voters, form.setting_days.get("board_quorum", DEFAULT_QUORUM))
        self.focus = self.ballot.first

    def value(self) -> dict[str, str]:
        return self.ballot.value()

    def problem(self) -> str | None:
        return self.ballot.problem()


class FindingsField(Field):
    """The visit's findings: for each standard a rating (or none) and what was found."""

    def __init__(self, param: ActionParam) -> None:
        super().__init__(param)
        self.widget = QWidget()
        self.grid = QGridLayout(self.widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.ratings: dict[str, QComboBox] = {}
        self.texts: dict[str, QLineEdit] = {}

    def fill(self, form: ActionForm, actor_login: str) -> None:
        for row, standard in enumerate(form.standards):
            label = plain_label(f"{standard.number}. {standard.title}")
            label.setToolTip(standard.text)
            combo = QComboBox()
            combo.addItem(self.tr("— bez ustalenia —"), None)
            for choice in form.scale:
                combo.addItem(choice.label, choice.code)
            combo.setAccessibleName(self.tr("Ustalenie: {0}").format(standard.title))
            text = QLineEdit()
            text.setPlaceholderText(self.tr("Co ustalono na miejscu"))
            text.setAccessibleName(self.tr("Treść ustalenia: {0}").format(standard.title))
            combo.currentIndexChanged.connect(self.changed)
            text.textChanged.connect(self.changed)
            self.ratings[standard.code], self.texts[standard.code] = combo, text
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.grid.addWidget(text, row, 2)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(2, 3)
        if form.standards:
            self.focus = self.ratings[form.standards[0].code]

    def value(self) -> dict[str, tuple[str, str]]:
        return {
            code: (combo.currentData(), self.texts[code].text().strip())
            for code, combo in self.ratings.items()
            if combo.currentData() is not None
        }

    def typed(self) -> str:
        return "\n".join(text.text() for text in self.texts.values())


class JsonField(Field):
    """A declaration file chosen on disk (read when the action runs)."""

    def __init__(self, param: ActionParam) -> None:
        super().__init__(param)
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit()
        self.path.setPlaceholderText(capitalized(param.help))
        self.path.textChanged.connect(self.changed)
        self.choose = QPushButton(self.tr("Wybierz plik…"))
        self.choose.clicked.connect(self._choose)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        self.focus = self.path

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.widget, self.tr("Poprawiona deklaracja"), "", self.tr("Deklaracja (*.json)")
        )
        if name:
            self.path.setText(name)

    def value(self) -> str | None:
        return self.path.text().strip() or None

    def typed(self) -> str:
        return self.path.text()


def make_field(param: ActionParam, today: date) -> Field:
    """The field for one parameter."""
    if param.kind == ParamKind.TEXT:
        return TextField(param, rows=9 if param.name in LONG_TEXTS else 5)
    if param.kind == ParamKind.DATE:
        return DateField(param, today)
    if param.kind == ParamKind.LOGIN:
        return PersonField(param)
    if param.kind == ParamKind.FLAG:
        return FlagField(param)
    if param.kind == ParamKind.VOTES:
        return VotesField(param)
    if param.kind == ParamKind.BOARD_VOTES:
        return BoardVotesField(param)
    if param.kind == ParamKind.FINDINGS:
        return FindingsField(param)
    return JsonField(param)
