"""``calcert purge [--dry-run]``: what is past its retention period removed (administrator):
drafts never filed, the data of people of long-closed cases, old records of views."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say

NAME = "purge"
DESCRIPTION = (
    "Okresy przechowywania to ustawienia biura (calcert settings): retention_draft_months "
    "(szkice nigdy nie złożone, bez zmian), retention_closed_years (dane osób ze zgłoszeń "
    "spraw zamkniętych; dane instytucji, decyzje i certyfikaty zostają), "
    "retention_views_months (rejestr wglądów w dane osobowe). Wszystko w jednej transakcji, "
    "zapisane w dzienniku zmian jako usunięcie."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dry-run", action="store_true",
                        help="tylko pokaż, co zostałoby usunięte (nic nie zmienia)")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.privacy import retention

    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        if not args.dry_run:
            say(retention.purge(ctx, actor))
            return 0
        plan = retention.plan(ctx, actor)
    say("Próba — nic nie usunięto.")
    say(f"Szkice bez zmian dłużej niż {plan.draft_months} mies.: {len(plan.drafts)}")
    for due in plan.drafts:
        say(f"  {due.reference} {due.institution} (ostatnia zmiana {due.since.isoformat()})")
    say(f"Sprawy zamknięte ponad {plan.closed_years} lat temu, z danymi osób: "
        f"{len(plan.closed)}")  # fmt: skip
    for due in plan.closed:
        say(f"  {due.reference} {due.institution} (zamknięta {due.since.isoformat()})")
    say(f"Wpisy rejestru wglądów starsze niż {plan.view_months} mies.: {plan.views}")
    return 0
