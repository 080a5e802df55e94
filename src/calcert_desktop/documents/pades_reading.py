"""Reading the electronic signatures of a PDF back (documents/pades.py makes them).

:func:`verify` says for every signature who signed, when (the time stamp's time when there is
one), whether the document is unchanged since (only further signatures added after it) and
whether the signer's certificate leads to a trusted root (offline, against the public roots
certifi carries; a qualified certificate's issuer is often not among them, which is said, not
hidden). Plain bytes in, Polish sentences out (:meth:`SignatureCheck.summary`). pyHanko is
imported when a signature is read, not before: it costs about a second of import.
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

FIELD_PREFIX = "Podpis"  # the signature fields are Podpis1, Podpis2, …


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




def quiet() -> None:
    """pyHanko logs an untrusted certificate as an error with its traceback: here that is an
    answer (:attr:`SignatureCheck.trusted`), not a fault to print."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def pyhanko_signers() -> Any:
    """Import pyHanko's signing parts once (without the deprecation warning its import of
    DSA raises in cryptography)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pyhanko.sign import signers

    quiet()
    return signers


def common_name(name: Any) -> str:
    """The common name of an asn1crypto ``Name``, else the whole name as a person reads it."""
    native = name.native
    common = native.get("common_name") if isinstance(native, dict) else None
    if isinstance(common, list):
        common = common[0] if common else None
    return str(common) if common else str(name.human_friendly)


def utc_naive(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None)




def read_pdf(pdf: bytes) -> None:
    """ValidationError (Polish) when ``pdf`` is not a PDF pyHanko can read."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        PdfFileReader(io.BytesIO(pdf), strict=False).root  # noqa: B018 (reads the catalogue)
    except (PdfError, ValueError, KeyError, IndexError, TypeError):
        raise ValidationError("signature.not_pdf", "file") from None




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
    pyhanko_signers()
    read_pdf(pdf)
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
                signer=common_name(status.signing_cert.subject),
                issuer=common_name(status.signing_cert.issuer),
                signed_at=utc_naive(when),
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
