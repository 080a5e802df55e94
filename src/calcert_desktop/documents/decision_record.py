"""The record of the Commission's meeting that decided a case ("Protokół z posiedzenia
Komisji — decyzja"): the members assigned to the case (the chair named as chair), the
conflicts of interest declared (those members do not vote), each member's vote and the vote
in sentences, the decision and its reasons, the signatures. Attendance is not recorded by
the program, so the record does not claim who was present.

A member's grammatical gender is not known, so what is said of members is neutral Polish
("wyłączenie z głosowania", "wstrzymanie się od głosu", "brak głosu")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from calcert_desktop.documents import fonts
from calcert_desktop.documents.base import DocumentInfo, build_pdf, styles
from calcert_desktop.documents.footer import page_counting_canvas
from calcert_desktop.documents.polish_dates import long_date
from calcert_desktop.documents.record_parts import (
    facts_table,
    issuer_line,
    signatures,
)
from calcert_desktop.documents.text import markup
from calcert_desktop.domain.case_labels import NO_VOTE, VOTES
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.plural import counted
from calcert_desktop.domain.signature_slots import FUNCTIONS, Signature

KIND = "decision-record"
TITLE = "Protokół z posiedzenia Komisji Certyfikacyjnej"
EXCLUDED = "wyłączenie z głosowania — konflikt interesów"
OUTCOMES: dict[str, str] = {
    "grant": "postanowiła przyznać Certyfikat Jakości Centrum Aktywności Lokalnej",
    "refuse": "postanowiła odmówić przyznania Certyfikatu Jakości Centrum Aktywności Lokalnej",
}


@dataclass(frozen=True)
class MemberPresent:
    """A member assigned to the case: a rapporteur or not, a conflict declared or not (then
    excluded from voting), the vote cast."""

    name: str
    rapporteur: bool = False
    conflict_on: date | None = None
    conflict_reason: str = ""
    vote: str | None = None  # for / against / abstain; None: did not vote
    chair: bool = False  # the Commission's chair, assigned to the case as well

    @property
    def excluded(self) -> bool:
        """A member who declared a conflict of interest does not vote."""
        return self.conflict_on is not None or bool(self.conflict_reason)


@dataclass(frozen=True)
class DecisionRecord:
    """Everything the record prints."""

    reference: str
    institution: str
    address: str
    decided_on: date
    kind: str  # grant / refuse
    reasons: str
    members: tuple[MemberPresent, ...]
    office: OfficeDetails = DEFAULT_OFFICE
    signatures: tuple[Signature, ...] = ()  # the chair's and the recorder's lines


# What the record prints when the service gives no signers (the settings' defaults).
DEFAULT_SIGNATURES = (
    Signature("", "Przewodniczący Komisji Certyfikacyjnej"),
    Signature("", "Protokolant"),
)


# "2 głosy", "5 głosów wstrzymujących się": the counted forms of each kind of vote.
VOTE_FORMS: dict[str, tuple[str, str, str]] = {
    "for": ("głos", "głosy", "głosów"),
    "against": ("głos", "głosy", "głosów"),
    "abstain": ("głos wstrzymujący się", "głosy wstrzymujące się", "głosów wstrzymujących się"),
}


def function_of(member: MemberPresent, record: DecisionRecord) -> str:
    """The member's part in the case: the chair as chair (in the form the chair's signature
    uses, which knows the person's gender), the rapporteur, or a member; a conflict added."""
    if member.chair:
        chair = FUNCTIONS["commission_chair"]
        forms = (chair.masculine, chair.feminine)
        signed = next((s.function for s in record.signatures
                       if s.name == member.name and s.function in forms),
                      chair.masculine)  # fmt: skip
        role = signed[0].lower() + signed[1:]
        if member.rapporteur:
            role += ", sprawozdawca"
    else:
        role = "sprawozdawca" if member.rapporteur else "członek Komisji"
    return f"{role}; {EXCLUDED}" if member.excluded else role


def _names(members: list[MemberPresent]) -> str:
    return f" ({', '.join(m.name for m in members)})" if members else ""


