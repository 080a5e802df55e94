"""The person a RODO command is about: ``--login``, ``--email`` or ``--name`` (one of them)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calcert_desktop.services.privacy.subjects import Subject


def add_arguments(parser: argparse.ArgumentParser) -> None:
    who = parser.add_argument_group("osoba (jedno z trojga)")
    who.add_argument("--login", metavar="LOGIN", help="konto w programie")
    who.add_argument("--email", metavar="E-MAIL",
                     help="osoba ze zgłoszeń (zgłaszająca) po adresie e-mail")  # fmt: skip
    who.add_argument("--name", metavar="IMIĘ_I_NAZWISKO",
                     help="osoba ze zgłoszeń (zgłaszająca albo kierownik) po imieniu i "
                     "nazwisku")  # fmt: skip


def subject_of(args: argparse.Namespace) -> Subject:
    from calcert_desktop.services.privacy.subjects import Subject

    return Subject.of(args.login, args.email, args.name)
