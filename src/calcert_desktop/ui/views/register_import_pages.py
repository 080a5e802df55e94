"""The pages of the register's import wizard that show what the service found: which column
holds what (one choice per heading of the file), and the dry run's verdict for every row."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from calcert_desktop.domain.register_fields import FIELDS
from calcert_desktop.domain.register_rows import CREATE, SKIP
from calcert_desktop.ui.list_model import Index, ListTableModel

if TYPE_CHECKING:
    from calcert_desktop.domain.register_rows import RowVerdict

SKIPPED_COLUMN = ""  # the choice "do not import this column"


def field_choices() -> list[tuple[str, str]]:
    """(field key, Polish name) for a column's choice box, "nie importuj" first."""
    required = QCoreApplication.translate("RegisterImport", "{0} (wymagane)")
    skipped = QCoreApplication.translate("RegisterImport", "— nie importuj —")
    named = [(f.key, required.format(f.label) if f.required else f.label) for f in FIELDS]
    return [(SKIPPED_COLUMN, skipped), *named]


class MappingForm(QWidget):
    """One choice per heading of the file: which of our fields its column holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.boxes: list[QComboBox] = []
        self.headings: tuple[str, ...] = ()

    def show_mapping(self, headings: tuple[str, ...], mapping: dict[int, str]) -> None:
        """The file's headings, each with the field it is mapped to."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.boxes, self.headings = [], headings
        for index, heading in enumerate(headings):
            box = QComboBox()
            for key, name in field_choices():
                box.addItem(name, key)
            box.setCurrentIndex(max(box.findData(mapping.get(index, SKIPPED_COLUMN)), 0))
            title = heading or QCoreApplication.translate("RegisterImport",
                                                          "(kolumna {0} bez nagłówka)").format(
                index + 1)  # fmt: skip
            label = QLabel(title)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(box)
            box.setAccessibleName(title)
            self.form.addRow(label, box)
            self.boxes.append(box)

    def mapping(self) -> dict[str, str]:
        """Heading → field key of every column with a heading, "" for one left out (the
        service's ``mapping``)."""
        return {self.headings[i]: str(box.currentData() or "") for i, box in enumerate(self.boxes)
                if self.headings[i]}  # fmt: skip

    def chosen(self) -> set[str]:
        """The fields some column is mapped to."""
        return {str(box.currentData()) for box in self.boxes if box.currentData()}

    def duplicates(self) -> list[str]:
        """The fields chosen for more than one column (Polish names)."""
        chosen = [str(box.currentData()) for box in self.boxes if box.currentData()]
        names = dict(field_choices())
        return sorted({names[key] for key in chosen if chosen.count(key) > 1})


class VerdictModel(ListTableModel):
    """The dry run: each data row of the file, what the import does with it and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_headers([self.tr("Wiersz"), self.tr("Wynik"), self.tr("Instytucja"),
                          self.tr("Co powstanie albo dlaczego nie")])  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        verdict: RowVerdict = self.item(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(verdict.row), self._result(verdict), self._who(verdict),
                    self._what(verdict))[column]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return self._what(verdict)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and verdict.action not in (
                CREATE, SKIP):  # fmt: skip
            return QColor("#a4262c")
        return None

    def _result(self, verdict: RowVerdict) -> str:
        if verdict.action == CREATE:
            return self.tr("do utworzenia")
        if verdict.action == SKIP:
            return self.tr("już w bazie")
        return self.tr("odrzucony")

    def _who(self, verdict: RowVerdict) -> str:
        case = verdict.case
        if case is not None:
            return f"{case.name}, {case.town}"
        return verdict.written or "—"

    def _what(self, verdict: RowVerdict) -> str:
        case = verdict.case
        if verdict.problems:
            return " ".join(verdict.problems)
        if case is None:
            return ""
        if verdict.action == SKIP:
            return self.tr("ten wiersz zaimportowano już wcześniej — nie zostanie dodany drugi raz")
        if case.certificate is not None:
            state = self.tr("odebrany") if case.revoked_on else ""
            text = self.tr("sprawa z certyfikatem {0} z {1}").format(
                case.certificate[0], case.issued_on.strftime("%d.%m.%Y") if case.issued_on else ""
            )
            return f"{text} {state}".strip()
        return self.tr("sprawa zakończona odmową z {0}").format(
            case.decided_on.strftime("%d.%m.%Y")
        )
