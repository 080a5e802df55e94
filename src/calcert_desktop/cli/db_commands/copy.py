"""``calcert db copy --from A --to B [--dry-run]``: the whole database from A into the empty
B (SQLite to PostgreSQL, back, or between two of a kind), checked table by table."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.messages_server import table_label
from calcert_desktop.domain.plural import counted, plural

if TYPE_CHECKING:
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.admin.database_copy import CopyReport, Location

NAME = "copy"
HELP = "skopiuj całą bazę danych do pustej bazy (np. z pliku SQLite na serwer PostgreSQL)"
DESCRIPTION = (
    "Kopiuje wszystkie dane (sprawy, historię, dziennik zmian, ustawienia, klucze publiczne "
    "pieczęci...) z bazy źródłowej do pustej bazy docelowej, w jednej transakcji: wszystko "
    "albo nic. Źródło jest tylko czytane. Po skopiowaniu każda tabela jest sprawdzana w bazie "
    "docelowej (liczba wierszy i suma kontrolna SHA-256 zawartości); niezgodność wycofuje "
    "całą kopię. Bazę wskazuje się adresem serwera (postgresql://użytkownik@serwer:5432/baza; "
    "hasło z menedżera haseł systemu albo PGPASSWORD), ścieżką pliku SQLite albo katalogiem "
    "danych programu (wtedy bazą jest ta, której ten katalog używa). Załączniki, wygenerowane "
    "dokumenty i klucz pieczęci są w bazie, więc przechodzą razem z nią. Zaszyfrowaną "
    "instalację otwiera hasło osoby --user (tylko na serwer: kopia w pliku byłaby jawna)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="source", required=True, metavar="ADRES",
                        help="baza źródłowa: adres serwera, plik SQLite albo katalog danych")
    parser.add_argument("--to", dest="target", required=True, metavar="ADRES",
                        help="baza docelowa (pusta albo jeszcze nieistniejący plik SQLite)")
    parser.add_argument("--dry-run", action="store_true",
                        help="tylko pokaż, co zostałoby skopiowane (nic nie zapisuje)")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin.database_copy import copy_database

    report = copy_database(args.source, args.target, dry_run=args.dry_run,
                           progress=_progress if sys.stderr.isatty() else None,
                           unlock=lambda paths: _data_key(args, paths))  # fmt: skip
    if report.dry_run:
        return _print_plan(report)
    _print_done(report)
    return 0


def _data_key(args: argparse.Namespace, paths: DataPaths) -> bytes:
    """The data key of the encrypted installation ``paths``: the password of ``--user``
    (a person of that installation) unwraps it."""
    from calcert_desktop.cli.acting import user_login
    from calcert_desktop.cli.passwords import own_password
    from calcert_desktop.services.auth.unlock import data_key_for

    login = user_login(args)
    return data_key_for(paths, login, own_password(args, login))


def _engine(where: Location) -> str:
    return "SQLite" if where.is_sqlite else "PostgreSQL"


def _rows(count: int) -> str:
    return counted(count, "wiersz", "wiersze", "wierszy")


def _thousands(count: int) -> str:
    return f"{count:,}".replace(",", "\u00a0")


# What the target holds, as the dry run says it (TargetState.kind).
_STATES = {
    "missing": "plik nie istnieje — zostanie utworzony ze schematem {head}",
    "no_schema": "pusta baza bez tabel programu — schemat {head} zostanie utworzony",
    "ready": "pusta baza ze schematem {head} — gotowa do kopiowania",
    "older": "pusta baza ze schematem {found} — zostanie najpierw zaktualizowana do {head}",
    "newer": "baza ze schematem {found}, nowszym niż zna ten program",
    "not_empty": "zawiera już dane ({rows})",
}


def _print_plan(report: CopyReport) -> int:
    state = report.target_state
    said = _STATES[state.kind].format(head=report.revision, found=state.revision,
                                      rows=_rows(state.rows))  # fmt: skip
    say("Próba — nic nie zapisano.")
    say(f"Źródło: {report.source.shown()} ({_engine(report.source)}, schemat "
        f"{report.revision}).")  # fmt: skip
    say(f"Cel: {report.target.shown()} ({_engine(report.target)}): {said}.")
    say("Do skopiowania:")
    _print_tables(report, checksums=False)
    tables = len(report.tables)
    say(f"Razem {_thousands(report.rows)} {plural(report.rows, 'wiersz', 'wiersze', 'wierszy')}"
        f" w {tables} {plural(tables, 'tabeli', 'tabelach', 'tabelach')}.")  # fmt: skip
    refusal = report.refusal
    if refusal is not None:
        say(f"błąd: {refusal.message}", file=sys.stderr)
        return 1
    return 0


def _print_tables(report: CopyReport, *, checksums: bool) -> None:
    width = max(len(table_label(t.name)) for t in report.tables)
    for table in report.tables:
        line = f"  {table_label(table.name):<{width}}  {_thousands(table.rows):>9}"
        if checksums and table.checksum:
            line += f"  SHA-256 {table.checksum[:16]}…"
        say(line)


def _print_done(report: CopyReport) -> None:
    say(f"Skopiowano bazę danych (schemat {report.revision}) z {report.source.shown()} "
        f"({_engine(report.source)}) do {report.target.shown()} ({_engine(report.target)}).")
    _print_tables(report, checksums=True)
    seconds = f"{report.seconds:.1f}".replace(".", ",")
    say(f"Sprawdzono w bazie docelowej każdą z {len(report.tables)} tabel: liczba wierszy i "
        f"suma kontrolna zawartości zgodne ze źródłem ({_thousands(report.rows)} "
        f"{plural(report.rows, 'wiersz', 'wiersze', 'wierszy')}, {seconds} s).")  # fmt: skip


def _progress(table: str, done: int, total: int) -> None:
    print(f"\rKopiuję {table_label(table)}: {done}/{total}\033[K", end="", file=sys.stderr)
    if done >= total:
        print("\r\033[K", end="", file=sys.stderr)
