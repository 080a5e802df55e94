"""Electronic signatures of our PDFs (PAdES), with pyHanko.

A person signs a generated document with their own certificate: from a PKCS#12 file
(``.p12``/``.pfx``) or from a smart card through its PKCS#11 library (Polish qualified
signature cards work this way). Offline the signature is PAdES-B-B; with a time-stamping
server (RFC 3161) that answers, PAdES-B-T. A server that does not answer does not stop the
signing: the document is signed without the time stamp and :attr:`Signed.timestamp_problem`
says why.

:func:`verify` (documents/pades_reading.py) reads every signature of a PDF back: who signed,
when, whether the document is unchanged since, and whether the signer's certificate leads to
a trusted root; documents/pades_cards.py finds a card's key. This module is the one the rest
of the program imports: both are re-exported here.

Plain bytes in and out: nothing here reads the database (services/documents/signing.py
stores what this makes). pyHanko is imported when a signature is made or read, not before:
it costs about a second of import.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from calcert_desktop.documents.pades_cards import CardKey, card_session, card_signer
from calcert_desktop.documents.pades_reading import (
    FIELD_PREFIX,
    SignatureCheck,
    local_time,
    pyhanko_signers,
    read_pdf,
    signed_line,
    utc_naive,
    verify,
)
from calcert_desktop.domain.errors import ValidationError

__all__ = [
    "CardKey", "Pkcs12Key", "SignatureCheck", "Signed", "SignerKey", "local_time", "sign",
    "signed_line", "verify",
]  # fmt: skip

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


SignerKey = Pkcs12Key | CardKey


@dataclass(frozen=True)
class Signed:
    """A signed PDF and what its signature says."""

    pdf: bytes
    signer: str  # the certificate's subject, as a person reads it (its common name)
    signed_at: datetime  # UTC, naive, as the database keeps times
    timestamped: bool
    timestamp_problem: str | None = None  # why a configured server gave no time stamp


# --- Keys ----------------------------------------------------------------------------------
def _pkcs12_signer(key: Pkcs12Key) -> Any:
    signers = pyhanko_signers()
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

    signers = pyhanko_signers()
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
    pyhanko_signers()
    read_pdf(pdf)
    session = None
    try:
        if isinstance(key, Pkcs12Key):
            signer = _pkcs12_signer(key)
        else:
            session = card_session(key)
            signer = card_signer(session, key)
        signed, problem = _sign_stamped(pdf, signer, reason, location, timestamp_url)
    finally:
        if session is not None:
            session.close()
    checks = verify(signed, just_made=True)
    if not checks or not checks[-1].valid:
        raise ValidationError("signature.self_check_failed", None)
    last = checks[-1]
    at = last.signed_at or utc_naive(datetime.now(UTC))
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
