"""Plain-text output of the command line, in Polish; data goes out through
:func:`~calcert_desktop.cli.terminal.say`, so its control characters are escaped."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from calcert_desktop.cli.terminal import say
from calcert_desktop.domain.case_labels import (
    APPOINTMENT_BASES,
    CERTIFICATE_STATUSES,
    DECISION_KINDS,
    OPERATIONS,
    RECORDS,
    RESOLUTION_RESULTS,
    RESOLUTION_SUBJECTS,
    VOTES,
    action_label,
    field_label,
    label,
    value_label,
)
from calcert_desktop.domain.plural import counted
from calcert_desktop.domain.roles import Role

if TYPE_CHECKING:
    from calcert_desktop.services.admin.board import AppointmentRow
    from calcert_desktop.services.admin.maintenance import Report
    from calcert_desktop.services.process.resolutions import ResolutionInfo
    from calcert_desktop.services.views.case_file_model import CaseFile, HistoryEntry


def _cut(text: str | None, width: int) -> str:
    value = text or ""
    return value if len(value) <= width else value[: width - 1] + "…"


def print_cases(rows: list[dict[str, Any]]) -> None:
    """One line per case, then the count."""
    for row in rows:
        say(
            f"{row['reference']:<14} {_cut(row['state_label'], 30):<30} "
            f"{_cut(row['institution'], 60):<60} {row['town']}"
        )
    say(f"Razem: {len(rows)}")


def print_users(rows: list[dict[str, Any]]) -> None:
    """One line per person."""
    for row in rows:
        roles = ", ".join(Role(r).label for r in row["roles"])
        say(f"{row['login']:<16} {row['full_name']:<32} {roles}")


SUMMARY_FIELDS = (
    "reference",
    "state",
    "standard",
    "member_id",
    "person_id",
    "is_rapporteur",
    "rating",
    "vote",
    "kind",
    "number",
    "subject",
    "result",
    "status",
    "outcome",
)
# Fields a new record of one kind is told by, besides the common ones: the reason of a change
# to a filed application stands beside the change itself.
RECORD_SUMMARY_FIELDS: dict[str, tuple[str, ...]] = {"amendments": ("reason",)}
# Internal keys: ids say nothing to a reader (the record and the case are already named).
HIDDEN = frozenset({"id", "case_id", "draft_code", "year", "seq", "name_sort", "town_sort"})
# Keys holding a person (the case file maps their ids to logins).
PERSON_KEYS = frozenset(
    {"rapporteur_id", "member_id", "person_id", "expert_id", "issued_by_id", "recorded_by_id"}
)


def _shown_key(key: str) -> bool:
    return key not in HIDDEN and (not key.endswith("_id") or key in PERSON_KEYS)


def _value(shown: CaseFile, record: str, key: str, value: Any) -> str:
    if record == "declarations" and key == "body":
        return "(pełna treść — calcert show --json)"
    if key in PERSON_KEYS and value:
        return shown.name(str(value))
    text = value_label(record, key, value)
    return " ".join(text.split())


def _history_line(shown: CaseFile, entry: HistoryEntry) -> str:
    change = entry.new if entry.operation != "delete" else entry.old
    record_code = entry.record
    detail = ""
    if entry.withheld:
        detail = "oceny niewidoczne — zgłoszono konflikt interesów"
    elif entry.operation == "insert" and change:
        detail = ", ".join(
            f"{field_label(record_code, k)}: {_value(shown, record_code, k, change[k])}"
            for k in (*SUMMARY_FIELDS, *RECORD_SUMMARY_FIELDS.get(record_code, ()))
            if change.get(k) not in (None, "", False)
        )
    elif entry.operation == "update" and entry.old is not None:
        detail = "; ".join(
            f"{field_label(record_code, k)}: {_value(shown, record_code, k, entry.old.get(k))}"
            f" → {_value(shown, record_code, k, v)}"
            for k, v in sorted((change or {}).items())
            if _shown_key(k)
        )
    record = RECORDS.get(record_code, record_code)
    at = entry.at.isoformat(sep=" ", timespec="seconds")
    return (
        f"  {at}  {entry.user:<14} {action_label(entry.action)}: "
        f"{OPERATIONS[entry.operation]} — {record}" + (f" ({detail})" if detail else "")
    )


def _date(value: date | None) -> str:
    return value.isoformat() if value else "—"


def print_case_file(shown: CaseFile) -> None:
    """A readable summary of a case and its history."""
    institution = shown.declaration.get("institution", {})
    address = institution.get("address", {})
    header = shown.header
    say(f"Sprawa {shown.reference}  [{header.state_label}]")
    say(f"Instytucja: {institution.get('name', '')}")
    say(
        f"Adres: {address.get('street', '')}, {address.get('postal_code', '')} "
        f"{address.get('town', '')} (woj. {address.get('voivodeship', '')})"
    )
    say(f"Wersja formularza: {header.form_version}   Wpływ: {_date(header.received_on)}")
    if header.renews:
        say(f"Odnowienie sprawy: {header.renews}")
    if header.next_deadline:
        say(f"Najbliższy termin: {_date(header.next_deadline)}")
    if shown.members:
        say("Komisja:")
        for member in shown.members:
            extra = " (sprawozdawca)" if member.rapporteur else ""
            if member.conflict_declared_on:
                extra += f" — konflikt interesów: {member.conflict_reason}"
            say(f"  {member.login}{extra}")
    others = [c for c in shown.conflicts if not c.assigned]
    if others:
        say("Konflikty interesów (poza składem Komisji w sprawie):")
        for conflict in others:
            say(f"  {conflict.login} ({_date(conflict.declared_on)}): {conflict.reason}")
    if shown.amendments:
        say("Zmiany złożonego zgłoszenia:")
        for amendment in shown.amendments:
            say(f"  {_date(amendment.amended_on)}: {amendment.reason}")
    if shown.assessments:
        say(f"Oceny standardów: {len(shown.assessments)}")
    for decision in shown.decisions:
        votes = ", ".join(f"{k}: {VOTES[v]}" for k, v in sorted(decision.votes.items()))
        kind = label(DECISION_KINDS, decision.kind)
        say(f"Decyzja {_date(decision.decided_on)}: {kind}" + (f" [{votes}]" if votes else ""))
        if decision.reasons:
            say(f"  Uzasadnienie: {decision.reasons}", multi_line=True)
    for resolution in shown.resolutions:
        say(resolution_line(resolution, shown.name))
    certificate = shown.certificate
    if certificate:
        say(
            f"Certyfikat nr {certificate.number}: od {_date(certificate.issued_on)} "
            f"do {_date(certificate.valid_until)} ({CERTIFICATE_STATUSES[certificate.status]})"
        )
    say("Historia:")
    for entry in shown.history:
        say(_history_line(shown, entry))


def _tally(votes: dict[str, str]) -> str:
    counts = [sum(1 for v in votes.values() if v == code) for code in ("for", "against", "abstain")]
    return "za {}, przeciw {}, wstrzymało się {}".format(*counts)


def resolution_line(resolution: ResolutionInfo, name: Any = None) -> str:
    """``Uchwała nr 3/2026 z 2026-05-04 (wydanie certyfikatu): podjęta — za 2, … [kto: jak]``."""
    named = name or (lambda login: login)
    votes = ", ".join(f"{named(k)}: {VOTES[v]}" for k, v in resolution.votes.items())
    subject = label(RESOLUTION_SUBJECTS, resolution.subject)
    result = label(RESOLUTION_RESULTS, resolution.result)
    return (
        f"{resolution.title} z {_date(resolution.adopted_on)} ({subject}): {result} — "
        f"{_tally(resolution.votes)}" + (f" [{votes}]" if votes else "")
    )


def print_resolutions(rows: list[ResolutionInfo]) -> None:
    """The Board's resolutions: one line each with its votes, then what it resolved."""
    for row in rows:
        say(resolution_line(row))
        say(f"  {row.summary}", multi_line=True)
    say(f"Razem: {counted(len(rows), 'uchwała', 'uchwały', 'uchwał')}")


