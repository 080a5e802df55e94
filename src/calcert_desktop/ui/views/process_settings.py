"""Ustawienia → Proces: the settings ``calcert settings`` changes where the regulations are
silent (deadlines, the Board's quorum, the window's lock, retention periods, encryption),
with their allowed ranges and defaults.

Each field only takes what its setting allows (the range comes from the service); the two
periods for answering charges are checked against each other as one types, and "Zapisz"
stays disabled while there is a problem or nothing changed. Saving goes through the service
(``admin.settings.save_numbers``), which checks everything again, refuses anyone but an
administrator, and refuses a save over another administrator's change made meanwhile.
Read-only, with the reason said, for anyone else.

Imported only once a data folder is open (it loads the services).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.services.admin import settings
from calcert_desktop.services.changes import Changes, Done, Kind
from calcert_desktop.ui.case_file.common import plain_label
from calcert_desktop.ui.operations import listen, read_op, write_op

if TYPE_CHECKING:
    from calcert_desktop.ui.session import Session

PROBLEM_COLOUR = QColor("#a40000")
HINT_COLOUR = QColor("#505050")
FIELD_WIDTH = 110

# The two settings shown as a tick box (0: no, 1: yes).
SWITCHES = ("visit_expert_votes", "encrypt_at_rest")


def _coloured(label: QLabel, colour: QColor) -> QLabel:
    palette = label.palette()
    palette.setColor(label.foregroundRole(), colour)
    label.setPalette(palette)
    return label


class SettingField:
    """One setting: a number box (or a tick box for a yes/no one), its description from
    the service with the default, and a problem line."""

    def __init__(self, row: dict[str, Any], caption: str, parent: QWidget) -> None:
        self.key: str = row["key"]
        self.default: int = row["default"]
        self.caption = caption
        self.switch: QCheckBox | None = None
        self.number: QSpinBox | None = None
        if self.key in SWITCHES and (row["low"], row["high"]) == (0, 1):
            self.switch = QCheckBox(caption, parent)
            self.widget: QWidget = self.switch
        else:
            self.number = QSpinBox(parent)
            self.number.setRange(row["low"], row["high"])
            self.number.setAccessibleName(caption.rstrip(":"))
            self.number.setMaximumWidth(FIELD_WIDTH)
            self.number.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.widget = self.number
        self.hint = _coloured(plain_label(), HINT_COLOUR)
        self.problem = _coloured(plain_label(), PROBLEM_COLOUR)
        self.problem.hide()

    @property
    def value(self) -> int:
        """What the field shows."""
        if self.switch is not None:
            return int(self.switch.isChecked())
        assert self.number is not None
        return self.number.value()

    def show_value(self, value: int) -> None:
        """Show ``value`` without counting it as an edit."""
        self.widget.blockSignals(True)
        if self.switch is not None:
            self.switch.setChecked(bool(value))
        elif self.number is not None:
            self.number.setValue(value)
        self.widget.blockSignals(False)

    def connect(self, edited: Callable[..., None]) -> None:
        if self.switch is not None:
            self.switch.toggled.connect(edited)
        elif self.number is not None:
            self.number.valueChanged.connect(edited)

    def set_editable(self, editable: bool) -> None:
        if self.number is not None:
            self.number.setReadOnly(not editable)
        elif self.switch is not None:
            self.switch.setEnabled(editable)

    def say_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


class ProcessSettingsEditor(QWidget):
    """The process's whole-number settings, edited by an administrator."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._loaded: dict[str, dict[str, Any]] = {}
        self._busy = False
        self.may_edit = False
        self.fields: dict[str, SettingField] = {}

        about = plain_label(self.tr(
            "Zasady, których regulamin nie rozstrzyga: terminy, kworum Zarządu, blokada okna, "
            "okresy przechowywania danych osobowych i szyfrowanie bazy. Zmienia je "
            "administrator; zmiana obowiązuje od razu na wszystkich komputerach korzystających "
            "z tych danych (to samo polecenie: calcert settings)."
        ))  # fmt: skip
        self.read_only_note = _coloured(plain_label(self.tr(
            "Ustawienia procesu zmienia administrator. Widzisz je tylko do odczytu."
        )), PROBLEM_COLOUR)  # fmt: skip
        self.read_only_note.hide()

        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)

        self.save_button = QPushButton(self.tr("&Zapisz"))
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("&Cofnij zmiany"))
        self.undo_button.clicked.connect(self.undo)
        self.defaults_button = QPushButton(self.tr("Wstaw &domyślne"))
        self.defaults_button.setToolTip(self.tr(
            "Wpisuje w pola wartości domyślne; zapisuje je dopiero przycisk „Zapisz”."
        ))  # fmt: skip
        self.defaults_button.clicked.connect(self.fill_defaults)
        self.status = plain_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.read_only_note)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.attach(session)

    # --- What each setting is called, and where it goes --------------------------------
    def _captions(self) -> dict[str, str]:
        return {
            "appeal_days": self.tr("Termin na odwołanie (dni):"),
            "response_days": self.tr("Domyślny termin odpowiedzi na zarzuty (dni):"),
            "min_response_days": self.tr("Najkrótszy termin odpowiedzi na zarzuty (dni):"),
            "reminder_months": self.tr("Przypomnienie przed wygaśnięciem (miesiące):"),
            "board_quorum": self.tr("Kworum Zarządu (członkowie):"),
            "visit_expert_votes": self.tr(
                "Ekspert, który przeprowadził wizytację, głosuje w tej sprawie"),
            "lock_minutes": self.tr("Blokada okna po bezczynności (minuty; 0: bez blokady):"),
            "encrypt_at_rest": self.tr("Szyfrowanie bazy danych w pliku na tym komputerze"),
            "retention_draft_months": self.tr("Usuwanie nieukończonych szkiców (miesiące):"),
            "retention_closed_years": self.tr(
                "Usuwanie danych osób po zamknięciu sprawy (lata):"),
            "retention_views_months": self.tr("Przechowywanie rejestru wglądów (miesiące):"),
        }  # fmt: skip

    def _groups(self) -> list[tuple[str, tuple[str, ...]]]:
        return [
            (self.tr("Terminy"), ("appeal_days", "response_days", "min_response_days",
                                  "reminder_months")),
            (self.tr("Komisja i Zarząd"), ("board_quorum", "visit_expert_votes")),
            (self.tr("Bezpieczeństwo"), ("lock_minutes", "encrypt_at_rest")),
            (self.tr("Dane osobowe (RODO)"), ("retention_draft_months",
                                              "retention_closed_years",
                                              "retention_views_months")),
        ]  # fmt: skip

    def _build(self, rows: list[dict[str, Any]]) -> None:
        """The fields, grouped, once the service has said which settings there are."""
        captions = self._captions()
        by_key = {row["key"]: row for row in rows}
        groups = self._groups()
        placed = {key for _, keys in groups for key in keys}
        others = tuple(key for key in by_key if key not in placed)
        if others:  # a setting this page does not know yet still gets a field
            groups.append((self.tr("Inne"), others))
        position = 0
        for title, keys in groups:
            present = [key for key in keys if key in by_key]
            if not present:
                continue
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
            for key in present:
                row = by_key[key]
                field = SettingField(row, captions.get(key, key + ":"), box)
                field.connect(self._edited)
                self.fields[key] = field
                if field.switch is not None:
                    form.addRow(field.switch)
                else:
                    caption = plain_label(field.caption, wrap=False)
                    caption.setBuddy(field.widget)
                    form.addRow(caption, field.widget)
                form.addRow(field.hint)
                form.addRow(field.problem)
            self.content_layout.insertWidget(position, box)
            position += 1

    # --- Loading -------------------------------------------------------------------------
    def attach(self, session: Session) -> None:
        """Work for ``session``'s person (the service says who edits) and load the values."""
        self._session = session
        self.may_edit = settings.may_change(session.actor)
        self.read_only_note.setVisible(not self.may_edit)
        for field in self.fields.values():
            field.set_editable(self.may_edit)
        listen(self, session, self._changed)
        self.load()

    def _changed(self, changes: Changes) -> None:
        """Saved elsewhere: read again, unless saving now or holding unsaved changes."""
        if changes.concerns(Kind.SETTINGS) and not self._busy and not self.dirty:
            self.load()

    def load(self) -> None:
        """Read the settings on the worker."""
        ctx, actor = self._session.ctx, self._session.actor
        self._busy = True
        self._update_buttons()
        read_op(self._session, self, lambda: settings.list_settings(ctx, actor), self._show,
                self._load_failed)  # fmt: skip

    def _load_failed(self, message: str) -> None:
        """Not readable (an expert follows only their visits): said on the page itself."""
        self._busy = False
        self._update_buttons()
        self.read_only_note.setText(message)
        self.read_only_note.show()

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self._busy = False
        if not self.fields:
            self._build(rows)
            for field in self.fields.values():
                field.set_editable(self.may_edit)
        self._loaded = {row["key"]: row for row in rows}
        for key, field in self.fields.items():
            row = self._loaded.get(key)
            if row is None:
                continue
            field.show_value(row["value"])
            field.hint.setText(self._hint(field, row))
        self._edited()

    def _hint(self, field: SettingField, row: dict[str, Any]) -> str:
        """The service's description with the default; a tick box's default in words (its
        0/1 description is the command line's)."""
        if field.switch is not None:
            return self.tr("Domyślnie: tak") if row["default"] else self.tr("Domyślnie: nie")
        label = str(row["label"])
        text = self.tr("%1 (domyślnie: %2)").replace("%1", label[:1].upper() + label[1:])
        return text.replace("%2", str(row["default"]))

    # --- Editing -------------------------------------------------------------------------
    def values(self) -> dict[str, int]:
        """Every setting as shown."""
        return {key: field.value for key, field in self.fields.items()}

    def changed_values(self) -> dict[str, int]:
        """The settings whose shown value differs from the stored one."""
        return {key: value for key, value in self.values().items()
                if key in self._loaded and self._loaded[key]["value"] != value}  # fmt: skip

    @property
    def dirty(self) -> bool:
        """Whether what is shown differs from what is stored."""
        return bool(self.changed_values())

    def _problems(self) -> dict[str, str]:
        """What the shown values break (the service checks the same again)."""
        shown = self.values()
        response, minimum = shown.get("response_days"), shown.get("min_response_days")
        if response is None or minimum is None or response >= minimum:
            return {}
        text = self.tr("Domyślny termin odpowiedzi (%1 dni) nie może być krótszy niż "
                       "najkrótszy dopuszczalny (%2 dni).")  # fmt: skip
        said = text.replace("%1", str(response)).replace("%2", str(minimum))
        return {"response_days": said, "min_response_days": said}

    def _edited(self, *_args: object) -> None:
        problems = self._problems()
        for key, field in self.fields.items():
            field.say_problem(problems.get(key, ""))
        unsaved = self.tr("Niezapisane zmiany.")
        if self.dirty:
            self.status.setText(unsaved)
        elif self.status.text() == unsaved:
            self.status.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = not self._busy and bool(self._loaded) and self.may_edit
        self.save_button.setEnabled(ready and self.dirty and not self._problems())
        self.undo_button.setEnabled(ready and self.dirty)
        self.defaults_button.setEnabled(ready)

    def undo(self) -> None:
        """Show the stored values again."""
        for key, field in self.fields.items():
            if key in self._loaded:
                field.show_value(self._loaded[key]["value"])
        self._edited()

    def fill_defaults(self) -> None:
        """Put every default in the fields (saved by "Zapisz", like any edit)."""
        for field in self.fields.values():
            field.show_value(field.default)
        self._edited()

    # --- Saving --------------------------------------------------------------------------
    def save(self) -> None:
        """Save the changed settings in one transaction, through the service."""
        ctx, actor = self._session.ctx, self._session.actor
        changed = {key: str(value) for key, value in self.changed_values().items()}
        # What was read: another administrator's save since then is not overwritten.
        versions = {key: self._loaded[key]["version"] for key in changed}
        self._busy = True
        self._update_buttons()

        def done(result: Done) -> None:
            self.status.setText(str(result))
            self.load()

        write_op(self._session, self,
                 lambda: settings.save_numbers(ctx, actor, changed, versions),
                 done, self._save_failed)  # fmt: skip

    def _save_failed(self, message: str) -> None:
        """Say why; then read what is stored now without touching what was typed (another
        administrator's values are in the message), so that saving again is a choice."""
        self._fail(message)
        ctx, actor = self._session.ctx, self._session.actor
        read_op(self._session, self, lambda: settings.list_settings(ctx, actor),
                self._reread, self._fail)  # fmt: skip

    def _reread(self, rows: list[dict[str, Any]]) -> None:
        self._loaded = {row["key"]: row for row in rows}
        self._edited()

    def _fail(self, message: str) -> None:
        self._busy = False
        self._update_buttons()
        self.status.setText("")
        QMessageBox.warning(self, self.tr("Ustawienia procesu"), message)
