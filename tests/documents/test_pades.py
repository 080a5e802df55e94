"""Electronic signatures (PAdES) of our PDFs: signed with a throwaway PKCS#12 certificate and
with a SoftHSM token standing in for a smart card, read back with pyHanko, and a changed
byte seen (documents/pades.py; issue 21, point 5)."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from calcert_desktop.documents import pades
from calcert_desktop.domain.errors import ValidationError
from pades_keys import P12_PASSWORD, PIN, SoftCard, certificate, p12_file


def a_pdf(text: str = "Decyzja o przyznaniu certyfikatu") -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pageCompression=0)  # the text readable in the file's bytes
    page.drawString(72, 720, text)
    page.save()
    return out.getvalue()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def test_a_pkcs12_signature_verifies_and_one_changed_byte_breaks_it(tmp_path: Path) -> None:
    key = pades.Pkcs12Key(p12_file(tmp_path, "Anna Żółkiewska"), P12_PASSWORD)
    before = _now() - timedelta(seconds=2)
    signed = pades.sign(a_pdf(), key, reason="Decyzja Zarządu", location="Warszawa")

    assert signed.signer == "Anna Żółkiewska"
    assert not signed.timestamped and signed.timestamp_problem is None
    assert before <= signed.signed_at <= _now() + timedelta(seconds=2)
    [check] = pades.verify(signed.pdf)
    assert check.valid and check.intact and check.unchanged_since
    assert check.signer == "Anna Żółkiewska" and check.issuer == "Anna Żółkiewska"
    assert not check.trusted  # a self-made certificate: no root of this computer leads to it
    assert check.summary().startswith("Podpis poprawny: Anna Żółkiewska, ")

    # pyHanko's own reading of the same bytes agrees
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    [embedded] = PdfFileReader(io.BytesIO(signed.pdf)).embedded_signatures
    status = validate_pdf_signature(embedded, ValidationContext(trust_roots=[]))
    assert status.intact and status.valid
    assert embedded.sig_object["/Reason"] == "Decyzja Zarządu"
    assert embedded.sig_object["/Location"] == "Warszawa"

    changed = bytearray(signed.pdf)
    at = signed.pdf.index(b"Decyzja o przyznaniu")
    changed[at] = ord("d")  # one byte of the page's text
    [broken] = pades.verify(bytes(changed))
    assert not broken.intact and not broken.valid
    assert broken.summary().startswith("Podpis nieważny")


def test_a_second_signature_keeps_the_first_valid_and_a_later_change_is_seen(
    tmp_path: Path,
) -> None:
    first = pades.sign(a_pdf(), pades.Pkcs12Key(p12_file(tmp_path, "Anna Nowak"), P12_PASSWORD))
    second = pades.sign(
        first.pdf, pades.Pkcs12Key(p12_file(tmp_path, "Jerzy Będkowski"), P12_PASSWORD)
    )
    checks = pades.verify(second.pdf)
    assert [c.signer for c in checks] == ["Anna Nowak", "Jerzy Będkowski"]
    assert [c.field for c in checks] == ["Podpis1", "Podpis2"]
    assert all(c.valid for c in checks)

    # A page added after the signature: the signature is intact, the document is not the
    # one signed.
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(first.pdf))
    text = generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 700 Td (Dopisane) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(text))
    out = io.BytesIO()
    writer.write(out)
    [later] = pades.verify(out.getvalue())
    assert later.intact and not later.unchanged_since and not later.valid
    assert later.summary().startswith("Dokument zmieniono po podpisaniu")


def test_bad_keys_and_files_are_refused_in_polish(tmp_path: Path) -> None:
    path = p12_file(tmp_path)
    with pytest.raises(ValidationError) as wrong:
        pades.sign(a_pdf(), pades.Pkcs12Key(path, "złe hasło"))
    assert wrong.value.code == "signature.p12_rejected" and "hasło" in wrong.value.message
    with pytest.raises(ValidationError) as missing:
        pades.sign(a_pdf(), pades.Pkcs12Key(tmp_path / "brak.p12", "x"))
    assert missing.value.code == "signature.p12_unreadable"
    with pytest.raises(ValidationError) as not_pdf:
        pades.sign(b"To nie jest PDF", pades.Pkcs12Key(path, P12_PASSWORD))
    assert not_pdf.value.code == "signature.not_pdf"
    with pytest.raises(ValidationError):
        pades.verify(b"%PDF-1.4 obci\xc4\x99ty")
    assert pades.verify(a_pdf()) == []

    # A signature whose container is zeroed: read as broken, by no one known, not a crash.
    import re

    signed = pades.sign(a_pdf(), pades.Pkcs12Key(path, P12_PASSWORD)).pdf
    zeroed = re.sub(
        rb"/Contents <([0-9a-fA-F]+)>", lambda m: b"/Contents <" + b"0" * len(m[1]) + b">", signed
    )
    assert zeroed != signed
    [broken] = pades.verify(zeroed)
    assert not broken.valid and broken.signer == "(nieczytelny podpis)"


def test_an_unreachable_time_stamping_server_leaves_the_signature_without_a_stamp(
    tmp_path: Path,
) -> None:
    signed = pades.sign(
        a_pdf(), pades.Pkcs12Key(p12_file(tmp_path), P12_PASSWORD),
        timestamp_url="http://127.0.0.1:9/tsa",
    )  # fmt: skip
    assert not signed.timestamped and signed.timestamp_problem
    [check] = pades.verify(signed.pdf)
    assert check.valid and not check.timestamped


@pytest.fixture
def time_stamping_server(tmp_path: Path) -> Iterator[str]:
    """An RFC 3161 server on loopback: pyHanko's DummyTimeStamper behind HTTP."""
    import asyncio

    from asn1crypto import keys, tsp
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from pyhanko.sign.timestamps import DummyTimeStamper

    root_key, root = certificate(
        "Testowe CA znaczników czasu", rsa.generate_private_key(65537, 2048)
    )
    tsa_key, tsa = certificate(
        "Testowy serwer znacznika czasu", rsa.generate_private_key(65537, 2048),
        issuer=(root_key, root), timestamping=True,
    )  # fmt: skip  (pyHanko's test server signs with RSA only)
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(tsa.public_bytes(serialization.Encoding.DER)),
        tsa_key=keys.PrivateKeyInfo.load(tsa_key.private_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )),
        certs_to_embed=[asn1_x509.Certificate.load(root.public_bytes(serialization.Encoding.DER))],
    )  # fmt: skip

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            answer = asyncio.run(stamper.async_request_tsa_response(request)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/tsa"
    server.shutdown()
    server.server_close()


def test_a_time_stamping_server_that_answers_stamps_the_signature(
    tmp_path: Path, time_stamping_server: str
) -> None:
    signed = pades.sign(
        a_pdf(), pades.Pkcs12Key(p12_file(tmp_path), P12_PASSWORD),
        timestamp_url=time_stamping_server,
    )  # fmt: skip
    assert signed.timestamped and signed.timestamp_problem is None
    [check] = pades.verify(signed.pdf)
    assert check.valid and check.timestamped
    assert "czas ze znacznika czasu" in check.summary()


def test_a_smart_card_through_pkcs11_signs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cards = SoftCard(tmp_path / "hsm", monkeypatch)
    cards.card("Karta Jana", "Jan Kowalski")
    signed = pades.sign(a_pdf(), pades.CardKey(cards.library, PIN))
    assert signed.signer == "Jan Kowalski"
    [check] = pades.verify(signed.pdf)
    assert check.valid and check.signer == "Jan Kowalski"

    with pytest.raises(ValidationError) as wrong_pin:
        pades.sign(a_pdf(), pades.CardKey(cards.library, "0000"))
    assert wrong_pin.value.code == "signature.pin_wrong"

    cards.card("Karta Ewy", "Ewa Lis")
    with pytest.raises(ValidationError) as two:
        pades.sign(a_pdf(), pades.CardKey(cards.library, PIN))
    assert two.value.code == "signature.card_choose"
    assert "Karta Ewy" in two.value.message and "Karta Jana" in two.value.message
    by_label = pades.sign(a_pdf(), pades.CardKey(cards.library, PIN, token="Karta Ewy"))
    assert by_label.signer == "Ewa Lis"
    with pytest.raises(ValidationError) as unknown:
        pades.sign(a_pdf(), pades.CardKey(cards.library, PIN, token="Karta Piotra"))
    assert unknown.value.code == "signature.card_not_found"

    with pytest.raises(ValidationError) as no_library:
        pades.sign(a_pdf(), pades.CardKey(str(tmp_path / "brak.so"), PIN))
    assert no_library.value.code == "signature.card_library"
