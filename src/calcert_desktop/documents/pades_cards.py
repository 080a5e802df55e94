"""Signing with a smart card (or any PKCS#11 token) through its library: the card found,
signed in with the PIN, and the key with its certificate chosen (documents/pades.py signs
with what this gives). Polish qualified signature cards work this way; SoftHSM stands in
for one in the tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from calcert_desktop.documents.pades_reading import pyhanko_signers
from calcert_desktop.domain.errors import ValidationError


@dataclass(frozen=True)
class CardKey:
    """A key on a smart card (or any PKCS#11 token): the card's library (``.dll``/``.so``),
    the PIN, and, when the reader holds several cards or a card several keys, the card's
    label and the key's (or its certificate's) label."""

    library: str
    pin: str
    token: str | None = None
    key: str | None = None


def card_session(key: CardKey) -> Any:
    """An open session of the card, signed in with the PIN."""
    import pkcs11
    from pkcs11 import TokenFlag

    pyhanko_signers()
    try:
        library = pkcs11.lib(key.library)
        # Loaded once a process: start it afresh, so a card put in since is seen.
        library.reinitialize()
    except (OSError, RuntimeError, pkcs11.PKCS11Error) as error:
        detail = str(error) or type(error).__name__
        raise ValidationError(
            "signature.card_library", "pkcs11", path=key.library, detail=detail
        ) from None
    tokens = [
        token for token in library.get_tokens()
        if token.flags & TokenFlag.TOKEN_INITIALIZED
        and (key.token is None or token.label.strip() == key.token.strip())
    ]  # fmt: skip
    if not tokens:
        if key.token is not None:
            raise ValidationError("signature.card_not_found", "token", token=key.token)
        raise ValidationError("signature.no_card", "pkcs11", path=key.library)
    if len(tokens) > 1:
        labels = ", ".join(sorted(token.label.strip() for token in tokens))
        raise ValidationError("signature.card_choose", "token", labels=labels)
    try:
        return tokens[0].open(user_pin=key.pin)
    except pkcs11.PinIncorrect:
        raise ValidationError("signature.pin_wrong", "pin") from None
    except pkcs11.PinLocked:
        raise ValidationError("signature.pin_locked", "pin") from None
    except pkcs11.PKCS11Error as error:
        raise ValidationError(
            "signature.card_failed", "pkcs11", detail=type(error).__name__
        ) from None


def card_signer(session: Any, key: CardKey) -> Any:
    """pyHanko's signer for the card's key: the one certificate with a private key, or the
    one labelled ``key.key``. A key and its certificate share an id (PKCS#11's convention)
    or, on some cards, only a label."""
    from pkcs11 import Attribute, ObjectClass
    from pyhanko.sign.pkcs11 import PKCS11Signer

    def listed(kind: ObjectClass) -> list[tuple[bytes, str]]:
        found = session.get_objects({Attribute.CLASS: kind})
        return [(bytes(o[Attribute.ID]), str(o[Attribute.LABEL]).strip()) for o in found]

    keys, certificates = listed(ObjectClass.PRIVATE_KEY), listed(ObjectClass.CERTIFICATE)
    pairs = [
        (c_label or k_label, {"cert_id": c_id, "key_id": k_id})
        for k_id, k_label in keys for c_id, c_label in certificates if k_id and k_id == c_id
    ] or [
        (c_label, {"cert_label": c_label, "key_label": k_label})
        for _, k_label in keys for _, c_label in certificates if k_label and k_label == c_label
    ]  # fmt: skip
    if key.key is not None:
        pairs = [pair for pair in pairs if pair[0] == key.key.strip()]
    if not pairs:
        note = f" o etykiecie „{key.key}”" if key.key else ""
        raise ValidationError("signature.card_no_key", "key", key_note=note)
    if len(pairs) > 1:
        labels = ", ".join(sorted(label for label, _ in pairs))
        raise ValidationError("signature.card_choose_key", "key", labels=labels)
    return PKCS11Signer(session, **pairs[0][1])
