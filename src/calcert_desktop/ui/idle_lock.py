"""The window locks after inactivity: a timer restarted by every key and mouse input to the
application; when it runs out, :class:`LockPage` takes the window's place and every other
window of the program (case files, the wizard, dialogs) is hidden until the person's
password is given again, or someone else signs in.

The minutes are the office's setting ``lock_minutes`` (0: never), read at sign-in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# What counts as someone at the computer (a window repainting itself does not).
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleTimer(QObject):
    """Emits ``expired`` after ``minutes`` without input to any of the program's windows."""

    expired = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.expired)
        self._watching = False

    def start(self, minutes: int) -> None:
        """Watch for input, locking after ``minutes`` (0: stop watching)."""
        if minutes <= 0:
            self.stop()
            return
        self.timer.setInterval(minutes * 60_000)
        if not self._watching:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
                self._watching = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start()  # from the beginning
        return False


class LockPage(QWidget):
    """What a locked window shows: who it belongs to and a password field, nothing of the
    cases."""

    unlock_requested = Signal(str)  # the password typed
    switch_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Okno programu jest zablokowane"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.who = QLabel()
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Hasło"))
        self.password.setPlaceholderText(self.tr("Hasło"))
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self._unlock)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        self.unlock_button = QPushButton(self.tr("&Odblokuj"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.switch_button = QPushButton(self.tr("&Zaloguj jako inna osoba…"))
        self.switch_button.clicked.connect(self.switch_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (self.title, self.who, self.password, self.error):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)

    def show_for(self, full_name: str, login: str) -> None:
        self.who.setText(
            self.tr(
                "Dane spraw są ukryte. Pracuje: {0} ({1}). Podaj swoje hasło, aby wrócić do "
                "pracy."
            ).format(full_name, login)
        )
        self.error.clear()
        self.password.clear()
        self.set_busy(False)
        self.password.setFocus()

    def refused(self, message: str) -> None:
        self.error.setText(message)
        self.password.clear()
        self.set_busy(False)
        self.password.setFocus()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.password, self.unlock_button, self.switch_button):
            widget.setEnabled(not busy)

    def _unlock(self) -> None:
        if not self.password.text():
            self.error.setText(self.tr("Wpisz hasło."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(self.password.text())
