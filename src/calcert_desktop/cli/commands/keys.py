"""``calcert keys show|export|import|new|retire``: the keys that seal and check
certificates."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from calcert_desktop.cli.act_options import parse_date
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.errors import DomainError, ValidationError
from calcert_desktop.domain.os_errors import os_error_reason

if TYPE_CHECKING:
    from calcert_desktop.services.seals.signing_keys import KeyInfo

NAME = "keys"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="keys_command", metavar="CZYNNOŚĆ", required=True)
    text = "pokaż klucz publiczny tej instalacji i znane klucze"
    actions.add_parser("show", help=text, description=text)
    text = "zapisz klucz publiczny tej instalacji do pliku (dla innych instalacji)"
    p = actions.add_parser("export", help=text, description=text)
    p.add_argument("-o", "--output", required=True, metavar="PLIK", help="plik wynikowy")
    text = "dodaj klucz publiczny innej instalacji (administrator)"
    p = actions.add_parser("import", help=text, description=text)
    p.add_argument("file", metavar="PLIK", help="plik zapisany przez calcert keys export")
    p.add_argument("--label", required=True, metavar="OPIS", help="czyj to klucz, np. Biuro CAL")
    text = (
        "utwórz nowy klucz tej instalacji, wycofując dotychczasowy i usuwając jego klucz "
        "prywatny (administrator)"
    )
    p = actions.add_parser("new", help=text, description=text)
    p.add_argument("--backup-old-key", metavar="PLIK", help=(
        "przed usunięciem zapisz klucz prywatny wycofywanego klucza do tego pliku (nowego, "
        "poza folderem danych; przechowuj go jak kopię bazy)"))  # fmt: skip
    text = (
        "oznacz zaimportowany klucz innej instalacji jako wycofany: jego pieczęci na "
        "certyfikatach wydanych po tym dniu są odrzucane (administrator)"
    )
    p = actions.add_parser("retire", help=text, description=text)
    p.add_argument(
        "key_id", metavar="IDENTYFIKATOR", help="identyfikator klucza (calcert keys show)"
    )
    p.add_argument("--date", metavar="RRRR-MM-DD", help="dzień wycofania (domyślnie dzisiaj)")


def run(args: argparse.Namespace) -> int:
    actions: dict[str, Callable[[argparse.Namespace], int]] = {
        "show": _show, "export": _export, "import": _import, "new": _new, "retire": _retire,
    }  # fmt: skip
    return actions[args.keys_command](args)


def _local_time(moment: datetime) -> str:
    """A naive UTC time as the local date and time, e.g. ``2026-12-04 16:29``."""
    return f"{moment.replace(tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}"


def _describe(key: KeyInfo) -> str:
    from calcert_desktop.services.seals.signing_keys import LOCAL

    origin = "ta instalacja" if key.origin == LOCAL else "zaimportowany"
    retired = f", wycofany {_local_time(key.retired_at)}" if key.retired_at else ""
    return f"{key.key_id}  {origin}{retired}: {key.label}"


def _show(args: argparse.Namespace) -> int:
    from calcert_desktop.services.seals import signing_keys

    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        own = signing_keys.ensure_local_key(ctx, actor)
        known = signing_keys.list_keys(ctx, actor)
    print(f"Klucz publiczny tej instalacji ({own.key_id}):")
    print(own.text)
    print("Znane klucze:")
    for key in known:
        say(f"  {_describe(key)}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from calcert_desktop.services.documents import exports
    from calcert_desktop.services.seals import signing_keys

    with opened_data(args) as ctx:
        own = signing_keys.ensure_local_key(ctx, acting(ctx, args))
    target = exports.write_public_key(own, args.output)
    print(f"Zapisano klucz publiczny {own.key_id} do {target}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from calcert_desktop.services.seals import signing_keys

    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValidationError("key.malformed", None) from None
    except OSError as error:
        raise DomainError("key.file_unreadable", None, path=args.file,
                          detail=os_error_reason(error)) from error  # fmt: skip
    with opened_data(args) as ctx:
        key = signing_keys.import_key(ctx, acting(ctx, args), text, args.label)
    print(
        f"Zaimportowano klucz {key.key_id} („{key.label}”) — jego certyfikaty można tu sprawdzać."
    )
    return 0


def _new(args: argparse.Namespace) -> int:
    from calcert_desktop.services.seals import key_retirement

    backup = Path(args.backup_old_key) if args.backup_old_key else None
    with opened_data(args) as ctx:
        done = key_retirement.new_local_key(ctx, acting(ctx, args), backup)
    print(f"Utworzono nowy klucz tej instalacji {done.new.key_id}.")
    if done.retired is not None and done.retired.retired_at is not None:
        print(f"Klucz {done.retired.key_id} wycofano {_local_time(done.retired.retired_at)}: "
              "sprawdza nadal certyfikaty wydane do tego dnia.")  # fmt: skip
    if done.backed_up:
        print(f"Kopię klucza prywatnego ({', '.join(done.backed_up)}) zapisano do {backup}.")
    elif backup is not None:
        print("Nie było wycofywanego klucza prywatnego — nie zapisano kopii.")
    if done.destroyed:
        print(f"Usunięto z bazy danych klucz prywatny: {', '.join(done.destroyed)}.")
    print("Przekaż nowy klucz publiczny osobom sprawdzającym certyfikaty: calcert keys export.")
    return 0


def _retire(args: argparse.Namespace) -> int:
    from calcert_desktop.services.seals import key_retirement

    with opened_data(args) as ctx:
        on = parse_date(args.date) if args.date else ctx.today()
        key = key_retirement.retire_imported_key(
            ctx, acting(ctx, args), args.key_id, on
        )
    print(f"Klucz {key.key_id} („{key.label}”) oznaczono jako wycofany dnia {on.isoformat()}: "
          "jego pieczęci certyfikatów wydanych później są odrzucane.")  # fmt: skip
    return 0
