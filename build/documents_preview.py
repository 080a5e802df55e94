"""Every kind of document as PDF and PNG, to look at before a release.

    python build/documents_preview.py OUT_DIR [--cases N]

On a fresh demo database in a temporary folder: for each kind, the first demo case the
document applies to (``KIND-demo.pdf/.png``), and the kind's extreme example if it has one
(``KIND-extreme``). PNGs need ``pdftoppm`` (Debian/Ubuntu: ``apt-get install poppler-utils``;
Windows: poppler's binaries on PATH); without it only the PDFs are written.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path


def to_png(pdf: Path) -> None:
    """Render every page of ``pdf`` beside it at 60 dpi."""
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(pdf.with_suffix(""))],
                       check=True)  # fmt: skip


def main() -> int:
    """Write the previews."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--cases", type=int, default=150)
    args = parser.parse_args()

    from calcert_desktop.demo import loader
    from calcert_desktop.domain.errors import DomainError
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.context import open_context, resolve_actor
    from calcert_desktop.services.documents import generate
    from calcert_desktop.services.views import queries
    from calcert_desktop.services.views.queries import CaseFilter

    args.out.mkdir(parents=True, exist_ok=True)
    ctx = open_context(DataPaths(Path(tempfile.mkdtemp(prefix="calcert-docs-"))), create=True)
    try:
        loader.fill(ctx, cases=args.cases, seed=2026)
        actor = resolve_actor(ctx, "biuro")
        references = [row["reference"] for row in queries.list_cases(ctx, actor, CaseFilter())]
        for code, kind in sorted(generate.kinds().items()):
            for reference in references:
                try:
                    pdf = generate.render(ctx, actor, code, reference)
                except DomainError:
                    continue  # this case has nothing for this kind of document
                target = args.out / f"{code}-demo.pdf"
                target.write_bytes(pdf)
                to_png(target)
                print(f"{target}  ({reference})")
                break
            else:
                print(f"{code}: no demo case has this document")
            if kind.extreme is not None:
                target = args.out / f"{code}-extreme.pdf"
                target.write_bytes(kind.extreme())
                to_png(target)
                print(target)
    finally:
        ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
