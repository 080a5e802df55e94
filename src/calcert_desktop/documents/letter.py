"""The layout every CAL letter shares: the letterhead at the top left (the office's name,
address and contact, then the Commission or the Board), place and date at the right, the
addressee institution with its address, "Dotyczy: sprawa CAL/…", the title, the sections
(rozstrzygnięcie, uzasadnienie, pouczenie...), the signature block (each signer's name and
function), and the office's name with "strona N z M" in the footer of every page.

The letters themselves (refusal, charges, revocation, appeal decision) are small modules that
fill a ``Letter`` from their plain data; nothing here reads the database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from calcert_desktop.documents import fonts
from calcert_desktop.documents.base import DocumentInfo, build_pdf, styles
from calcert_desktop.documents.footer import page_counting_canvas
from calcert_desktop.documents.polish_dates import long_date
from calcert_desktop.documents.text import markup, normalized
from calcert_desktop.documents.wording import LONG_LIMIT, Part, Wording
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.signature_slots import Signature

COMMISSION = "Komisja Certyfikacyjna"
BOARD = "Zarząd"

# The parts every Commission decision shares: the reasons' heading and the appeal
# instructions (pouczenie), with the last day once the delivery date is known.
DECISION_TEMPLATES: dict[str, str] = {
    "reasons_heading": "Uzasadnienie",
    "instructions_heading": "Pouczenie",
    "instructions": (
        "Od niniejszej decyzji przysługuje odwołanie do Zarządu {body_of} "
        "w terminie {appeal_days} {days_word} od dnia jej doręczenia.{deadline_sentence}\n\n"
        "Odwołanie wnosi się na piśmie, za pośrednictwem biura {body_of}, "
        "podając numer sprawy {reference} oraz wskazując, z którymi ustaleniami instytucja "
        "się nie zgadza i dlaczego. Po upływie terminu decyzja staje się ostateczna."
    ),
    "deadline": (
        "Decyzję doręczono {delivered_on}, zatem ostatnim dniem na wniesienie odwołania "
        "jest {appeal_deadline}"
    ),
    "signed_for": "W imieniu Komisji Certyfikacyjnej",
}

# What every placeholder of the letters' wording stands for, in the editor's words. A letter
# module's parts name the ones they may use (see ``documents/wording.py``).
PLACEHOLDERS: dict[str, str] = {
    "body": "pełna nazwa organizacji (z ustawień), np. Centrum Wspierania Aktywności Lokalnej CAL",
    "body_of": (
        "nazwa organizacji w dopełniaczu, po słowach „Zarządu”, „Komisja Certyfikacyjna”, "
        "„biura” (z ustawień)"
    ),
    "board": "Zarząd organizacji, np. Zarząd Centrum Wspierania Aktywności Lokalnej CAL",
    "institution": "nazwa instytucji",
    "reference": "numer sprawy (CAL/rok/numer)",
    "certificate": "numer certyfikatu (CJ-NNN/rok)",
    "decided_on": "data decyzji",
    "appeal_days": "liczba dni na wniesienie odwołania",
    "days_word": "słowo „dzień” albo „dni” po liczbie dni",
    "deadline_sentence": (
        "zdanie o ostatnim dniu na odwołanie (gdy znana jest data doręczenia; inaczej nic)"
    ),
    "delivered_on": "data doręczenia decyzji",
    "appeal_deadline": "ostatni dzień na wniesienie odwołania",
    "opened_on": "data wszczęcia postępowania",
    "charged_on": "data sformułowania zarzutów",
    "response_due": "termin odpowiedzi na zarzuty",
    "charged_clause": "wzmianka o dacie zarzutów (gdy je sformułowano; inaczej nic)",
    "against_on": "data zaskarżonej decyzji Komisji",
    "appeal_received_on": "data wniesienia odwołania",
    "against_what": "czego dotyczyła zaskarżona decyzja (odmowa albo odebranie certyfikatu)",
    "received_on": "data wpływu zgłoszenia",
    "requested_on": "data wezwania do uzupełnienia zgłoszenia",
    "due_on": "ostatni dzień na uzupełnienie zgłoszenia",
    "contact_person": "osoba do kontaktu w sprawie",
    "issued_on": "data wydania certyfikatu",
    "valid_until": "ostatni dzień ważności certyfikatu",
    "resolution": "numer uchwały Zarządu rozstrzygającej odwołanie (np. 3/2026)",
}

# The office's placeholders: every part with placeholders may use them, and the signature
# formula too, so that an edited wording names the body from the settings.
OFFICE_VALUES = ("body", "body_of", "board")


def office_values(office: OfficeDetails) -> dict[str, str]:
    """The office's placeholders, as text."""
    return {"body": office.name, "body_of": office.name_of, "board": office.board}


