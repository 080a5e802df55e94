"""An encrypted installation's data key wrapped anew whenever a credential changes (storage/
data_key.py): a password set by an administrator, changed by its owner, the first
administrator's, the demo's shared one. Re-wrapping, never re-encrypting.

The new wrap is written beside the old one inside the transaction that stores the new
credential, and the old one is dropped only after it commits: a crash between the two
leaves both passwords able to unwrap the key, and the database (the sign-in) says which one
is the person's. Nothing happens on an installation that is not encrypted.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from calcert_desktop.services.context import AppContext
from calcert_desktop.storage import data_key


def wrap_new(ctx: AppContext, session: Session, login: str, encoded: str) -> None:
    """Inside the transaction storing ``login``'s credential ``encoded``: the data key
    wrapped for it, the old wraps dropped once the transaction commits."""
    key = ctx.db.location.key
    if key is None:
        return
    root = ctx.paths.root
    ring = data_key.Keyring.load(root) or data_key.Keyring({}, None)
    ring.wrap_for(login, encoded, key, keep_others=True)
    ring.save(root)

    def committed(_session: Session) -> None:
        done = data_key.Keyring.load(root)
        if done is not None and done.keep_only(login, encoded):
            done.save(root)

    event.listen(session, "after_commit", committed, once=True)


def forget(ctx: AppContext, session: Session, login: str) -> None:
    """Once the transaction removing ``login``'s credential commits: its wrap dropped, so
    that its old password no longer opens the data either."""
    root = ctx.paths.root
    if ctx.db.location.key is None:
        return

    def committed(_session: Session) -> None:
        ring = data_key.Keyring.load(root)
        if ring is not None and login in ring.accounts:
            ring.forget(login)
            ring.save(root)

    event.listen(session, "after_commit", committed, once=True)
