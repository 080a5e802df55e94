"""Where a command gets passwords: asked for in the terminal (not shown as typed), read
line by line from a file descriptor a script opened (``--password-fd N``), or taken from
the system's credential store (``--stored-password``, kept there by
``calcert remember-password``). Never from an argument or a variable: both are seen by
other users of the computer (``ps``, ``/proc``) and kept in shell histories.

From a descriptor the lines come in the order the command asks: your own password first,
then a new one (``change-password``, ``set-password``); ``init`` asks only for the new
administrator's password.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from calcert_desktop.domain.errors import DomainError, ValidationError

FD_OPTION = "--password-fd"
STORED_OPTION = "--stored-password"


def add_to(parser: argparse.ArgumentParser) -> None:
    """The password options (global: before the command)."""
    parser.add_argument(
        FD_OPTION,
        type=int,
        metavar="N",
        help="czytaj hasła z otwartego deskryptora pliku N, po jednym w linii (dla skryptów; "
        "najpierw własne hasło, potem nowe)",
    )
    parser.add_argument(
        STORED_OPTION,
        action="store_true",
        help="weź własne hasło z menedżera haseł systemu (zapamiętane przez calcert "
        "remember-password)",
    )


def _line(args: argparse.Namespace, what: str) -> str:
    """The next line of ``--password-fd`` (read a byte at a time: the writer may keep the
    descriptor open, and what follows the line is the next question's)."""
    fd = args.password_fd
    data = bytearray()
    try:
        while True:
            byte = os.read(fd, 1)
            if not byte or byte == b"\n":
                break
            data += byte
    except OSError as error:
        raise DomainError("account.bad_fd", fd=fd, detail=error.strerror or str(error)) from None
    if not byte and not data:
        raise DomainError("account.fd_empty", fd=fd, what=what)
    return data.decode("utf-8", errors="strict").removesuffix("\r")


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def own_password(
    args: argparse.Namespace, login: str, stored: Callable[[], str | None] | None = None
) -> str:
    """The password of ``login`` (``stored``: what the credential store keeps for them);
    read once a command: the one that opened an encrypted installation is the same."""
    if getattr(args, "unlocked_password", None) is not None:
        return str(args.unlocked_password)
    if getattr(args, "password_fd", None) is not None:
        return _line(args, "hasło konta")
    if getattr(args, "stored_password", False) and stored is not None:
        found = stored()
        if found is None:
            raise DomainError("account.not_stored", login=login)
        return found
    if _interactive():
        return getpass.getpass(f"Hasło konta {login}: ")
    raise DomainError("account.password_needed", "password", login=login)


def recovery_words(args: argparse.Namespace) -> str:
    """The office's recovery key as typed: 24 words on one line (``--password-fd``'s first
    line, or asked without echo)."""
    if getattr(args, "password_fd", None) is not None:
        return _line(args, "klucz odzyskiwania")
    if _interactive():
        return getpass.getpass("Klucz odzyskiwania (24 słowa): ")
    raise DomainError("data_key.words_needed", "recovery")


def new_password(args: argparse.Namespace, whose: str) -> tuple[str, str | None]:
    """A new password and its repetition (None when read from a descriptor: a script does
    not mistype)."""
    if getattr(args, "password_fd", None) is not None:
        return _line(args, "nowe hasło"), None
    if not _interactive():
        raise DomainError("account.password_needed", "password", login=whose)
    first = getpass.getpass(f"Nowe hasło ({whose}): ")
    second = getpass.getpass("Powtórz nowe hasło: ")
    if first != second:
        raise ValidationError("account.password_mismatch", "repeated")
    return first, second


def secret(args: argparse.Namespace, what: str) -> str:
    """A key's password or a card's PIN (``what``, e.g. "PIN karty"): the next line of
    ``--password-fd`` (after the account's password), else asked without echo."""
    if getattr(args, "password_fd", None) is not None:
        return _line(args, what)
    if _interactive():
        return getpass.getpass(f"{what[0].upper()}{what[1:]}: ")
    raise DomainError("signature.password_needed", "password", what=what)
