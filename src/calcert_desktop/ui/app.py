"""Starting the desktop application: Qt in Polish, one instance per data folder, the main
window shown at once; then, behind it, the database opened (and migrated), demo data offered
to an administrator on a first start, the person signed in, and the window filled in.

The services and SQLAlchemy are imported only after the window is up: they take most of
the start-up time (see benchmarks/bench_startup.py)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from calcert_desktop import __version__
from calcert_desktop.paths import APP_AUTHOR, APP_NAME, DataPaths, resolve_data_dir
from calcert_desktop.resources import resources_dir
from calcert_desktop.services.data_folder import restrict_umask
from calcert_desktop.ui import i18n
from calcert_desktop.ui.demo_offer import offer_demo
from calcert_desktop.ui.main_window import MainWindow
from calcert_desktop.ui.operations import read_op
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.sign_in import (
    ask_first_admin,
    ask_new_password,
    ask_sign_in,
    ask_unlock,
)
from calcert_desktop.ui.single_instance import SingleInstance
from calcert_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from calcert_desktop.services.context import Actor, AppContext


# What runs once a person is signed in, before the window is theirs: it gets the context and
# the person, and calls on with the context to work with (another one once it is encrypted).
BeforeWork = Callable[["AppContext", "Actor", Callable[["AppContext"], Any]], Any]
QUIT_WHEN_READY = "CALCERT_QUIT_WHEN_READY"


def make_application(argv: Sequence[str], language: str | None = None) -> QApplication:
    """The QApplication with our names (QSettings use them) and translations installed
    (the language from the settings unless one is given)."""
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "calcert.png")))
    language = language or str(QSettings().value("language", "pl"))
    app.setProperty("calcert_translators", i18n.install(app, language))
    return app


def open_data(paths: DataPaths, key: bytes | None = None) -> AppContext:
    """Open (create, migrate) the database, make sure someone can log in, and record what
    became final or expired by today (the sweep: one query when nothing is due; nobody's
    window shows anything yet, so nothing is broadcast); files the wizard stored for
    drafts never saved go after their grace period (worker thread). An encrypted
    installation opens with its data key (:func:`open_unlocked`)."""
    from calcert_desktop.services.context import open_context

    return _housekeeping(open_context(paths, create=key is None, key=key))


def _housekeeping(ctx: AppContext) -> AppContext:
    from calcert_desktop.services.admin import people
    from calcert_desktop.services.admin.unused_files import remove_unused_files
    from calcert_desktop.services.process.sweep import sweep

    try:
        people.ensure_admin(ctx)
        remove_unused_files(ctx)
        sweep(ctx)
    except BaseException:
        ctx.close()
        raise
    return ctx


def _encrypted(paths: DataPaths) -> bool:
    from calcert_desktop.services.auth.unlock import is_encrypted  # on the worker: its imports

    return is_encrypted(paths)


def open_unlocked(paths: DataPaths, login: str, password: str) -> tuple[AppContext, Any]:
    """An encrypted installation opened with ``login``'s password, and the person signed in
    with it (worker thread); the context closed again when the sign-in is refused."""
    from calcert_desktop.services.auth.sign_in import sign_in
    from calcert_desktop.services.auth.unlock import data_key_for

    ctx = open_data(paths, data_key_for(paths, login, password))
    try:
        return ctx, sign_in(ctx, login, password)
    except BaseException:
        ctx.close()
        raise


def recover_and_open(
    paths: DataPaths, login: str, words: str, password: str, repeated: str
) -> tuple[AppContext, Any]:
    """A lost password replaced with the recovery key's ``words`` (worker thread), then the
    installation opened and the person signed in with the new one."""
    from calcert_desktop.services.auth.unlock import recover_access

    recover_access(paths, login, words, password, repeated)
    return open_unlocked(paths, login, password)


def when_quiet(worker: Worker, then: Callable[[], Any]) -> None:
    """Call ``then`` once every job on ``worker`` (and any their answers asked for) has
    been answered: the views' first loads, for the start-up benchmark."""
    if worker.is_quiet():
        then()
    else:
        worker.quiet.connect(then, Qt.ConnectionType.SingleShotConnection)


