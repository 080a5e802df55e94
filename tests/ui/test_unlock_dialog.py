"""The sign-in of an encrypted installation (issue 18, part 4): the dialog opens the
database with the password before anything of it is read; a wrong password opens nothing
and is said in Polish, the window still without data."""

from __future__ import annotations

import pytest
from sign_in_support import dialog_of, refusal, submit
from sqlalchemy import select

from calcert_desktop.services.context import reading, resolve_actor
from calcert_desktop.storage.models import Case
from calcert_desktop.ui.app import open_unlocked
from calcert_desktop.ui.sign_in import UnlockDialog, ask_unlock
from calcert_desktop.ui.worker import Worker
from cli_support import PASSWORD

pytestmark = pytest.mark.sqlite_only("SQLCipher encrypts the SQLite file of an installation")


def test_a_wrong_password_opens_nothing_and_the_right_one_signs_in(qtbot, cli, declaration_file):
    ref = cli.file_case(declaration_file(), "2024-02-20")
    cli.ok("encrypt", user="admin")
    from calcert_desktop.paths import DataPaths

    paths = DataPaths(cli.data_dir)
    worker = Worker()
    opened: list = []
    ask_unlock(worker, lambda login, given: open_unlocked(paths, login, given), None, "biuro",
               lambda ctx, signed, given: opened.append((ctx, signed, given)),
               lambda: opened.append("anulowano"))  # fmt: skip
    dialog = dialog_of(qtbot, UnlockDialog)
    assert "zaszyfrowana" in dialog.intro.text()
    submit(qtbot, dialog, password="zle-haslo-123")
    assert refusal(qtbot, dialog) == (
        "Nieprawidłowy login lub hasło — baza danych pozostała zamknięta."
    )
    assert not opened
    submit(qtbot, dialog, password=PASSWORD)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    ctx, signed, given = opened[0]
    try:
        assert signed.actor == resolve_actor(ctx, "biuro") and given == PASSWORD
        assert ctx.db.location.key is not None
        with reading(ctx) as session:  # the encrypted database read through the services
            assert session.scalar(select(Case.reference)) == ref
    finally:
        worker.wait()
        ctx.close()
