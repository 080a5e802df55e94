"""What ``calcert init`` and ``calcert encrypt`` say once an installation is encrypted: the
backup kept, the recovery key's 24 words (shown this once), and its sheet as a PDF with the
words and a QR code when ``--recovery-pdf`` asks for one."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.admin.encryption import Encrypted


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--recovery-pdf",
        metavar="PLIK.pdf",
        help="zapisz też arkusz klucza odzyskiwania (słowa i kod QR) do wydruku — najlepiej "
        "na nośniku, który nie zostaje przy komputerze",
    )


def sheet_target(args: argparse.Namespace) -> Path | None:
    """Where the sheet goes, checked before anything is encrypted: its folder must exist."""
    if not args.recovery_pdf:
        return None
    target = Path(args.recovery_pdf).expanduser()
    if not target.parent.is_dir():
        folder = str(target.parent)
        raise ValidationError("data_key.sheet_folder_missing", "recovery_pdf", path=folder)
    return target


def show(paths: DataPaths, done: Encrypted, sheet: Path | None) -> None:
    """Print what was done and the recovery key; write its sheet to ``sheet``."""
    from calcert_desktop.domain.recovery_words import grouped, to_words

    say(f"Zaszyfrowano bazę danych. Kopia sprzed szyfrowania (zaszyfrowana): {done.backup}")
    if done.backups_encrypted:
        say(f"Zaszyfrowano też wcześniejsze kopie w kopie-zapasowe/: {done.backups_encrypted}.")
    say("Klucz odzyskiwania — zapisz te 24 słowa teraz; program nie pokaże ich ponownie:")
    for line in grouped(to_words(done.recovery)).splitlines():
        say(line)
    say("Od teraz bazę otwiera hasło jednej z osób (--user LOGIN) albo ten klucz.")
    if sheet is not None:
        from calcert_desktop.services.admin.encryption import write_sheet
        from calcert_desktop.services.context import open_context

        ctx = open_context(paths, create=False, key=done.key)
        try:
            written = write_sheet(ctx, done.recovery, sheet)
            say(f"Arkusz klucza odzyskiwania do wydruku: {written}")
        finally:
            ctx.close()
