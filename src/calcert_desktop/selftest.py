"""``calcert self-test``: does this installed (or frozen) program work end to end?

It runs what a missing data file or a hidden import would break, in a temporary data folder
that is removed afterwards: the bundled resources, a database created and migrated, demo
cases, a certificate and a refusal letter generated and read back, the certificate's seal
verified, the translations, the main window opened and closed offscreen, and the
certificate printed to a PDF file. The first failure stops it with one Polish
line saying what failed; the exit code is then 1.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from calcert_desktop.services.context import AppContext
    from calcert_desktop.services.documents.generate import GeneratedInfo
    from calcert_desktop.ui.worker import Worker

# Seconds one check may take before the self-test stops with every thread's stack.
CHECK_TIMEOUT = 300
# The first 17 demo cases walk every final state once: a certificate and a refusal are there.
DEMO_CASES = 17
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
              "DejaVuSans-BoldOblique.ttf")  # fmt: skip


class SelfTestFailure(Exception):
    """A check found the program broken; the message is Polish and says what."""


@dataclass
class SelfTest:
    """The checks in order, sharing a temporary data folder."""

    out: TextIO | None
    folder: Path
    ctx: AppContext | None = None
    done: list[str] = field(default_factory=list)
    certificate_number: str = ""
    certificate_file: Path | None = None
    certificate_document: GeneratedInfo | None = None

    def say(self, line: str) -> None:
        if self.out is not None:  # a windowed program on Windows has no standard output
            print(line, file=self.out, flush=True)

    def check(self, title: str, step: Callable[[], str]) -> None:
        """Run one check; its result line, or SelfTestFailure with the cause."""
        started = time.perf_counter()
        watching = self._watch()
        try:
            detail = step()
        except SelfTestFailure:
            raise
        except Exception as error:  # any other failure is this check's failure
            message = getattr(error, "message", None) or f"{type(error).__name__}: {error}"
            raise SelfTestFailure(f"{title}: {message}") from error
        finally:
            if watching:
                faulthandler.cancel_dump_traceback_later()
        took = (time.perf_counter() - started) * 1000
        self.done.append(title)
        self.say(f"✓ {title}: {detail} ({took:.0f} ms)")

    def _watch(self) -> bool:
        """A check that hangs ends the program after ``CHECK_TIMEOUT`` seconds, with every
        thread's stack written to the output (a build's self-test must fail, not stall)."""
        if self.out is None:
            return False
        try:
            fileno = self.out.fileno()
        except (AttributeError, OSError, ValueError):  # a StringIO in tests, a closed stream
            fileno = -1
        if fileno < 0:
            return False
        faulthandler.dump_traceback_later(CHECK_TIMEOUT, exit=True, file=self.out)
        return True

    # --- the checks ------------------------------------------------------------------------
    def resources(self) -> str:
        from calcert_desktop.domain.forms import forms_dir, load_form
        from calcert_desktop.resources import resources_dir
        from calcert_desktop.storage.migrate import HEAD, MIGRATIONS_DIR

        fonts = resources_dir() / "fonts"
        missing = [name for name in FONT_FILES if not (fonts / name).is_file()]
        if missing:
            raise SelfTestFailure(f"brak czcionek w {fonts}: {', '.join(missing)}")
        if not (resources_dir() / "translations" / "calcert_en.qm").is_file():
            raise SelfTestFailure(f"brak tłumaczenia calcert_en.qm w {resources_dir()}")
        guide = resources_dir() / "guide"
        pictures = sorted(guide.glob("obrazy/*.png"))
        if not (guide / "przewodnik.html").is_file() or not pictures:
            raise SelfTestFailure(f"brak przewodnika użytkownika lub jego obrazów w {guide}")
        if not any(MIGRATIONS_DIR.joinpath("versions").glob(f"{HEAD}_*.py")):
            raise SelfTestFailure(f"brak migracji {HEAD} w {MIGRATIONS_DIR}")
        from calcert_desktop.documents import hyphenation

        if not list(hyphenation.polish("wykluczeniem")):
            raise SelfTestFailure("brak słownika dzielenia wyrazów (pyphen, pl_PL)")
        form = load_form(None)
        return (f"czcionki, tłumaczenia, przewodnik ({len(pictures)} obrazów), migracje, "
                f"dzielenie wyrazów, formularz {form.version} ({forms_dir()})")  # fmt: skip

    def database(self) -> str:
        from calcert_desktop.paths import DataPaths
        from calcert_desktop.services.context import open_context
        from calcert_desktop.storage.migrate import HEAD

        self.ctx = open_context(DataPaths(self.folder / "dane"), create=True)
        with self.ctx.db.engine.connect() as connection:
            found = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        if found != HEAD:
            raise SelfTestFailure(f"baza ma wersję schematu {found}, oczekiwano {HEAD}")
        return f"utworzona i zmigrowana do wersji {HEAD}"

    def demo(self) -> str:
        import secrets

        from calcert_desktop.demo import loader
        from calcert_desktop.services.admin.people import ensure_admin
        from calcert_desktop.services.auth.passwords import set_first_admin

        # The first administrator as on a first start (a password no one will need again:
        # the folder is thrown away), who loads the demo; Argon2id is checked on the way.
        password = secrets.token_urlsafe(18)
        ensure_admin(self._ctx())
        admin = set_first_admin(self._ctx(), password, password).actor
        summary = loader.fill(self._ctx(), admin, cases=DEMO_CASES, seed=2026)
        return f"{summary.cases} spraw, {summary.people} osób, logowanie Argon2id"

    def certificate(self) -> str:
        reference, number = self._first_case(("certified",), certificate=True)
        text = self._document("certificate", reference)
        self.certificate_number = number
        for expected in ("Certyfikat Jakości", "Centrum Aktywności Lokalnej", number):
            if expected not in text:
                raise SelfTestFailure(f"w certyfikacie {reference} brak tekstu „{expected}”")
        return f"sprawa {reference}, nr {number}"

    def seal(self) -> str:
        from calcert_desktop.services.context import resolve_actor
        from calcert_desktop.services.seals import sealing, verification

        stored = sealing.seal_of_number(self._ctx(), self.certificate_number)
        result = verification.verify(self._ctx(), resolve_actor(self._ctx(), "biuro"),
                                     stored.payload)
        if not result.valid:
            raise SelfTestFailure(f"pieczęć nie przeszła weryfikacji: {result.headline}")
        return f"kod {stored.code}, podpis Ed25519 sprawdzony"

    def signature(self) -> str:
        from pkcs11 import _pkcs11  # noqa: F401 (the smart cards' binding, compiled part)

        from calcert_desktop.documents.pades import Pkcs12Key
        from calcert_desktop.documents.throwaway_key import throwaway_p12
        from calcert_desktop.services.context import resolve_actor
        from calcert_desktop.services.documents import signing
        from calcert_desktop.storage.files import write_atomically

        if self.certificate_document is None:
            raise SelfTestFailure("brak certyfikatu do podpisania")
        path = write_atomically(self.folder / "podpis.p12",
                                throwaway_p12("Samotest CALcert", "samotest", days=1))
        key = Pkcs12Key(path, "samotest")
        office = resolve_actor(self._ctx(), "biuro")
        signed = signing.sign(self._ctx(), office, self.certificate_document.id, key).document
        checks = signing.check(self._ctx(), office, signed)
        if len(checks) != 1 or not checks[0].valid:
            raise SelfTestFailure("podpisany certyfikat nie przeszedł sprawdzenia podpisu")
        return f"PAdES (pyHanko): {signed.name} podpisany i sprawdzony; PKCS#11 wczytany"

    def encryption(self) -> str:
        from sqlalchemy import text

        from calcert_desktop.domain.recovery_words import from_words, to_words
        from calcert_desktop.storage import data_key
        from calcert_desktop.storage.database import encrypt_copy, make_engine

        # SQLCipher and the recovery key's word list, as `calcert encrypt` uses them.
        key = data_key.new_data_key()
        target = self.folder / "zaszyfrowana.sqlite3"
        encrypt_copy(self._ctx().paths.database, target, key)
        if target.read_bytes()[:16] == b"SQLite format 3\x00":
            raise SelfTestFailure("kopia bazy nie została zaszyfrowana")
        engine = make_engine(target, key)
        try:
            with engine.connect() as connection:
                cases = connection.execute(text("SELECT count(*) FROM cases")).scalar()
        finally:
            engine.dispose()
        words = to_words(key)
        if from_words(" ".join(words)) != key:
            raise SelfTestFailure("klucz odzyskiwania nie wraca ze słów")
        return f"SQLCipher: {cases} spraw w zaszyfrowanej kopii; klucz odzyskiwania: 24 słowa"

    def printing(self) -> str:
        from PySide6.QtPrintSupport import QPrinter

        from calcert_desktop.ui.printing import print_pdf

        if self.certificate_file is None:
            raise SelfTestFailure("brak certyfikatu do wydruku")
        self._application()
        target = self.folder / "wydruk.pdf"
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        sheets = print_pdf(self.certificate_file, printer)
        if sheets < 1 or not target.is_file() or not target.read_bytes().startswith(b"%PDF-"):
            raise SelfTestFailure("wydruk certyfikatu do pliku PDF nie powstał")
        return f"certyfikat wydrukowany do pliku PDF (stron: {sheets})"

    def refusal(self) -> str:
        reference, _ = self._first_case(("refused", "refusal_appealed", "refused_final"))
        text = self._document("refusal", reference)
        for expected in ("Rozstrzygnięcie", "Uzasadnienie", "Pouczenie", reference):
            if expected not in text:
                raise SelfTestFailure(f"w odmowie {reference} brak tekstu „{expected}”")
        return f"sprawa {reference}"

    def translations(self) -> str:
        from PySide6.QtCore import QCoreApplication

        from calcert_desktop.ui import i18n

        app = self._application()
        translators = i18n.install(app, "en")
        english = QCoreApplication.translate("MainWindow", "&Plik")
        for translator in translators:
            app.removeTranslator(translator)
        if len(translators) < 2 or english == "&Plik":
            raise SelfTestFailure(
                "nie wczytano tłumaczeń (Qt: qtbase_pl/qtbase_en, program: calcert_en.qm)"
            )
        polish = i18n.install(app, "pl")
        if not polish:
            raise SelfTestFailure("nie wczytano polskiego tłumaczenia okien Qt (qtbase_pl)")
        return f"angielskie i polskie (wczytane pliki: {len(translators) + len(polish)})"

    def main_window(self) -> str:
        from calcert_desktop.services.context import resolve_actor
        from calcert_desktop.ui.main_window import MainWindow
        from calcert_desktop.ui.session import Session
        from calcert_desktop.ui.worker import Worker

        app = self._application()
        worker = Worker(app)
        failures = _Failures()
        logging.getLogger("calcert_desktop").addHandler(failures)
        window = MainWindow()
        try:
            window.show()
            window.attach(Session(self._ctx(), resolve_actor(self._ctx(), "biuro"), worker))
            _settle(app, worker)
            if failures.messages:
                raise SelfTestFailure("błąd w tle przy wypełnianiu okna: " + failures.messages[0])
            if not window.isVisible():
                raise SelfTestFailure("okno główne nie pozostało otwarte")
            title = window.windowTitle()
        finally:
            logging.getLogger("calcert_desktop").removeHandler(failures)
            window.close()
            worker.wait()
            app.processEvents()
        return f"„{title}” otwarte i zamknięte"

    # --- helpers ---------------------------------------------------------------------------
    def _ctx(self) -> AppContext:
        if self.ctx is None:
            raise SelfTestFailure("baza danych nie została otwarta")
        return self.ctx

    def _first_case(self, states: tuple[str, ...], certificate: bool = False) -> tuple[str, str]:
        from calcert_desktop.services.context import resolve_actor
        from calcert_desktop.services.views.queries import CaseFilter, list_cases

        office = resolve_actor(self._ctx(), "biuro")
        rows = list_cases(self._ctx(), office, CaseFilter(states=states))
        for row in rows:
            if not certificate or row.get("certificate"):
                return str(row["reference"]), str(row.get("certificate") or "")
        raise SelfTestFailure(f"w danych przykładowych brak sprawy w stanie {', '.join(states)}")

    def _document(self, kind: str, reference: str) -> str:
        """Generate the document as the office does (stored with the case), read it back."""
        from calcert_desktop.services.context import resolve_actor
        from calcert_desktop.services.documents import generate

        info = generate.generate(self._ctx(), resolve_actor(self._ctx(), "biuro"), kind,
                                  reference)  # fmt: skip
        stored = generate.generated_file(self._ctx(), info)
        if kind == "certificate":
            self.certificate_file = stored
            self.certificate_document = info
        pdf = stored.read_bytes()
        if not pdf.startswith(b"%PDF-") or b"/FontFile2" not in pdf or b"DejaVu" not in pdf:
            raise SelfTestFailure(f"plik {info.file_name} nie jest PDF-em z czcionką DejaVu")
        return pdf_text(pdf)

    def _application(self) -> QApplication:
        from PySide6.QtWidgets import QApplication

        from calcert_desktop.ui.app import make_application

        existing = QApplication.instance()
        if isinstance(existing, QApplication):
            return existing
        return make_application(["calcert"], "pl")


class _Failures(logging.Handler):
    """Collects the errors logged while the window fills in (the worker logs them)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        cause = record.exc_info[1] if record.exc_info else None
        self.messages.append(f"{record.getMessage()} ({cause!r})" if cause else record.getMessage())