def print_appointments(rows: list[AppointmentRow]) -> None:
    """The Board's appointments, current ones first."""
    for row in rows:
        until = f"do {_date(row.ends_on)}" if row.ends_on else "bezterminowo"
        basis = (
            f"uchwała nr {row.resolution}"
            if row.resolution
            else label(APPOINTMENT_BASES, row.basis)
        )
        ended = f"; zakończone uchwałą nr {row.ended_by}" if row.ended_by else ""
        now = "obecnie" if row.valid_today else "nie obowiązuje dziś"
        say(f"{row.full_name} ({row.login}) — {row.function_label}, od {_date(row.starts_on)} "
            f"{until} ({basis}{ended}; {now})")  # fmt: skip
    say(f"Razem: {counted(len(rows), 'powołanie', 'powołania', 'powołań')}")


def print_report(report: Report) -> None:
    """What ``calcert check`` found."""
    sections = (
        ("Spójność pliku", report.integrity),
        ("Klucze obce", report.foreign_keys),
        ("Łańcuch dziennika zmian", report.chain),
        ("Dziennik zmian", report.audit),
        ("Numeracja", report.numbering),
        ("Pliki w bazie", report.files),
    )
    for title, problems in sections:
        found = counted(len(problems), "problem", "problemy", "problemów")
        say(f"{title}: {'w porządku' if not problems else found}")
        for problem in problems:
            say(f"  - {problem}")
    if report.unstored_attachments:
        say(f"Załączniki wymienione w zgłoszeniach bez pliku w bazie: "
            f"{report.unstored_attachments} (zgłoszenie tylko je wymienia — to nie błąd "
            "bazy).")  # fmt: skip
    say(f"Sprawdzono rekordów: {report.records}, wpisów dziennika: {report.audit_entries}, "
        f"plików: {report.blobs}.")  # fmt: skip
    chain = report.chain_report
    if chain is not None and chain.intact and chain.key_id and chain.signed_at:
        say(f"Łańcuch dziennika: {chain.entries} wpisów, koniec podpisany kluczem biura "
            f"{chain.key_id} ({chain.signed_at:%d.%m.%Y %H:%M} UTC).")  # fmt: skip
    say("Baza danych jest w porządku." if report.ok else "Znaleziono problemy.")