def wording(kind: str, name: str, parts: dict[str, Part], builtin: Mapping[str, str]) -> Wording:
    """A letter's editable wording; its placeholders are those its parts may use."""
    used = dict.fromkeys(p for part in parts.values() for p in part.placeholders)
    return Wording(kind, name, parts, {p: PLACEHOLDERS[p] for p in used}, builtin)


def decision_parts(values: tuple[str, ...], decision_label: str) -> dict[str, Part]:
    """The editable parts of a letter built on DECISION_TEMPLATES, in reading order: the
    decision and the instructions may use ``values`` (what the letter's ``values()`` fills)."""
    return {
        "title": Part("Tytuł pisma"),
        "decision_heading": Part("Rozstrzygnięcie – nagłówek"),
        "decision": Part(decision_label, values, LONG_LIMIT),
        "reasons_heading": Part("Uzasadnienie – nagłówek"),
        "instructions_heading": Part("Pouczenie – nagłówek"),
        "instructions": Part("Pouczenie – treść", values, LONG_LIMIT),
        "deadline": Part("Pouczenie – ostatni dzień na odwołanie",
                         ("delivered_on", "appeal_deadline"), LONG_LIMIT),
        "signed_for": Part("Formuła podpisu", OFFICE_VALUES),
    }  # fmt: skip


def polish_date(day: date, *, unbreakable: bool = True) -> str:
    """``day`` as written in Polish letters: "14 marca 2025 r.".

    The spaces are no-break spaces unless asked otherwise, so that "r." never starts a line
    (and neither does the month)."""
    return long_date(day, unbreakable=unbreakable)


def fill(template: str, values: Mapping[str, object]) -> str:
    """A template's text with its ``{placeholders}`` replaced by ``values`` (plain text).

    Every part of a letter goes through here, even one without placeholders, so that a
    doubled brace (``{{``) prints as one in every part alike. The wording is checked first
    (``documents/wording.py``): only plain names of known placeholders reach ``format_map``.

    ``str.format_map`` reads only the template, so a brace inside a value (an institution's
    name) is printed as it is. A date ends in "r." and a sentence after it in "." too: the
    two dots become one."""
    return re.sub(r"(\br\.)\.", r"\1", template.format_map(values))


@dataclass(frozen=True)
class Addressee:
    """The institution a letter goes to."""

    name: str
    address_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """One headed part of a letter; ``body`` is plain text (blank lines part paragraphs)."""

    heading: str
    body: str


@dataclass(frozen=True)
class Letter:
    """Everything the layout needs; all text plain (escaped here)."""

    sender: str  # COMMISSION or BOARD
    dated: date
    addressee: Addressee
    reference: str
    title: str
    sections: Sequence[Section]
    signed_for: str  # "W imieniu Komisji Certyfikacyjnej"
    signatures: Sequence[Signature] = ()  # each signer's line: name (if known), function
    subject: str = ""  # the PDF's subject metadata
    office: OfficeDetails = DEFAULT_OFFICE  # the letterhead, the place and the footer


# A line of reasons that lists (a dash or a bullet) and the header of a standard's group
# ("4. Diagnoza (S4) – nie spełnia:"), as domain/reasons.py drafts them.
_ITEM = re.compile(r"^\s*[–\-•]\s+")
_GROUP = re.compile(r"^\s*\d+\.\s.*\(S\d+\).*:\s*$")


