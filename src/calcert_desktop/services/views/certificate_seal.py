"""The seal a case's certificate carries (its QR code's text and short code), as the case
file shows it: read only, never made here (printing the certificate seals one that has
none, see :mod:`services.seals.sealing`)."""

from __future__ import annotations

from calcert_desktop.services import access
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.services.process import case_facts
from calcert_desktop.services.seals.sealing import StoredSeal, stored_seal


def seal_of_case(ctx: AppContext, actor: Actor, reference: str) -> StoredSeal | None:
    """The stored seal of the certificate of case ``reference`` as ``actor`` may read it
    (NotFound or PermissionDenied as for its file); None when the case has no certificate
    or its certificate was never sealed (issued before seals, and not printed since)."""
    with reading(ctx) as session:
        case = access.readable_case(session, actor, reference)
        certificate = case_facts.current_certificate(session, case)
        return stored_seal(session, certificate.id) if certificate is not None else None