def vote_sentences(record: DecisionRecord) -> str:
    """The vote as Polish sentences: how many votes for the decision, against and
    abstaining, who cast them, who did not vote and who was excluded (neutral forms: a
    member's gender is not known)."""
    voters = [m for m in record.members if not m.excluded]
    by_vote = {code: [m for m in voters if m.vote == code] for code in VOTES}
    silent = [m for m in voters if m.vote not in VOTES]
    excluded = [m for m in record.members if m.excluded]
    subject = ("przyznaniem certyfikatu" if record.kind == "grant"
               else "odmową przyznania certyfikatu")  # fmt: skip
    votes = {code: counted(len(by_vote[code]), *VOTE_FORMS[code]) + _names(by_vote[code])
             for code in VOTES}  # fmt: skip
    sentences = [
        f"Za {subject} oddano {votes['for']}, przeciw — {votes['against']}, "
        f"a {votes['abstain']}."
    ]
    if silent:
        sentences.append(f"Nie oddano głosu: {', '.join(m.name for m in silent)}.")
    if excluded:
        sentences.append(
            f"Z głosowania wyłączono z powodu konfliktu interesów: "
            f"{', '.join(m.name for m in excluded)}."
        )
    return " ".join(sentences)


def _table(rows: list[list[Any]], widths: list[float]) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                # a table sets its cells' font even around paragraphs: never Helvetica
                ("FONT", (0, 0), (-1, -1), fonts.FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9aa6b4")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def decision_record_pdf(record: DecisionRecord) -> bytes:
    """The record as a PDF (A4 portrait)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from calcert_desktop.documents.even import EvenParagraph as Paragraph

    style = styles()
    width = A4[0] - 40 * mm

    def cell(text: str, bold: bool = False) -> Any:
        body = markup(text)
        return Paragraph(f"<b>{body}</b>" if bold else body, style["cell"])

    flow: list[Any] = [
        issuer_line(record.office),
        Paragraph(markup(TITLE), style["title"]),
        Paragraph(markup(f"decyzja w sprawie nr {record.reference}"), style["title"]),
        facts_table(
            [
                ("Data posiedzenia", long_date(record.decided_on)),
                ("Numer sprawy", record.reference),
                ("Instytucja", record.institution),
                ("Adres", record.address),
            ],
            width,
        ),
        Paragraph("1. Członkowie Komisji wyznaczeni do sprawy", style["heading"]),
    ]
    rows = [[cell("Lp.", True), cell("Imię i nazwisko", True), cell("Funkcja w sprawie", True)]]
    for index, member in enumerate(record.members, start=1):
        rows.append([cell(f"{index}."), cell(member.name), cell(function_of(member, record))])
    flow.append(_table(rows, [32, width * 0.45, width * 0.55 - 32]))

    flow.append(Paragraph("2. Zgłoszone konflikty interesów", style["heading"]))
    conflicted = [m for m in record.members if m.excluded]
    if not conflicted:
        flow.append(Paragraph("Nikt z obecnych nie zgłosił konfliktu interesów.", style["body"]))
    for member in conflicted:
        when = f" ({markup(long_date(member.conflict_on))})" if member.conflict_on else ""
        flow.append(
            Paragraph(
                f"<b>{markup(member.name)}</b>{when}: {markup(member.conflict_reason)} "
                "— wyłączenie z głosowania.",
                style["body"],
            )
        )

    flow.append(Paragraph("3. Głosowanie", style["heading"]))
    rows = [[cell("Lp.", True), cell("Członek Komisji", True), cell("Głos", True)]]
    voters = [m for m in record.members if not m.excluded]
    for index, member in enumerate(voters, start=1):
        vote = VOTES.get(member.vote or "", NO_VOTE)
        rows.append([cell(f"{index}."), cell(member.name), cell(vote)])
    flow.append(_table(rows, [32, width * 0.6, width * 0.4 - 32]))
    flow.append(Paragraph(markup(vote_sentences(record)), style["body"]))

    flow.append(Paragraph("4. Rozstrzygnięcie", style["heading"]))
    outcome = OUTCOMES.get(record.kind, record.kind)
    flow.append(
        Paragraph(
            f"Komisja Certyfikacyjna {markup(outcome)} instytucji "
            f"<b>{markup(record.institution)}</b>.",
            style["body"],
        )
    )
    flow.append(Paragraph("5. Uzasadnienie", style["heading"]))
    flow.append(Paragraph(markup(record.reasons) or "—", style["body"]))
    # The signatures never stand alone on a page: they take the reasons (and their
    # heading, which must not stay behind at a page's foot) with them.
    people = record.signatures or DEFAULT_SIGNATURES
    reasons = flow.pop()
    flow.append(signatures(people, width, before=[flow.pop(), reasons]))
    info = DocumentInfo(f"{TITLE} — {record.reference}", record.institution)
    return build_pdf(
        flow, info, canvasmaker=page_counting_canvas(f"{record.office.name} · {record.reference}")
    )
