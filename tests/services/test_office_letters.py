"""The four new letters through the services: each made from the record it needs (stored
with the case like any document), offered by the case file only when the case has that
record, and refused in Polish (``document.not_applicable``) without any change otherwise."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

import blob_support
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.services.context import reading, resolve_actor
from calcert_desktop.services.documents import generate
from calcert_desktop.storage.models import AuditEntry, GeneratedDocument
from case_scenarios import act, revoked_case
from documents.test_letters import flat, text_of
from letter_scenarios import KEPT, MISSING, certified_case, discontinued_case


def state(ctx) -> tuple[int, int, list[str]]:
    """What a refusal must leave as it was: the rows, the audit log, the stored files (blobs)."""
    with reading(ctx) as session:
        rows = session.scalar(select(func.count()).select_from(GeneratedDocument)) or 0
        audit = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return rows, audit, blob_support.hashes(ctx)


def refused(ctx, kind: str, reference: str, why: str, *, user: str = "biuro") -> str:
    """Generating ``kind`` is refused naming the letter, the case and ``why``; nothing changes."""
    before = state(ctx)
    with pytest.raises(ValidationError) as error:
        generate.generate(ctx, resolve_actor(ctx, user), kind, reference)
    assert error.value.code == "document.not_applicable"
    message = error.value.message
    assert message.startswith("Dokumentu „") and reference in message and why in message
    assert state(ctx) == before
    return message


def offered(ctx, reference: str) -> list[str]:
    return [k.code for k in generate.applicable_kinds(ctx, resolve_actor(ctx, "biuro"), reference)]


def test_acknowledgement_of_a_filed_case_refused_for_a_draft(ctx, cli, declaration_file):
    draft = cli.ok("declare", str(declaration_file()), user="biuro").strip()
    assert "acknowledgement" not in offered(ctx, draft)
    message = refused(ctx, "acknowledgement", draft, "Zgłoszenia jeszcze nie złożono")
    assert "„Potwierdzenie przyjęcia zgłoszenia”" in message

    cli.ok("act", draft, "file", "--date", "2024-03-01", user="biuro")
    ctx.today = lambda: date(2024, 3, 4)
    reference = json.loads(cli.ok("show", draft, "--json", user="biuro"))["reference"]
    assert "acknowledgement" in offered(ctx, reference)
    info = generate.generate(ctx, resolve_actor(ctx, "biuro"), "acknowledgement", reference)
    assert (info.kind_label, info.template_version) == ("Potwierdzenie przyjęcia zgłoszenia", "0")
    words = flat(text_of(blob_support.content(ctx, info.sha256)))
    assert f"nadano mu numer sprawy {reference}." in words
    assert "w dniu 1 marca 2024 r. wpłynęło zgłoszenie" in words
    assert "Warszawa, 4 marca 2024 r." in words
    # Who registered the request (the office's Ewa Zalewska) is the contact; the signature
    # is the settings' (nobody set: the slot's function, to be signed by hand).
    assert "Osoba do kontaktu: Ewa Zalewska." in words
    assert "Kierownik biura" in words.split("W imieniu Biura Certyfikatu Jakości CAL")[1]


def test_request_to_complete_from_the_latest_request(ctx, cli, declaration_file):
    reference = cli.file_case(declaration_file(), "2024-03-01")
    assert "completion-request" not in offered(ctx, reference)
    refused(ctx, "completion-request", reference, "Nie wezwano w niej do uzupełnienia")

    act(cli, reference, "request-completion", "2024-03-05", "biuro",
        "--reason", MISSING, "--due", "2024-03-25")  # fmt: skip
    assert "completion-request" in offered(ctx, reference)
    info = generate.generate(ctx, resolve_actor(ctx, "czlonek1"), "completion-request", reference)
    words = flat(text_of(blob_support.content(ctx, info.sha256)))
    assert "Wezwanie do uzupełnienia zgłoszenia" in words and MISSING in words
    assert "Warszawa, 5 marca 2024 r." in words and "wpłynęło w dniu 1 marca 2024 r." in words
    assert f"w terminie do dnia 25 marca 2024 r., podając numer sprawy {reference}." in words
    assert "Kierownik biura" in words.split("W imieniu Biura Certyfikatu Jakości CAL")[1]

    # Completed, then asked again: the letter follows the latest request.
    act(cli, reference, "complete", "2024-03-20", "biuro")
    act(cli, reference, "request-completion", "2024-03-22", "przewodniczaca",
        "--reason", "Brak statutu.", "--due", "2024-04-12")  # fmt: skip
    words = flat(text_of(generate.render(ctx, resolve_actor(ctx, "biuro"), "completion-request",
                                         reference)))  # fmt: skip
    assert "Brak statutu." in words and MISSING not in words and "12 kwietnia 2024 r." in words


def test_discontinuation_from_the_discontinued_proceedings(ctx, cli, declaration_file):
    revoked = revoked_case(cli, declaration_file)
    refused(ctx, "discontinuation", revoked, "Komisja nie umorzyła w niej postępowania")
    assert "discontinuation" not in offered(ctx, revoked)

    reference = discontinued_case(cli, declaration_file)
    assert "discontinuation" in offered(ctx, reference)
    info = generate.generate(ctx, resolve_actor(ctx, "biuro"), "discontinuation", reference)
    words = flat(text_of(blob_support.content(ctx, info.sha256)))
    assert "w dniu 20 lutego 2025 r. postanowiła umorzyć postępowanie" in words
    assert "wszczęte w dniu 10 stycznia 2025 r., w którym w dniu 15 stycznia 2025 r." in words
    assert "pozostaje ważny do dnia 14 kwietnia 2028 r." in words and KEPT in words
    assert "Przewodniczący Komisji Certyfikacyjnej" in words and "Komisja Certyfikacyjna" in words


def test_renewal_reminder_only_within_the_reminder_period(ctx, cli, declaration_file):
    reference = certified_case(cli, declaration_file, "2021-03-10")  # valid to 2026-03-09
    office = resolve_actor(ctx, "biuro")

    ctx.today = lambda: date(2025, 9, 8)  # six months before is 2025-09-09
    assert "renewal-reminder" not in offered(ctx, reference)
    refused(ctx, "renewal-reminder", reference,
            "jest ważny do 9 marca 2026 r.; o upływie ważności przypomina się od 9 września "
            "2025 r.")  # fmt: skip

    ctx.today = lambda: date(2025, 9, 9)
    assert offered(ctx, reference)[-1] == "renewal-reminder"
    info = generate.generate(ctx, office, "renewal-reminder", reference)
    words = flat(text_of(blob_support.content(ctx, info.sha256)))
    assert "Warszawa, 9 września 2025 r." in words
    assert "wydany instytucji Gminny Ośrodek Pomocy Społecznej w Łącku w dniu 10 marca " \
        "2021 r., jest ważny do dnia 9 marca 2026 r." in words  # fmt: skip

    ctx.today = lambda: date(2026, 3, 10)  # the day after the last: no reminder any more
    refused(ctx, "renewal-reminder", reference, "był ważny do 9 marca 2026 r.")

    ctx.today = lambda: date(2026, 1, 5)
    act(cli, reference, "renew", "2026-01-05", "biuro")  # the renewal is under way
    refused(ctx, "renewal-reminder", reference, "wystąpiła już o odnowienie certyfikatu")


def test_renewal_reminder_refused_without_a_valid_certificate(ctx, cli, declaration_file):
    filed = cli.file_case(declaration_file(), "2024-03-01")
    refused(ctx, "renewal-reminder", filed, "Nie wydano w niej certyfikatu.")
    revoked = revoked_case(cli, declaration_file)
    ctx.today = lambda: date(2027, 12, 1)
    refused(ctx, "renewal-reminder", revoked, "jest odebrany – przypomina się tylko o ważnym.")
