"""The subcommands of ``calcert``: each a parser and a handler over the services."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from calcert_desktop.cli import output
from calcert_desktop.cli.act_options import OPTIONS, collect_params, parse_date
from calcert_desktop.cli.files import read_json
from calcert_desktop.cli.opening import open_data as _context
from calcert_desktop.cli.terminal import json_text, say
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.admin import maintenance, people, settings
from calcert_desktop.services.applications import declare
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.services.data_folder import as_domain_error
from calcert_desktop.services.process import perform
from calcert_desktop.services.views import case_file, queries


def unexpected_message(error: Exception) -> str:
    """One line for an error nobody planned for (SQLite's own English never shown)."""
    known = as_domain_error(error)
    if known is not None:
        return "błąd: " + known.message
    return (
        f"błąd: nieoczekiwany problem ({type(error).__name__}: {error}). "
        "Uruchom z --debug, aby zobaczyć szczegóły."
    )


def _print_json(data: Any) -> None:
    sys.stdout.write(json_text(data) + "\n")


# --- handlers ------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    ctx = _context(args, create=True)
    try:
        created = people.ensure_admin(ctx)
        print(f"Baza danych gotowa: {ctx.paths.database}")
        if created:
            print("Utworzono konto administratora: admin (dodaj kolejne osoby: calcert add-user).")
    finally:
        ctx.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from calcert_desktop.demo import loader  # the name lists load only when needed

    ctx = _context(args, create=True)
    try:
        summary = loader.fill(ctx, cases=args.cases, seed=args.seed, progress=_progress)
    finally:
        ctx.close()
    print(summary.message)
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\rTworzę sprawy demonstracyjne: {done}/{total}", end="", file=sys.stderr)
        if done == total:
            print(file=sys.stderr)


def cmd_declare(args: argparse.Namespace) -> int:
    data = read_json(Path(args.file))
    received = parse_date(args.received, "received") if args.received is not None else None
    ctx = _context(args)
    try:
        actor = resolve_actor(ctx, args.user)
        result = declare.declare(
            ctx, actor, data, received_on=received, source_dir=Path(args.file).resolve().parent
        )
    finally:
        ctx.close()
    say(result.reference)
    say(result.message, file=sys.stderr)
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    flt = queries.CaseFilter(
        states=args.status or (),
        search=args.search or "",
        year=args.year,
        voivodeship=args.voivodeship,
        institution_type=args.type,
        limit=args.limit,
    )
    ctx = _context(args)
    try:
        rows = queries.list_cases(ctx, resolve_actor(ctx, args.user), flt)
    finally:
        ctx.close()
    if args.json:
        _print_json(rows)
    else:
        output.print_cases(rows)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    ctx = _context(args)
    try:
        shown = case_file.load(ctx, resolve_actor(ctx, args.user), args.reference)
    finally:
        ctx.close()
    if args.json:
        _print_json(shown.to_json())
    else:
        output.print_case_file(shown)
    return 0


def cmd_act(args: argparse.Namespace) -> int:
    action = Action(args.action)
    params = collect_params(action, vars(args))
    on = parse_date(args.date) if args.date is not None else None  # '' is refused, not today
    ctx = _context(args)
    try:
        actor = resolve_actor(ctx, args.user)
        result = perform.perform(ctx, actor, args.reference, action, on, params)
    finally:
        ctx.close()
    say(result.message, multi_line=True)
    say(f"{result.reference}: {result.state.label}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    ctx = _context(args)
    try:
        report = maintenance.check(ctx)
    finally:
        ctx.close()
    output.print_report(report)
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    ctx = _context(args)
    try:
        target = maintenance.backup(ctx, Path(args.output))
    finally:
        ctx.close()
    print(f"Zapisano sprawdzoną kopię bazy danych: {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    ctx = _context(args)
    try:
        actor = resolve_actor(ctx, args.user)
        safety = maintenance.restore(ctx, actor, Path(args.file))
    finally:
        ctx.close()
    # Reopen to bring an older copy up to this version's schema (with its own backup).
    _context(args).close()
    print(f"Przywrócono bazę danych z {args.file}.")
    print(f"Poprzedni stan zachowano w kopii: {safety}")
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    ctx = _context(args)
    try:
        rows = people.list_users(ctx)
    finally:
        ctx.close()
    if args.json:
        _print_json(rows)
    else:
        output.print_users(rows)
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    ctx = _context(args)
    try:
        if args.key is not None:
            if args.value is None:
                raise DomainError("required", "value")
            actor = resolve_actor(ctx, args.user)
            say(settings.set_int(ctx, actor, args.key, args.value))
        else:
            for row in settings.list_settings(ctx):
                say(
                    f"{row['key']:<16} {row['value']:>4}  (domyślnie {row['default']}) "
                    f"{row['label']}"
                )
    finally:
        ctx.close()
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    ctx = _context(args)
    try:
        actor = resolve_actor(ctx, args.user)
        say(people.add_user(ctx, actor, args.login, args.full_name, args.roles))
    finally:
        ctx.close()
    return 0


# --- parsers -------------------------------------------------------------------------------


def _add(sub: Any, name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    parser.set_defaults(handler=handler)
    return parser


def register(sub: Any) -> None:
    """Add every subcommand to ``sub``."""
    _add(sub, "init", cmd_init, "utwórz lub zaktualizuj bazę danych")

    p = _add(sub, "demo", cmd_demo, "wypełnij pustą bazę przykładowymi sprawami")
    p.add_argument(
        "--cases", type=int, default=200, metavar="N", help="liczba spraw (domyślnie 200)"
    )
    p.add_argument(
        "--seed", type=int, default=2026, metavar="S", help="ziarno losowania (domyślnie 2026)"
    )

    p = _add(sub, "declare", cmd_declare, "zarejestruj deklarację z pliku JSON (drukuje jej numer)")
    p.add_argument(
        "file",
        metavar="PLIK.json",
        help="deklaracja zgodna ze schematem forms/declaration.schema.json",
    )
    p.add_argument(
        "--received",
        metavar="RRRR-MM-DD",
        help="data wpływu pisemnej prośby: od razu złóż zgłoszenie i nadaj numer CAL/…",
    )

    p = _add(sub, "cases", cmd_cases, "lista spraw")
    p.add_argument(
        "--status",
        action="append",
        choices=[s.value for s in CaseState],
        metavar="STAN",
        help="tylko sprawy w tym stanie (powtarzalna): " + ", ".join(s.value for s in CaseState),
    )
    p.add_argument(
        "--search",
        metavar="TEKST",
        help="szukaj w nazwie, miejscowości, numerze, NIP (bez względu na polskie znaki)",
    )
    p.add_argument("--year", type=int, metavar="ROK", help="rok wpływu")
    p.add_argument("--voivodeship", metavar="WOJ", help="województwo, np. łódzkie")
    p.add_argument("--type", metavar="TYP", help="typ instytucji: jops, ngo, zaz, wtz, other")
    p.add_argument("--limit", type=int, metavar="N", help="najwyżej N spraw")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = _add(sub, "show", cmd_show, "akta jednej sprawy z historią zmian")
    p.add_argument(
        "reference", metavar="NUMER", help="numer sprawy (CAL/2026/0001) lub szkicu (ROB-…)"
    )
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = _add(sub, "act", cmd_act, "wykonaj czynność w sprawie")
    p.add_argument(
        "reference", metavar="NUMER", help="numer sprawy (CAL/2026/0001) lub szkicu (ROB-…)"
    )
    actions = p.add_subparsers(dest="action", metavar="CZYNNOŚĆ", title="czynności", required=True)
    for action, options in OPTIONS.items():
        ap = actions.add_parser(action.value, help=action.label, description=action.label)
        ap.add_argument("--date", metavar="RRRR-MM-DD", help="data czynności (domyślnie dziś)")
        for option in options:
            kwargs: dict[str, Any] = {
                "dest": option.param,
                "help": option.help,
                "required": option.required,
            }
            if option.kind == "flag":
                kwargs = {"dest": option.param, "help": option.help, "action": "store_true"}
            elif option.kind in ("votes", "findings"):
                kwargs["action"] = "append"
                kwargs["metavar"] = "WARTOŚĆ"
            else:
                kwargs["metavar"] = "RRRR-MM-DD" if option.kind == "date" else option.param.upper()
            ap.add_argument(option.flag, **kwargs)

    _add(
        sub, "check", cmd_check, "sprawdź bazę: spójność, klucze obce, kompletność dziennika zmian"
    )

    p = _add(sub, "backup", cmd_backup, "zapisz sprawdzoną kopię bazy danych")
    p.add_argument(
        "-o", "--output", required=True, metavar="PLIK", help="plik kopii (nie może istnieć)"
    )

    p = _add(
        sub, "restore", cmd_restore, "przywróć bazę z kopii (obecny stan zostaje zachowany w kopii)"
    )
    p.add_argument("file", metavar="PLIK", help="plik kopii utworzony poleceniem backup")

    p = _add(sub, "users", cmd_users, "lista osób i ich ról")
    p.add_argument("--json", action="store_true", help="wynik w formacie JSON")

    p = _add(sub, "settings", cmd_settings, "pokaż ustawienia albo zmień jedno (administrator)")
    p.add_argument("key", nargs="?", metavar="KLUCZ", help="np. appeal_days")
    p.add_argument("value", nargs="?", metavar="WARTOŚĆ", help="nowa wartość (liczba)")

    p = _add(sub, "add-user", cmd_add_user, "dodaj osobę (tylko administrator)")
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("full_name", metavar="IMIĘ_I_NAZWISKO")
    p.add_argument(
        "--roles",
        required=True,
        metavar="ROLE",
        help="role po przecinku: " + ", ".join(Role),
    )
