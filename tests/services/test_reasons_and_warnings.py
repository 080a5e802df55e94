"""Reasons and warnings (issue 16, item 7) through the services: a change to a filed
application needs a reason, kept beside the change in the history; filing a second open case
of the same NIP warns (naming the other case and its state) and goes on only when confirmed;
the answer to written charges gets at least the shortest period, a setting. Each refusal is
checked for its Polish message and for an unchanged database."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

import blob_support
from calcert_desktop.domain.dates import DEFAULT_MIN_RESPONSE_DAYS, DEFAULT_RESPONSE_DAYS
from calcert_desktop.domain.errors import NeedsConfirmation, TransitionRefused, ValidationError
from calcert_desktop.domain.limits import MAX_CHANGE_REASON_CHARS
from calcert_desktop.paths import DataPaths
from calcert_desktop.services import config
from calcert_desktop.services.admin import maintenance, settings
from calcert_desktop.services.applications import declare, drafts
from calcert_desktop.services.context import AppContext, reading, resolve_actor, writing
from calcert_desktop.services.process import perform
from calcert_desktop.services.views import case_file
from calcert_desktop.storage.models import AuditEntry, Setting
from calcert_desktop.storage.store import open_database
from cli_support import EXAMPLE, admin_of, institution_nip

PHONE = "18 444 00 00"
REASON = "Instytucja przesłała poprawiony numer telefonu."


def declaration(nip: str, signed: str = "2024-02-10") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["signature"]["date"] = signed
    data["institution"]["nip"] = nip
    return data


@pytest.fixture
def office(ctx):
    return resolve_actor(ctx, "biuro")


@contextmanager
def unchanged(cli, ctx: AppContext) -> Iterator[None]:
    """The block writes nothing: the database file and its log byte for byte, and the audit
    log's length."""
    before = cli.fingerprint(), audit_count(ctx)
    yield
    assert (cli.fingerprint(), audit_count(ctx)) == before, "a refusal changed the database"


def audit_count(ctx: AppContext) -> int:
    with reading(ctx) as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def filed(ctx, office, nip: str, received: date, **kwargs: Any) -> str:
    return declare.declare(ctx, office, declaration(nip), received_on=received, **kwargs).reference


def incomplete(ctx, office, received: date = date(2024, 3, 1)) -> tuple[str, str]:
    """A filed case asked to complete its application; (reference, its NIP)."""
    nip = institution_nip()
    ref = filed(ctx, office, nip, received)
    perform.perform(ctx, office, ref, "request-completion", received + timedelta(days=2),
                    {"reason": "Brak numeru telefonu.", "due_on": date(2024, 4, 1)})  # fmt: skip
    return ref, nip


def corrected(nip: str) -> dict[str, Any]:
    data = declaration(nip)
    data["institution"]["phone"] = PHONE
    return data


# --- a change to a filed application needs a reason -------------------------------------


@pytest.mark.parametrize(
    ("reason", "code", "words"),
    [
        (None, "amendment.reason_required", "Powód zmiany jest wymagany"),
        ("  \u200b ", "amendment.reason_required", "zapisywany w historii sprawy"),
        ("Poprawka\nadresu", "text.line_break", "Powód: To pole mieści jeden wiersz"),
        ("x" * (MAX_CHANGE_REASON_CHARS + 1), "too_long", str(MAX_CHANGE_REASON_CHARS)),
    ],
)
def test_a_corrected_declaration_without_a_valid_reason_changes_nothing(
    cli, ctx, office, reason, code, words
):
    ref, nip = incomplete(ctx, office)
    params: dict[str, Any] = {"declaration": corrected(nip)}
    if reason is not None:
        params["reason"] = reason
    with unchanged(cli, ctx), pytest.raises(ValidationError) as refused:
        perform.perform(ctx, office, ref, "complete", date(2024, 3, 10), params)
    assert refused.value.code == code
    assert words in refused.value.message, refused.value.message
    view = case_file.load(ctx, office, ref)
    assert view.header.state == "incomplete" and view.amendments == ()
    assert view.declaration["institution"]["phone"] != PHONE


