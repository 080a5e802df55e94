"""Podpis elektroniczny: sign a stored document of the case with one's own certificate, from
a PKCS#12 file (.p12, .pfx) or a smart card (its PKCS#11 library), with its password or PIN.

Signing runs on the database worker (a card may take seconds; the window never freezes);
a refusal (a wrong password or PIN, no card) is shown in the dialog, which keeps what was
typed but the password or PIN. The choice and the paths are remembered on this computer
(QSettings); the password and the PIN never are.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.documents import pades
from calcert_desktop.ui.case_file.common import plain_label
from calcert_desktop.ui.operations import write_op
from calcert_desktop.ui.widgets.overdue import overdue_colour

if TYPE_CHECKING:
    from calcert_desktop.services.documents.generate import GeneratedInfo
    from calcert_desktop.services.documents.signing import SigningResult
    from calcert_desktop.ui.session import Session

P12, CARD = "p12", "card"
SOURCE_KEY = "signing/source"  # which of the two was used last (QSettings)
P12_KEY = "signing/p12_path"
LIBRARY_KEY = "signing/card_library"
TOKEN_KEY = "signing/card_token"
CERTIFICATE_KEY = "signing/card_certificate"
PATH_WIDTH = 340  # room for a typical path; a long one scrolls in its field


def _library_filter() -> str:
    """The file names a PKCS#11 library has on this system."""
    if sys.platform.startswith("win"):
        return "*.dll"
    if sys.platform == "darwin":
        return "*.dylib *.so"
    return "*.so *.so.*"