def start_session(
    window: MainWindow,
    ctx: AppContext,
    worker: Worker,
    user: str | None,
    quick: str,
    password: str | None = None,
    signed: Any = None,
    before_work: BeforeWork | None = None,
) -> None:
    """With the database open: the first administrator's password on a new database, or
    the person signed in (with ``password`` when given, else asked); then ``before_work``
    (a plain installation encrypted: ui/encryption.py), demo data offered to an
    administrator on a first start, and the window filled. Each step runs on the worker
    and goes on from its callback; the window stays live."""
    from calcert_desktop.services.auth.sign_in import needs_first_admin, sign_in

    def work_with(opened: AppContext, actor: Actor) -> None:
        window.attach(Session(opened, actor, worker))
        if quick == "loaded":  # once every view has its first answer shown
            when_quiet(worker, lambda: (print("loaded", flush=True), QApplication.quit()))
        elif not quick:
            offer_demo(opened, worker, window, actor, window.offer_unfinished)

    def signed_in(actor: Actor) -> None:
        if before_work is None:
            work_with(ctx, actor)
        else:
            before_work(ctx, actor, lambda opened: work_with(opened, actor))

    def cancelled() -> None:
        window.close()

    def failed(message: str) -> None:
        QMessageBox.critical(window, QCoreApplication.translate("App", "CALcert Desktop"), message)
        window.close()

    def ask() -> None:
        ask_sign_in(worker, ctx, window, user, signed_in, cancelled)

    def given(signed: Any) -> None:
        if signed.must_change:
            ask_new_password(worker, ctx, window, signed.actor.login, signed_in, cancelled,
                             old=password, temporary=True)  # fmt: skip
        else:
            signed_in(signed.actor)

    if signed is not None:  # signed in already: the password opened the encrypted database
        given(signed)
        return

    def refused(message: str) -> None:  # the password given at start: said, then asked
        QMessageBox.warning(window, QCoreApplication.translate("App", "Logowanie"), message)
        ask()

    def decide(first: bool) -> None:
        if first:
            ask_first_admin(worker, ctx, window, signed_in, cancelled)
        elif user and password is not None:
            read_op(worker, window, lambda: sign_in(ctx, user, password), given, refused,
                    busy=True)  # fmt: skip
        else:
            ask()

    read_op(worker, window, lambda: needs_first_admin(ctx), decide, failed, busy=True)


def run(
    data_dir: str | None = None,
    user: str | None = None,
    password: str | None = None,
    *,
    package: str | None = None,
) -> int:
    """Start the desktop application; returns its exit code. ``user`` is offered in the
    sign-in dialog; with ``password`` too (``--password-fd``) no dialog is needed.
    ``package``: a package to read once someone is signed in (a double click on it)."""
    restrict_umask()  # what we write (SQLite's files too) is the user's only
    app = make_application(sys.argv[:1])
    paths: DataPaths = resolve_data_dir(data_dir)
    guard = SingleInstance(paths.root, package=str(Path(package).resolve()) if package else "")
    if not guard.acquire():
        return 0  # the running copy was asked to come to the front
    # benchmarks/bench_startup.py: "1" stops once the window is up, "loaded" once it is
    # filled in; either way nothing is asked.
    quick = os.environ.get(QUIT_WHEN_READY, "")
    worker = Worker(app)
    window = MainWindow()
    if package:
        window.pending_package = Path(package).expanduser()
    guard.activated.connect(window.bring_to_front)
    guard.package_given.connect(lambda given: window.import_package(Path(given)))
    window.show_at_start()
    QTimer.singleShot(0, guard.listen)
    if quick:
        QTimer.singleShot(0, lambda: print("ready", flush=True))
    if quick == "1":
        QTimer.singleShot(0, app.quit)
    opened: list[AppContext] = []

    def encrypt_first(ctx: AppContext, actor: Actor, then: Callable[[AppContext], Any]) -> None:
        from calcert_desktop.ui.encryption import encrypt_if_due

        def go_on(working: AppContext) -> None:
            if working is not ctx:  # encrypted: opened again with its data key
                opened.append(working)
            then(working)

        encrypt_if_due(window, worker, ctx, actor, go_on)

    def on_open(ctx: AppContext) -> None:
        opened.append(ctx)
        window.follow_others(ctx)  # listening before the views first read their data
        # nothing is asked in the quick starts (benchmarks/bench_startup.py)
        start_session(window, ctx, worker, user, quick, password,
                      before_work=None if quick else encrypt_first)  # fmt: skip

    def on_fail(message: str) -> None:
        title = QCoreApplication.translate("App", "CALcert Desktop")
        QMessageBox.critical(window, title, message)
        app.exit(1)

    def on_unlocked(ctx: AppContext, signed: Any, given: str) -> None:
        opened.append(ctx)
        window.follow_others(ctx)
        start_session(window, ctx, worker, user, quick, given, signed)

    def plain_or_encrypted(ctx: AppContext | None) -> None:
        if ctx is not None:  # a plain installation, opened in the same step
            on_open(ctx)
        elif user and password is not None:  # --password-fd: no dialog
            worker.submit(lambda: open_unlocked(paths, user, password),
                          lambda pair: on_unlocked(*pair, password), on_fail)  # fmt: skip
        else:
            ask_unlock(worker, lambda login, given: open_unlocked(paths, login, given),
                       window, user, on_unlocked, window.close,
                       lambda *given: recover_and_open(paths, *given))  # fmt: skip

    # One step on the worker: a plain installation is opened at once (as before there was
    # encryption); an encrypted one waits for the password that opens it.
    worker.submit(lambda: None if _encrypted(paths) else open_data(paths),
                  plain_or_encrypted, on_fail)  # fmt: skip
    try:
        return app.exec()
    finally:
        window.live.stop()
        worker.wait()
        for ctx in opened:
            ctx.close()
        guard.release()