def test_the_reason_is_recorded_beside_the_change(cli, ctx, office):
    ref, nip = incomplete(ctx, office)
    result = perform.perform(ctx, office, ref, "complete", date(2024, 3, 10),
                             {"declaration": corrected(nip), "reason": f"  {REASON} "})  # fmt: skip
    assert REASON in result.message and result.state == "filed"
    view = case_file.load(ctx, office, ref)
    assert view.declaration["institution"]["phone"] == PHONE
    assert [(a.amended_on, a.reason) for a in view.amendments] == [(date(2024, 3, 10), REASON)]
    # In the history, the act's entries stand together: the changed declaration, then its
    # reason (written in the same transaction, after the change).
    history = list(view.history)
    act = [n for n, e in enumerate(history) if e.action == "complete"]
    assert act == list(range(act[0], act[-1] + 1))  # nothing of another act in between
    records = [(history[n].record, history[n].operation) for n in act]
    changed = records.index(("declarations", "update"))
    reason = records.index(("amendments", "insert"))
    assert changed < reason
    logged = history[act[reason]].new or {}
    assert (logged["amended_on"], logged["reason"]) == ("2024-03-10", REASON)
    assert view.to_json()["amendments"] == [{"amended_on": "2024-03-10", "reason": REASON}]
    assert maintenance.check(ctx, admin_of(ctx)).ok  # the audit log accounts for the amendment


def test_completing_without_a_corrected_declaration_needs_no_reason(ctx, office):
    ref, _ = incomplete(ctx, office)
    perform.perform(ctx, office, ref, "complete", date(2024, 3, 10))
    view = case_file.load(ctx, office, ref)
    assert view.header.state == "filed" and view.amendments == ()
    assert not [e for e in view.history if e.record in ("declarations", "amendments")
                and e.action == "complete"]  # fmt: skip


def test_the_same_declaration_again_is_no_change(ctx, office):
    ref, _ = incomplete(ctx, office)
    stored = case_file.load(ctx, office, ref).declaration
    result = perform.perform(ctx, office, ref, "complete", date(2024, 3, 10),
                             {"declaration": stored, "reason": REASON})  # fmt: skip
    assert "nie różni się" in result.message
    view = case_file.load(ctx, office, ref)
    assert view.amendments == () and view.declaration == stored


def test_a_draft_still_changes_without_a_reason_a_filed_one_only_by_completing(cli, ctx, office):
    info = drafts.save_draft(ctx, office, {"institution": {"name": "Fundacja Wiosna"}})
    again = drafts.save_draft(ctx, office, {"institution": {"name": "Fundacja Lato"}},
                              info.reference)  # fmt: skip
    assert again.institution == "Fundacja Lato"
    ref, nip = incomplete(ctx, office)  # the draft's way in is shut once it is filed
    with unchanged(cli, ctx), pytest.raises(TransitionRefused) as refused:
        drafts.save_draft(ctx, office, corrected(nip), ref)
    assert refused.value.code == "draft.not_a_draft"


# --- a second open case of the same NIP ---------------------------------------------------