class SignDialog(QDialog):
    """Choose the certificate, type its password or PIN, sign; ``signed`` carries the
    :class:`SigningResult` once the signed copy is stored."""

    signed = Signal(object)  # the SigningResult

    def __init__(
        self, session: Session, document: GeneratedInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._document = document
        self._busy = False
        self.setWindowTitle(self.tr("Podpis elektroniczny — {0}").format(document.kind_label))
        intro = plain_label(self.tr(
            "Dokument: {0}\nPodpisana kopia zostanie zapisana przy sprawie obok tego dokumentu."
        ).format(document.name))  # fmt: skip

        self.p12_button = QRadioButton(self.tr("Plik &certyfikatu (.p12, .pfx)"))
        self.card_button = QRadioButton(self.tr("&Karta kryptograficzna (PKCS#11)"))
        self.sources = QButtonGroup(self)
        self.sources.addButton(self.p12_button)
        self.sources.addButton(self.card_button)
        self.p12_path = self._path_field(self.tr("Plik certyfikatu"))
        self.card_library = self._path_field(self.tr("Biblioteka karty"))
        self.card_token = QLineEdit()
        self.card_token.setAccessibleName(self.tr("Etykieta karty"))
        self.card_token.setPlaceholderText(self.tr("gdy w czytniku jest kilka kart"))
        self.card_certificate = QLineEdit()
        self.card_certificate.setAccessibleName(self.tr("Etykieta certyfikatu"))
        self.card_certificate.setPlaceholderText(self.tr("gdy na karcie jest kilka certyfikatów"))
        # Each choice's fields under it, those of the other choice disabled (the dialog
        # keeps its size and shows everything it may ask for).
        self.p12_fields = self._p12_fields()
        self.card_fields = self._card_fields()
        source_box = QGroupBox(self.tr("Certyfikat do podpisu"))
        source_layout = QVBoxLayout(source_box)
        source_layout.addWidget(self.p12_button)
        source_layout.addWidget(self.p12_fields)
        source_layout.addWidget(self.card_button)
        source_layout.addWidget(self.card_fields)

        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label = QLabel()
        self.secret_label.setBuddy(self.secret)
        self.reason = QLineEdit(document.kind_label)
        self.reason.setAccessibleName(self.tr("Cel podpisu"))
        self.reason.setMaxLength(200)
        reason_label = QLabel(self.tr("Cel p&odpisu:"))
        reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(self.secret_label, self.secret)
        form.addRow(reason_label, self.reason)

        self.working = plain_label(self.tr(
            "Podpisywanie… Karta może potrzebować kilku sekund."
        ))  # fmt: skip
        self.working.hide()
        self.error = plain_label()
        self.error.setStyleSheet(f"color: {overdue_colour().name()};")  # palette-aware red
        self.error.setAccessibleName(self.tr("Komunikat"))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Podpisz"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Anuluj"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(source_box)
        layout.addLayout(form)
        layout.addWidget(self.working)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.p12_button.toggled.connect(self._source_changed)
        self._restore()

    # --- Building --------------------------------------------------------------------------
    def _path_field(self, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(accessible)
        field.setMinimumWidth(PATH_WIDTH)
        return field

    def _with_choose(
        self, field: QLineEdit, text: str, choose: Callable[[], None]
    ) -> QHBoxLayout:
        button = QPushButton(text)
        button.setAccessibleName(self.tr("Wybierz: {0}").format(field.accessibleName()))
        button.clicked.connect(choose)
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(button)
        return row

    def _indented(self) -> tuple[QWidget, QFormLayout]:
        """A choice's fields, lined up with its radio button's text."""
        style = self.style()
        indent = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + (
            style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        )
        fields = QWidget()
        form = QFormLayout(fields)
        form.setContentsMargins(indent, 0, 0, 0)
        return fields, form

    def _p12_fields(self) -> QWidget:
        fields, form = self._indented()
        label = QLabel(self.tr("&Plik:"))
        label.setBuddy(self.p12_path)
        form.addRow(label, self._with_choose(self.p12_path, self.tr("&Wybierz…"), self.choose_p12))
        return fields

    def _card_fields(self) -> QWidget:
        fields, form = self._indented()
        rows = (
            (self.tr("&Biblioteka karty:"), self.card_library),
            (self.tr("&Etykieta karty:"), self.card_token),
            (self.tr("Etykieta ce&rtyfikatu:"), self.card_certificate),
        )
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            if field is self.card_library:
                choose = self._with_choose(field, self.tr("Wybier&z…"), self.choose_library)
                form.addRow(label, choose)
            else:
                form.addRow(label, field)
        return fields

    # --- The choice ------------------------------------------------------------------------
    @property
    def source(self) -> str:
        """Which certificate signs: :data:`P12` or :data:`CARD`."""
        return CARD if self.card_button.isChecked() else P12

    def _source_changed(self) -> None:
        card = self.source == CARD
        self.p12_fields.setEnabled(not card)
        self.card_fields.setEnabled(card)
        self.secret_label.setText(self.tr("&PIN karty:") if card else self.tr("&Hasło pliku:"))
        self.secret.setAccessibleName(self.tr("PIN karty") if card else self.tr("Hasło pliku"))

    def _restore(self) -> None:
        settings = QSettings()
        self.p12_path.setText(str(settings.value(P12_KEY, "") or ""))
        self.card_library.setText(str(settings.value(LIBRARY_KEY, "") or ""))
        self.card_token.setText(str(settings.value(TOKEN_KEY, "") or ""))
        self.card_certificate.setText(str(settings.value(CERTIFICATE_KEY, "") or ""))
        card = str(settings.value(SOURCE_KEY, P12) or P12) == CARD
        (self.card_button if card else self.p12_button).setChecked(True)
        self._source_changed()
        empty = self.card_library if card else self.p12_path
        (empty if not empty.text() else self.secret).setFocus()

    def _remember(self) -> None:
        """The choice and the paths for next time (never the password or the PIN)."""
        settings = QSettings()
        settings.setValue(SOURCE_KEY, self.source)
        settings.setValue(P12_KEY, self.p12_path.text().strip())
        settings.setValue(LIBRARY_KEY, self.card_library.text().strip())
        settings.setValue(TOKEN_KEY, self.card_token.text().strip())
        settings.setValue(CERTIFICATE_KEY, self.card_certificate.text().strip())

    def choose_p12(self) -> None:
        """Ask for the certificate file."""
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Wybierz plik certyfikatu"), self._start_folder(self.p12_path),
            self.tr("Plik certyfikatu (*.p12 *.pfx);;Wszystkie pliki (*)"),
        )  # fmt: skip
        if path:
            self.p12_path.setText(str(Path(path)))

    def choose_library(self) -> None:
        """Ask for the card's PKCS#11 library."""
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Wybierz bibliotekę PKCS#11 karty"),
            self._start_folder(self.card_library),
            self.tr("Biblioteka PKCS#11 (%1);;Wszystkie pliki (*)").replace(
                "%1", _library_filter()
            ),
        )  # fmt: skip
        if path:
            self.card_library.setText(str(Path(path)))

    @staticmethod
    def _start_folder(field: QLineEdit) -> str:
        typed = field.text().strip()
        return str(Path(typed).expanduser().parent) if typed else str(Path.home())

    # --- Signing ---------------------------------------------------------------------------
    def key(self) -> pades.SignerKey:
        """The key as typed (ValueError, in Polish, when a path or the PIN is missing)."""
        if self.source == P12:
            path = self.p12_path.text().strip()
            if not path:
                raise ValueError(self.tr("Wskaż plik certyfikatu (.p12 lub .pfx)."))
            return pades.Pkcs12Key(Path(path).expanduser(), self.secret.text())
        library = self.card_library.text().strip()
        if not library:
            raise ValueError(self.tr(
                "Wskaż bibliotekę PKCS#11 karty (plik dostarczony z oprogramowaniem karty)."
            ))  # fmt: skip
        if not self.secret.text():
            raise ValueError(self.tr("Wpisz PIN karty."))
        return pades.CardKey(
            str(Path(library).expanduser()), self.secret.text(),
            self.card_token.text().strip() or None, self.card_certificate.text().strip() or None,
        )  # fmt: skip

    def submit(self) -> None:
        """Sign on the worker: the dialog closes once the signed copy is stored, or says
        why not and stays open."""
        if self._busy:
            return
        try:
            key = self.key()
        except ValueError as error:
            self.show_error(str(error))
            return
        self._remember()
        from calcert_desktop.services.documents import signing

        ctx, actor = self._session.ctx, self._session.actor
        document_id, reason = self._document.id, self.reason.text()
        self._set_busy(True)
        write_op(
            self._session, self,
            lambda: signing.sign(ctx, actor, document_id, key, reason),
            self._done, self._refused,
        )  # fmt: skip

    def _done(self, outcome: SigningResult) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.signed.emit(outcome)
        self.accept()

    def _refused(self, message: str) -> None:
        self._set_busy(False)
        self.show_error(message)
        self.secret.clear()  # to be typed again; everything else stays as it was
        self.secret.setFocus()

    def show_error(self, message: str) -> None:
        """Say in the dialog why it did not sign."""
        self.error.setText(message)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.working.setVisible(busy)
        if busy:
            self.error.hide()
        for widget in (self.p12_button, self.card_button, self.secret, self.reason,
                       self.ok_button, self.cancel_button):  # fmt: skip
            widget.setEnabled(not busy)
        self.p12_fields.setEnabled(not busy and self.source == P12)
        self.card_fields.setEnabled(not busy and self.source == CARD)

    def reject(self) -> None:
        if not self._busy:  # a signature under way is stored anyway: wait for its answer
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)


def verdicts(checks: list[pades.SignatureCheck]) -> str:
    """Every signature's verdict and details, a blank line between signatures."""
    if not checks:
        return QCoreApplication.translate(
            "SignDialog",
            "W pliku nie ma podpisu elektronicznego, choć dokument zapisano jako podpisany.",
        )
    return "\n\n".join("\n".join((check.summary(), *check.details())) for check in checks)


def open_sign_dialog(session: Session, document: GeneratedInfo, parent: QWidget) -> SignDialog:
    """Show the dialog for ``document``, modal to ``parent``'s window (deleted when closed)."""
    dialog = SignDialog(session, document, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
