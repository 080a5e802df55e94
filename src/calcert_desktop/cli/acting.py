"""Who acts in a command: ``--user LOGIN`` signed in with that person's password (never
``--user`` alone)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from calcert_desktop.cli.passwords import own_password
from calcert_desktop.domain.errors import PermissionDenied

if TYPE_CHECKING:
    from calcert_desktop.services.context import Actor, AppContext


def user_login(args: argparse.Namespace) -> str:
    """The login ``--user`` gives (PermissionDenied without one)."""
    login = (args.user or "").strip().lower()
    if not login:
        raise PermissionDenied("permission.no_user", "user")
    return login


def acting(ctx: AppContext, args: argparse.Namespace) -> Actor:
    """The person ``--user`` names, signed in (PermissionDenied without ``--user``, with a
    wrong password, or with a temporary password not yet changed)."""
    from calcert_desktop.services.auth import remembered
    from calcert_desktop.services.auth.sign_in import sign_in

    login = user_login(args)
    password = own_password(args, login, lambda: remembered.stored(ctx, login))
    signed = sign_in(ctx, login, password)
    if signed.must_change:
        raise PermissionDenied("account.must_change", "password", login=signed.actor.login)
    return signed.actor
