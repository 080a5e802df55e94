"""Benchmark: signing one certificate electronically (PAdES) against rendering it, and
against pyHanko's bare signing of the same bytes with the same key.

- ``render``: the certificate of the example declaration (documents/certificate.py, in
  memory, as bench_documents.py renders it): the acceptance compares signing with this.
- ``ours``: :func:`calcert_desktop.documents.pades.sign` on that PDF with a PKCS#12 file:
  reading and decrypting the file, signing (room for the signature reserved, no trial
  signing), and reading the signature back before returning (a signature that does not
  verify is never stored).
- ``floor``: the cheapest honest way to sign the same bytes: pyHanko's ``sign_pdf`` with
  the key already loaded in memory, pyHanko measuring the room itself (its default), nothing
  read back. It is what any program signing with pyHanko pays at least.

The key is P-256 (ECDSA), as the test certificates; a card's RSA key signs on the card, which
no benchmark here can stand for. Median of N, the three alternating call by call after one
warm-up each.

Usage: PYTHONPATH=src:benchmarks python benchmarks/bench_signing.py [--repeat 30]
"""

from __future__ import annotations

import argparse
import io
import json
import tempfile
from pathlib import Path

from bench_documents import example_certificate, interleaved

from calcert_desktop.documents import certificate, pades
from calcert_desktop.documents.throwaway_key import throwaway_p12

PASSWORD = "hasło do certyfikatu"


def p12_file(folder: Path) -> Path:
    """A throwaway PKCS#12 file (P-256 key, self-signed)."""
    path = folder / "ewa.p12"
    path.write_bytes(throwaway_p12("Ewa Zalewska", PASSWORD, days=365))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    data = example_certificate()
    pdf = certificate.render(data)
    with tempfile.TemporaryDirectory() as folder:
        path = p12_file(Path(folder))
        key = pades.Pkcs12Key(path, PASSWORD)
        loaded = signers.SimpleSigner.load_pkcs12_data(
            path.read_bytes(), other_certs=[], passphrase=PASSWORD.encode()
        )
        meta = signers.PdfSignatureMetadata(
            field_name="Podpis1", subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256"
        )

        def bare() -> bytes:
            out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), meta, loaded)
            return out.getvalue()

        render_s, ours_s, floor_s = interleaved(
            [lambda: certificate.render(data), lambda: pades.sign(pdf, key).pdf, bare],
            args.repeat,
        )
    print("| what | time | ratio |\n| --- | --- | --- |")
    print(f"| rendering the certificate (2 pages) | {render_s * 1000:.1f} ms | |")
    print(f"| signing it (ours: key file read, signed, read back) | {ours_s * 1000:.1f} ms "
          f"| x{ours_s / render_s:.2f} of rendering |")  # fmt: skip
    print(f"| floor: pyHanko's sign_pdf, key in memory | {floor_s * 1000:.1f} ms "
          f"| ours x{ours_s / floor_s:.2f} |")  # fmt: skip
    print(f"median of {args.repeat}")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    result = {"render_s": render_s, "sign_s": ours_s, "floor_s": floor_s,
              "sign_vs_render": ours_s / render_s, "ours_vs_floor": ours_s / floor_s,
              "repeat": args.repeat}  # fmt: skip
    (out / "signing.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