def test_filing_a_second_open_case_of_the_same_nip_warns_and_writes_nothing(cli, ctx, office):
    nip = institution_nip()
    first = filed(ctx, office, nip, date(2024, 3, 1))
    spaced = "PL " + nip.replace("-", " ")  # the same NIP written otherwise
    draft = declare.declare(ctx, office, declaration(spaced)).reference  # a draft: no warning
    with unchanged(cli, ctx), pytest.raises(NeedsConfirmation) as warned:
        perform.perform(ctx, office, draft, "file", date(2024, 3, 5))
    warning = warned.value
    assert warning.code == "filing.same_nip_open"
    assert warning.message == (
        f"Instytucja o NIP {nip} ma już otwartą sprawę {first} (stan: złożone – kontrola "
        "formalna) — kolejne zgłoszenie tej samej instytucji można złożyć tylko po potwierdzeniu."
    )
    second = perform.perform(ctx, office, draft, "file", date(2024, 3, 5), confirmed=True)
    assert second.state == "filed" and second.reference != first
    perform.perform(ctx, office, first, "accept", date(2024, 3, 6))

    # Declaring and filing at once warns the same, and keeps no attachment file it copied.
    folder = cli.data_dir.parent / "nadeslane"
    folder.mkdir()
    (folder / "raport.pdf").write_bytes(b"%PDF-1.4 raport jeszcze niezapisany")
    data = declaration(nip)
    data["attachments"] = [{"kind": "report", "file_name": "raport.pdf", "path": "raport.pdf"}]
    digest = hashlib.sha256((folder / "raport.pdf").read_bytes()).hexdigest()
    with unchanged(cli, ctx), pytest.raises(NeedsConfirmation) as again:
        declare.declare(ctx, office, data, received_on=date(2024, 3, 7), source_dir=folder)
    assert f"otwarte sprawy: {first} (stan: ocena Komisji), {second.reference} (stan: złożone" in (
        again.value.message
    )
    assert digest not in blob_support.hashes(ctx)  # rolled back with the refused registration
    third = declare.declare(ctx, office, data, received_on=date(2024, 3, 7), source_dir=folder,
                            confirmed=True)  # fmt: skip
    assert third.state == "filed" and digest in blob_support.hashes(ctx)


def test_closed_cases_do_not_count(cli, ctx, office):
    nip = institution_nip()
    withdrawn = filed(ctx, office, nip, date(2024, 3, 1))
    perform.perform(ctx, office, withdrawn, "withdraw", date(2024, 3, 2))
    again = filed(ctx, office, nip, date(2024, 3, 3))  # no warning: the first case is closed
    assert again != withdrawn
    other = filed(ctx, office, institution_nip(), date(2024, 3, 4))  # another institution
    assert other not in (again, withdrawn)


def test_a_renewal_is_filed_without_a_warning_of_the_case_it_renews(cli, granted):
    nip = json.loads(cli.ok("show", granted, "--json", user="biuro"))["declaration"]
    nip = nip["institution"]["nip"]
    day = date(2028, 9, 1)  # in the six months before the certificate ends (28 Feb 2029)
    paths = DataPaths(cli.data_dir)
    ctx = AppContext(paths, open_database(paths, create=False), today=lambda: day)
    try:
        office = resolve_actor(ctx, "biuro")
        renewal = perform.perform(ctx, office, granted, "renew", day).extra["renewal"]
        renewed = perform.perform(ctx, office, renewal, "file", day)  # the certificate: no warning
        assert renewed.state == "filed"
        with unchanged(cli, ctx), pytest.raises(NeedsConfirmation) as warned:
            filed(ctx, office, nip, day)
        assert (f"otwarte sprawy: {granted} (stan: certyfikat ważny), {renewed.reference} "
                "(stan: złożone – kontrola formalna)") in warned.value.message  # fmt: skip
    finally:
        ctx.close()


# --- the shortest period for answering charges --------------------------------------------


def charged_on(ctx, granted: str, day: date, **params: Any):
    chair = resolve_actor(ctx, "przewodniczaca")
    params = {"charges": "Zaprzestano pracy środowiskowej (S5).", **params}
    return perform.perform(ctx, chair, granted, "charge", day, params)


@pytest.fixture
def revocation(ctx, granted) -> str:
    chair = resolve_actor(ctx, "przewodniczaca")
    perform.perform(ctx, chair, granted, "open-revocation", date(2025, 1, 10),
                    {"reason": "Skarga mieszkańców."})  # fmt: skip
    return granted


