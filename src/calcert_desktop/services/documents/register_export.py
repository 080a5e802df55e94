"""The register of certified institutions: every certificate ever issued, with its status
on the day of the export, as PDF or CSV (``calcert register -o FILE``).

The register is not a document of one case, so it is not a kind in ``services.documents``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from calcert_desktop.documents.register import RegisterEntry, register_csv, register_pdf
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.services.access import ANYONE
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.services.documents import exports
from calcert_desktop.services.office import details as office_details
from calcert_desktop.storage.models import Case, Certificate

FORMATS = (".pdf", ".csv")


def register_rows(ctx: AppContext) -> list[RegisterEntry]:
    """Every certificate with its institution, in Polish order of the institution's name
    (the stored sort key), then by certificate number."""
    query = (
        select(
            Certificate.number,
            Case.institution_name,
            Case.town,
            Case.voivodeship,
            Certificate.issued_on,
            Certificate.valid_until,
            Certificate.status,
            Case.name_sort,
            Case.reference,
        )
        .join(Case, Case.id == Certificate.case_id)
        .order_by(Case.name_sort, Certificate.issued_on, Certificate.number)
    )
    with reading(ctx) as session:
        return [RegisterEntry(*row) for row in session.execute(query)]


def export(
    ctx: AppContext,
    actor: Actor,
    path: Path | str,
    entries: Sequence[RegisterEntry] | None = None,
) -> int:
    """Write the register to ``path``, PDF or CSV by its suffix; returns the number of
    entries. ``entries`` (the rows a filtered view shows) replaces the whole register.
    Any other suffix is refused before anything is read or written. The register is
    public: anyone with a role in the process writes it."""
    actor.require(*ANYONE)
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("register.bad_suffix", "file", value=target.name)
    rows = register_rows(ctx) if entries is None else list(entries)
    today = ctx.today()
    if suffix == ".pdf":
        with reading(ctx) as session:
            content = register_pdf(rows, today, office_details(session))
    else:
        content = register_csv(rows, today)
    exports.write_file(target, content)  # never a half-written register over an old one
    return len(rows)