def _styles() -> dict[str, Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    base = styles()
    body = base["body"]
    return {
        "body": body,
        "sender": ParagraphStyle("sender", parent=body, alignment=TA_LEFT, spaceAfter=0),
        "unit": ParagraphStyle("unit", parent=body, alignment=TA_LEFT, spaceBefore=3,
                               spaceAfter=0),
        "date": ParagraphStyle("date", parent=body, alignment=TA_RIGHT, spaceAfter=0),
        "address": ParagraphStyle("address", parent=body, alignment=TA_LEFT, leftIndent=85 * mm,
                                  spaceAfter=0, fontSize=11, leading=15),
        "concerns": ParagraphStyle("concerns", parent=body, alignment=TA_LEFT, spaceBefore=18),
        "title": ParagraphStyle("title", parent=base["title"], fontSize=14, leading=18,
                                spaceBefore=10),
        "heading": base["heading"],
        "group": ParagraphStyle("group", parent=body, fontName=fonts.BOLD, spaceBefore=4,
                                spaceAfter=2, alignment=TA_LEFT),
        "item": ParagraphStyle("item", parent=body, leftIndent=6 * mm, bulletIndent=2 * mm,
                               bulletFontName=fonts.FAMILY, spaceAfter=2),
        "sign": ParagraphStyle("sign", parent=body, alignment=TA_LEFT, leftIndent=90 * mm,
                               spaceAfter=0),
        "signer": ParagraphStyle("signer", parent=body, alignment=TA_CENTER, spaceAfter=0),
        "function": ParagraphStyle("function", parent=base["small"], alignment=TA_CENTER,
                                   spaceAfter=0),
        "contact": ParagraphStyle("contact", parent=base["small"], alignment=TA_LEFT,
                                  spaceAfter=1, textColor=HexColor("#4d4d4d")),
    }  # fmt: skip


def _prose(lines: list[str], style: Mapping[str, Any]) -> list[Any]:
    from calcert_desktop.documents.even import EvenParagraph as Paragraph

    return [Paragraph(markup("\n".join(lines)), style["body"])] if lines else []


def body_paragraphs(text: str, style: Mapping[str, Any]) -> list[Any]:
    """Plain text as paragraphs: blank lines part them, a dash starts a listed item, and the
    header of a standard's group of reasons is bold and kept with what follows."""
    from calcert_desktop.documents.even import EvenParagraph as Paragraph

    flow: list[Any] = []
    for block in re.split(r"\n\s*\n", normalized(text)):
        prose: list[str] = []
        for line in (line for line in block.splitlines() if line.strip()):
            if not (_ITEM.match(line) or _GROUP.match(line)):
                prose.append(line)
                continue
            flow += _prose(prose, style)
            prose = []
            if _ITEM.match(line):
                item = _ITEM.sub("", line)
                flow.append(Paragraph(markup(item), style["item"], bulletText="–"))
            else:
                group = Paragraph(markup(line), style["group"])
                group.keepWithNext = True
                flow.append(group)
        flow += _prose(prose, style)
    return flow


def render(letter: Letter) -> bytes:
    """The letter as PDF bytes."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    from calcert_desktop.documents.even import EvenParagraph as Paragraph

    style = _styles()
    office = letter.office
    dated = markup(f"{office.place}, {polish_date(letter.dated)}")
    head = Table(
        [[_letterhead(letter, style), Paragraph(dated, style["date"])]],
        colWidths=[100 * mm, 65 * mm],  # the frame's width: 170 mm less its padding
    )
    head.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), fonts.FAMILY),  # a table's own default is Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))  # fmt: skip
    address = [f"<b>{markup(letter.addressee.name)}</b>"]
    address += [markup(line) for line in letter.addressee.address_lines if normalized(line)]
    flow: list[Any] = [
        head,
        Spacer(1, 14 * mm),
        Paragraph("<br/>".join(address), style["address"]),
        Paragraph(f"Dotyczy: sprawa <b>{markup(letter.reference)}</b>", style["concerns"]),
        Paragraph(markup(letter.title), style["title"]),
    ]
    for section in letter.sections:
        heading = Paragraph(markup(section.heading), style["heading"])
        heading.keepWithNext = True
        flow.append(heading)
        flow += body_paragraphs(section.body, style)
    signature = [Spacer(1, 10 * mm), _signature_block(letter, style)]
    # The signature never stands alone on a page: it takes the last paragraph with it.
    last = [flow.pop()] if flow else []
    flow.append(KeepTogether(last + signature))
    info = DocumentInfo(title=f"{letter.title} – {letter.reference}",
                        subject=letter.subject or letter.title)  # fmt: skip
    footer = page_counting_canvas(f"{office.name} · {letter.reference}")
    return build_pdf(flow, info, canvasmaker=footer)


def _letterhead(letter: Letter, style: Mapping[str, Any]) -> list[Any]:
    """The sender: the office's name in bold, its address and contact in small grey type,
    then the body that writes (the Commission or the Board)."""
    from calcert_desktop.documents.even import EvenParagraph as Paragraph

    office = letter.office
    head = [Paragraph(f"<b>{markup(office.name)}</b>", style["sender"])]
    details = [*office.address_lines, " · ".join(office.contact_lines())]
    if office.responsible:
        details.append(f"Osoba odpowiedzialna za proces certyfikacji: {office.responsible}")
    lines = [markup(line) for line in details if normalized(line)]
    if lines:
        head.append(Paragraph("<br/>".join(lines), style["contact"]))
    head.append(Paragraph(markup(letter.sender), style["unit"]))
    return head


def _signature_block(letter: Letter, style: Mapping[str, Any]) -> Any:
    """The formula ("W imieniu Komisji Certyfikacyjnej") over a dotted line for each signer,
    with the name (when known) and the function beneath it: one signer in a column at the
    right, more side by side across the page, the formula centred over them."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    from calcert_desktop.documents.even import EvenParagraph as Paragraph

    people = list(letter.signatures) or [Signature("", "")]
    count = len(people)
    column = 80 * mm if count == 1 else min(80 * mm, 170 * mm / count)
    cells = []
    for person in people:
        cell: list[Any] = [Paragraph("." * 50, style["signer"])]
        if normalized(person.name):
            cell.append(Paragraph(f"<b>{markup(person.name)}</b>", style["signer"]))
        if normalized(person.function):
            cell.append(Paragraph(markup(person.function), style["function"]))
        cells.append(cell)
    formula = [Paragraph(markup(letter.signed_for), style["signer"]), Spacer(1, 12 * mm)]
    rows = [[formula] + [""] * (count - 1), cells]
    table = Table(rows, colWidths=[column] * count, hAlign="RIGHT" if count == 1 else "CENTER")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.FAMILY),  # a table's own default is Helvetica
        ("SPAN", (0, 0), (-1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))  # fmt: skip
    return table


