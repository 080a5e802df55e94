"""``calcert sign FILE|KIND REF --p12 FILE | --pkcs11 LIB``: sign a document electronically
(PAdES) with your own certificate, from a PKCS#12 file or a smart card.

``KIND REF`` signs the case's newest stored document of that kind (generating it first when
the case has none yet) and stores the signed copy beside it, as the case file does; ``FILE``
signs a PDF on disk into ``… (podpisany).pdf`` beside it, or ``-o``. The key's password or
the card's PIN is asked for without echo, or read from ``--password-fd`` (after your account
password when a case's document is signed)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.commands import help_line
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.cli.passwords import secret
from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from calcert_desktop.documents.pades import SignerKey

NAME = "sign"
DESCRIPTION = help_line(NAME) + (
    ". RODZAJ NUMER podpisuje najnowszy dokument tego rodzaju zapisany przy sprawie i zapisuje "
    "podpisany obok niego; PLIK podpisuje plik PDF z dysku."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "target", nargs="+", metavar="PLIK|RODZAJ NUMER",
        help="plik PDF albo rodzaj dokumentu i numer sprawy, np. certificate CAL/2026/0001",
    )  # fmt: skip
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--p12", metavar="PLIK", help="certyfikat z kluczem w pliku .p12/.pfx")
    source.add_argument(
        "--pkcs11", metavar="BIBLIOTEKA", help="biblioteka PKCS#11 karty (.dll, .so)"
    )
    parser.add_argument("--token", metavar="ETYKIETA", help="etykieta karty (gdy jest ich kilka)")
    parser.add_argument(
        "--key", metavar="ETYKIETA", help="etykieta certyfikatu na karcie (gdy jest ich kilka)"
    )
    parser.add_argument("--reason", default="", metavar="TEKST", help="cel podpisu, np. Decyzja")
    parser.add_argument(
        "-o", "--output", metavar="PLIK.pdf", help="podpisany plik (tylko przy PLIKU)"
    )


def signer_key(args: argparse.Namespace) -> SignerKey:
    """The key the options name, with its password or PIN asked for."""
    from calcert_desktop.documents import pades

    if args.p12:
        path = Path(args.p12).expanduser()
        return pades.Pkcs12Key(path, secret(args, f"hasło pliku certyfikatu {path.name}"))
    if args.pkcs11:
        return pades.CardKey(args.pkcs11, secret(args, "PIN karty"), args.token, args.key)
    raise ValidationError("signature.key_needed", "p12")


def _file_target(source: Path, output: str | None) -> Path:
    from calcert_desktop.domain.document_names import signed_file_name

    if output:
        return Path(output).expanduser()
    taken = {p.name for p in source.parent.iterdir()} if source.parent.is_dir() else set()
    return source.with_name(signed_file_name(source.name, taken))


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.documents.pades import signed_line
    from calcert_desktop.services.documents import signing

    if len(args.target) > 2:
        raise ValidationError("signature.target_usage", "target")
    if len(args.target) == 1:
        source = Path(args.target[0]).expanduser()
        target = _file_target(source, args.output)
        with opened_data(args) as ctx:
            key = signer_key(args)
            signed = signing.sign_file(ctx, source, target, key, args.reason)
        say(f"Podpisano: {target}")
        say(f"  {signed_line(signed.signer, signed.signed_at, signed.timestamped)}")
        if signed.timestamp_problem:
            say(f"  Bez znacznika czasu: {signed.timestamp_problem}")
        return 0
    kind, reference = args.target
    if args.output:
        raise ValidationError("signature.output_with_case", "output")
    with opened_data(args) as ctx:
        actor = acting(ctx, args)
        key = signer_key(args)
        result = signing.sign_kind(ctx, actor, kind, reference, key, args.reason)
    signed_info = result.document
    if result.generated is not None:
        say(f"Wygenerowano: {result.generated.name}")
    say(f"Podpisano: {signed_info.name} (zapisany przy sprawie)")
    stamped = bool(signed_info.timestamped)
    say(f"  {signed_line(signed_info.signer or '', signed_info.signed_at, stamped)}")
    if result.timestamp_problem:
        say(f"  Bez znacznika czasu: {result.timestamp_problem}")
    return 0

