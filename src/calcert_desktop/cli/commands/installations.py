"""``calcert installations list|own|add|revoke``: the installations that exchange packages
with this one (issue 19; administrator)."""

from __future__ import annotations

import argparse
from pathlib import Path

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import print_json, say

NAME = "installations"
DESCRIPTION = (
    "Biuro i każdy laptop mają własny identyfikator z kluczem wymiany (Ed25519). Biuro "
    "rejestruje laptop, wklejając jego identyfikator (calcert installations own na laptopie), "
    "a laptop rejestruje biuro tak samo. Klucz zgubionego laptopa unieważnia się: to, co nim "
    "podpisano, nie zostanie przyjęte."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="what", required=True, metavar="CO")
    listed = actions.add_parser("list", help="zarejestrowane instalacje")
    listed.add_argument("--json", action="store_true", help="wynik w formacie JSON")
    own = actions.add_parser("own", help="identyfikator tej instalacji (tworzy go za pierwszym "
                             "razem)")  # fmt: skip
    own.add_argument("--name", metavar="NAZWA", help="nazwa instalacji, np. „Laptop Anny”")
    own.add_argument("--laptop", action="store_true",
                     help="ta instalacja to laptop (rola ustala się raz, przy utworzeniu)")
    own.add_argument("-o", "--output", metavar="PLIK", help="zapisz identyfikator do pliku")
    added = actions.add_parser("add", help="zarejestruj instalację z jej identyfikatora")
    source = added.add_mutually_exclusive_group(required=True)
    source.add_argument("identity", nargs="?", metavar="CALINST1:…", help="identyfikator")
    source.add_argument("--file", metavar="PLIK", help="plik z identyfikatorem")
    revoked = actions.add_parser("revoke", help="unieważnij klucz instalacji (zgubiony laptop)")
    revoked.add_argument("key_id", metavar="KLUCZ", help="numer klucza (z listy)")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.exchange import installations

    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        if args.what == "list":
            found = installations.list_installations(ctx, actor)
        elif args.what == "own":
            role = "laptop" if args.laptop else None
            mine = installations.own(ctx, actor, name=args.name, role=role)
            if args.output:
                written = installations.write_identity(mine, Path(args.output).expanduser())
        elif args.what == "add":
            text = args.identity or _read(args.file)
            say(installations.add(ctx, actor, text))
            return 0
        else:
            say(installations.revoke(ctx, actor, args.key_id))
            return 0
    if args.what == "own":
        say(f"{mine.name} ({mine.role_name}, klucz {mine.key_id}). Identyfikator do "
            f"zarejestrowania w drugiej instalacji:")  # fmt: skip
        say(mine.text)
        if args.output:
            say(f"Zapisano identyfikator do pliku: {written}")
        return 0
    if args.json:
        print_json([{"key_id": i.key_id, "name": i.name, "role": i.role, "own": i.own,
                     "added_at": i.added_at.isoformat(timespec="seconds"),
                     "revoked_at": i.revoked_at.isoformat(timespec="seconds")
                     if i.revoked_at else None, "identity": i.text} for i in found])
        return 0
    if not found:
        say("Ta instalacja nie zna jeszcze żadnej innej (ani nie ma identyfikatora).")
    for item in found:
        state = "ta instalacja" if item.own else (
            f"unieważniona {item.revoked_at:%Y-%m-%d}" if item.revoked_at else "zaufana")
        say(f"{item.key_id}  {item.role_name:<7} {item.name}  [{state}]")
    return 0


def _read(path: str) -> str:
    from calcert_desktop.services.exchange.installations import read_identity

    return read_identity(Path(path).expanduser())
