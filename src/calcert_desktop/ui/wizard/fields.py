"""One input of the wizard built from the form definition: label with buddy, the widget
its kind asks for, and a line under it for the core's Polish error message."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from calcert_desktop.domain.forms import FieldKind, FieldSpec, FormDefinition

ERROR_STYLE = "color: #b3261e;"  # readable on light and dark backgrounds


def get_path(data: dict[str, Any], path: str) -> Any:
    """The value at a dotted path of nested dictionaries (None when absent)."""
    node: Any = data
    for key in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set a value at a dotted path, creating the dictionaries on the way; None removes it."""
    keys = path.split(".")
    node = data
    for key in keys[:-1]:
        node = node.setdefault(key, {})
    if value is None or value == "":
        node.pop(keys[-1], None)
    else:
        node[keys[-1]] = value


def choice_items(form: FormDefinition, list_name: str) -> list[tuple[str, str]]:
    """(code, label) pairs of one of the form's closed lists."""
    return [(choice.code, choice.label) for choice in form.choices(list_name)]


class FieldRow(QObject):
    """A labelled input bound to one path of the declaration."""

    edited = Signal(str)  # the path

    def __init__(self, spec: FieldSpec, form: FormDefinition, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.touched = False
        text = spec.label + (" *" if spec.required else "")
        self.label = QLabel(text, parent)
        self.widget = self._make_widget(form, parent)
        self.label.setBuddy(self.widget)
        self.widget.setAccessibleName(spec.label)
        if spec.hint:
            self.widget.setToolTip(spec.hint)
            self.widget.setAccessibleDescription(spec.hint)
        self.error = QLabel(parent)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # user text is never HTML
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

    def _make_widget(self, form: FormDefinition, parent: QWidget) -> QWidget:
        spec = self.spec
        if spec.kind == FieldKind.CHOICE and spec.choices:
            combo = QComboBox(parent)
            combo.addItem(self.tr("— wybierz —"), "")
            for code, label in choice_items(form, spec.choices):
                combo.addItem(label, code)
            combo.currentIndexChanged.connect(self._changed)
            return combo
        if spec.kind == FieldKind.DATE:
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setDate(QDate.currentDate())
            edit.dateChanged.connect(self._changed)
            return edit
        line = QLineEdit(parent)
        if spec.max_length:
            line.setMaxLength(spec.max_length)
        placeholders = {
            FieldKind.POSTAL_CODE: "00-000",
            FieldKind.PHONE: self.tr("np. 12 345 67 89"),
            FieldKind.EMAIL: self.tr("np. biuro@gops.pl"),
            FieldKind.NIP: self.tr("10 cyfr"),
            FieldKind.REGON: self.tr("9 lub 14 cyfr"),
        }
        if spec.kind in placeholders:
            line.setPlaceholderText(placeholders[spec.kind])
        line.textEdited.connect(self._changed)
        return line

    def _changed(self, *_: object) -> None:
        self.touched = True
        self.edited.emit(self.spec.path)

    def value(self) -> Any:
        """The widget's value as the declaration stores it."""
        widget = self.widget
        if isinstance(widget, QComboBox):
            return widget.currentData() or None
        if isinstance(widget, QDateEdit):
            return widget.date().toPython().isoformat()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def set_value(self, value: Any) -> None:
        """Show a stored value (without counting as an edit)."""
        widget = self.widget
        widget.blockSignals(True)
        try:
            if isinstance(widget, QComboBox):
                index = widget.findData(value or "")
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QDateEdit):
                if value:
                    try:
                        widget.setDate(QDate(date.fromisoformat(str(value))))
                    except ValueError:
                        pass
            else:
                assert isinstance(widget, QLineEdit)
                widget.setText("" if value is None else str(value))
        finally:
            widget.blockSignals(False)

    def show_error(self, message: str | None) -> None:
        """Show the core's message under the field, or hide it."""
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.widget.setAccessibleDescription(message or self.spec.hint)