def days_word(days: int) -> str:
    """ "dzień" or "dni" after a number of days (Polish: 1 dzień, 2 dni, 14 dni)."""
    return "dzień" if days == 1 else "dni"


def appeal_values(
    appeal_days: int,
    decided_on: date,
    delivered_on: date | None,
    deadline_template: str,
) -> dict[str, str]:
    """The placeholders of an appeal instruction: the number of days and, once the delivery
    date is known, the sentence (``deadline_template``) naming the last day to appeal."""
    from calcert_desktop.domain.dates import appeal_deadline

    values = {"appeal_days": str(appeal_days), "days_word": days_word(appeal_days),
              "deadline_sentence": ""}  # fmt: skip
    if delivered_on is not None:
        last_day = appeal_deadline(decided_on, delivered_on, appeal_days)
        values["deadline_sentence"] = " " + fill(deadline_template, {
            "delivered_on": polish_date(delivered_on),
            "appeal_deadline": polish_date(last_day),
        })  # fmt: skip
    return values


class Addressed(Protocol):
    """What every letter's data has: the institution it goes to, the case, the office that
    writes and the signature lines."""

    institution: str
    address_lines: tuple[str, ...]
    reference: str
    office: OfficeDetails
    signatures: tuple[Signature, ...]


def templated_letter(
    templates: Mapping[str, str],
    data: Addressed,
    *,
    sender: str,
    dated: date,
    sections: Sequence[tuple[str, str]],
) -> Letter:
    """A letter in the wording ``templates``: its title and signature formula from the
    templates "title" and "signed_for" (which may name the office), and ``sections`` as (the
    template key of the heading, the section's plain text)."""
    title = fill(templates["title"], {})
    return Letter(
        sender=sender,
        dated=dated,
        addressee=Addressee(data.institution, data.address_lines),
        reference=data.reference,
        title=title,
        sections=[Section(fill(templates[heading], {}), body) for heading, body in sections],
        signed_for=fill(templates["signed_for"], office_values(data.office)),
        signatures=data.signatures,
        subject=f"{title}: {data.institution}",
        office=data.office,
    )


class DecisionData(Addressed, Protocol):
    """What every Commission decision letter's data has (a refusal, a revocation)."""

    decided_on: date
    reasons: str


def decision_letter(
    templates: Mapping[str, str], filled: Mapping[str, object], data: DecisionData
) -> Letter:
    """A Commission decision with its three parts: the decision (rozstrzygnięcie), the
    written reasons (uzasadnienie) and the appeal instructions (pouczenie), from a letter's
    templates (title, *_heading, decision, instructions, signed_for), filled with
    ``filled``, dated the day of the decision."""
    return templated_letter(templates, data, sender=COMMISSION, dated=data.decided_on, sections=[
        ("decision_heading", fill(templates["decision"], filled)),
        ("reasons_heading", data.reasons),
        ("instructions_heading", fill(templates["instructions"], filled)),
    ])  # fmt: skip
