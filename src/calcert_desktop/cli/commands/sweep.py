"""``calcert sweep [--dry-run] [--on RRRR-MM-DD]``: decisions nobody appealed become final,
certificates past their last day expire (what the program also does when it opens the data);
``--dry-run`` only says what would be done."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.act_options import parse_date
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say

NAME = "sweep"
DESCRIPTION = (
    "Decyzja o odmowie lub o odebraniu certyfikatu, od której nie wniesiono odwołania, staje "
    "się ostateczna w dniu po upływie terminu odwołania liczonego od zapisanego doręczenia; "
    "certyfikat wygasa w dniu po ostatnim dniu ważności. Program robi to sam przy otwarciu "
    "danych; to polecenie robi to teraz (lub pokazuje, co by zrobił)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dry-run", action="store_true", help="tylko pokaż, co zostałoby zrobione"
    )
    parser.add_argument(
        "--on",
        metavar="RRRR-MM-DD",
        help="stan na ten dzień (domyślnie dziś; nie później niż dziś) – do nadrabiania zaległości",
    )


def plural(count: int, one: str, few: str, many: str) -> str:
    """The Polish form for ``count``: 1 sprawa, 2–4 (not 12–14) sprawy, otherwise spraw."""
    if count == 1:
        return one
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return few
    return many


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.process.sweep import sweep_for

    on = parse_date(args.on, "on") if args.on is not None else None
    with opened_data(args, sweep=False) as ctx:
        result = sweep_for(ctx, acting(ctx, args), on, dry_run=args.dry_run)
    verb = "zostałaby" if args.dry_run else "została"
    for item in result.items:
        say(f"{item.reference}: {item.action.label} z dniem {item.on.isoformat()} – "
            f"sprawa {verb} zamknięta jako „{item.state.label}”")  # fmt: skip
    for reference, reason in result.refused:
        say(f"{reference}: pominięto – {reason}")
    count = len(result.items)
    day = result.today.isoformat()
    if not count:
        say(f"Na dzień {day} nie ma decyzji do uprawomocnienia ani certyfikatów do wygaszenia.")
        return 0
    cases = f"{count} {plural(count, 'sprawa', 'sprawy', 'spraw')}"
    if args.dry_run:
        say(f"Na dzień {day} do zamknięcia: {cases} (próba – nic nie zapisano).")
    else:
        done = plural(count, "zamknięta", "zamknięte", "zamkniętych")
        say(f"Na dzień {day}: {cases} {done}; wpisy w dzienniku zmian jako „system”.")
    return 0
