"""One input of the wizard built from the form definition: label with buddy, the widget
its kind asks for, as wide as its content needs, and a line under it, always reserved, for
the core's Polish error message (so nothing moves while the user types)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from calcert_desktop.domain.forms import FieldKind, FieldSpec, FormDefinition

ERROR_STYLE = "color: #b3261e;"  # readable on light and dark backgrounds

# How many characters each kind of field shows; the width follows the font (and the scale).
NARROW_CHARS: dict[FieldKind, int] = {
    FieldKind.POSTAL_CODE: 7,  # 00-000
    FieldKind.NIP: 16,  # 734-285-01-65, or with the PL prefix
    FieldKind.REGON: 16,  # 14 digits
    FieldKind.PHONE: 20,  # +48 18 444 61 23 w. 12
}
WIDE_CHARS = 60  # names, addresses, e-mail, website: wide, but not the whole window


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
    left = Signal(str)  # the path: the keyboard focus went elsewhere

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
        self.widget.installEventFilter(self)  # leaving the field shows its error
        self.error = QLabel(parent)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # user text is never HTML
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setContentsMargins(0, 0, 0, 4)
        # The line is there, empty, when all is well: an error appearing moves nothing.
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() + 4)
        self._fit_width()

    def _fit_width(self) -> None:
        """As wide as the kind of value needs: a postal code narrow, a name wide."""
        widget = self.widget
        metrics = widget.fontMetrics()
        wide = metrics.horizontalAdvance("n" * WIDE_CHARS)
        if isinstance(widget, QDateEdit):
            widget.setFixedWidth(widget.sizeHint().width())
        elif isinstance(widget, QComboBox):  # its longest choice, within a text field's width
            widget.setMaximumWidth(min(widget.sizeHint().width(), wide))
        elif isinstance(widget, QLineEdit):
            # What the style adds around the text: QLineEdit's hint is 17 "x" plus that.
            extra = max(widget.sizeHint().width() - metrics.horizontalAdvance("x") * 17, 8)
            chars = NARROW_CHARS.get(self.spec.kind)
            if chars is None:
                widget.setMaximumWidth(wide + extra)
            else:
                widget.setFixedWidth(metrics.horizontalAdvance("0" * chars) + extra)

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.left.emit(self.spec.path)
        return False

    def is_editing(self) -> bool:
        """True while the keyboard focus is in this field (its error then waits)."""
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self.widget or self.widget.isAncestorOf(focus))

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

    def shown_error(self) -> str:
        """The message shown under the field ('' when none)."""
        return self.error.text()

    def show_error(self, message: str | None) -> None:
        """Show the core's message in the field's reserved line, or empty the line."""
        self.error.setText(message or "")
        self.widget.setAccessibleDescription(message or self.spec.hint)
