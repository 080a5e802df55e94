"""Benchmark: one sealed certificate (the certificate page with its QR code and short code,
and its annex) and one refusal letter as PDFs.

The floor, in the same run: reportlab's canvas drawing the same strings in the same fonts
(DejaVu Sans and its bold face, embedded and subset the same way) on the same two A4
pages, with no layout: no paragraphs, no wrapping, no fitting, no border or mark, the
description cut into lines by character count; the seal's QR code drawn from the same
stored matrix, one rectangle per dark module, and its short code. The refusal letter's
floor likewise draws the letter's strings (sender, date, addressee, title, headings, the
reasons and the instruction cut into lines by character count, the signature, "strona N z
M") on as many pages as the letter takes, with no paragraphs or tables. All start from
plain data in memory (the example declaration), so none touches the database; each is
timed after one warm-up run (imports, font registration), median of N runs, the four
alternating call by call.

Usage: python benchmarks/bench_documents.py [--repeat 30]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from canvas_floor import draw_certificate

from calcert_desktop.documents import certificate, fonts, refusal_letter
from calcert_desktop.documents.certificate import (
    TITLE,
    Address,
    CertificateData,
    SealPrint,
    encode_qr,
    pack_qr,
    unpack_qr,
)
from calcert_desktop.documents.polish_dates import long_date
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.reasons import Remark, refusal_draft
from calcert_desktop.domain.signature_slots import Signature as Signatory
from calcert_desktop.services.documents.certificate import extreme_data

EXAMPLE = Path(__file__).resolve().parents[1] / "forms" / "examples" / "declaration-example.json"


def example_seal() -> SealPrint:
    """A seal at its longest with its QR matrix, as the database keeps it (made with the
    seal, so that printing never encodes the code)."""
    made = extreme_data().seal
    assert made is not None
    return SealPrint(made.payload, made.code, pack_qr(encode_qr(made.payload)))


def example_certificate(sealed: bool = True) -> CertificateData:
    """The certificate of the example declaration, as the service would hand it over:
    sealed, as every certificate the Board issues is."""
    declaration = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    institution = declaration["institution"]
    chosen = set(declaration["model_of_work"]["fields"])
    return CertificateData(
        number="CJ-001/2024",
        case_reference="CAL/2024/0001",
        institution=institution["name"],
        address=Address(**institution["address"]),
        issued_on=date(2024, 2, 29),
        valid_until=date(2029, 2, 28),
        signatories=(
            Signatory("Jerzy Będkowski", "członek Zarządu CAL"),
            Signatory("", "członek Zarządu CAL"),
        ),
        fields_of_activity=tuple(
            c.label for c in load_form().fields_of_activity if c.code in chosen
        ),
        model_of_work=declaration["model_of_work"]["description"],
        seal=example_seal() if sealed else None,
    )


def floor_page(data: CertificateData) -> dict[str, Any]:
    """What the canvas floor draws for ``data``: the same strings as plain lists (see
    ``canvas_floor.draw_certificate``), the description cut into lines by character count,
    the seal's QR matrix unpacked into rows of "0" and "1"."""
    first = [
        TITLE, f"nr {data.number}", "przyznany instytucji", data.institution,
        data.address.one_line(), "za pracę metodą organizowania społeczności lokalnej",
        f"Wydany {long_date(data.issued_on)}, ważny do {long_date(data.valid_until)}",
        *(part for s in data.signatories for part in (s.name, s.function) if part), "CAL",
    ]  # fmt: skip
    modules = (unpack_qr(data.seal.matrix) or ()) if data.seal is not None else ()
    description = data.model_of_work
    annex = [
        f"Załącznik do certyfikatu nr {data.number}: model pracy instytucji",
        f"Załącznik do certyfikatu nr {data.number}", data.institution,
        data.address.one_line(), data.case_reference, "Dziedziny działalności",
        *data.fields_of_activity, "Opis modelu pracy",
        *(description[i:i + 90] for i in range(0, len(description), 90)), "strona 2",
    ]  # fmt: skip
    return {
        "first": first,
        "first_bold": [TITLE, f"nr {data.number}", data.institution, "CAL"],
        "code": data.seal.code if data.seal is not None else None,
        "modules": ["".join("1" if dark else "0" for dark in row) for row in modules],
        "annex": annex,
        "annex_bold": [annex[1], "Dziedziny działalności", "Opis modelu pracy"],
    }


def floor(data: CertificateData) -> bytes:
    """The same strings drawn at fixed places on a bare canvas, in the same font."""
    return draw_certificate(**floor_page(data))