def test_charges_leave_at_least_fourteen_days_by_default(cli, ctx, revocation):
    with unchanged(cli, ctx), pytest.raises(ValidationError) as refused:
        charged_on(ctx, revocation, date(2025, 1, 15), response_due=date(2025, 1, 28))
    assert refused.value.code == "period.too_short.response_due"
    assert refused.value.message == (
        "Termin odpowiedzi 2025-01-28 jest za krótki: instytucja ma co najmniej 14 dni na "
        "odpowiedź na zarzuty z 2025-01-15 — najwcześniejszy dopuszczalny termin to 2025-01-29."
    )
    with unchanged(cli, ctx), pytest.raises(ValidationError):  # the two-day deadline of old
        charged_on(ctx, revocation, date(2025, 1, 15), response_due=date(2025, 1, 17))
    charged_on(ctx, revocation, date(2025, 1, 15), response_due=date(2025, 1, 29))
    office = resolve_actor(ctx, "biuro")
    assert case_file.load(ctx, office, revocation).revocations[0].response_due == date(2025, 1, 29)


def test_the_shortest_period_is_a_setting(cli, ctx, revocation):
    admin = resolve_actor(ctx, "admin")
    settings.set_int(ctx, admin, "response_days", "21")
    assert "najkrótszy" in settings.set_int(ctx, admin, "min_response_days", "21").message
    with unchanged(cli, ctx), pytest.raises(ValidationError) as refused:
        charged_on(ctx, revocation, date(2025, 1, 15), response_due=date(2025, 2, 4))
    assert "co najmniej 21 dni" in refused.value.message
    assert "najwcześniejszy dopuszczalny termin to 2025-02-05" in refused.value.message
    charged_on(ctx, revocation, date(2025, 1, 15))  # the default: 21 days
    office = resolve_actor(ctx, "biuro")
    assert case_file.load(ctx, office, revocation).revocations[0].response_due == date(2025, 2, 5)


def test_the_default_period_is_never_below_the_shortest(cli, ctx, revocation):
    assert DEFAULT_RESPONSE_DAYS >= DEFAULT_MIN_RESPONSE_DAYS == 14
    assert config.SETTINGS["min_response_days"].default == 14
    assert config.SETTINGS["response_days"].default >= config.SETTINGS["min_response_days"].default
    admin = resolve_actor(ctx, "admin")
    cases = [
        ("response_days", "10", "setting.response_below_minimum",
         "Domyślny termin odpowiedzi na zarzuty (10 dni) nie może być krótszy niż najkrótszy "
         "dopuszczalny (14 dni"),
        ("min_response_days", "21", "setting.minimum_above_response",
         "Najkrótszy termin odpowiedzi na zarzuty (21 dni) nie może być dłuższy niż domyślny "
         "(14 dni)"),
        ("min_response_days", "3", "setting.out_of_range", "od 7 do 60"),
    ]  # fmt: skip
    for key, value, code, words in cases:
        with unchanged(cli, ctx), pytest.raises(ValidationError) as refused:
            settings.set_int(ctx, admin, key, value)
        assert refused.value.code == code and words in refused.value.message, key
    # A period set shorter before the minimum existed: charges still get the minimum.
    with writing(ctx, admin, "settings") as session:
        session.add(Setting(key="response_days", value="7"))
    charged_on(ctx, revocation, date(2025, 1, 15))
    office = resolve_actor(ctx, "biuro")
    assert case_file.load(ctx, office, revocation).revocations[0].response_due == date(2025, 1, 29)


def test_the_case_nip_column_follows_the_declaration(ctx, office):
    ref, nip = incomplete(ctx, office)
    new_nip = institution_nip()
    data = corrected(nip)
    data["institution"]["nip"] = new_nip
    perform.perform(ctx, office, ref, "complete", date(2024, 3, 10),
                    {"declaration": data, "reason": "Zmiana NIP po przekształceniu."})  # fmt: skip
    # The old NIP has no open case any more; the new one has this case.
    filed(ctx, office, nip, date(2024, 3, 11))
    with pytest.raises(NeedsConfirmation) as warned:
        filed(ctx, office, new_nip, date(2024, 3, 12))
    assert ref in warned.value.message
