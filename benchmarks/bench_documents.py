"""Benchmark: one certificate (the certificate page and its annex) as a PDF.

The floor, in the same run: reportlab's canvas drawing the same strings in the same fonts
(DejaVu Sans and its bold face, embedded and subset the same way) on the same two A4
pages, with no layout: no paragraphs, no wrapping, no fitting, no border or mark, the
description cut into lines by character count. Both start from plain data in memory (the
example declaration), so neither touches the database; each is timed after one warm-up
run (imports, font registration), median of N runs, the two alternating.

Usage: python benchmarks/bench_documents.py [--repeat 30]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from calcert_desktop.documents import certificate, fonts
from calcert_desktop.documents.certificate import TITLE, Address, CertificateData, Signatory
from calcert_desktop.documents.polish_dates import long_date
from calcert_desktop.domain.forms import load_form

EXAMPLE = Path(__file__).resolve().parents[1] / "forms" / "examples" / "declaration-example.json"


def example_certificate() -> CertificateData:
    """The certificate of the example declaration, as the service would hand it over."""
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
    )


def floor(data: CertificateData) -> bytes:
    """The same strings drawn at fixed places on a bare canvas, in the same font."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    family = fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4))
    first = [
        TITLE, f"nr {data.number}", "przyznany instytucji", data.institution,
        data.address.one_line(), "za pracę metodą organizowania społeczności lokalnej",
        f"Wydany {long_date(data.issued_on)}, ważny do {long_date(data.valid_until)}",
        *(part for s in data.signatories for part in (s.name, s.role) if part), "CAL",
    ]  # fmt: skip
    bold = {TITLE, f"nr {data.number}", data.institution, "CAL"}
    y = 540.0
    for line in first:
        canvas.setFont(fonts.BOLD if line in bold else family, 12)
        canvas.drawString(60, y, line)
        y -= 20
    canvas.showPage()
    canvas.setPageSize(A4)
    description = data.model_of_work
    annex = [
        f"Załącznik do certyfikatu nr {data.number}: model pracy instytucji",
        f"Załącznik do certyfikatu nr {data.number}", data.institution,
        data.address.one_line(), data.case_reference, "Dziedziny działalności",
        *data.fields_of_activity, "Opis modelu pracy",
        *(description[i:i + 90] for i in range(0, len(description), 90)), "strona 2",
    ]  # fmt: skip
    bold = {annex[1], "Dziedziny działalności", "Opis modelu pracy"}
    y = 800.0
    for line in annex:
        canvas.setFont(fonts.BOLD if line in bold else family, 10)
        canvas.drawString(50, y, line)
        y -= 14
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
    floor_size, ours_size = len(floor(data)), len(certificate.render(data))
    floor_s, ours_s = interleaved([lambda: floor(data), lambda: certificate.render(data)],
                                  args.repeat)  # fmt: skip
    ratio = ours_s / floor_s
    print("| what | ours | floor | ratio |\n| --- | --- | --- | --- |")
    print(f"| one certificate (2 pages) | {ours_s * 1000:.1f} ms | {floor_s * 1000:.1f} ms "
          f"| x{ratio:.2f} |")  # fmt: skip
    print(f"PDF size: ours {ours_size // 1024} KB, floor {floor_size // 1024} KB; "
          f"median of {args.repeat}")  # fmt: skip
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    result = {"certificate_s": ours_s, "floor_s": floor_s, "ratio": ratio, "repeat": args.repeat}
    (out / "documents.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
