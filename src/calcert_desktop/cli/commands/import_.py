"""``calcert import FILE [--dry-run] [--resolve NR=biuro|laptop]``: read a package (issue
19). Everything in it is checked before anything is written; a laptop's returned work is
weighed against the office's records (new, unchanged, conflict, refused) and applied in one
transaction, or nothing while a conflict is unresolved."""

from __future__ import annotations

import argparse
from pathlib import Path

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import print_json, say

NAME = "import"
DESCRIPTION = (
    "Paczkę sprawdza się w całości, zanim cokolwiek zostanie zapisane: podpis, nadawcę, "
    "odbiorcę, numer kolejny, sumy kontrolne i wersję. Zmiany z laptopa, które w biurze "
    "zmieniono w międzyczasie, to konflikty: --dry-run pokazuje obie wersje, a --resolve "
    "NR=biuro (zostaje wersja biura) lub NR=laptop (przyjmij wersję z laptopa) rozstrzyga; "
    "all=… rozstrzyga wszystkie. Ta sama paczka wczytana drugi raz niczego nie zmienia."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="PLIK", help="plik paczki (.calpack)")
    parser.add_argument("--dry-run", action="store_true",
                        help="tylko pokaż, co by się zmieniło (nic nie zapisuje)")  # fmt: skip
    parser.add_argument("--resolve", action="append", default=[], metavar="NR=biuro|laptop",
                        help="rozstrzygnięcie konfliktu (można powtarzać; all=… dla "
                        "wszystkich)")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="lista zmian w formacie JSON")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.exchange import returns, transfer

    resolutions = returns.parse_resolutions(args.resolve)
    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        try:
            done = transfer.import_package(ctx, actor, Path(args.file).expanduser(),
                                           dry_run=args.dry_run, resolutions=resolutions)
        except returns.Unresolved as error:
            _show(error.plan, args.json)
            raise
    if done.plan is not None:
        _show(done.plan, args.json)
    say(done.done)
    return 0


def _show(plan: object, as_json: bool) -> None:
    items = getattr(plan, "items", [])
    if as_json:
        print_json([{"number": i.number, "case": i.reference, "what": i.what,
                     "status": i.status, "office": i.office, "laptop": i.laptop,
                     "reason": i.reason, "resolution": i.resolution} for i in items])
        return
    for item in items:
        say(f"{item.number:>3}. {item.reference}  {item.what}: {item.status_label}")
        if item.status in ("conflict", "refused") or item.office != item.laptop:
            say(f"       biuro:  {item.office or '—'}")
            say(f"       laptop: {item.laptop}")
        if item.reason:
            say(f"       powód:  {item.reason}")
        if item.resolution:
            say(f"       wybrano: {'biuro' if item.resolution == 'office' else 'laptop'}")
