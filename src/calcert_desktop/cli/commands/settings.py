"""``calcert settings [KEY VALUE]``: the process settings, or change one (administrator)."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.errors import DomainError

NAME = "settings"
HELP = "pokaż ustawienia albo zmień jedno (administrator)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("key", nargs="?", metavar="KLUCZ", help="np. appeal_days")
    parser.add_argument("value", nargs="?", metavar="WARTOŚĆ", help="nowa wartość (liczba)")


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.admin import settings
    from calcert_desktop.services.context import resolve_actor

    with opened_data(args) as ctx:
        if args.key is not None:
            if args.value is None:
                raise DomainError("required", "value")
            actor = resolve_actor(ctx, args.user)
            say(settings.set_int(ctx, actor, args.key, args.value))
        else:
            rows = settings.list_settings(ctx)
            width = max((len(row["key"]) for row in rows), default=0)
            for row in rows:
                say(
                    f"{row['key']:<{width}} {row['value']:>4}  (domyślnie {row['default']}) "
                    f"{row['label']}"
                )
    return 0
