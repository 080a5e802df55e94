"""The Board's vote on a resolution: one row per Board member who may vote, and for each
"za", "przeciw", "wstrzymuje się" or "nie głosuje" (not taking part, the default). What
makes the ballot wrong (no quorum, no majority) is the domain's rule, shown in its words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from calcert_desktop.domain.board import resolution_problem
from calcert_desktop.domain.eligibility import VOTES

ABSENT = "absent"  # a member not taking part: no vote at all


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class BoardBallot(QWidget):
    """The votes of the Board members given by :meth:`set_voters`; ``changed`` on each."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.names = (
            self.tr("za"),
            self.tr("przeciw"),
            self.tr("wstrzymuje się"),
            self.tr("nie głosuje"),
        )
        self.grid.addWidget(_label(self.tr("Członek Zarządu")), 0, 0)
        for column, name in enumerate(self.names, start=1):
            self.grid.addWidget(_label(name), 0, column)
        self.tally = _label("")
        self.tally.setWordWrap(True)
        self.buttons: dict[str, dict[str, QRadioButton]] = {}
        self.groups: list[QButtonGroup] = []
        self.quorum = 2
        self.first: QWidget = self

    def set_voters(self, voters: Sequence[tuple[str, str]], quorum: int) -> None:
        """The Board members who may vote, (login, full name), and the quorum."""
        self.quorum = quorum
        codes = (*VOTES, ABSENT)
        for row, (login, full_name) in enumerate(voters, start=1):
            self.grid.addWidget(_label(full_name), row, 0)
            group = QButtonGroup(self)
            self.groups.append(group)
            self.buttons[login] = {}
            for column, (code, name) in enumerate(zip(codes, self.names, strict=True), start=1):
                button = QRadioButton()
                button.setAccessibleName(f"{full_name}: {name}")
                group.addButton(button)
                button.setChecked(code == ABSENT)
                button.toggled.connect(self._toggled)
                self.buttons[login][code] = button
                self.grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignHCenter)
        self.grid.addWidget(self.tally, len(voters) + 1, 0, 1, 5)
        self.grid.setColumnStretch(5, 1)
        if voters:
            self.first = self.buttons[voters[0][0]]["for"]
        self._toggled()

    def vote(self, login: str, code: str) -> None:
        """Mark ``login``'s vote (``for``, ``against``, ``abstain`` or ``absent``)."""
        self.buttons[login][code].setChecked(True)

    def _toggled(self, *_: object) -> None:
        votes = self.value()
        counts = [sum(1 for v in votes.values() if v == code) for code in VOTES]
        text = self.tr("Głosuje: {0} (kworum: {1}). Za: {2}, przeciw: {3}, wstrzymało się: {4}.")
        self.tally.setText(text.format(len(votes), self.quorum, *counts))
        self.changed.emit()

    def value(self) -> dict[str, str]:
        """login -> vote of the members taking part."""
        return {
            login: code
            for login, buttons in self.buttons.items()
            for code, button in buttons.items()
            if button.isChecked() and code != ABSENT
        }

    def problem(self) -> str | None:
        """Why the Board would not adopt the resolution so voted (None when it would)."""
        error = resolution_problem(self.buttons, self.value(), self.quorum)
        return error.message if error is not None else None
