"""Signing in: the dialog at start and when someone else sits down, the first
administrator's password on a new database, and a new password (a temporary one replaced,
or one's own changed).

Each dialog checks on the database worker (an Argon2id verification takes a moment) and
stays open with the Polish reason when refused (a wrong password, the wait after too many);
``done`` gets the signed-in person, ``cancelled`` runs when the dialog is closed without.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from calcert_desktop.services.auth.sign_in import SignedIn
    from calcert_desktop.services.context import Actor, AppContext
    from calcert_desktop.ui.worker import Worker

LAST_LOGIN_KEY = "last_user"

Done = Callable[["Actor"], Any]
Cancelled = Callable[[], Any]


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(260)
    return field


class _CheckedDialog(QDialog):
    """A dialog whose OK runs ``check`` on the worker: fields locked meanwhile, the refusal
    shown in red above the buttons, the dialog accepted on success."""

    def __init__(self, worker: Worker, parent: QWidget | None, ok_text: str) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(self.intro)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Komunikat"))
        self.error.hide()
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Anuluj"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.result_: Any = None

    def fields(self) -> list[QLineEdit]:
        return self.findChildren(QLineEdit)

    def work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def refused(self) -> None:
        """After a refusal: the password fields emptied (to be typed again)."""

    def submit(self) -> None:
        """Check on the worker; accepted when it passes, the reason shown when not."""
        try:
            work = self.work()
        except ValueError as error:  # a check the dialog makes itself (fields empty)
            self.show_error(str(error))
            return
        self._busy(True)
        self.worker.submit(work, self._passed, self._failed, owner=self)

    def _passed(self, value: Any) -> None:
        self._busy(False)
        self.result_ = value
        self.accept()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.show_error(message)
        self.refused()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.adjustSize()

    def _busy(self, busy: bool) -> None:
        for field in self.fields():
            field.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)


class SignInDialog(_CheckedDialog):
    """Login and password."""

    def __init__(
        self, worker: Worker, ctx: AppContext, parent: QWidget | None, login: str
    ) -> None:
        super().__init__(worker, parent, self.tr("Zaloguj"))
        self.ctx = ctx
        self.setWindowTitle(self.tr("Logowanie — CALcert Desktop"))
        self.intro.setText(self.tr("Podaj swój login i hasło."))
        self.login = QLineEdit(login)
        self.login.setAccessibleName(self.tr("Login"))
        self.password = _password_field(self.tr("Hasło"))
        self.form.addRow(self.tr("&Login:"), self.login)
        self.form.addRow(self.tr("&Hasło:"), self.password)
        (self.password if login else self.login).setFocus()

    def given(self) -> tuple[str, str]:
        """The login and password typed (ValueError, in Polish, when one is empty)."""
        login, password = self.login.text().strip(), self.password.text()
        if not login:
            raise ValueError(self.tr("Wpisz swój login."))
        if not password:
            raise ValueError(self.tr("Wpisz hasło."))
        return login, password

    def work(self) -> Callable[[], SignedIn]:
        from calcert_desktop.services.auth.sign_in import sign_in

        login, password = self.given()
        return lambda: sign_in(self.ctx, login, password)

    def refused(self) -> None:
        self.password.clear()
        self.password.setFocus()


class NewPasswordDialog(_CheckedDialog):
    """A new password twice (and the present one, unless just given at sign-in)."""

    def __init__(
        self,
        worker: Worker,
        ctx: AppContext,
        parent: QWidget | None,
        login: str,
        old: str | None,
        temporary: bool,
    ) -> None:
        super().__init__(worker, parent, self.tr("Zmień hasło"))
        self.ctx, self.login, self.given_old = ctx, login, old
        self.setWindowTitle(self.tr("Nowe hasło — CALcert Desktop"))
        from calcert_desktop.domain.accounts import MIN_PASSWORD_LENGTH

        intro = (
            self.tr("Hasło nadane przez administratora jest tymczasowe. Wybierz własne hasło.")
            if temporary
            else self.tr("Zmiana hasła konta {0}.").format(login)
        )
        rule = self.tr("Hasło musi mieć co najmniej {0} znaków; najlepiej kilka słów.")
        self.intro.setText(f"{intro} {rule.format(MIN_PASSWORD_LENGTH)}")
        self.old = _password_field(self.tr("Obecne hasło"))
        if old is None:
            self.form.addRow(self.tr("&Obecne hasło:"), self.old)
        else:
            self.old.hide()
        self.new = _password_field(self.tr("Nowe hasło"))
        self.repeated = _password_field(self.tr("Powtórz nowe hasło"))
        self.form.addRow(self.tr("&Nowe hasło:"), self.new)
        self.form.addRow(self.tr("&Powtórz:"), self.repeated)
        (self.new if old is not None else self.old).setFocus()

    def work(self) -> Callable[[], SignedIn]:
        from calcert_desktop.services.auth.passwords import change_password

        old = self.given_old if self.given_old is not None else self.old.text()
        new, repeated = self.new.text(), self.repeated.text()
        if not new:
            raise ValueError(self.tr("Wpisz nowe hasło."))
        return lambda: change_password(self.ctx, self.login, old, new, repeated)

    def refused(self) -> None:
        for field in (self.old, self.new, self.repeated):
            field.clear()
        (self.new if self.given_old is not None else self.old).setFocus()


class FirstAdminDialog(_CheckedDialog):
    """The first administrator's name and password on a new database."""

    def __init__(self, worker: Worker, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(worker, parent, self.tr("Ustaw hasło"))
        self.ctx = ctx
        self.setWindowTitle(self.tr("Pierwsze uruchomienie — CALcert Desktop"))
        from calcert_desktop.domain.accounts import MIN_PASSWORD_LENGTH

        self.intro.setText(
            self.tr(
                "Ta baza danych nie ma jeszcze administratora z hasłem. Ustaw hasło "
                "administratora (login: admin) — nie ma hasła domyślnego. Administrator dodaje "
                "kolejne osoby i nadaje im hasła. Hasło musi mieć co najmniej {0} znaków."
            ).format(MIN_PASSWORD_LENGTH)
        )
        self.name = QLineEdit(self.tr("Administrator systemu"))
        self.name.setAccessibleName(self.tr("Imię i nazwisko"))
        self.new = _password_field(self.tr("Hasło"))
        self.repeated = _password_field(self.tr("Powtórz hasło"))
        self.form.addRow(self.tr("&Imię i nazwisko:"), self.name)
        self.form.addRow(self.tr("&Hasło:"), self.new)
        self.form.addRow(self.tr("&Powtórz:"), self.repeated)
        self.new.setFocus()

    def work(self) -> Callable[[], SignedIn]:
        from calcert_desktop.services.auth.passwords import set_first_admin

        name, new, repeated = self.name.text(), self.new.text(), self.repeated.text()
        if not new:
            raise ValueError(self.tr("Wpisz hasło."))
        return lambda: set_first_admin(self.ctx, new, repeated, name)

    def refused(self) -> None:
        self.new.clear()
        self.repeated.clear()
        self.new.setFocus()


def _finish(dialog: _CheckedDialog, done: Callable[[Any], Any], cancelled: Cancelled) -> None:
    dialog.accepted.connect(lambda: done(dialog.result_))
    dialog.rejected.connect(cancelled)
    dialog.open()


def ask_new_password(
    worker: Worker,
    ctx: AppContext,
    parent: QWidget | None,
    login: str,
    done: Done,
    cancelled: Cancelled,
    old: str | None = None,
    temporary: bool = False,
) -> NewPasswordDialog:
    """Ask for a new password of ``login`` (``old``: the present one, already given)."""
    dialog = NewPasswordDialog(worker, ctx, parent, login, old, temporary)
    _finish(dialog, lambda signed: done(signed.actor), cancelled)
    return dialog


def ask_sign_in(
    worker: Worker,
    ctx: AppContext,
    parent: QWidget | None,
    login: str | None,
    done: Done,
    cancelled: Cancelled,
) -> SignInDialog:
    """Ask for a login (``login``, else the last one on this computer; "" for an empty
    field) and its password; a temporary password is replaced before ``done``."""
    if login is None:
        login = str(QSettings().value(LAST_LOGIN_KEY, "") or "")
    dialog = SignInDialog(worker, ctx, parent, login)

    def signed_in(signed: SignedIn) -> None:
        QSettings().setValue(LAST_LOGIN_KEY, signed.actor.login)
        if signed.must_change:
            ask_new_password(worker, ctx, parent, signed.actor.login, done, cancelled,
                             old=dialog.password.text(), temporary=True)  # fmt: skip
        else:
            done(signed.actor)

    _finish(dialog, signed_in, cancelled)
    return dialog


Recoverer = Callable[[str, str, str, str], Any]


class UnlockDialog(SignInDialog):
    """Login and password of an encrypted installation: they open the database first (its
    data key unwrapped), then sign the person in; the result is (context, signed in).
    "Nie pamiętam hasła…" opens :class:`RecoverDialog` when a ``recoverer`` is given."""

    def __init__(
        self, worker: Worker, opener: Callable[[str, str], Any], parent: QWidget | None,
        login: str, recoverer: Recoverer | None = None,
    ) -> None:  # fmt: skip
        super().__init__(worker, None, parent, login)  # type: ignore[arg-type]
        self.opener, self.recoverer = opener, recoverer
        self.intro.setText(self.tr(
            "Baza danych tej instalacji jest zaszyfrowana. Podaj swój login i hasło, aby ją "
            "otworzyć."
        ))  # fmt: skip
        self.forgot = QPushButton(self.tr("Nie &pamiętam hasła…"))
        self.forgot.setAutoDefault(False)
        self.forgot.clicked.connect(self.recover)
        if recoverer is not None:
            self.buttons.addButton(self.forgot, QDialogButtonBox.ButtonRole.ActionRole)

    def work(self) -> Callable[[], Any]:
        login, password = self.given()
        return lambda: self.opener(login, password)

    def recover(self) -> RecoverDialog:
        """The recovery key's dialog; when it opens the database, so does this one."""
        assert self.recoverer is not None
        dialog = RecoverDialog(self.worker, self.recoverer, self, self.login.text().strip())

        def recovered() -> None:
            self.password.setText(dialog.new.text())  # the person's password from now on
            self._passed(dialog.result_)

        dialog.accepted.connect(recovered)
        dialog.open()
        return dialog


class RecoverDialog(_CheckedDialog):
    """A lost password replaced with the office's recovery key: the login, the key's 24
    words, the new password twice; the result is (context, signed in)."""

    def __init__(
        self, worker: Worker, recoverer: Recoverer, parent: QWidget | None, login: str
    ) -> None:
        super().__init__(worker, parent, self.tr("Ustaw nowe hasło"))
        self.recoverer = recoverer
        self.setWindowTitle(self.tr("Klucz odzyskiwania — CALcert Desktop"))
        from calcert_desktop.domain.accounts import MIN_PASSWORD_LENGTH

        self.intro.setText(self.tr(
            "Wpisz 24 słowa klucza odzyskiwania z arkusza biura (w kolejności, oddzielone "
            "spacjami) i nowe hasło osoby. Hasło musi mieć co najmniej {0} znaków."
        ).format(MIN_PASSWORD_LENGTH))  # fmt: skip
        self.login = QLineEdit(login)
        self.login.setAccessibleName(self.tr("Login"))
        self.words = _password_field(self.tr("Klucz odzyskiwania"))
        self.words.setEchoMode(QLineEdit.EchoMode.Normal)
        self.words.setMinimumWidth(520)
        self.new = _password_field(self.tr("Nowe hasło"))
        self.repeated = _password_field(self.tr("Powtórz nowe hasło"))
        self.form.addRow(self.tr("&Login:"), self.login)
        self.form.addRow(self.tr("&Klucz (24 słowa):"), self.words)
        self.form.addRow(self.tr("&Nowe hasło:"), self.new)
        self.form.addRow(self.tr("&Powtórz:"), self.repeated)
        (self.words if login else self.login).setFocus()

    def work(self) -> Callable[[], Any]:
        login, words = self.login.text().strip(), self.words.text()
        new, repeated = self.new.text(), self.repeated.text()
        if not login:
            raise ValueError(self.tr("Wpisz login osoby, której hasło odzyskujesz."))
        if not words.strip():
            raise ValueError(self.tr("Wpisz słowa klucza odzyskiwania."))
        if not new:
            raise ValueError(self.tr("Wpisz nowe hasło."))
        return lambda: self.recoverer(login, words, new, repeated)

    def refused(self) -> None:
        self.new.clear()
        self.repeated.clear()


def ask_unlock(
    worker: Worker,
    opener: Callable[[str, str], tuple[AppContext, SignedIn]],
    parent: QWidget | None,
    login: str | None,
    done: Callable[[AppContext, SignedIn, str], None],
    cancelled: Cancelled,
    recoverer: Recoverer | None = None,
) -> UnlockDialog:
    """Ask for the login and password that open an encrypted installation (or the recovery
    key and a new password, through ``recoverer``); ``done`` gets the opened context, the
    person signed in and the password (a temporary one is replaced by the caller)."""
    if login is None:
        login = str(QSettings().value(LAST_LOGIN_KEY, "") or "")
    dialog = UnlockDialog(worker, opener, parent, login, recoverer)

    def opened(result: tuple[AppContext, SignedIn]) -> None:
        ctx, signed = result
        QSettings().setValue(LAST_LOGIN_KEY, signed.actor.login)
        done(ctx, signed, dialog.password.text())

    _finish(dialog, opened, cancelled)
    return dialog


def ask_first_admin(
    worker: Worker, ctx: AppContext, parent: QWidget | None, done: Done, cancelled: Cancelled
) -> FirstAdminDialog:
    """Ask for the first administrator's password; ``done`` gets them signed in."""
    dialog = FirstAdminDialog(worker, ctx, parent)

    def set_(signed: SignedIn) -> None:
        QSettings().setValue(LAST_LOGIN_KEY, signed.actor.login)
        done(signed.actor)

    _finish(dialog, set_, cancelled)
    return dialog
