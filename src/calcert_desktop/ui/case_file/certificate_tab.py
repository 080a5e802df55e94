"""Certyfikat: number, issue date, validity, status; or that there is none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from calcert_desktop.domain.case_labels import CERTIFICATE_STATUSES, VOTES, label
from calcert_desktop.ui.case_file.common import pl_date, plain_label

if TYPE_CHECKING:
    from calcert_desktop.services.views.case_file_model import CaseFile


class CertificateTab(QWidget):
    """The case's certificate as a short form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.none = plain_label(self.tr("Brak certyfikatu — w tej sprawie go nie wydano."))
        self.number = plain_label()
        self.issued = plain_label()
        self.valid_until = plain_label()
        self.status = plain_label()
        self.resolution = plain_label()
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.addRow(self.tr("Numer certyfikatu:"), self.number)
        form.addRow(self.tr("Data wydania:"), self.issued)
        form.addRow(self.tr("Ważny do:"), self.valid_until)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Uchwała Zarządu:"), self.resolution)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def show_file(self, view: CaseFile) -> None:
        """Show the certificate of ``view``."""
        certificate = view.certificate
        self.none.setVisible(certificate is None)
        self.details.setVisible(certificate is not None)
        if certificate is None:
            return
        self.number.setText(certificate.number)
        self.issued.setText(pl_date(certificate.issued_on))
        self.valid_until.setText(pl_date(certificate.valid_until))
        self.status.setText(label(CERTIFICATE_STATUSES, certificate.status))
        issuing = next((r for r in view.resolutions if r.subject == "issue"), None)
        if issuing is None:  # issued before the Board's resolutions were recorded
            self.resolution.setText("—")
            return
        votes = ", ".join(f"{view.name(login)}: {label(VOTES, vote)}"
                          for login, vote in issuing.votes.items())  # fmt: skip
        self.resolution.setText(
            self.tr("nr {0} z {1} ({2})").format(issuing.number, pl_date(issuing.adopted_on), votes)
        )
