"""Electronic signatures of our PDFs (PAdES), with pyHanko.

A person signs a generated document with their own certificate: from a PKCS#12 file
(``.p12``/``.pfx``) or from a smart card through its PKCS#11 library (Polish qualified
signature cards work this way). Offline the signature is PAdES-B-B; with a time-stamping
server (RFC 3161) that answers, PAdES-B-T. A server that does not answer does not stop the
signing: the document is signed without the time stamp and :attr:`Signed.timestamp_problem`
says why.

:func:`verify` reads every signature of a PDF back: who signed, when, whether the document
is unchanged since (the signature covers the whole file and its digest matches), and whether
the signer's certificate leads to a trusted root (offline, with the system's roots; a
qualified certificate's issuer is often not among them, which is said, not hidden).

Plain bytes in and out: nothing here reads the database (services/documents/signing.py
stores what this makes). pyHanko is imported when a signature is made or read, not before:
it costs about a second of import.
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from calcert_desktop.domain.errors import ValidationError

FIELD_PREFIX = "Podpis"
# Room kept in the file for the signature container (DER bytes, written as hex), beyond the
# certificates it carries (:func:`_room`): the signature (512 bytes for RSA-4096), the signed
# attributes and the structure; a time stamp's token with the server's certificates. pyHanko
# would otherwise sign twice to measure it, and every reader parses the whole room.
ROOM_BEYOND_CERTIFICATES = 4 * 1024
ROOM_FOR_TIMESTAMP = 12 * 1024
TIMESTAMP_TIMEOUT_S = 10


@dataclass(frozen=True)
class Pkcs12Key:
    """A certificate and its private key in a PKCS#12 file, opened with ``password``."""

    path: Path
    password: str


@dataclass(frozen=True)
class CardKey:
    """A key on a smart card (or any PKCS#11 token): the card's library (``.dll``/``.so``),
    the PIN, and, when the reader holds several cards or a card several keys, the card's
    label and the key's (or its certificate's) label."""

    library: str
    pin: str
    token: str | None = None
    key: str | None = None


SignerKey = Pkcs12Key | CardKey


@dataclass(frozen=True)
class Signed:
    """A signed PDF and what its signature says."""

    pdf: bytes
    signer: str  # the certificate's subject, as a person reads it (its common name)
    signed_at: datetime  # UTC, naive, as the database keeps times
    timestamped: bool
    timestamp_problem: str | None = None  # why a configured server gave no time stamp


@dataclass(frozen=True)
class SignatureCheck:
    """One signature of a PDF, read back."""

    field: str
    signer: str
    issuer: str
    signed_at: datetime | None  # UTC, naive; the time stamp's time when there is one
    timestamped: bool
    intact: bool  # the signed bytes are unchanged and the signature is the signer's
    # Nothing but further signatures was added after it (a later signature leaves the
    # earlier one covering its own revision, not the whole file: that is no change).
    unchanged_since: bool
    trusted: bool  # the certificate leads to a root this computer trusts

    @property
    def valid(self) -> bool:
        """The document is what the signer signed (other signatures aside)."""
        return self.intact and self.unchanged_since

    def summary(self) -> str:
        """One Polish sentence: the verdict, who signed and when."""
        if not self.intact:
            return f"Podpis nieważny: treść dokumentu różni się od podpisanej przez {self.signer}."
        if not self.unchanged_since:
            return (
                f"Dokument zmieniono po podpisaniu: podpis {self.signer} nie obejmuje "
                "obecnej treści."
            )
        return f"Podpis poprawny: {signed_line(self.signer, self.signed_at, self.timestamped)}"

    def details(self) -> tuple[str, ...]:
        """The certificate's issuer and whether this computer trusts it."""
        trust = (
            "zaufany w tym komputerze"
            if self.trusted
            else "wystawcy nie ma na liście zaufanych w tym komputerze — podpis "
            "kwalifikowany potwierdzisz w aplikacji dostawcy certyfikatu"
        )
        return (f"Certyfikat wystawił: {self.issuer} ({trust}).",)


def local_time(at: datetime | None) -> str:
    """A stored UTC time as the local clock showed it: "07.12.2026 14:02"."""
    if at is None:
        return "czas nieznany"
    return at.replace(tzinfo=UTC).astimezone().strftime("%d.%m.%Y %H:%M")


