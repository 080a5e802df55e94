"""The seal on the certificate: the short code in the text, and a QR code that is exactly the
stored payload. No QR decoder is installed, so the printed code is checked in two ways: the
flowable is built from the payload's matrix, and the page rendered with pdfium
shows, module for module, the matrix reportlab's encoder makes of that payload."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from pypdf import PdfReader
from reportlab.graphics.barcode import qrencoder

import engines
from calcert_desktop.documents.certificate import qr_flowable, render
from calcert_desktop.services.documents.certificate import extreme_data
from case_scenarios import granted_case
from documents.test_foundation import fonts_of

DPI = 300


def printed_matrix(pdf: bytes, n: int) -> list[list[bool]]:
    """The black modules found in the seal's corner of the certificate page, sampled on an
    ``n`` by ``n`` grid."""
    scale = DPI / 72
    image = doc_page_image(pdf, scale)
    mm = 72 / 25.4 * scale
    width, height = image.size
    pixels = image.load()
    # The seal's corner: black there is the QR code only (the code's text is teal and grey).
    rows = range(int(height - 58 * mm), int(height - 15 * mm))
    columns = range(int(width - 60 * mm), int(width - 16 * mm))
    dark = [(x, y) for y in rows for x in columns if pixels[x, y] < 60]
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    x0, y0 = min(xs), min(ys)
    width, height = max(xs) - x0 + 1, max(ys) - y0 + 1
    assert abs(width - height) <= 2  # a square
    size = width / n
    return [[pixels[int(x0 + (col + 0.5) * size), int(y0 + (row + 0.5) * size)] < 128
             for col in range(n)] for row in range(n)]  # fmt: skip


def doc_page_image(pdf: bytes, scale: float):
    return pdfium.PdfDocument(pdf)[0].render(scale=scale).to_pil().convert("L")


def encoded(payload: str) -> list[list[bool]]:
    """The module matrix reportlab's encoder makes of ``payload`` at level M."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.make()
    return [[bool(cell) for cell in row] for row in qr.modules]


def test_the_qr_flowable_is_built_from_exactly_the_payload():
    payload = extreme_data().seal.payload
    flowable = qr_flowable(payload, 90)
    assert flowable.payload == payload
    assert [list(row) for row in flowable.modules] == encoded(payload)
    assert flowable.wrap(500, 500) == (90, 90)


def test_the_extreme_certificate_prints_its_payload_as_a_scannable_qr_code():
    data = extreme_data()
    pdf = render(data)
    expected = encoded(data.seal.payload)
    assert len(expected) <= 61  # version 11 at most: modules about half a millimetre
    assert printed_matrix(pdf, len(expected)) == expected
    first = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Kod weryfikacyjny: " + data.seal.code in " ".join(first.split())


def test_the_certificate_of_a_case_carries_its_stored_seal_on_every_copy(
    cli, declaration_file, tmp_path
):
    reference = granted_case(cli, declaration_file, tmp_path)
    cli.ok("settings", "signer", "certificate", "--slot", "1", "--name", "Jerzy Będkowski",
           "--function", "Prezes Zarządu", "--gender", "m", user="admin")  # fmt: skip
    copies = []
    for name in ("pierwszy.pdf", "drugi.pdf"):
        target = tmp_path / name
        cli.ok("pdf", "certificate", reference, "-o", str(target), user="biuro")
        copies.append(target.read_bytes())
    with engines.raw(cli.database) as db:
        payload, code = db.execute("SELECT payload, code FROM certificate_seals").fetchone()
    for pdf in copies:
        reader = PdfReader(io.BytesIO(pdf))
        first = reader.pages[0].extract_text()
        assert code in first and len(code) == 14
        # An outsider learns where to check it: the public register, the office, the code.
        flat_first = " ".join(first.split())
        assert "w jawnym rejestrze certyfikatów" in flat_first
        assert ("Certyfikat jest wpisany do jawnego rejestru certyfikatów Centrum Wspierania "
                "Aktywności Lokalnej CAL (www.cal.org.pl).") in flat_first  # fmt: skip
        assert f"kodu weryfikacyjnego {code}." in flat_first
        assert "CALcert" not in flat_first  # the program's name means nothing outside
        assert "Jerzy Będkowski" in first  # the signatures are still there beside the seal
        expected = encoded(payload)
        assert printed_matrix(pdf, len(expected)) == expected
        used = fonts_of(reader)
        assert all(name.split("+")[-1].startswith("DejaVuSans") for name in used), used


def test_the_qr_matrix_packs_and_unpacks_and_a_bad_one_is_refused():
    from calcert_desktop.documents.certificate import encode_qr, pack_qr, unpack_qr

    modules = encode_qr(extreme_data().seal.payload)
    packed = pack_qr(modules)
    assert packed.startswith(f"{len(modules)}:") and unpack_qr(packed) == modules
    size, digits = packed.split(":")
    for bad in ("", "abc", f"{size}:{digits[:-2]}", f"{size}:zz{digits[2:]}", f"20:{digits}",
                f"178:{digits}", f"{int(size) - 1}:{digits}"):  # fmt: skip
        assert unpack_qr(bad) is None, bad


def test_the_seal_stores_its_qr_matrix_and_printing_never_encodes_it(
    cli, granted, tmp_path, monkeypatch
):
    from calcert_desktop.documents import certificate
    from calcert_desktop.documents.certificate import encode_qr, unpack_qr

    first = tmp_path / "pierwszy.pdf"
    cli.ok("pdf", "certificate", granted, "-o", str(first), user="biuro")  # sealed now
    with engines.raw(cli.database) as db:
        payload, matrix = db.execute("SELECT payload, qr_matrix FROM certificate_seals").fetchone()
    assert unpack_qr(matrix) == encode_qr(payload)

    def refused(_payload: str) -> object:
        raise AssertionError("the QR code was encoded again")

    certificate.qr_modules.cache_clear()
    monkeypatch.setattr(certificate, "encode_qr", refused)
    again = tmp_path / "drugi.pdf"
    cli.ok("pdf", "certificate", granted, "-o", str(again), user="biuro")
    assert printed_matrix(again.read_bytes(), len(unpack_qr(matrix))) == [
        list(row) for row in unpack_qr(matrix)
    ]

    # A seal made before the matrix was stored: its code is encoded when printed.
    monkeypatch.undo()
    with engines.raw(cli.database) as db:
        db.execute("UPDATE certificate_seals SET qr_matrix = NULL")
    old = tmp_path / "stary.pdf"
    cli.ok("pdf", "certificate", granted, "-o", str(old), user="biuro")
    assert printed_matrix(old.read_bytes(), len(encoded(payload))) == encoded(payload)
