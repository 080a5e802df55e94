"""Encryption at rest in the window (issue 18, part 4): a plain installation an administrator
opens is encrypted (backup first) and its recovery key shown once, words and QR code, with a
sheet to print; the office may choose to keep it plain; a lost password is replaced with the
key from the unlock dialog."""

from __future__ import annotations

import os
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from sign_in_support import dialog_of, refusal, submit
from sqlalchemy import select

from calcert_desktop.domain.recovery_words import to_words
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import settings
from calcert_desktop.services.auth.unlock import data_key_for
from calcert_desktop.services.context import open_context, reading, resolve_actor
from calcert_desktop.storage import data_key
from calcert_desktop.storage.models import Case, Setting
from calcert_desktop.ui.app import open_unlocked, recover_and_open
from calcert_desktop.ui.encryption import RecoveryKeyDialog, encrypt_if_due
from calcert_desktop.ui.sign_in import RecoverDialog, UnlockDialog, ask_unlock
from calcert_desktop.ui.worker import Worker
from cli_support import PASSWORD, words_of

pytestmark = pytest.mark.sqlite_only("SQLCipher encrypts the SQLite file of an installation")

NEW = "Nowe hasło po kluczu 9"


def answering(monkeypatch: pytest.MonkeyPatch, label: str, asked: list[str]) -> None:
    """The question whether to encrypt answered with the button labelled ``label``."""

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == label]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


@pytest.fixture
def plain(cli, declaration_file) -> tuple[Any, str]:
    """A plain installation with a case, the office's setting back at its default."""
    ref = cli.file_case(declaration_file(), "2024-02-20")
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    settings.set_value(ctx, resolve_actor(ctx, "admin"), "encrypt_at_rest", "1")
    yield ctx, ref
    ctx.close()


def run(qtbot, ctx, login: str) -> tuple[Worker, QWidget, list[Any]]:
    worker, window, then = Worker(), QWidget(), []
    qtbot.addWidget(window)
    encrypt_if_due(window, worker, ctx, resolve_actor(ctx, login), then.append)
    return worker, window, then


def test_an_administrator_opening_a_plain_installation_encrypts_it(
    qtbot, monkeypatch, plain, tmp_path, request
):
    from calcert_desktop.storage.folder_lock import FolderLock

    ctx, ref = plain
    asked: list[str] = []
    answering(monkeypatch, "&Zaszyfruj", asked)
    held = FolderLock(ctx.paths.root)  # as the running window holds it
    assert held.acquire()
    request.addfinalizer(held.release)
    worker, _window, then = run(qtbot, ctx, "admin")
    dialog = dialog_of(qtbot, RecoveryKeyDialog)
    assert "nie jest zaszyfrowana" in asked[0]
    words = [label.text().split(". ")[1] for label in dialog.word_labels]
    assert len(words) == 24 and len(dialog.qr.modules) > 21
    # the key is shown until the person says it is kept; Escape does not close it
    assert not dialog.done_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible() and not then
    dialog.save_sheet(tmp_path / "brak" / "klucz.pdf")
    qtbot.waitUntil(lambda: "Nie udało się zapisać" in dialog.saved.text(), timeout=10000)
    dialog.save_sheet(tmp_path / "klucz.pdf")
    qtbot.waitUntil(lambda: dialog.saved.text().startswith("Zapisano"), timeout=10000)
    assert (tmp_path / "klucz.pdf").read_bytes().startswith(b"%PDF")
    dialog.kept.setChecked(True)
    dialog.done_button.click()
    qtbot.waitUntil(lambda: bool(then), timeout=10000)
    opened = then[0]
    try:
        assert opened is not ctx and opened.db.location.key is not None
        with reading(opened) as session:
            assert session.scalar(select(Case.reference)) == ref
        paths = ctx.paths
        assert data_key.is_encrypted(paths.root)
        assert not paths.database.read_bytes().startswith(b"SQLite format 3")
        assert list(paths.backups.glob("przed-szyfrowaniem-*.sqlite3"))
        # every person's password opens it
        assert data_key_for(paths, "biuro", PASSWORD) == opened.db.location.key
    finally:
        worker.wait()
        opened.close()


def test_the_office_may_keep_it_plain_and_is_not_asked_again(qtbot, monkeypatch, plain):
    ctx, _ref = plain
    asked: list[str] = []
    answering(monkeypatch, "&Nie szyfruj na tym komputerze", asked)
    worker, _window, then = run(qtbot, ctx, "admin")
    qtbot.waitUntil(lambda: bool(then), timeout=10000)
    assert then == [ctx] and len(asked) == 1
    with reading(ctx) as session:
        assert session.get(Setting, "encrypt_at_rest").value == "0"
    assert not data_key.is_encrypted(ctx.paths.root)
    worker, _window, then = run(qtbot, ctx, "admin")
    qtbot.waitUntil(lambda: bool(then), timeout=10000)
    assert then == [ctx] and len(asked) == 1
    worker.wait()


def test_only_an_administrator_is_asked(qtbot, monkeypatch, plain):
    ctx, _ref = plain
    asked: list[str] = []
    answering(monkeypatch, "&Zaszyfruj", asked)
    worker, _window, then = run(qtbot, ctx, "biuro")
    qtbot.waitUntil(lambda: bool(then), timeout=10000)
    assert then == [ctx] and not asked and not data_key.is_encrypted(ctx.paths.root)
    worker.wait()


def test_a_lost_password_is_replaced_with_the_recovery_key(qtbot, cli):
    words = " ".join(words_of(cli.ok("encrypt", user="admin")))
    paths = DataPaths(cli.data_dir)
    worker = Worker()
    opened: list[Any] = []
    ask_unlock(worker, lambda login, given: open_unlocked(paths, login, given), None, "biuro",
               lambda ctx, signed, given: opened.append((ctx, signed, given)),
               lambda: opened.append("anulowano"),
               lambda *given: recover_and_open(paths, *given))  # fmt: skip
    unlock = dialog_of(qtbot, UnlockDialog)
    unlock.forgot.click()
    dialog = dialog_of(qtbot, RecoverDialog)
    assert dialog.login.text() == "biuro"
    submit(qtbot, dialog, words="jedno dwa trzy", new=NEW, repeated=NEW)
    assert "24 słowa z listy" in refusal(qtbot, dialog)
    other = " ".join(to_words(os.urandom(32)))  # a well-formed key, of another installation
    submit(qtbot, dialog, words=other, new=NEW, repeated=NEW)
    assert refusal(qtbot, dialog).startswith("To nie jest klucz odzyskiwania tej bazy")
    assert not dialog.new.text() and dialog.words.text() == other  # to be corrected
    submit(qtbot, dialog, words=words.upper(), new=NEW, repeated=NEW)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    ctx, signed, given = opened[0]
    try:
        assert signed.actor.login == "biuro" and given == NEW and not unlock.isVisible()
        assert data_key_for(paths, "biuro", NEW) == ctx.db.location.key
        with pytest.raises(Exception, match="Nieprawidłowy login lub hasło"):
            data_key_for(paths, "biuro", PASSWORD)
    finally:
        worker.wait()
        ctx.close()
