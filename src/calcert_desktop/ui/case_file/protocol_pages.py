"""The pages of the site-visit protocol editor: one per standard (rating, finding,
observations, evidence files) and one for the summary and the institution's
representative. They show and collect; the editor saves (:mod:`protocol_editor`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.services.exchange.protocol import MAX_EVIDENCE
from calcert_desktop.ui.case_file.common import plain_label

if TYPE_CHECKING:
    from calcert_desktop.services.exchange.protocol import ProtocolDraft, StandardEntry

# The ratings in the order offered; "" until the expert rates the standard.
RATING_CODES = ("", "meets", "partly", "not")
REPRESENTATIVE_MAX = 200  # as the service checks it
TEXT_LINES = 4  # the height a text box asks for, in lines (it grows with the window)


def text_box(accessible: str) -> QPlainTextEdit:
    """A plain multi-line input that Tab leaves (a protocol's texts need no tab characters)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setAccessibleName(accessible)
    box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    lines = box.fontMetrics().lineSpacing() * TEXT_LINES
    box.setMinimumHeight(lines // 2 + 12)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return box


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    """``label`` in bold (and larger by ``scale``)."""
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class EvidenceList(QListView):
    """The evidence files of one standard; Enter opens the current one."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class StandardPage(QWidget):
    """What the expert writes of one standard."""

    changed = Signal()  # anything typed or chosen
    rating_changed = Signal(str)  # the rating's code ("" when not rated)
    add_requested = Signal()  # "Dodaj plik lub zdjęcie…"
    open_requested = Signal(dict)  # {"sha256", "name"} of the evidence to show

    def __init__(self, code: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self._evidence: list[dict[str, str]] = []
        # Headings do not wrap: a wrapping label would size the page by its preferred height
        # (height for width), so a small screen would scroll it although it fits.
        self.heading = bold(plain_label(f"{code} {title}", wrap=False), 1.2)
        self.rating = QComboBox()
        for text in (self.tr("nie oceniono"), self.tr("spełnia"), self.tr("spełnia częściowo"),
                     self.tr("nie spełnia")):  # fmt: skip
            self.rating.addItem(text)
        self.rating.setAccessibleName(self.tr("Ocena standardu {0}").format(code))
        self.rating.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.finding = text_box(self.tr("Ustalenie — standard {0}").format(code))
        self.observations = text_box(self.tr("Obserwacje — standard {0}").format(code))
        self.model = QStandardItemModel(self)
        self.evidence = EvidenceList()
        self.evidence.setModel(self.model)
        self.evidence.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidence.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence.setAccessibleName(self.tr("Dowody — standard {0}").format(code))
        self.evidence.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 8)
        self.evidence.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.add_button = QPushButton(self.tr("Dod&aj plik lub zdjęcie…"))
        self.remove_button = QPushButton(self.tr("Usuń z protoko&łu"))
        self.open_button = QPushButton(self.tr("Otwórz p&lik"))
        self.add_button.setToolTip(self.tr(
            "PDF, JPEG, PNG, TIFF, DOC, DOCX, ODT, RTF lub TXT, do 25 MB każdy"
        ))  # fmt: skip
        self.evidence.setToolTip(self.tr("Dwuklik lub Enter otwiera plik"))
        self._lay_out()
        self.rating.currentIndexChanged.connect(self._rated)
        self.finding.textChanged.connect(self.changed)
        self.observations.textChanged.connect(self.changed)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button.clicked.connect(self._open_current)
        self.evidence.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.evidence.activated_row.connect(self._open_row)
        self.evidence.selectionModel().currentChanged.connect(self.update_buttons)
        self.update_buttons()

    def _lay_out(self) -> None:
        rating_label = QLabel(self.tr("&Ocena:"))
        rating_label.setBuddy(self.rating)
        finding_label = QLabel(self.tr("&Ustalenie:"))
        finding_label.setBuddy(self.finding)
        observations_label = QLabel(self.tr("O&bserwacje:"))
        observations_label.setBuddy(self.observations)
        evidence_label = QLabel(self.tr("Do&wody (pliki i zdjęcia):"))
        evidence_label.setBuddy(self.evidence)
        rating_row = QHBoxLayout()
        rating_row.addWidget(rating_label)
        rating_row.addWidget(self.rating)
        rating_row.addStretch(1)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence, 1)
        evidence_row.addLayout(buttons)
        texts = QGridLayout()  # finding and observations side by side: both in view at once
        texts.addWidget(finding_label, 0, 0)
        texts.addWidget(observations_label, 0, 1)
        texts.addWidget(self.finding, 1, 0)
        texts.addWidget(self.observations, 1, 1)
        texts.setColumnStretch(0, 1)
        texts.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(rating_row)
        layout.addLayout(texts, 3)
        layout.addWidget(evidence_label)
        layout.addLayout(evidence_row, 1)

    def focus_chain(self) -> list[QWidget]:
        """The inputs in the order Tab visits them."""
        return [self.rating, self.finding, self.observations, self.evidence,
                self.add_button, self.remove_button, self.open_button]  # fmt: skip

    # --- the values ----------------------------------------------------------------------
    def show_entry(self, entry: StandardEntry) -> None:
        """Fill the page from ``entry`` (no ``changed`` signal: nothing was typed)."""
        self.blockSignals(True)
        try:
            code = entry.rating if entry.rating in RATING_CODES else ""
            self.rating.setCurrentIndex(RATING_CODES.index(code))
            self.finding.setPlainText(entry.finding)
            self.observations.setPlainText(entry.observations)
        finally:
            self.blockSignals(False)
        self._evidence = [dict(item) for item in entry.evidence]
        self._fill_evidence()

    def rating_code(self) -> str:
        """The chosen rating's code ("" when not rated)."""
        return RATING_CODES[max(self.rating.currentIndex(), 0)]

    def rating_text(self) -> str:
        """The chosen rating as shown."""
        return self.rating.currentText()

    def evidence_items(self) -> list[dict[str, str]]:
        """The evidence files named, a copy."""
        return [dict(item) for item in self._evidence]

    def add_evidence(self, items: list[dict[str, str]]) -> None:
        """Name the stored files ``items`` as evidence (the newest selected)."""
        if not items:
            return
        self._evidence.extend(dict(item) for item in items)
        self._fill_evidence()
        self.evidence.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
        self.changed.emit()

    def remove_selected(self) -> None:
        """Take the selected file out of the protocol (the file itself goes once nothing
        names it)."""
        row = self.evidence.currentIndex().row()
        if not 0 <= row < len(self._evidence):
            return
        del self._evidence[row]
        self._fill_evidence()
        if self._evidence:
            self.evidence.setCurrentIndex(self.model.index(min(row, len(self._evidence) - 1), 0))
        self.changed.emit()

    def _fill_evidence(self) -> None:
        self.model.clear()
        for item in self._evidence:
            row = QStandardItem(item.get("name", ""))
            row.setEditable(False)
            self.model.appendRow(row)
        self.update_buttons()

    def update_buttons(self, *_args: object) -> None:
        """Enable the buttons that apply (a file chosen; room for one more)."""
        chosen = self.evidence.currentIndex().isValid()
        self.remove_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)
        full = len(self._evidence) >= MAX_EVIDENCE
        self.add_button.setEnabled(not full)

    def _rated(self, _index: int) -> None:
        self.rating_changed.emit(self.rating_code())
        self.changed.emit()

    def _open_current(self) -> None:
        self._open_row(self.evidence.currentIndex().row())

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self._evidence):
            self.open_requested.emit(dict(self._evidence[row]))


