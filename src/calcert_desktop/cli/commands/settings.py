"""``calcert settings``: the settings, shown or changed (administrator).

- ``calcert settings``: every setting: the process's numbers, the office's details, the
  signers of each kind of document;
- ``calcert settings KLUCZ WARTOŚĆ`` or ``calcert settings set KLUCZ WARTOŚĆ``: one setting,
  a number (``appeal_days 21``) or a text (``office.name "…"``; ``""`` empties an optional one);
- ``calcert settings signer RODZAJ [--slot N] [--name …] [--function …] [--gender m|f]``: who
  signs a kind of document (the parts not given stay; ``--name ""`` clears the name);
- ``calcert settings reset``: the office's details and the signers back to their defaults.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.errors import DomainError, ValidationError
from calcert_desktop.domain.signature_slots import FUNCTIONS, SLOTS

if TYPE_CHECKING:
    from calcert_desktop.services.context import Actor, AppContext

NAME = "settings"
DESCRIPTION = (
    "Bez argumentów pokazuje wszystkie ustawienia. Zmienia je administrator (--user):\n"
    "  calcert settings KLUCZ WARTOŚĆ          np. appeal_days 21\n"
    '  calcert settings set KLUCZ WARTOŚĆ      np. office.name "Centrum …"\n'
    "  calcert settings signer RODZAJ [--slot N] [--name …] [--function …] [--gender m|f]\n"
    "  calcert settings reset                  dane organizacji i podpisy domyślne"
)
SIGNER_OPTIONS = ("slot", "name", "function", "gender")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "words", nargs="*", metavar="KLUCZ WARTOŚĆ",
        help="ustawienie i nowa wartość; albo: set KLUCZ WARTOŚĆ, signer RODZAJ, reset",
    )  # fmt: skip
    kinds = ", ".join(SLOTS)
    functions = ", ".join(FUNCTIONS)
    group = parser.add_argument_group("podpisy (z poleceniem: signer RODZAJ)", f"RODZAJ: {kinds}")
    group.add_argument("--slot", metavar="N", help="który podpis (1, 2…), gdy dokument ma kilka")
    group.add_argument("--name", metavar="IMIĘ_I_NAZWISKO", help='kto podpisuje ("": nikt)')
    group.add_argument(
        "--function",
        metavar="FUNKCJA",
        help="funkcja po polsku w dowolnej formie (np. „Przewodnicząca Komisji "
        f'Certyfikacyjnej”), jej kod ({functions}) albo własne słowa ("": domyślna)',
    )
    group.add_argument("--gender", metavar="m|f", help="rodzaj gramatyczny: m (męski), f (żeński)")


def run(args: argparse.Namespace) -> int:
    words = list(args.words)
    signer = bool(words) and words[0] == "signer"
    if not signer and any(getattr(args, option) is not None for option in SIGNER_OPTIONS):
        raise ValidationError("settings.signer_options", None)
    with opened_data(args) as ctx:
        if not words:
            _show(ctx, acting(ctx, args))
        elif signer:
            _signer(ctx, args, words[1:])
        elif words == ["reset"]:
            from calcert_desktop.services.admin import office

            say(office.reset(ctx, acting(ctx, args)))
        else:
            _set(ctx, args, words[1:] if words[0] == "set" else words)
    return 0


def _set(ctx: AppContext, args: argparse.Namespace, words: list[str]) -> None:
    from calcert_desktop.services.admin import settings

    if len(words) == 1:
        raise DomainError("required", "value")
    if len(words) != 2:
        raise ValidationError("settings.usage", None)
    key, value = words
    say(settings.set_value(ctx, acting(ctx, args), key, value))


def _signer(ctx: AppContext, args: argparse.Namespace, words: list[str]) -> None:
    from calcert_desktop.services.admin import office

    if len(words) != 1:
        raise ValidationError("signer.unknown_kind", None, value=" ".join(words),
                              known=", ".join(SLOTS))  # fmt: skip
    actor = acting(ctx, args)
    done = office.set_signer(
        ctx, actor, words[0], args.slot,
        name=args.name, function=args.function, gender=args.gender,
    )  # fmt: skip
    say(done)


def _show(ctx: AppContext, actor: Actor) -> None:
    from calcert_desktop.domain import signature_slots as slots
    from calcert_desktop.services.admin import office, settings

    rows = settings.list_settings(ctx, actor)
    width = max((len(row["key"]) for row in rows), default=0)
    for row in rows:
        say(f"{row['key']:<{width}} {row['value']:>4}  (domyślnie {row['default']}) {row['label']}")
    say("")
    say("Dane organizacji:")
    for row in settings.list_text_settings(ctx, actor):
        mark = " (domyślnie)" if row["value"] == row["default"] else ""
        say(f"{row['key']:<22} {row['value'] or '—'}{mark}  [{row['label']}]")
    say("")
    say("Podpisy na dokumentach (RODZAJ N: kto podpisuje):")
    current = office.office_settings(ctx)
    for kind, slot in slots.all_slots():
        setting = current.signers.get((kind, slot), slots.SignerSetting())
        printed = slots.signature(kind, slot, setting)
        who = f"{printed.name}, " if printed.name else "(bez nazwiska) "
        say(f"{kind + ' ' + slot:<22} {who}{printed.function}  [{slots.slot_label(kind, slot)}]")
