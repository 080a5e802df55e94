"""Certyfikat: number, issue date, validity, status, the seal's short code and QR code as the
certificate prints them, and "Drukuj…" for the certificate itself; or that there is none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.case_labels import CERTIFICATE_STATUSES, VOTES, label
from calcert_desktop.ui.case_file.common import pl_date, plain_label
from calcert_desktop.ui.operations import write_op
from calcert_desktop.ui.printing import print_document
from calcert_desktop.ui.widgets.qr_code import QrCode

if TYPE_CHECKING:
    from calcert_desktop.services.documents.generate import GeneratedInfo
    from calcert_desktop.services.seals.sealing import StoredSeal
    from calcert_desktop.services.views.case_file_model import CaseFile
    from calcert_desktop.ui.session import Session
    from calcert_desktop.ui.widgets.qr_code import Modules

CERTIFICATE_KIND = "certificate"  # the document kind of services.documents.certificate


class CertificateTab(QWidget):
    """The case's certificate as a short form with its seal and a print button."""

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reference = ""
        self.none = plain_label(self.tr("Brak certyfikatu — w tej sprawie go nie wydano."))
        self.number = plain_label()
        self.issued = plain_label()
        self.valid_until = plain_label()
        self.status = plain_label()
        self.resolution = plain_label()
        self.code = plain_label(wrap=False)
        self.code.setAccessibleName(self.tr("Kod weryfikacyjny certyfikatu"))
        self._plain_font = self.code.font()  # for a sentence in place of the code
        self._code_font = self.code.font()  # the code itself: fixed width, as printed
        self._code_font.setFamily("monospace")
        self._code_font.setStyleHint(self._code_font.StyleHint.Monospace)
        self._code_font.setBold(True)
        self.qr = QrCode((), self.tr("Kod QR certyfikatu"))
        self.qr.hide()
        # Every letter of "Drukuj" is a tab's mnemonic already (as in Dokumenty).
        self.print_button = QPushButton(self.tr("Drukuj…"))
        self.print_button.setToolTip(self.tr(
            "Wygeneruj certyfikat z aneksem (zapisany w dokumentach sprawy) i wydrukuj go"))
        self.print_button.clicked.connect(self.print_certificate)
        self.print_button.setEnabled(session is not None)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.addRow(self.tr("Numer certyfikatu:"), self.number)
        form.addRow(self.tr("Data wydania:"), self.issued)
        form.addRow(self.tr("Ważny do:"), self.valid_until)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Uchwała Zarządu:"), self.resolution)
        form.addRow(self.tr("Kod weryfikacyjny:"), self.code)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        row = QHBoxLayout()
        row.addWidget(self.details, 1)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_file(self, view: CaseFile) -> None:
        """Show the certificate of ``view``."""
        self._reference = view.reference
        certificate = view.certificate
        self.none.setVisible(certificate is None)
        self.details.setVisible(certificate is not None)
        if certificate is None:
            self.qr.hide()
            return
        self.number.setText(certificate.number)
        self.issued.setText(pl_date(certificate.issued_on))
        self.valid_until.setText(pl_date(certificate.valid_until))
        self.status.setText(label(CERTIFICATE_STATUSES, certificate.status))
        self._load_seal()
        issuing = next((r for r in view.resolutions if r.subject == "issue"), None)
        if issuing is None:  # issued before the Board's resolutions were recorded
            self.resolution.setText("—")
            return
        votes = ", ".join(f"{view.name(login)}: {label(VOTES, vote)}"
                          for login, vote in issuing.votes.items())  # fmt: skip
        self.resolution.setText(
            self.tr("nr {0} z {1} ({2})").format(issuing.number, pl_date(issuing.adopted_on), votes)
        )

    # --- The seal ------------------------------------------------------------------------
    def _load_seal(self) -> None:
        """Read the seal and draw its QR matrix on the worker (encoding takes a moment)."""
        if self._session is None:
            return
        from calcert_desktop.documents.certificate import qr_modules
        from calcert_desktop.services.views.certificate_seal import seal_of_case

        ctx, actor, reference = self._session.ctx, self._session.actor, self._reference

        def read() -> tuple[StoredSeal | None, Modules]:
            found = seal_of_case(ctx, actor, reference)
            return found, qr_modules(found.payload) if found is not None else ()

        self.code.setText(self.tr("wczytywanie…"))
        self._session.worker.submit(read, self._show_seal, self._seal_failed, owner=self)

    def _show_seal(self, loaded: tuple[StoredSeal | None, Modules]) -> None:
        found, modules = loaded
        if found is None:
            self.code.setFont(self._plain_font)
            self.code.setText(self.tr("nadany przy pierwszym wydruku certyfikatu"))
            self.qr.hide()
            return
        self.code.setFont(self._code_font)
        self.code.setText(found.code)
        self.qr.set_modules(modules)
        self.qr.show()

    def _seal_failed(self, message: str) -> None:
        self.code.setFont(self._plain_font)
        self.code.setText(message)
        self.qr.hide()

    # --- Printing ------------------------------------------------------------------------
    def print_certificate(self) -> None:
        """Generate the certificate (stored with the case, as Dokumenty does), then print it."""
        if self._session is None or not self._reference:
            return
        from calcert_desktop.services.documents import generate

        ctx, actor, reference = self._session.ctx, self._session.actor, self._reference
        self.print_button.setEnabled(False)
        write_op(
            self._session,
            self,
            lambda: generate.with_copy(ctx, generate.generate(ctx, actor, CERTIFICATE_KIND,
                                                              reference)),
            self._generated,
            self._failed,
        )  # fmt: skip

    def _generated(self, info: GeneratedInfo) -> None:
        self.print_button.setEnabled(True)
        self._load_seal()  # a certificate issued before seals has one now
        if info.copy is not None:
            print_document(self, info.copy, info.kind_label)

    def _failed(self, message: str) -> None:
        self.print_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Certyfikat"), message)