class SummaryPage(QWidget):
    """The summary, the institution's representative, their acknowledgement and remarks."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = bold(plain_label(self.tr("Podsumowanie i przedstawiciel instytucji"),
                                        wrap=False),
                            1.2)  # fmt: skip
        self.summary = text_box(self.tr("Podsumowanie wizytacji"))
        self.representative = QLineEdit()
        self.representative.setMaxLength(REPRESENTATIVE_MAX)
        self.representative.setAccessibleName(self.tr("Przedstawiciel instytucji"))
        self.representative.setPlaceholderText(self.tr("imię, nazwisko i funkcja"))
        self.acknowledged = QCheckBox(self.tr("Przedstawiciel &zapoznał się z protokołem"))
        self.acknowledged.setAccessibleName(self.tr("Przedstawiciel zapoznał się z protokołem"))
        self.remarks = text_box(self.tr("Uwagi przedstawiciela"))
        summary_label = QLabel(self.tr("Podsu&mowanie:"))
        summary_label.setBuddy(self.summary)
        representative_label = QLabel(self.tr("Przedstawiciel &instytucji:"))
        representative_label.setBuddy(self.representative)
        remarks_label = QLabel(self.tr("Uwa&gi przedstawiciela:"))
        remarks_label.setBuddy(self.remarks)
        person = QHBoxLayout()
        person.addWidget(representative_label)
        person.addWidget(self.representative, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary, 3)
        layout.addLayout(person)
        layout.addWidget(self.acknowledged)
        layout.addWidget(remarks_label)
        layout.addWidget(self.remarks, 2)
        self.summary.textChanged.connect(self.changed)
        self.representative.textChanged.connect(self.changed)
        self.acknowledged.toggled.connect(self.changed)
        self.remarks.textChanged.connect(self.changed)

    def focus_chain(self) -> list[QWidget]:
        """The inputs in the order Tab visits them."""
        return [self.summary, self.representative, self.acknowledged, self.remarks]

    def show_draft(self, draft: ProtocolDraft) -> None:
        """Fill the page from ``draft`` (no ``changed`` signal)."""
        self.blockSignals(True)
        try:
            self.summary.setPlainText(draft.summary)
            self.representative.setText(draft.representative)
            self.acknowledged.setChecked(draft.acknowledged)
            self.remarks.setPlainText(draft.remarks)
        finally:
            self.blockSignals(False)