def signed_line(signer: str, at: datetime | None, timestamped: bool) -> str:
    """ "Jan Kowalski, 07.12.2026 14:02 (czas ze znacznika czasu)"."""
    source = "czas ze znacznika czasu" if timestamped else "czas komputera podpisującego"
    return f"{signer}, {local_time(at)} ({source})."


def _quiet() -> None:
    """pyHanko logs an untrusted certificate as an error with its traceback: here that is an
    answer (:attr:`SignatureCheck.trusted`), not a fault to print."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _pyhanko() -> Any:
    """Import pyHanko's signing parts once (without the deprecation warning its import of
    DSA raises in cryptography)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pyhanko.sign import signers

    _quiet()
    return signers


def _common_name(name: Any) -> str:
    """The common name of an asn1crypto ``Name``, else the whole name as a person reads it."""
    native = name.native
    common = native.get("common_name") if isinstance(native, dict) else None
    if isinstance(common, list):
        common = common[0] if common else None
    return str(common) if common else str(name.human_friendly)


def _utc_naive(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None)


# --- Keys ----------------------------------------------------------------------------------
def _pkcs12_signer(key: Pkcs12Key) -> Any:
    signers = _pyhanko()
    try:
        data = key.path.read_bytes()
    except OSError as error:
        raise ValidationError(
            "signature.p12_unreadable", "p12", path=str(key.path),
            detail=error.strerror or str(error),
        ) from None  # fmt: skip
    try:
        return signers.SimpleSigner.load_pkcs12_data(
            data, other_certs=[], passphrase=key.password.encode("utf-8") or None
        )
    except ValueError:
        raise ValidationError("signature.p12_rejected", "password", path=str(key.path)) from None


def _card_session(key: CardKey) -> Any:
    """An open session of the card, signed in with the PIN."""
    import pkcs11
    from pkcs11 import TokenFlag

    _pyhanko()
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


def _card_signer(session: Any, key: CardKey) -> Any:
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


