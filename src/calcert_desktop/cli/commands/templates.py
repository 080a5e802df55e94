"""``calcert templates list|show|save|restore``: the letters' wording.

``show`` prints a version's parts as JSON, the very file ``save`` reads back, so the wording
can be edited in any text editor: ``show refusal > odmowa.json``, edit, ``save refusal
odmowa.json --note "…"`` (as the person given by ``--user``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.terminal import json_text, say
from calcert_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from calcert_desktop.services.documents.letter_templates import TemplateVersion

NAME = "templates"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from calcert_desktop.services.documents import letter_templates

    commands = parser.add_subparsers(dest="templates_command", metavar="POLECENIE",
                                     title="polecenia", required=True)  # fmt: skip
    kind_help = "rodzaj pisma: " + ", ".join(k.code for k in letter_templates.kinds())

    text = "wypisz pisma z edytowalną treścią i wersję każdego w użyciu"
    c = commands.add_parser("list", help=text, description=text)
    c.add_argument("--history", action="store_true", help="pokaż też wszystkie zapisane wersje")

    text = "wypisz części pisma jako JSON (wersja w użyciu albo wskazana)"
    c = commands.add_parser("show", help=text, description=text)
    c.add_argument("kind", metavar="RODZAJ", help=kind_help)
    # not --version: the global option of that name would answer first
    c.add_argument("--number", type=int, metavar="N", help="numer wersji (0: treść wbudowana)")

    text = "zapisz treść pisma z pliku JSON jako nową wersję (biuro albo administrator)"
    c = commands.add_parser("save", help=text, description=text)
    c.add_argument("kind", metavar="RODZAJ", help=kind_help)
    c.add_argument("file", metavar="PLIK.json", help="części pisma: {\"część\": \"treść\", …}")
    c.add_argument("--note", required=True, metavar="TEKST", help="co zmieniono, krótko")

    text = "przywróć treść wbudowaną w program (zapisuje ją jako nową wersję)"
    c = commands.add_parser("restore", help=text, description=text)
    c.add_argument("kind", metavar="RODZAJ", help=kind_help)


def run(args: argparse.Namespace) -> int:
    actions: dict[str, Callable[[argparse.Namespace], int]] = {
        "list": _list, "show": _show, "save": _save, "restore": _restore,
    }  # fmt: skip
    return actions[args.templates_command](args)


def _saved(version: TemplateVersion) -> str:
    if version.builtin:
        return "treść wbudowana (wersja 0)"
    at = version.saved_at.strftime("%Y-%m-%d %H:%M") if version.saved_at else ""
    return f"wersja {version.version}, zapisana {at} UTC przez {version.saved_by}"


def _list(args: argparse.Namespace) -> int:
    from calcert_desktop.services.documents import letter_templates

    kinds = letter_templates.kinds()
    code_width = max(len(kind.code) for kind in kinds)
    name_width = max(len(kind.name) for kind in kinds)
    with opened_data(args) as ctx:
        for kind in kinds:
            used = letter_templates.current(ctx, kind.code)
            say(f"{kind.code:<{code_width}} {kind.name:<{name_width}} {_saved(used)}")
            if args.history:
                for old in letter_templates.history(ctx, kind.code):
                    say(f"{'':<{code_width}}   {_saved(old)}: {old.note or '—'}")
    return 0


def _show(args: argparse.Namespace) -> int:
    from calcert_desktop.services.documents import letter_templates

    with opened_data(args) as ctx:
        if args.number is None:
            shown = letter_templates.current(ctx, args.kind)
        else:
            shown = letter_templates.version(ctx, args.kind, args.number)
    say(_saved(shown), file=sys.stderr)
    sys.stdout.write(json_text(shown.texts) + "\n")
    return 0


def _texts(path: Path) -> dict[str, Any]:
    from calcert_desktop.services.applications.json_files import read_json

    try:
        return read_json(path)
    except ValidationError as error:
        if error.code != "declaration.schema":  # unreadable or not JSON: said well already
            raise
        raise ValidationError("template.not_an_object", None, value=str(path)) from error


def _save(args: argparse.Namespace) -> int:
    from calcert_desktop.services.documents import letter_templates

    texts = _texts(Path(args.file))
    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        saved = letter_templates.save(ctx, actor, args.kind, texts, args.note)
    print(f"Zapisano treść pisma „{letter_templates.wording(args.kind).name}”: {_saved(saved)}.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from calcert_desktop.services.documents import letter_templates

    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        saved = letter_templates.restore_builtin(ctx, actor, args.kind)
    name = letter_templates.wording(args.kind).name
    print(f"Przywrócono treść wbudowaną pisma „{name}”: {_saved(saved)}.")
    return 0
