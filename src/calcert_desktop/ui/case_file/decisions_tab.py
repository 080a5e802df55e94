"""Decyzja: the Commission's and the Board's decisions, the vote record, the reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from calcert_desktop.domain.case_labels import DECISION_BODIES, DECISION_KINDS, VOTES, label
from calcert_desktop.ui.case_file.common import DASH, RecordsPane, pl_date, section

if TYPE_CHECKING:
    from calcert_desktop.services.process.resolutions import ResolutionInfo
    from calcert_desktop.services.views.case_file_model import CaseFile, DecisionEntry


class DecisionsTab(QWidget):
    """Decisions in a table; the selected one's votes and written reasons below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = RecordsPane(
            [self.tr("Rodzaj decyzji"), self.tr("Organ"), self.tr("Data decyzji"),
             self.tr("Doręczono"), self.tr("Głosowanie")],
            self.tr("Brak decyzji — w sprawie nie podjęto jeszcze żadnej decyzji."),
            self.tr("Decyzje"),
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane)

    def _tally(self, votes: dict[str, str]) -> str:
        if not votes:
            return DASH  # the Board decides without a recorded vote
        counts = [sum(1 for v in votes.values() if v == code) for code in VOTES]
        return self.tr("za {0}, przeciw {1}, wstrzymało się {2}").format(*counts)

    def show_file(self, view: CaseFile) -> None:
        """Show the decisions of ``view`` (the Board's with the votes of its resolution)."""
        decisions = view.decisions
        self.pane.show_records(
            [[label(DECISION_KINDS, d.kind), label(DECISION_BODIES, d.body),
              pl_date(d.decided_on), pl_date(d.delivered_on),
              self._tally(self._votes(view, d))]
             for d in decisions],
            [self._detail(view, d) for d in decisions],
        )  # fmt: skip

    @staticmethod
    def _resolution(view: CaseFile, decision: DecisionEntry) -> ResolutionInfo | None:
        """The Board's resolution that took ``decision`` (an appeal's outcome), if any."""
        return next(
            (r for r in view.resolutions
             if r.subject == decision.kind and r.adopted_on == decision.decided_on),
            None,
        )  # fmt: skip

    def _votes(self, view: CaseFile, decision: DecisionEntry) -> dict[str, str]:
        resolution = self._resolution(view, decision)
        return resolution.votes if resolution is not None else decision.votes

    def _detail(self, view: CaseFile, decision: DecisionEntry) -> str:
        head = self.tr("{0} — {1}, {2}").format(
            label(DECISION_KINDS, decision.kind).capitalize(),
            label(DECISION_BODIES, decision.body),
            pl_date(decision.decided_on),
        )
        delivered = self.tr("Doręczono: {0}").format(pl_date(decision.delivered_on))
        parts = [f"{head}\n{delivered}\n"]
        resolution = self._resolution(view, decision)
        if resolution is not None:
            parts.insert(1, self.tr("Uchwała Zarządu nr {0}").format(resolution.number) + "\n")
        votes = self._votes(view, decision)
        if votes:
            lines = [f"{view.name(login)} — {label(VOTES, vote)}" for login, vote in votes.items()]
            parts.append(section(self.tr("Głosowanie ({0}):").format(self._tally(votes)),
                                 "\n".join(lines)))  # fmt: skip
        reasons = section(self.tr("Uzasadnienie na piśmie:"), decision.reasons or "")
        parts.append(reasons or self.tr("Decyzja nie ma pisemnego uzasadnienia."))
        return "\n".join(parts)