# --- Signing -------------------------------------------------------------------------------
def _next_field(pdf: bytes) -> str:
    """``Podpis1``, or the next number when the document is signed already."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    taken = {sig.field_name for sig in PdfFileReader(io.BytesIO(pdf)).embedded_signatures}
    number = 1
    while f"{FIELD_PREFIX}{number}" in taken:
        number += 1
    return f"{FIELD_PREFIX}{number}"


def _sign_with(pdf: bytes, signer: Any, reason: str, location: str, timestamper: Any) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    signers = _pyhanko()
    meta = signers.PdfSignatureMetadata(
        field_name=_next_field(pdf), subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256", reason=reason or None, location=location or None,
    )  # fmt: skip
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    out = signers.PdfSigner(meta, signer, timestamper=timestamper).sign_pdf(
        writer, bytes_reserved=_room(signer, timestamper is not None)
    )
    return bytes(out.getbuffer())


def _room(signer: Any, timestamped: bool) -> int:
    """Bytes to keep for the signature container: the certificates it carries (the
    signer's and the chain the key came with), the rest (:data:`ROOM_BEYOND_CERTIFICATES`),
    a time stamp's token; rounded up to a kilobyte."""
    certificates = [signer.signing_cert, *(signer.cert_registry or ())]
    size = sum(len(c.dump()) for c in certificates if c is not None)
    size += ROOM_BEYOND_CERTIFICATES + (ROOM_FOR_TIMESTAMP if timestamped else 0)
    return -(-size // 1024) * 1024


def _read_pdf(pdf: bytes) -> None:
    """ValidationError (Polish) when ``pdf`` is not a PDF pyHanko can read."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        PdfFileReader(io.BytesIO(pdf), strict=False).root  # noqa: B018 (reads the catalogue)
    except (PdfError, ValueError, KeyError, IndexError, TypeError):
        raise ValidationError("signature.not_pdf", "file") from None


def sign(
    pdf: bytes,
    key: SignerKey,
    *,
    reason: str = "",
    location: str = "",
    timestamp_url: str = "",
) -> Signed:
    """``pdf`` signed with ``key`` (PAdES; B-T when ``timestamp_url`` answers, B-B
    otherwise). ValidationError (Polish) for a wrong password or PIN, a missing card or key,
    or a file that is not a PDF; nothing is returned half-signed."""
    _pyhanko()
    _read_pdf(pdf)
    session = None
    try:
        if isinstance(key, Pkcs12Key):
            signer = _pkcs12_signer(key)
        else:
            session = _card_session(key)
            signer = _card_signer(session, key)
        signed, problem = _sign_stamped(pdf, signer, reason, location, timestamp_url)
    finally:
        if session is not None:
            session.close()
    checks = verify(signed, just_made=True)
    if not checks or not checks[-1].valid:
        raise ValidationError("signature.self_check_failed", None)
    last = checks[-1]
    at = last.signed_at or _utc_naive(datetime.now(UTC))
    assert at is not None
    return Signed(signed, last.signer, at, last.timestamped, problem)


def _sign_stamped(
    pdf: bytes, signer: Any, reason: str, location: str, url: str
) -> tuple[bytes, str | None]:
    """Sign with a time stamp from ``url`` when it answers; without one (and the reason)
    when it does not."""
    if not url:
        return _sign_with(pdf, signer, reason, location, None), None
    from pyhanko.sign.timestamps import HTTPTimeStamper

    try:
        stamper = HTTPTimeStamper(url, timeout=TIMESTAMP_TIMEOUT_S)
        return _sign_with(pdf, signer, reason, location, stamper), None
    except ValidationError:
        raise
    except Exception as error:  # any failure of the server: signed without its stamp
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        problem = f"serwer znacznika czasu {url} nie dał znacznika ({detail})"
        return _sign_with(pdf, signer, reason, location, None), problem


# --- Verifying -----------------------------------------------------------------------------
def _unreadable(field: str) -> SignatureCheck:
    """A signature whose container cannot be read: broken, by no one known."""
    unknown = "(nieczytelny podpis)"
    return SignatureCheck(field, unknown, unknown, None, False, False, False, False)


_TRUST: Any = None


def _trust() -> Any:
    """The roots a signature's certificate may lead to, made once a process: the public
    certification authorities' (Mozilla's list, as certifi carries it). Offline there is no
    fetching of the EU's trusted lists, so a qualified certificate's issuer may well not be
    among them."""
    global _TRUST
    if _TRUST is None:
        import certifi
        from asn1crypto import pem, x509
        from pyhanko_certvalidator.registry import SimpleTrustManager

        data = Path(certifi.where()).read_bytes()
        roots = [x509.Certificate.load(der) for _, _, der in pem.unarmor(data, multiple=True)]
        _TRUST = SimpleTrustManager.build(trust_roots=roots)
    return _TRUST


def verify(pdf: bytes, *, just_made: bool = False) -> list[SignatureCheck]:
    """Every signature of ``pdf`` read back, in the order they were made (empty when it has
    none). ValidationError (Polish) when it is not a PDF.

    ``just_made``: the PDF is one :func:`sign` has just written, read back to be sure the
    signature is the key's (a card whose certificate does not match its key signs in vain);
    the comparison of its revisions, which finds later changes, is left out: there are
    none yet."""
    _pyhanko()
    _read_pdf(pdf)
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    found = []
    try:
        embedded_signatures = reader.embedded_signatures
    except Exception:  # a signature field whose container cannot be parsed
        return [_unreadable(FIELD_PREFIX)]
    for embedded in embedded_signatures:
        # A signature just made needs no trust path: only that it is the key's.
        roots = {"trust_roots": []} if just_made else {"trust_manager": _trust()}
        context = ValidationContext(**roots, allow_fetching=False)
        try:
            status = validate_pdf_signature(embedded, context, skip_diff=just_made)
        except Exception:  # a damaged signature is an answer, not a fault
            found.append(_unreadable(embedded.field_name))
            continue
        timestamp = status.timestamp_validity
        when = timestamp.timestamp if timestamp is not None else status.signer_reported_dt
        found.append(
            SignatureCheck(
                field=embedded.field_name,
                signer=_common_name(status.signing_cert.subject),
                issuer=_common_name(status.signing_cert.issuer),
                signed_at=_utc_naive(when),
                timestamped=timestamp is not None and timestamp.intact,
                intact=bool(status.intact and status.valid),
                unchanged_since=status.coverage == SignatureCoverageLevel.ENTIRE_FILE
                or (
                    status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
                    and bool(status.docmdp_ok)
                    and status.modification_level is not None
                    and status.modification_level <= ModificationLevel.FORM_FILLING
                ),
                trusted=bool(status.trusted),
            )
        )
    return found
