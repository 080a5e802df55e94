"""``calcert reminders [--on RRRR-MM-DD] [-o FOLDER] [--again] [--dry-run]``: every renewal
reminder due on a day in one go (certificates whose validity ends within the reminder
period), each stored with its case like any generated document; ``-o`` also writes a copy
of each to a folder. One reminder alone is ``calcert pdf renewal-reminder NUMER``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from calcert_desktop.cli.act_options import parse_date
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.plural import counted, plural

if TYPE_CHECKING:
    from calcert_desktop.services.documents.reminders import DueReminder, ReminderPlan

NAME = "reminders"
DESCRIPTION = (
    "Przygotowuje naraz przypomnienia o upływie ważności i możliwości odnowienia dla "
    "wszystkich ważnych certyfikatów, których ważność kończy się w okresie przypomnień "
    "(ustawienie reminder_months, domyślnie 6 miesięcy), o ile nie wystąpiono już o ich "
    "odnowienie. Każde przypomnienie zapisuje się w dokumentach sprawy; pomija się "
    "certyfikaty, o których już przypomniano (chyba że podano --again). Gdy zapis się nie "
    "uda, nie zostaje żadne przypomnienie. Biuro albo administrator (--user)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--on", metavar="RRRR-MM-DD",
                        help="data przypomnień (domyślnie dziś)")  # fmt: skip
    parser.add_argument("-o", "--output", metavar="FOLDER",
                        help="zapisz też kopię każdego przypomnienia w tym folderze "
                        "(zostanie utworzony, jeśli go nie ma)")  # fmt: skip
    parser.add_argument("--again", action="store_true",
                        help="przygotuj też przypomnienia o certyfikatach, o których już "
                        "przypomniano")  # fmt: skip
    parser.add_argument("--dry-run", action="store_true",
                        help="tylko pokaż, o których certyfikatach trzeba przypomnieć")  # fmt: skip


def _line(item: DueReminder) -> str:
    return (f"{item.reference}: certyfikat {item.certificate} ważny do "
            f"{item.valid_until.isoformat()} – {item.institution}")  # fmt: skip


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\rPrzygotowuję przypomnienia: {done}/{total}", end="", file=sys.stderr)
        if done == total:
            print(file=sys.stderr)


def _certificates(count: int) -> str:
    return counted(count, "certyfikat", "certyfikaty", "certyfikatów")


def _skipped(plan: ReminderPlan) -> None:
    count = len(plan.skipped)
    if count:
        which = plural(count, "o którym", "o których", "o których")
        say(f"Pominięto {_certificates(count)}, {which} już przypomniano "
            "(--again przygotuje przypomnienia ponownie).")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.documents import reminder_batch, reminders

    on = parse_date(args.on, "on") if args.on is not None else None
    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        if args.dry_run:
            plan = reminders.plan(ctx, actor, on, again=args.again)
            result = None
        else:
            result = reminder_batch.generate_all(
                ctx, actor, on, again=args.again, folder=args.output, progress=_progress
            )
            plan = result.plan
    day, until = plan.on.isoformat(), plan.until.isoformat()
    if not plan.due:
        say(f"Na dzień {day} nie ma certyfikatów, o których trzeba przypomnieć (kończących "
            f"ważność do {until}; okres przypomnień: {plan.months} mies.) – niczego nie "
            "zapisano.")  # fmt: skip
        _skipped(plan)
        return 0
    for item in plan.due:
        say(_line(item))
    _skipped(plan)
    letters = counted(len(plan.due), "przypomnienie", "przypomnienia", "przypomnień")
    if result is None:
        say(f"Na dzień {day} do przygotowania: {letters} (próba – nic nie zapisano).")
        return 0
    say(f"Na dzień {day} przygotowano {letters}; zapisano je w dokumentach spraw.")
    if result.copies:
        say(f"Kopie zapisano w folderze {result.copies[0].parent}.")
    return 0
