"""``calcert erase-person (--login L | --email E | --name N) [--dry-run]``: a person's data
erased where the law allows (administrator), recorded in the audit log as an erasure."""

from __future__ import annotations

import argparse

from calcert_desktop.cli import person_subject
from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say

NAME = "erase-person"
DESCRIPTION = (
    "Usuwa dane osoby: z kont — imię i nazwisko (konto musi być nieaktywne, a osoba nie może "
    "być przydzielona do sprawy w toku; login zostaje w dzienniku jako autor czynności); "
    "ze zgłoszeń — dane osoby zgłaszającej albo kierownika (wszystkie sprawy, w których "
    "występuje, muszą być zamknięte). Dane znikają też z wpisów dziennika zmian, który nadal "
    "się weryfikuje; usunięcie jest w nim zapisane. Wygenerowane decyzje i pisma zostają. "
    "--dry-run pokazuje, czego usunięcie dotyczyłoby i czy jest teraz możliwe."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    person_subject.add_arguments(parser)
    parser.add_argument("--dry-run", action="store_true",
                        help="tylko pokaż, czego dotyczy (nic nie zmienia)")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.privacy import erasure

    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        subject = person_subject.subject_of(args)
        if not args.dry_run:
            say(erasure.erase(ctx, actor, subject))
            return 0
        plan = erasure.plan_erasure(ctx, actor, subject)
    say(f"Próba — nic nie zmieniono. Osoba: {subject.shown()}.")
    if plan.account:
        say(f"Konto: {plan.account} — imię i nazwisko zostałoby zastąpione, hasło usunięte.")
    for found in plan.cases:
        state = "zamknięta" if found.closed else "w toku"
        say(f"{found.reference} ({found.institution}; {found.state}, {state}): "
            f"{', '.join(found.roles)}")  # fmt: skip
    if plan.allowed:
        say("Usunięcie jest możliwe: uruchom polecenie bez --dry-run.")
        return 0
    for reason in plan.refusals:
        say(f"Nie można teraz: {reason}")
    return 1
