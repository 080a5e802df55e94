"""``calcert import-register FILE [--mapping FILE] [--dry-run] [--refused FILE.xlsx]``: the
paper-era register brought in from a spreadsheet (issue 23): every row judged, then all the
accepted rows imported in one transaction, or none."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.register_fields import BY_KEY

NAME = "import-register"
DESCRIPTION = (
    "Przenosi dawny rejestr certyfikatów z arkusza XLSX, ODS, XLS albo CSV (średnik, przecinek "
    "lub tabulator; UTF-8 albo Windows-1250). Kolumny rozpoznaje po nagłówkach; inne wskaż "
    "plikiem --mapping (JSON: nagłówek → pole). Pola: "
    + ", ".join(f"{key} ({field.label})" for key, field in BY_KEY.items())
    + ". Każdy wiersz jest sprawdzany; zaakceptowane trafiają do bazy w jednej transakcji, "
    "a ponowny import tego samego pliku niczego nie dodaje."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="PLIK", help="arkusz: .xlsx, .ods, .xls albo .csv")
    parser.add_argument("--mapping", metavar="PLIK.json",
                        help="przypisanie kolumn: {\"nagłówek\": \"pole\", ...}")  # fmt: skip
    parser.add_argument("--dry-run", action="store_true",
                        help="tylko sprawdź, co by się stało (nic nie zmienia)")  # fmt: skip
    parser.add_argument("--refused", metavar="PLIK.xlsx",
                        help="zapisz odrzucone wiersze z powodem do poprawienia")  # fmt: skip


def _mapping(path: str | None) -> dict[str, str] | None:
    if path is None:
        return None
    try:
        loaded = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as error:
        raise DomainError("register.mapping_unreadable", path=path, reason=str(error)) from error
    if not isinstance(loaded, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in loaded.items()
    ):
        raise DomainError("register.mapping_shape", path=path)
    return loaded


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import register_import

    mapping = _mapping(args.mapping)
    path = Path(args.file)
    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        judged = register_import.preview(ctx, actor, path, mapping)
        if judged.missing:
            say("błąd: nie wskazano kolumn z polami: " + ", ".join(judged.missing) + ".",
                file=sys.stderr)  # fmt: skip
            say("Nagłówki pliku: " + "; ".join(h for h in judged.header if h), file=sys.stderr)
            say("Wskaż je plikiem --mapping (JSON: nagłówek → pole).", file=sys.stderr)
            return 2
        for verdict in judged.verdicts:
            say(_line(verdict))
        if args.refused and judged.counts["refuse"]:
            register_import.save_refused_rows(judged, Path(args.refused))
            say(f"Odrzucone wiersze zapisano do {args.refused}.")
        if args.dry_run:
            say("Próba — nic nie zapisano. " + judged.summary())
            return 0
        say(register_import.apply(ctx, actor, path, mapping))
    return 0


def _line(verdict: object) -> str:
    from calcert_desktop.domain.register_rows import CREATE, SKIP, RowVerdict

    assert isinstance(verdict, RowVerdict)
    if verdict.action == CREATE and verdict.case is not None:
        case = verdict.case
        what = f"certyfikat {case.certificate[0]}" if case.certificate else "odmowa"
        return f"wiersz {verdict.row}: utworzy sprawę ({what}) — {case.name}, {case.town}"
    if verdict.action == SKIP and verdict.case is not None:
        return f"wiersz {verdict.row}: już w bazie — pominięty ({verdict.case.name})"
    return f"wiersz {verdict.row}: odrzucony — " + " ".join(verdict.problems)
