"""Ocena: the Commission's assessment matrix, standards by members.

Each rating is a word and a sign (not colour alone) on a fixed pale background with a fixed
dark text colour, so it reads the same in light and dark palettes. A member with a conflict
of interest has an empty column (assessments given before the declaration leave the matrix;
the history keeps them); a conflicted viewer sees no matrix at all (the service withholds
it, this tab only explains).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.ui.case_file.common import (
    DASH,
    pl_date,
    plain_label,
    read_only_text,
    tooltip,
)
from calcert_desktop.ui.list_model import NO_PARENT, Index

if TYPE_CHECKING:
    from calcert_desktop.services.views.assessments import (
        AssessmentMatrix,
        MatrixCell,
        MatrixMember,
        MatrixStandard,
    )

SIGNS = {"meets": "✓", "partly": "½", "not": "✗"}
# (background, text): pale fills with dark text set together, readable in any palette.
COLOURS = {
    "meets": ("#d4edda", "#14451f"),
    "partly": ("#fff3c4", "#5a4500"),
    "not": ("#f8d3d3", "#6e1010"),
}
COMMENT_MARK = " *"


class MatrixModel(QAbstractTableModel):
    """Rows: the standards; columns: the members assigned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._standards: tuple[MatrixStandard, ...] = ()
        self._members: tuple[MatrixMember, ...] = ()
        self._matrix: AssessmentMatrix | None = None

    def set_matrix(self, matrix: AssessmentMatrix) -> None:
        """Show ``matrix`` (never a withheld one: the tab shows an explanation instead)."""
        self.beginResetModel()
        self._matrix = matrix
        self._standards = matrix.standards
        self._members = matrix.members
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._standards)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._members)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            standard = self._standards[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{standard.code} {standard.title}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(standard.text)
            return None
        member = self._members[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if member.conflicted:
                return self.tr("{0}\n(konflikt interesów)").format(member.full_name)
            if member.rapporteur:
                return self.tr("{0}\n(sprawozdawca)").format(member.full_name)
            return member.full_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(member.login)
        return None

    def cell(self, index: QModelIndex) -> MatrixCell | None:
        """The assessment at ``index``, or None."""
        if self._matrix is None or not index.isValid():
            return None
        member = self._members[index.column()]
        return self._matrix.cell(self._standards[index.row()].code, member.login)

    def member(self, column: int) -> MatrixMember:
        """The member of ``column``."""
        return self._members[column]

    def standard(self, row: int) -> MatrixStandard:
        """The standard of ``row``."""
        return self._standards[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self._members[index.column()]
        cell = self.cell(QModelIndex(index))
        if role == Qt.ItemDataRole.DisplayRole:
            if member.conflicted:
                return self.tr("konflikt interesów")
            if cell is None:
                return DASH
            mark = COMMENT_MARK if cell.comment or cell.evidence else ""
            return f"{SIGNS.get(cell.rating, '?')} {cell.rating_label}{mark}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.describe(QModelIndex(index)))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if cell is not None and cell.rating in COLOURS and not member.conflicted:
            background, text = COLOURS[cell.rating]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(background))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(text))
        if role == Qt.ItemDataRole.FontRole and member.conflicted:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def describe(self, index: QModelIndex) -> str:
        """The whole of one cell as plain text: rating, date, comment, evidence."""
        standard = self._standards[index.row()]
        member = self._members[index.column()]
        head = f"{standard.code} {standard.title} — {member.full_name}"
        if member.conflicted:
            return head + "\n" + self.tr(
                "Zgłoszono konflikt interesów: ta osoba nie ocenia standardów w tej sprawie, "
                "a jej wcześniejsze oceny nie liczą się (zostają w historii sprawy)."
            )
        cell = self.cell(index)
        if cell is None:
            return head + "\n" + self.tr("Nie oceniono.")
        lines = [head, self.tr("Ocena: {0} ({1})").format(cell.rating_label,
                                                          pl_date(cell.assessed_on))]  # fmt: skip
        lines.append(self.tr("Komentarz: {0}").format(cell.comment or DASH))
        lines.append(self.tr("Dowody: {0}").format(cell.evidence or DASH))
        return "\n".join(lines)


class AssessmentTab(QWidget):
    """The matrix, a legend and the selected cell's detail; or why there is nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Macierz ocen standardów"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Nine standards readable; no more, or the case file outgrows a laptop at 150%.
        self.table.setMinimumHeight(9 * (self.table.fontMetrics().height() + 2) + 24)
        self.legend = plain_label(self.tr(
            "✓ spełnia   ½ spełnia częściowo   ✗ nie spełnia   — nie oceniono   "
            "* z komentarzem lub dowodami (szczegóły po wybraniu komórki)"
        ))  # fmt: skip
        self.detail = read_only_text(self.tr("Szczegóły oceny"))
        self.message = plain_label()
        matrix_page = QWidget()
        page = QVBoxLayout(matrix_page)
        page.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        page.addWidget(self.legend)
        page.addWidget(splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(matrix_page)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.table.selectionModel().currentChanged.connect(self._show_detail)

    def show_matrix(self, matrix: AssessmentMatrix) -> None:
        """Show ``matrix``, or a Polish explanation when it is withheld or empty."""
        if matrix.withheld:
            self.model.set_matrix(type(matrix)(matrix.standards, ()))  # nothing left behind
            self.detail.clear()
            self.message.setText(self.tr(
                "Zgłosiłeś(-aś) konflikt interesów w tej sprawie, dlatego nie widzisz ocen "
                "standardów wystawionych przez członków Komisji. Osoba z konfliktem interesów "
                "nie ocenia, nie głosuje i nie zapoznaje się z ocenami innych."
            ))  # fmt: skip
            self.stack.setCurrentIndex(0)
            return
        self.model.set_matrix(matrix)
        if not matrix.members:
            self.message.setText(self.tr(
                "Brak ocen — do sprawy nie wyznaczono jeszcze członków Komisji."
            ))  # fmt: skip
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        if not matrix.cells:
            self.detail.setPlainText(self.tr("Nikt z Komisji nie ocenił jeszcze standardów."))
            return
        column = next((c for c, m in enumerate(matrix.members) if not m.conflicted), 0)
        self.table.setCurrentIndex(self.model.index(0, column))

    def _show_detail(self, current: QModelIndex) -> None:
        if current.isValid():
            self.detail.setPlainText(self.model.describe(current))

    @property
    def showing_matrix(self) -> bool:
        """True when the matrix (not an explanation) is on screen."""
        return self.stack.currentIndex() == 1
