"""The command line's certificate seals: ``calcert verify-certificate`` and ``calcert keys``
(show, export, import, new, retire)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from calcert_desktop.cli.act_options import parse_date
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.errors import DomainError, ValidationError
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.services.documents import exports
from calcert_desktop.services.seals import key_retirement, signing_keys, verification

# Exit codes of verify-certificate: 0 genuine and valid, 1 not (or invalid input),
# 3 a genuine signature whose status this register cannot confirm.
EXIT_CODES = {verification.VALID: 0, verification.INVALID: 1, verification.UNCONFIRMED: 3}


def cmd_verify(args: argparse.Namespace) -> int:
    on = parse_date(args.on) if args.on is not None else None
    with opened_data(args) as ctx:
        result = verification.verify(ctx, " ".join(args.text), on)
    say(result.headline)  # names read from someone's PDF: escaped
    for check in result.checks:
        say(f"  {check.line()}")
    return EXIT_CODES[result.verdict]


def _local_time(moment: datetime) -> str:
    """A naive UTC time as the local date and time, e.g. ``2026-12-04 16:29``."""
    return f"{moment.replace(tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}"


def _describe(key: signing_keys.KeyInfo) -> str:
    origin = "ta instalacja" if key.origin == signing_keys.LOCAL else "zaimportowany"
    retired = f", wycofany {_local_time(key.retired_at)}" if key.retired_at else ""
    return f"{key.key_id}  {origin}{retired}: {key.label}"


def cmd_keys_show(args: argparse.Namespace) -> int:
    with opened_data(args) as ctx:
        own = signing_keys.ensure_local_key(ctx, resolve_actor(ctx, args.user))
        known = signing_keys.list_keys(ctx)
    print(f"Klucz publiczny tej instalacji ({own.key_id}):")
    print(own.text)
    print("Znane klucze:")
    for key in known:
        say(f"  {_describe(key)}")
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    with opened_data(args) as ctx:
        own = signing_keys.ensure_local_key(ctx, resolve_actor(ctx, args.user))
    target = exports.write_public_key(own, args.output)
    print(f"Zapisano klucz publiczny {own.key_id} do {target}.")
    return 0


def cmd_keys_import(args: argparse.Namespace) -> int:
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValidationError("key.malformed", None) from None
    except OSError as error:
        raise DomainError("key.file_unreadable", None, path=args.file,
                          detail=error.strerror or str(error)) from error  # fmt: skip
    with opened_data(args) as ctx:
        key = signing_keys.import_key(ctx, resolve_actor(ctx, args.user), text, args.label)
    print(
        f"Zaimportowano klucz {key.key_id} („{key.label}”) — jego certyfikaty można tu sprawdzać."
    )
    return 0


def cmd_keys_new(args: argparse.Namespace) -> int:
    backup = Path(args.backup_old_key) if args.backup_old_key else None
    with opened_data(args) as ctx:
        done = key_retirement.new_local_key(ctx, resolve_actor(ctx, args.user), backup)
    print(f"Utworzono nowy klucz tej instalacji {done.new.key_id}.")
    if done.retired is not None and done.retired.retired_at is not None:
        print(f"Klucz {done.retired.key_id} wycofano {_local_time(done.retired.retired_at)}: "
              "sprawdza nadal certyfikaty wydane do tego dnia.")  # fmt: skip
    if done.backed_up:
        print(f"Kopię klucza prywatnego ({', '.join(done.backed_up)}) zapisano do {backup}.")
    elif backup is not None:
        print("Nie było pliku wycofywanego klucza prywatnego — nie zapisano kopii.")
    if done.destroyed:
        print(f"Usunięto plik klucza prywatnego: {', '.join(str(p) for p in done.destroyed)}.")
    print("Przekaż nowy klucz publiczny osobom sprawdzającym certyfikaty: calcert keys export.")
    for path, reason in done.left:
        print(f"calcert: nie udało się usunąć pliku wycofanego klucza {path} ({reason}) — "
              "usuń go ręcznie.", file=sys.stderr)  # fmt: skip
    return 1 if done.left else 0


def cmd_keys_retire(args: argparse.Namespace) -> int:
    with opened_data(args) as ctx:
        on = parse_date(args.date) if args.date else ctx.today()
        key = key_retirement.retire_imported_key(
            ctx, resolve_actor(ctx, args.user), args.key_id, on
        )
    print(f"Klucz {key.key_id} („{key.label}”) oznaczono jako wycofany dnia {on.isoformat()}: "
          "jego pieczęci certyfikatów wydanych później są odrzucane.")  # fmt: skip
    return 0


def register(sub: Any) -> None:
    """Add the seal commands to ``sub``."""
    text = "sprawdź certyfikat: treść kodu QR, numer z kodem weryfikacyjnym albo sam kod"
    p = sub.add_parser("verify-certificate", help=text, description=text + (
        ". Kod wyjścia: 0 certyfikat prawdziwy i ważny, 1 niepotwierdzony, 3 podpis "
        "prawdziwy, ale statusu nie można sprawdzić w tym rejestrze."))  # fmt: skip
    p.set_defaults(handler=cmd_verify)
    example = "CAL1.… z kodu QR, np. CJ-001/2025 7KQ2-M9XD-4HTA, albo sam kod"
    p.add_argument("text", nargs="+", metavar="TEKST", help=example)
    p.add_argument("--on", metavar="RRRR-MM-DD", help="dzień, na który sprawdzić ważność")

    text = "klucze, którymi pieczętuje się i sprawdza certyfikaty"
    keys = sub.add_parser("keys", help=text, description=text)
    actions = keys.add_subparsers(dest="keys_command", metavar="CZYNNOŚĆ", required=True)
    text = "pokaż klucz publiczny tej instalacji i znane klucze"
    actions.add_parser("show", help=text, description=text).set_defaults(handler=cmd_keys_show)
    text = "zapisz klucz publiczny tej instalacji do pliku (dla innych instalacji)"
    p = actions.add_parser("export", help=text, description=text)
    p.set_defaults(handler=cmd_keys_export)
    p.add_argument("-o", "--output", required=True, metavar="PLIK", help="plik wynikowy")
    text = "dodaj klucz publiczny innej instalacji (administrator)"
    p = actions.add_parser("import", help=text, description=text)
    p.set_defaults(handler=cmd_keys_import)
    p.add_argument("file", metavar="PLIK", help="plik zapisany przez calcert keys export")
    p.add_argument("--label", required=True, metavar="OPIS", help="czyj to klucz, np. Biuro CAL")
    text = (
        "utwórz nowy klucz tej instalacji, wycofując dotychczasowy i usuwając jego plik klucza "
        "prywatnego (administrator)"
    )
    p = actions.add_parser("new", help=text, description=text)
    p.set_defaults(handler=cmd_keys_new)
    p.add_argument("--backup-old-key", metavar="PLIK", help=(
        "przed usunięciem zapisz klucz prywatny wycofywanego klucza do tego pliku (nowego, "
        "poza folderem danych; przechowuj go jak kopię bazy)"))  # fmt: skip
    text = (
        "oznacz zaimportowany klucz innej instalacji jako wycofany: jego pieczęci na "
        "certyfikatach wydanych po tym dniu są odrzucane (administrator)"
    )
    p = actions.add_parser("retire", help=text, description=text)
    p.set_defaults(handler=cmd_keys_retire)
    p.add_argument(
        "key_id", metavar="IDENTYFIKATOR", help="identyfikator klucza (calcert keys show)"
    )
    p.add_argument("--date", metavar="RRRR-MM-DD", help="dzień wycofania (domyślnie dzisiaj)")
