"""Ustawienia → Kopia zapasowa: a verified backup of the database saved to a chosen file, and
the database restored from a chosen backup (what ``calcert backup`` and ``calcert restore``
do, through the same service: ``admin.maintenance``).

The service decides who may (an administrator); anyone else sees why the buttons are off.
Both run on the worker behind a progress dialog; the window never freezes. A restore asks
first, naming what it replaces; the service checks the backup fully before it replaces
anything and keeps a copy of what it replaces, so a refused backup leaves the data as it
was. Once the data is replaced, what this window shows (and who is signed in) belongs to
the old data: the program says so and closes; the next start opens the restored data
(bringing an older backup up to this version) and asks who is working.

Imported only once a data folder is open (it loads the services).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.services.admin import database_choice, maintenance
from calcert_desktop.ui.case_file.common import plain_label
from calcert_desktop.ui.operations import read_op

if TYPE_CHECKING:
    from calcert_desktop.ui.session import Session

FOLDER_KEY = "backup/folder"  # the folder the last backup went to (QSettings)


class BackupEditor(QWidget):
    """Make a backup; restore one (administrators: the service says who)."""

    restored = Signal(object)  # maintenance.Restored: the data was replaced

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.progress: QProgressDialog | None = None
        self.where = plain_label("")
        about = plain_label(self.tr(
            "Kopia zapasowa zawiera całą bazę danych: sprawy z historią, pisma, załączniki, "
            "osoby, ustawienia i klucz pieczęci elektronicznej. Program porównuje każdą kopię z "
            "bazą, zanim zapisze plik pod wybraną nazwą. Przechowuj kopie poza tym komputerem "
            "(np. na dysku zewnętrznym), tak starannie jak same dane."
        ))  # fmt: skip

        self.backup_button = QPushButton(self.tr("&Zapisz kopię zapasową…"))
        self.backup_button.clicked.connect(self.ask_backup)
        make = QGroupBox(self.tr("Zapisz kopię"))
        make_layout = QVBoxLayout(make)
        make_layout.addWidget(plain_label(self.tr(
            "Kopię można zapisywać w czasie pracy; program nie musi być zamknięty."
        )))  # fmt: skip
        make_layout.addLayout(self._row(self.backup_button))

        self.restore_button = QPushButton(self.tr("&Przywróć bazę z kopii…"))
        self.restore_button.clicked.connect(self.ask_restore)
        self.restore_text = plain_label("")
        back = QGroupBox(self.tr("Przywróć z kopii"))
        back_layout = QVBoxLayout(back)
        back_layout.addWidget(self.restore_text)
        back_layout.addLayout(self._row(self.restore_button))

        self.result = plain_label("")
        self.result.setAccessibleName(self.tr("Wynik"))
        self.read_only_note = plain_label("")
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.where)
        layout.addWidget(make)
        layout.addWidget(back)
        layout.addWidget(self.result)
        layout.addWidget(self.read_only_note)
        layout.addStretch(1)
        self.attach(session)

    @staticmethod
    def _row(button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        return row

    def attach(self, session: Session) -> None:
        """For ``session``'s person: the buttons for those the service allows."""
        self.session = session
        paths = session.ctx.paths
        location = database_choice.current(paths)
        self.where.setText(self.tr("Baza danych: %1").replace("%1", location.shown()))
        text = self.tr(
            "Przywrócenie zastępuje całą bazę danych wybraną kopią. Program najpierw sprawdza "
            "kopię (jak polecenie calcert check) i zachowuje obecny stan w kopii w folderze "
            "%1; kopia, która nie przejdzie sprawdzenia, niczego nie zmienia. Po przywróceniu "
            "program się zamknie: uruchom go ponownie i zaloguj się."
        ).replace("%1", str(paths.backups))
        if not location.is_sqlite:
            text += " " + self.tr(
                "Z tego serwera korzystają też inne komputery biura: zamknij na nich program "
                "przed przywróceniem."
            )  # fmt: skip
        self.restore_text.setText(text)
        allowed = maintenance.may_back_up(session.actor)
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(allowed)
        self.read_only_note.setText("" if allowed else self.tr(
            "Kopie zapasowe zapisuje i przywraca administrator (kopia zawiera wszystkie dane "
            "biura)."
        ))  # fmt: skip
        self.read_only_note.setVisible(not allowed)
        self.result.clear()

    # --- progress ------------------------------------------------------------------------
    def _start(self, text: str) -> None:
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(False)
        self.result.setText(text)
        progress = QProgressDialog(text, "", 0, 0, self)
        progress.setWindowTitle(self.tr("Kopia zapasowa"))
        progress.setCancelButton(None)  # a backup or a restore is never left half done
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.show()
        self.progress = progress

    def _stop(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        allowed = maintenance.may_back_up(self.session.actor)
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(allowed)

    def _failed(self, message: str) -> None:
        self._stop()
        self.result.setText(message)

    # --- backup --------------------------------------------------------------------------
    def ask_backup(self) -> None:
        """Ask where to save the backup (a name with today's date offered), then make it."""
        ctx = self.session.ctx
        read_op(self.session, self, lambda: maintenance.backup_name(ctx, date.today()),
                self._ask_target, self._failed)  # fmt: skip

    def _ask_target(self, name: str) -> None:
        folder = Path(str(QSettings().value(FOLDER_KEY, str(Path.home()))))
        archive = name.endswith(".dump")
        kinds = (self.tr("Archiwum pg_dump (*.dump)") if archive
                 else self.tr("Kopia bazy danych (*.sqlite3)"))  # fmt: skip
        # No overwrite question: the service refuses an existing file and says so.
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Zapisz kopię zapasową"), str(folder / name),
            kinds + ";;" + self.tr("Wszystkie pliki (*)"), "",
            QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if path:
            self.backup_to(Path(path))

    def backup_to(self, target: Path) -> None:
        """Write a verified backup to ``target`` (a new file) on the worker; say what it is."""
        self._start(self.tr("Zapisuję kopię bazy danych i sprawdzam ją…"))
        session = self.session
        read_op(session, self,
                lambda: maintenance.backup(session.ctx, session.actor, target),
                self._made, self._failed)  # fmt: skip

    def _made(self, made: maintenance.BackupMade) -> None:
        self._stop()
        QSettings().setValue(FOLDER_KEY, str(made.path.parent))
        self.result.setText(
            self.tr("Zapisano sprawdzoną kopię bazy danych: %1").replace("%1", str(made.path))
            + "\n" + self.describe(made)
        )

    def describe(self, made: maintenance.BackupMade) -> str:
        """What the file is and where it restores, in one sentence."""
        if made.kind == "pg_archive":
            return (self.tr(
                "Rodzaj: archiwum pg_dump (%1) bazy serwera %2, schemat %3. Przywrócić je można "
                "na serwerze PostgreSQL %4 lub nowszym (potrzebny pg_restore tej wersji)."
            ).replace("%1", made.tool or "").replace("%2", made.engine)
                .replace("%3", made.revision).replace("%4", str(made.server_major)))  # fmt: skip
        if made.engine.startswith("PostgreSQL"):
            return (self.tr(
                "Rodzaj: plik SQLite — eksport programu bazy serwera %1, schemat %2. Przywrócić "
                "go można na serwerze PostgreSQL dowolnej wersji albo w instalacji z bazą w "
                "pliku."
            ).replace("%1", made.engine).replace("%2", made.revision))  # fmt: skip
        return (self.tr(
            "Rodzaj: plik SQLite (%1), schemat %2. Przywrócić go można w instalacji z bazą w "
            "pliku albo na serwerze PostgreSQL."
        ).replace("%1", made.engine).replace("%2", made.revision))  # fmt: skip

    # --- restore -------------------------------------------------------------------------
    def ask_restore(self) -> None:
        """Ask which backup to restore, then :meth:`restore_from`."""
        folder = str(QSettings().value(FOLDER_KEY, str(Path.home())))
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Wybierz kopię do przywrócenia"), folder,
            self.tr("Kopie bazy danych (*.sqlite3 *.dump)") + ";;"
            + self.tr("Wszystkie pliki (*)"),
        )  # fmt: skip
        if path:
            self.restore_from(Path(path))

    def restore_from(self, source: Path) -> None:
        """Ask, naming what will be replaced; close the program's other windows (each asks
        about its unsaved work); then restore on the worker."""
        paths = self.session.ctx.paths
        question = self.tr(
            "Przywrócić bazę danych z kopii %1?\n\n"
            "Zostanie zastąpiona cała baza danych tej instalacji (%2): wszystkie sprawy, "
            "pisma, osoby i ustawienia zapisane po wykonaniu tej kopii znikną. Obecny stan "
            "program najpierw zachowa w kopii w folderze %3.\n\n"
            "Kopia zostanie najpierw sprawdzona; jeśli nie przejdzie sprawdzenia, baza "
            "pozostanie bez zmian. Po przywróceniu program się zamknie."
        ).replace("%1", str(source)).replace(
            "%2", database_choice.current(paths).shown()
        ).replace("%3", str(paths.backups))  # fmt: skip
        answer = QMessageBox.question(
            self, self.tr("Przywróć bazę z kopii"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not self._close_other_windows():
            self.result.setText(self.tr(
                "Nic nie przywrócono: zamknij najpierw pozostałe okna programu (np. "
                "niezapisane zgłoszenie), a potem spróbuj ponownie."
            ))  # fmt: skip
            return
        self._start(self.tr("Sprawdzam kopię i przywracam bazę danych…"))
        session = self.session
        # The window holds the folder's "open" lock while it runs: the restore is its own.
        read_op(session, self,
                lambda: maintenance.restore(session.ctx, session.actor, source,
                                            folder_held=True),
                self._restored, self._failed)  # fmt: skip

    def _close_other_windows(self) -> bool:
        """Close every other window of the program (case files, forms), which read the
        data being replaced; False if one stays open (its unsaved work kept)."""
        own = self.window()
        for window in QApplication.topLevelWidgets():
            if window is own or not window.isVisible():
                continue
            if not window.close():
                return False
        return True

    def _restored(self, done: maintenance.Restored) -> None:
        self._stop()
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(False)  # the data this window read is gone
        kind = self.tr("plik SQLite")
        if done.kind == "pg_archive":
            kind = self.tr("archiwum pg_dump z serwera PostgreSQL %1").replace(
                "%1", done.made_on or "")  # fmt: skip
        said = self.tr(
            "Przywrócono bazę danych z kopii.\nRodzaj kopii: %1; baza danych: %2.\n"
            "Poprzedni stan zachowano w kopii: %3"
        ).replace("%1", kind).replace("%2", done.into).replace("%3", str(done.safety))
        self.result.setText(said)
        QMessageBox.information(self, self.tr("Przywrócono bazę danych"), said + "\n\n" + self.tr(
            "Program zamknie się teraz. Uruchom go ponownie i zaloguj się: program otworzy "
            "przywrócone dane (starszą kopię najpierw dostosuje do swojej wersji)."
        ))  # fmt: skip
        self.restored.emit(done)
        if not self.window().close():  # the main window's close ends the program
            QApplication.quit()
