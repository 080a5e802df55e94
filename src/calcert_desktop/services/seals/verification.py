"""Checking a certificate offline: its seal (scanned from the QR code or typed), a number
with its short code, or the short code alone, against the keys, the dates and the register.

Each check says in Polish what it found; the verdict is "valid" only when the seal is well
formed, its signature is good for a key known here, the certificate is in force on the day
and the register here knows it, agrees with it and lists it as valid. A good signature for
a certificate this register does not hold (an expert's laptop with the office's imported
key) is "unconfirmed": genuine, but its status (revoked?) cannot be checked here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.documents.polish_dates import long_date
from calcert_desktop.domain import seal
from calcert_desktop.domain.case_labels import CERTIFICATE_STATUSES
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.services.access import ANYONE
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.services.seals import sealing, signing_keys
from calcert_desktop.storage.models import Case, Certificate, CertificateSeal

VALID, UNCONFIRMED, INVALID = "valid", "unconfirmed", "invalid"
_NUMBER = re.compile(r"CJ-\d{3,}/\d{4}", re.IGNORECASE)


@dataclass(frozen=True)
class Check:
    """One check and what it found; ``ok`` None when it could not be made here."""

    ok: bool | None
    title: str
    detail: str

    @property
    def mark(self) -> str:
        """✓, ✗ or ? before the check's line."""
        return {True: "✓", False: "✗", None: "?"}[self.ok]

    def line(self) -> str:
        """``✓ Podpis: …`` as one line of plain text."""
        return f"{self.mark} {self.title}: {self.detail}"


@dataclass(frozen=True)
class Verification:
    """The verdict on one input and the checks behind it."""

    verdict: str  # valid / unconfirmed / invalid
    headline: str
    checks: tuple[Check, ...]
    number: str | None = None

    @property
    def valid(self) -> bool:
        """Genuine and in force on the day checked."""
        return self.verdict == VALID


def verify(ctx: AppContext, actor: Actor, text: str, on: date | None = None) -> Verification:
    """Check ``text``: a seal (``CAL1.…``), a certificate number with its short code, or the
    short code alone (anyone with a role in the process). ValidationError (Polish) when it
    is none of these."""
    actor.require(*ANYONE)
    day = on or ctx.today()
    given = text.strip()
    if not given:
        raise ValidationError("seal.empty", None)
    with reading(ctx) as session:
        if seal.looks_like_seal(given):
            return _verify_payload(session, given, day)
        found = _NUMBER.search(given)
        rest = _NUMBER.sub(" ", given) if found else given
        code = seal.normalize_code(rest)
        if code is None:
            raise ValidationError("seal.unrecognised", None, value=_shortened(given))
        if found:
            return _verify_number_and_code(session, found.group(0).upper(), code, day)
        return _verify_code(session, code, day)


