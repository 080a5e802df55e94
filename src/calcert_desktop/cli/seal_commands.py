"""The command line's certificate seals: ``calcert verify-certificate`` and ``calcert keys``
(show, export, import, new)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from calcert_desktop.cli.act_options import parse_date
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.errors import DomainError, ValidationError
from calcert_desktop.services import signing_keys, verification
from calcert_desktop.services.context import resolve_actor

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


def _describe(key: signing_keys.KeyInfo) -> str:
    origin = "ta instalacja" if key.origin == signing_keys.LOCAL else "zaimportowany"
    retired = f", wycofany {key.retired_at:%Y-%m-%d}" if key.retired_at else ""
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
    target = Path(args.output)
    target.write_text(
        f"# Klucz publiczny CALcert do sprawdzania certyfikatów: {own.label}\n{own.text}\n",
        encoding="utf-8",
    )
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
    with opened_data(args) as ctx:
        key = signing_keys.new_local_key(ctx, resolve_actor(ctx, args.user))
    print(f"Utworzono nowy klucz tej instalacji {key.key_id}; poprzedni (jeśli był) wycofano.")
    print("Przekaż nowy klucz publiczny osobom sprawdzającym certyfikaty: calcert keys export.")
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
    text = "utwórz nowy klucz tej instalacji, wycofując dotychczasowy (administrator)"
    actions.add_parser("new", help=text, description=text).set_defaults(handler=cmd_keys_new)