def example_refusal() -> refusal_letter.RefusalData:
    """A refusal of the example institution: three standards not met, two partly, with the
    members' and the expert's comments, as the service would hand it over."""
    declaration = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    institution = declaration["institution"]
    address = institution["address"]
    comment = (
        "Instytucja nie przedstawiła dokumentów potwierdzających ten standard; rozmowy "
        "z zespołem i mieszkańcami wskazują, że działania mają charakter doraźny."
    )
    remarks = [Remark(code, "not", comment) for code in ("S4", "S5", "S9")]
    remarks += [Remark(code, "partly", comment, from_visit=True) for code in ("S6", "S8")]
    return refusal_letter.RefusalData(
        reference="CAL/2024/0001",
        institution=institution["name"],
        address_lines=(address["street"], f"{address['postal_code']} {address['town']}"),
        decided_on=date(2024, 2, 20),
        reasons=refusal_draft(load_form("1").standards, remarks),
        appeal_days=14,
        delivered_on=date(2024, 2, 23),
        signatures=(Signatory("Barbara Łukaszewicz", "Przewodnicząca Komisji Certyfikacyjnej"),),
    )


def refusal_floor(data: refusal_letter.RefusalData, page_count: int) -> bytes:
    """The refusal letter's strings drawn line by line on a bare canvas, in the same fonts,
    spread over ``page_count`` pages (as many as the letter takes)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    family = fonts.register()
    composed = refusal_letter.compose(data)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    lines: list[tuple[str, str]] = [
        (fonts.BOLD, composed.office.name), (family, composed.sender),
        *((family, line) for line in (*composed.office.address_lines,
                                      *composed.office.contact_lines())),
        (family, f"{composed.office.place}, {long_date(composed.dated)}"),
        (fonts.BOLD, composed.addressee.name),
        *((family, line) for line in composed.addressee.address_lines),
        (family, f"Dotyczy: sprawa {composed.reference}"), (fonts.BOLD, composed.title),
    ]  # fmt: skip
    for section in composed.sections:
        lines.append((fonts.BOLD, section.heading))
        for paragraph in section.body.splitlines():
            lines += [(family, paragraph[i:i + 90]) for i in range(0, len(paragraph), 90)]
    lines += [(family, composed.signed_for), (family, "." * 60)]
    lines += [(family, part) for s in composed.signatures for part in (s.name, s.function) if part]
    per_page = -(-len(lines) // page_count)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    for number, page in enumerate(pages, start=1):
        y = 790.0
        for font, text in page:
            canvas.setFont(font, 10.5)
            canvas.drawString(57, y, text)
            y -= 14.5
        canvas.setFont(family, 8.5)
        canvas.drawString(57, 34, f"{composed.office.name} · {composed.reference}")
        canvas.drawRightString(538, 34, f"strona {number} z {len(pages)}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def interleaved(functions: list[Callable[[], bytes]], repeat: int) -> list[float]:
    """Median seconds of ``repeat`` calls of each function (after a warm-up call each),
    the calls alternating so that the machine's other load weighs on all of them alike."""
    for function in functions:
        function()
    times: list[list[float]] = [[] for _ in functions]
    for _ in range(repeat):
        for index, function in enumerate(functions):
            start = time.perf_counter()
            function()
            times[index].append(time.perf_counter() - start)
    return [statistics.median(column) for column in times]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    data = example_certificate()
    refusal = example_refusal()
    refusal_pages = len(re.findall(rb"/Type /Page\b", refusal_letter.render(refusal)))
    floor_size, ours_size = len(floor(data)), len(certificate.render(data))
    floor_s, ours_s, refusal_floor_s, refusal_s = interleaved(
        [lambda: floor(data), lambda: certificate.render(data),
         lambda: refusal_floor(refusal, refusal_pages), lambda: refusal_letter.render(refusal)],
        args.repeat,
    )  # fmt: skip
    ratio = ours_s / floor_s
    refusal_ratio = refusal_s / refusal_floor_s
    floor_pages = len(re.findall(rb"/Type /Page\b", refusal_floor(refusal, refusal_pages)))
    print("| what | ours | floor | ratio |\n| --- | --- | --- | --- |")
    print(f"| one certificate (2 pages) | {ours_s * 1000:.1f} ms | {floor_s * 1000:.1f} ms "
          f"| x{ratio:.2f} |")  # fmt: skip
    print(f"| one refusal letter ({refusal_pages} pages, floor {floor_pages}) "
          f"| {refusal_s * 1000:.1f} ms | {refusal_floor_s * 1000:.1f} ms "
          f"| x{refusal_ratio:.2f} |")  # fmt: skip
    print(f"certificate PDF size: ours {ours_size // 1024} KB, floor {floor_size // 1024} KB; "
          f"median of {args.repeat}")  # fmt: skip
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    result = {"certificate_s": ours_s, "floor_s": floor_s, "ratio": ratio,
              "refusal_s": refusal_s, "refusal_floor_s": refusal_floor_s,
              "refusal_ratio": refusal_ratio, "repeat": args.repeat}  # fmt: skip
    (out / "documents.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