def _shortened(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 40 else flat[:39] + "…"


def _verdict(checks: list[Check], number: str | None, day: date) -> Verification:
    label = f"Certyfikat nr {number}" if number else "Certyfikat"
    failed = [check for check in checks if check.ok is False]
    if failed:
        headline = f"{label} NIE jest potwierdzony — {failed[0].title.lower()}: {failed[0].detail}"
        return Verification(INVALID, headline, tuple(checks), number)
    if any(check.ok is None for check in checks):
        headline = (
            f"{label} ma prawdziwy podpis, ale jego statusu nie można sprawdzić w tym rejestrze "
            "— sprawdź go w rejestrze CAL."
        )
        return Verification(UNCONFIRMED, headline, tuple(checks), number)
    headline = f"{label} jest prawdziwy i ważny w dniu {long_date(day)}"  # "… r."
    return Verification(VALID, headline, tuple(checks), number)


def _code_check(expected: str, signature: bytes) -> Check:
    actual = seal.short_code(signature)
    if actual == expected:
        return Check(True, "Kod weryfikacyjny", f"{seal.grouped(expected)} zgadza się z pieczęcią")
    return Check(False, "Kod weryfikacyjny",
                 f"{seal.grouped(expected)} nie pasuje do tej pieczęci")  # fmt: skip


def _verify_code(session: Session, code: str, day: date) -> Verification:
    row = session.scalar(select(CertificateSeal).where(CertificateSeal.code == seal.grouped(code)))
    if row is None:
        detail = (
            f"kodu {seal.grouped(code)} nie ma w rejestrze tej instalacji "
            "(błąd przy przepisywaniu?)"
        )
        return _verdict([Check(False, "Kod weryfikacyjny", detail)], None, day)
    return _verify_payload(session, row.payload, day, expected_code=code)


def _verify_number_and_code(session: Session, number: str, code: str, day: date) -> Verification:
    certificate = session.scalar(select(Certificate).where(Certificate.number == number))
    if certificate is None:
        detail = f"certyfikatu nr {number} nie ma w rejestrze tej instalacji"
        return _verdict([Check(False, "Rejestr", detail)], number, day)
    stored = sealing.stored_seal(session, certificate.id)
    if stored is None:
        detail = (
            f"certyfikat nr {number} nie ma jeszcze pieczęci — nie wydrukowano go w wersji "
            "programu z kodami weryfikacyjnymi, więc żaden kod nie może do niego pasować"
        )
        return _verdict([Check(False, "Kod weryfikacyjny", detail)], number, day)
    return _verify_payload(session, stored.payload, day, expected_code=code)


def _verify_payload(
    session: Session, text: str, day: date, expected_code: str | None = None
) -> Verification:
    try:
        decoded = seal.decode(text)
    except seal.SealFormatError as error:
        detail = f"to nie jest poprawna pieczęć certyfikatu CAL ({error.reason})"
        return _verdict([Check(False, "Dane z kodu QR", detail)], None, day)
    fields = decoded.fields
    checks = [Check(True, "Dane z kodu QR", (
        f"certyfikat nr {fields.number}, instytucja: {fields.institution}, wydany "
        f"{long_date(fields.issued_on)}, ważny do {long_date(fields.valid_until)}"
    ))]  # fmt: skip
    if expected_code is not None:
        checks.append(_code_check(expected_code, decoded.signature))
    key = signing_keys.find_key(session, fields.key_id)
    checks.append(_signature_check(session, key, decoded))
    checks.append(_dates_check(fields, day))
    checks.extend(_register_checks(session, fields, key))
    return _verdict(checks, fields.number, day)


def _signature_check(
    session: Session, key: signing_keys.KeyInfo | None, decoded: seal.Seal
) -> Check:
    if key is None:
        return Check(False, "Podpis", (
            f"nieznany klucz {decoded.fields.key_id} — ta instalacja nie zna klucza, którym "
            "podpisano certyfikat; zaimportuj klucz publiczny biura, które go wydało "
            "(calcert keys import)"
        ))  # fmt: skip
    if signing_keys.verify_signature(key.public_key, decoded.signature, decoded.signed_bytes):
        if _made_after_retirement(session, key, decoded):
            assert key.retired_on is not None
            return Check(False, "Podpis", (
                f"podpisany kluczem wycofanym dnia {long_date(key.retired_on)} — certyfikat "
                f"wydany {long_date(decoded.fields.issued_on)} nie mógł być nim opatrzony "
                "pieczęcią; kod jest podrobiony"
            ))  # fmt: skip
        retired = f"; wycofany {long_date(key.retired_on)}" if key.retired_on else ""
        return Check(True, "Podpis", f"prawidłowy — klucz {key.key_id} ({key.label}{retired})")
    return Check(False, "Podpis", (
        "nieprawidłowy — dane certyfikatu zmieniono po podpisaniu albo kod jest podrobiony"
    ))  # fmt: skip


def _made_after_retirement(session: Session, key: signing_keys.KeyInfo, decoded: seal.Seal) -> bool:
    """Whether a good signature of a retired key seals what it cannot have sealed.

    A seal carries the certificate's issue date, not when it was made. A genuine seal is
    made on the issue day (by the Board's act) or later (an older certificate, on its first
    print), always while its key is in use: so its issue date is never after the day its key
    was retired, and a retired key's seal on a certificate issued later is a forgery. (The
    comparison is by day, the seal's only clock.) Only if this register stored that very
    seal before the retirement is it genuine all the same.
    """
    if key.retired_at is None or key.retired_on is None:
        return False
    if decoded.fields.issued_on <= key.retired_on:
        return False
    payload = seal.encode(decoded.fields, decoded.signature)
    sealed_at = session.scalar(
        select(CertificateSeal.sealed_at).where(CertificateSeal.payload == payload)
    )
    return sealed_at is None or sealed_at > key.retired_at


def _dates_check(fields: seal.SealFields, day: date) -> Check:
    when = long_date(day)
    if day < fields.issued_on:
        return Check(False, "Daty", (
            f"w dniu {when} certyfikat jeszcze nie obowiązywał (wydany "
            f"{long_date(fields.issued_on)})"
        ))  # fmt: skip
    if day > fields.valid_until:
        return Check(
            False, "Daty", f"certyfikat wygasł — był ważny do {long_date(fields.valid_until)}"
        )
    return Check(True, "Daty", f"w dniu {when} ważny (do {long_date(fields.valid_until)})")


def _register_checks(
    session: Session, fields: seal.SealFields, key: signing_keys.KeyInfo | None
) -> list[Check]:
    certificate = session.scalar(select(Certificate).where(Certificate.number == fields.number))
    if certificate is None:
        detail = f"certyfikatu nr {fields.number} nie ma w rejestrze tej instalacji"
        # Sealed elsewhere (an imported key): genuine, but its status is unknown here.
        foreign = key is not None and key.origin == signing_keys.IMPORTED
        return [Check(None if foreign else False, "Rejestr", detail)]
    case = session.get(Case, certificate.case_id)
    assert case is not None
    differences = []
    if seal.seal_name(sealing.institution_name(case)) != fields.institution:
        differences.append("nazwa instytucji")
    if certificate.issued_on != fields.issued_on:
        differences.append(f"data wydania (w rejestrze {long_date(certificate.issued_on)})")
    if certificate.valid_until != fields.valid_until:
        differences.append(f"termin ważności (w rejestrze {long_date(certificate.valid_until)})")
    if differences:
        register = Check(False, "Rejestr", "w rejestrze inaczej: " + ", ".join(differences))
    else:
        register = Check(
            True, "Rejestr", "certyfikat jest w rejestrze, instytucja i daty zgadzają się"
        )
    status = CERTIFICATE_STATUSES.get(certificate.status, certificate.status)
    return [register, Check(certificate.status == "valid", "Status w rejestrze", status)]
