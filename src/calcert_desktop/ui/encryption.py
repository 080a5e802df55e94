"""Encryption at rest in the window (issue 18, part 4): a plain SQLite installation encrypted
when an administrator opens it (the backup first, services/admin/encryption.py), the
recovery key shown once (its words, a QR code, a sheet to print), and a lost password
replaced with that key from the unlock dialog.

Every step runs on the worker; the window stays live and says what is going on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.ui.operations import read_op, write_op
from calcert_desktop.ui.widgets.qr_code import QrCode

if TYPE_CHECKING:
    from calcert_desktop.services.admin.encryption import Encrypted
    from calcert_desktop.services.context import Actor, AppContext
    from calcert_desktop.ui.worker import Worker

class RecoveryKeyDialog(QDialog):
    """The recovery key shown once: its 24 words numbered, its QR code, a button that saves
    the sheet to print; it closes only once the person says the key is kept."""

    def __init__(
        self,
        words: list[str],
        save: Callable[[Path], Path],
        worker: Worker,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        from calcert_desktop.documents.certificate import encode_qr

        self.save, self.worker = save, worker
        self.setWindowTitle(self.tr("Klucz odzyskiwania danych"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Baza danych tej instalacji jest zaszyfrowana. Otwiera ją hasło każdej osoby, a gdy "
            "nikt nie pamięta hasła — ten klucz odzyskiwania. Program nie pokaże go ponownie: "
            "zapisz arkusz do wydruku na pendrive albo przepisz słowa, a potem przechowuj je "
            "w bezpiecznym miejscu, nie przy komputerze."
        ))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.15 if font.pointSizeF() > 0 else 11)
        rows = len(words) // 4
        self.word_labels: list[QLabel] = []
        for index, word in enumerate(words):
            label = QLabel(f"{index + 1:2}. {word}")
            label.setFont(font)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, index % rows, index // rows)
            self.word_labels.append(label)
        row.addLayout(grid, 1)
        qr_name = QCoreApplication.translate("Encryption", "Kod QR klucza odzyskiwania")
        self.qr = QrCode(encode_qr(" ".join(words)), qr_name)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.save_button = QPushButton(self.tr("&Zapisz arkusz do wydruku (PDF)…"))
        self.save_button.clicked.connect(self.save_sheet)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setTextFormat(Qt.TextFormat.PlainText)
        saving = QHBoxLayout()
        saving.addWidget(self.save_button)
        saving.addWidget(self.saved, 1)
        layout.addLayout(saving)
        self.kept = QCheckBox(self.tr("&Klucz odzyskiwania jest zapisany w bezpiecznym miejscu"))
        layout.addWidget(self.kept)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.done_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("Gotowe"))
        self.done_button.setEnabled(False)
        self.kept.toggled.connect(self.done_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

    def save_sheet(self, target: Path | None = None) -> None:
        """Ask where (unless given), then write the sheet on the worker."""
        if not target:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Zapisz arkusz klucza odzyskiwania"),
                "klucz-odzyskiwania.pdf", self.tr("Dokument PDF (*.pdf)"),
            )  # fmt: skip
            if not chosen:
                return
            target = Path(chosen)
        chosen_target = target
        self.save_button.setEnabled(False)

        def written(path: Path) -> None:
            self.save_button.setEnabled(True)
            self.saved.setStyleSheet("")
            self.saved.setText(self.tr("Zapisano: {0}").format(path))

        def failed(message: str) -> None:
            self.save_button.setEnabled(True)
            self.saved.setStyleSheet("color: #b00020;")
            self.saved.setText(message)

        read_op(self.worker, self, lambda: self.save(chosen_target), written, failed)

    def reject(self) -> None:
        """Escape closes it only once the key is said to be kept."""
        if self.kept.isChecked():
            super().reject()


def encrypt_if_due(
    window: QWidget,
    worker: Worker,
    ctx: AppContext,
    actor: Actor,
    then: Callable[[AppContext], Any],
) -> None:
    """When ``actor`` (an administrator) opened a plain installation the office has not
    chosen to keep plain: ask, encrypt it (backup first), show the recovery key; ``then``
    gets the context to work with (a new one when encrypted, ``ctx`` otherwise)."""
    from calcert_desktop.services.admin import encryption

    def decided(due: bool) -> None:
        if not due:
            then(ctx)
            return
        title = QCoreApplication.translate("Encryption", "Szyfrowanie danych")
        question = QCoreApplication.translate(
            "Encryption",
            "Baza danych tej instalacji nie jest zaszyfrowana: kto weźmie ten komputer lub "
            "jego dysk, przeczyta dane instytucji i osób. Zaszyfrować ją teraz? Program "
            "najpierw zapisze kopię zapasową, a potem pokaże klucz odzyskiwania do zapisania.",
        )
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=window)
        encrypt = box.addButton(
            QCoreApplication.translate("Encryption", "&Zaszyfruj"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        plain = box.addButton(
            QCoreApplication.translate("Encryption", "&Nie szyfruj na tym komputerze"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("Encryption", "&Później"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(encrypt)
        box.exec()
        if box.clickedButton() is encrypt:
            _encrypt(window, worker, ctx, actor, then)
        elif box.clickedButton() is plain:
            write_op(
                worker,
                window,
                lambda: encryption.keep_plain(ctx, actor),
                lambda _done: then(ctx),
                lambda message: _said(window, message, ctx, then),
            )
        else:
            then(ctx)

    read_op(worker, window, lambda: encryption.due(ctx, actor), decided,
            lambda message: _said(window, message, ctx, then))  # fmt: skip


def _said(
    window: QWidget, message: str, ctx: AppContext, then: Callable[[AppContext], Any]
) -> None:
    QMessageBox.warning(
        window, QCoreApplication.translate("Encryption", "Szyfrowanie danych"), message
    )
    then(ctx)


def _encrypt(
    window: QWidget,
    worker: Worker,
    ctx: AppContext,
    actor: Actor,
    then: Callable[[AppContext], Any],
) -> None:
    from calcert_desktop.services.admin import encryption

    label = QCoreApplication.translate(
        "Encryption", "Szyfruję bazę danych (najpierw kopia zapasowa)…"
    )
    progress = QProgressDialog(label, "", 0, 0, window)
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.show()

    def work() -> tuple[AppContext, Encrypted]:
        from calcert_desktop.services.context import open_context

        # the window holds its folder's lock while it runs (ui/single_instance.py)
        done = encryption.encrypt_installation(ctx, actor, folder_held=True)
        return open_context(ctx.paths, create=False, key=done.key), done

    def encrypted(result: tuple[AppContext, Encrypted]) -> None:
        from calcert_desktop.domain.recovery_words import to_words

        progress.close()
        opened, done = result
        dialog = RecoveryKeyDialog(
            to_words(done.recovery),
            lambda target: encryption.write_sheet(opened, done.recovery, target),
            worker, window,
        )  # fmt: skip
        dialog.finished.connect(lambda _code: then(opened))
        dialog.open()

    def failed(message: str) -> None:  # nothing swapped: the plain database works on
        progress.close()
        _said(window, message, ctx, then)

    worker.submit(work, encrypted, failed)