def _settle(app: QApplication, worker: Worker, limit_s: float = 30) -> None:
    """Let the window load: events processed until the worker has stayed idle a moment."""
    idle = 0
    deadline = time.monotonic() + limit_s
    while idle < 5 and time.monotonic() < deadline:
        app.processEvents()
        idle = idle + 1 if worker.wait(20) else 0


def pdf_text(pdf: bytes) -> str:
    """The text of every page of a PDF (pdfium: what a viewer would show)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(pages)
    finally:
        document.close()


@contextmanager
def _temporary_folder(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    folder = Path(tempfile.mkdtemp(prefix="calcert-self-test-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(out: TextIO | None, keep: Path | None = None, debug: bool = False) -> int:
    """Every check in order; 0 when all passed, 1 at the first failure (said in Polish)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # never shows a window
    started = time.perf_counter()
    with _temporary_folder(keep) as folder:
        test = SelfTest(out, folder)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("zasoby programu", test.resources),
            ("baza danych", test.database),
            ("dane przykładowe", test.demo),
            ("certyfikat (PDF)", test.certificate),
            ("pieczęć certyfikatu", test.seal),
            ("podpis elektroniczny", test.signature),
            ("szyfrowanie bazy", test.encryption),
            ("pismo o odmowie (PDF)", test.refusal),
            ("tłumaczenia", test.translations),
            ("okno główne", test.main_window),
            ("drukowanie", test.printing),
        ]
        try:
            for title, step in checks:
                test.check(title, step)
        except SelfTestFailure as failure:
            test.say(f"✗ {failure}")
            if debug:
                test.say(traceback.format_exc())
            test.say("Samotest NIEUDANY.")
            return 1
        finally:
            if test.ctx is not None:
                test.ctx.close()
    took = time.perf_counter() - started
    test.say(f"Samotest udany: {len(test.done)} sprawdzeń w {took:.1f} s.")
    return 0
