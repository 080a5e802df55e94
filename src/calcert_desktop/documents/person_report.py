"""The printed form of a person's data export (RODO's right of access): what the office holds
about one person, section by section, as tables (services/privacy/export.py collects it)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from calcert_desktop.documents.base import DocumentInfo, build_pdf, styles
from calcert_desktop.documents.text import escape

SECTIONS: tuple[tuple[str, str], ...] = (
    ("account", "Konto w programie"),
    ("appointments", "Powołania przez Zarząd"),
    ("assignments", "Przydziały do spraw"),
    ("assessments", "Oceny standardów"),
    ("votes", "Głosy w decyzjach Komisji"),
    ("site_visits", "Wizytacje"),
    ("cases", "Sprawy, w których zgłoszeniu występuje osoba"),
    ("acts", "Czynności zapisane w dzienniku zmian"),
    ("views_by_them", "Wglądy tej osoby w dane osobowe"),
    ("views", "Kto i kiedy oglądał te dane"),
)
COLUMNS: dict[str, str] = {
    "login": "Login", "full_name": "Imię i nazwisko", "active": "Aktywne", "roles": "Role",
    "password_set_on": "Hasło ustawione", "function": "Funkcja", "from": "Od",
    "until": "Do", "case": "Sprawa", "since": "Od dnia", "rapporteur": "Sprawozdawca",
    "standard": "Standard", "rating": "Ocena", "on": "Dnia", "comment": "Uzasadnienie",
    "vote": "Głos", "planned_for": "Planowana", "visited_on": "Odbyta", "status": "Stan",
    "at": "Kiedy", "action": "Czynność", "record": "Rekord", "what": "Jak",
    "institution": "Instytucja", "state": "Stan sprawy", "received_on": "Wpłynęła",
    "as": "Dane osoby",
}  # fmt: skip
# Column widths by weight: free text gets the room, a case number and a date enough to stay
# on one line; the rest share equally.
WIDE: dict[str, float] = {"comment": 2.5, "as": 3.0, "institution": 2.0, "action": 2.0,
                          "full_name": 1.5, "what": 1.5, "case": 1.8, "state": 1.6, "on": 1.3,
                          "since": 1.3, "received_on": 1.3, "planned_for": 1.3,
                          "visited_on": 1.3, "at": 1.5}  # fmt: skip
SUBJECT = {"login": "login", "email": "e-mail", "name": "imię i nazwisko"}


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if value is True:
        return "tak"
    if value is False:
        return "nie"
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {_text(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value)
    return str(value)


def _table(rows: Sequence[Mapping[str, Any]], style: Any, width: float) -> Any:
    from reportlab.platypus import Paragraph, Table, TableStyle

    keys = list(rows[0])
    cell = style["cell"]
    head = [Paragraph(f"<b>{escape(COLUMNS.get(k, k))}</b>", cell) for k in keys]
    body = [[Paragraph(escape(_text(row.get(k))), cell) for k in keys] for row in rows]
    weights = [WIDE.get(k, 1.0) for k in keys]  # free text gets the room
    widths = [width * w / sum(weights) for w in weights]
    table = Table([head, *body], colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, (0.6, 0.6, 0.6)),
        ("BACKGROUND", (0, 0), (-1, 0), (0.92, 0.92, 0.92)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    return table


def render(data: Mapping[str, Any]) -> bytes:
    """The export as an A4 PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    style = styles()
    width = A4[0] - 40 * mm
    subject = "; ".join(f"{SUBJECT.get(k, k)}: {v}" for k, v in data["subject"].items())
    story: list[Any] = [
        Paragraph("Wykaz danych osobowych", style["title"]),
        Paragraph(escape(f"Osoba: {subject}"), style["body"]),
        Paragraph(escape(f"Sporządzono {data['made_at']} na koncie "
                         f"{data['made_by']}."), style["small"]),
    ]
    for key, title in SECTIONS:
        if key not in data:
            continue
        value = data[key]
        rows = [value] if isinstance(value, Mapping) else list(value)
        story += [Spacer(0, 3 * mm), Paragraph(escape(title), style["heading"])]
        if rows:
            story.append(_table(rows, style, width))
        else:
            story.append(Paragraph("Brak.", style["body"]))
    info = DocumentInfo("Wykaz danych osobowych", "CALcert Desktop: dane osoby (RODO)")
    return build_pdf(story, info)
