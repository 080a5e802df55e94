"""The office's details and the documents' signers through the services: the defaults, saving
(administrators only, checked whole, audited), refusals that change nothing, the signer of a
slot, restoring the defaults, and every kind of document printing the body from the settings
with no "(-a)" slot."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

import engines
from calcert_desktop.documents import refusal_letter
from calcert_desktop.domain import office as rules
from calcert_desktop.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from calcert_desktop.domain.signature_slots import SignerSetting
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import office, settings
from calcert_desktop.services.changes import NOTHING, Changes, Kind
from calcert_desktop.services.context import open_context, reading, resolve_actor
from calcert_desktop.services.documents import generate, letter_templates, registry
from calcert_desktop.storage.models import AuditEntry, Setting
from case_scenarios import granted_case, revoked_case
from cli_support import admin_of
from letter_scenarios import certified_case, discontinued_case, incomplete_case
from pdf_words import joined

REGULATIONS_NAME = "Centrum Wspierania Aktywności Lokalnej CAL"
GENDERED_SLOT = re.compile(r"\((-?a|ka)\)|ł\(a\)")


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = joined("\n".join(page.extract_text() for page in reader.pages)).replace("\xa0", " ")
    return " ".join(text.split())


def snapshot(ctx) -> str:
    """The settings and the audit log, byte for byte: what a refusal must leave as it was."""
    database = Path(ctx.paths.root) / "calcert.sqlite3"
    with engines.raw(database) as db:
        rows = db.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
        audit = db.execute("SELECT count(*) FROM audit_log").fetchone()
    return hashlib.sha256(repr((rows, audit)).encode()).hexdigest()


def test_an_installation_nobody_configured_has_the_regulations_name(ctx):
    current = office.office_settings(ctx)
    assert current.details.name == REGULATIONS_NAME
    assert current.details.place == "Warszawa"
    assert current.signers == {}
    assert [s.function for s in current.signatures("certificate")] == [
        "Prezes Zarządu", "Członek Zarządu"]  # fmt: skip


def test_an_administrator_saves_the_details_and_signers_in_one_audited_change(ctx):
    admin = resolve_actor(ctx, "admin")
    done = office.save(
        ctx, admin,
        {rules.NAME: "  Fundacja  Przykładowa ", rules.NAME_OF: "Fundacji Przykładowej",
         rules.ADDRESS_1: "ul. Długa 1", rules.ADDRESS_2: "00-001 Warszawa",
         rules.EMAIL: "biuro@example.pl", rules.PLACE: "Kraków"},
        {("refusal", "1"): SignerSetting("Barbara Łukaszewicz", "przewodnicząca komisji "
                                         "certyfikacyjnej", "f"),
         ("certificate", "1"): SignerSetting("", "Prezes Zarządu", "")},
    )  # fmt: skip
    assert done.changes == Changes.of(Kind.SETTINGS)
    assert done.message == "Zapisano dane organizacji i podpisy (zmienione ustawienia: 7)."
    current = office.office_settings(ctx)
    assert current.details.name == "Fundacja Przykładowa"  # spaces tidied
    assert current.details.board == "Zarząd Fundacji Przykładowej"
    # The slot's own function is stored as none (the default), the name and gender as typed.
    assert current.signers[("refusal", "1")] == SignerSetting("Barbara Łukaszewicz", "", "f")
    assert current.signatures("refusal")[0].function == "Przewodnicząca Komisji Certyfikacyjnej"
    # The certificate's first slot was set to its default: no row, nothing to remember.
    assert ("certificate", "1") not in current.signers
    with reading(ctx) as session:
        # (``init --no-encryption`` recorded the office's choice of a plain database first)
        logged = session.scalars(select(AuditEntry).where(
            AuditEntry.entity == "settings", AuditEntry.entity_id != "encrypt_at_rest")).all()
        assert {entry.user_login for entry in logged} == {"admin"}
        assert len(logged) == 7
    again = office.save(ctx, admin, {rules.NAME: "Fundacja Przykładowa"})
    assert again.changes == NOTHING and again.message.startswith("Bez zmian")


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({rules.NAME: ""}, "Pełna nazwa organizacji: To pole jest wymagane — uzupełnij je."),
        ({rules.NAME: "N" * 201}, "Pełna nazwa organizacji: Tekst jest za długi (liczba znaków: "
                                  "201) — skróć go do najwyżej 200 znaków."),
        ({rules.NAME: "Centrum\x00CAL"}, "Pełna nazwa organizacji: Tekst zawiera niedozwolony "
                                         "znak sterujący U+0000 (znak nr 8)"),
        ({rules.PLACE: "War\u202eszawa"}, "niewidoczny znak zmiany kierunku pisma U+202E"),
        ({rules.EMAIL: "biuro@"}, "Adres e-mail „biuro@” jest nieprawidłowy"),
    ],
)  # fmt: skip
def test_bad_details_are_refused_in_polish_and_change_nothing(ctx, values, expected):
    admin = resolve_actor(ctx, "admin")
    office.save(ctx, admin, {rules.ADDRESS_1: "ul. Długa 1"})
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as refused:
        office.save(ctx, admin, {**values, rules.ADDRESS_1: "ul. Krótka 2"})
    assert expected in refused.value.message
    assert snapshot(ctx) == before
    assert office.office_settings(ctx).values[rules.ADDRESS_1] == "ul. Długa 1"


def test_several_problems_are_listed_together_and_nothing_is_written(ctx):
    admin = resolve_actor(ctx, "admin")
    before = snapshot(ctx)
    with pytest.raises(ValidationErrors) as refused:
        office.save(ctx, admin, {rules.NAME: "", rules.PLACE: ""},
                    {("charges", "1"): SignerSetting("Jan Nowak", "", "")})  # fmt: skip
    codes = [(error.code, error.field) for error in refused.value.errors]
    assert codes == [("required", rules.NAME), ("required", rules.PLACE),
                     ("signer.gender_required", "signer.charges.1.gender")]  # fmt: skip
    assert snapshot(ctx) == before


def test_only_an_administrator_changes_the_details(ctx):
    before = snapshot(ctx)
    for login in ("biuro", "przewodniczaca", "zarzad"):
        actor = resolve_actor(ctx, login)
        with pytest.raises(PermissionDenied) as refused:
            office.save(ctx, actor, {rules.NAME: "Inna nazwa"})
        assert refused.value.message == (
            "Nie masz uprawnień do tej czynności: wymagana rola administrator."
        )
        with pytest.raises(PermissionDenied):
            office.set_signer(ctx, actor, "refusal", name="Ktoś", gender="m")
        with pytest.raises(PermissionDenied):
            office.reset(ctx, actor)
        with pytest.raises(PermissionDenied):
            settings.set_value(ctx, actor, rules.NAME, "Inna nazwa")
    assert snapshot(ctx) == before


def test_a_signer_is_set_part_by_part(ctx):
    admin = resolve_actor(ctx, "admin")
    done = office.set_signer(ctx, admin, "decision-record", "2", name="Ewa Zalewska",
                             function="Protokolantka", gender="k")  # fmt: skip
    assert done.message == ("Ustawiono: Protokół z posiedzenia Komisji — decyzja, drugi podpis "
                            "— podpisuje: Ewa Zalewska, Protokolantka.")  # fmt: skip
    assert office.set_signer(ctx, admin, "decision-record", "2", gender="f").changes == NOTHING
    # The gender alone changes: the function follows it.
    office.set_signer(ctx, admin, "decision-record", "2", name="Jan Nowak", gender="m")
    assert office.office_settings(ctx).signatures("decision-record")[1].function == "Protokolant"
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as refused:
        office.set_signer(ctx, admin, "decision-record", "2", gender="")
    assert "Wybierz rodzaj dla osoby podpisującej (Jan Nowak)" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        office.set_signer(ctx, admin, "decision-record", None, name="X")
    assert "ma więcej podpisów" in refused.value.message
    assert snapshot(ctx) == before
    office.set_signer(ctx, admin, "decision-record", "2", name="", gender="")
    assert office.office_settings(ctx).signatures("decision-record")[1].name == ""


def test_text_settings_go_through_the_one_settings_entry_and_empty_clears_an_optional_one(ctx):
    admin = resolve_actor(ctx, "admin")
    assert str(settings.set_value(ctx, admin, rules.WEBSITE, "")) == (
        "Ustawiono: strona internetowa = (puste).")  # fmt: skip
    assert office.office_settings(ctx).details.contact_lines() == ()
    assert str(settings.set_value(ctx, admin, "appeal_days", "21")).startswith("Ustawiono")
    with pytest.raises(ValidationError) as refused:
        settings.set_value(ctx, admin, "office.nazwa", "X")
    assert "office.name" in refused.value.message and "appeal_days" in refused.value.message
    texts = {row["key"]: row["value"] for row in settings.list_text_settings(ctx, admin_of(ctx))}
    assert texts[rules.WEBSITE] == "" and texts[rules.NAME] == REGULATIONS_NAME


def test_restoring_the_defaults_removes_every_office_setting_and_no_other(ctx):
    admin = resolve_actor(ctx, "admin")
    settings.set_value(ctx, admin, "appeal_days", "21")
    office.save(ctx, admin, {rules.NAME: "Fundacja Przykładowa"},
                {("refusal", "1"): SignerSetting("Anna Nowak", "", "f")})  # fmt: skip
    done = office.reset(ctx, admin)
    assert done.message == "Przywrócono domyślne dane organizacji i podpisy."
    assert office.office_settings(ctx).details.name == REGULATIONS_NAME
    assert office.office_settings(ctx).signers == {}
    with reading(ctx) as session:
        assert session.get(Setting, "appeal_days").value == "21"
        deleted = session.scalars(select(AuditEntry).where(
            AuditEntry.entity == "settings", AuditEntry.operation == "delete")).all()  # fmt: skip
        assert len(deleted) == 2
    assert office.reset(ctx, admin).changes == NOTHING


def _every_document(
    ctx, references: list[str], absent: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Each kind of the registry rendered from the first case that has it, as text; every
    kind is found except those named ``absent``."""
    actor = resolve_actor(ctx, "biuro")
    found: dict[str, str] = {}
    for kind in registry.KINDS:
        for reference in references:
            if kind in generate.applicable_kinds(ctx, actor, reference):
                found[kind.code] = text_of(generate.render(ctx, actor, kind.code, reference))
                break
    assert sorted(found) == sorted(k.code for k in registry.KINDS if k.code not in absent)
    return found


@pytest.fixture
def two_cases(cli, declaration_file, tmp_path, ctx) -> list[str]:
    """Cases that between them have every kind of document, on a day when the certificate
    issued on 2021-01-15 (valid to 2026-01-14) is due for a renewal reminder."""
    ctx.today = lambda: date(2025, 12, 1)
    return [
        granted_case(cli, declaration_file, tmp_path),
        revoked_case(cli, declaration_file),
        discontinued_case(cli, declaration_file),
        incomplete_case(cli, declaration_file),
        certified_case(cli, declaration_file, "2021-01-15", name="styczen.json"),
    ]


def test_every_kind_of_document_names_the_body_from_the_settings(ctx, two_cases):
    for kind, text in _every_document(ctx, two_cases).items():
        assert REGULATIONS_NAME in text, kind
        assert "Centrum Aktywności Lokalnej CAL" not in text, kind
        assert not GENDERED_SLOT.search(text), (kind, GENDERED_SLOT.search(text))

    admin = resolve_actor(ctx, "admin")
    details = {
        rules.NAME: "Fundacja Rozwoju Społeczności Łódzkich",
        rules.NAME_OF: "Fundacji Rozwoju Społeczności Łódzkich",
        rules.PLACE: "Łódź",
    }
    signers = {
        ("refusal", "1"): SignerSetting("Barbara Łukaszewicz", "", "f"),
        ("certificate", "2"): SignerSetting("Anita Błaszczyk", "board_member", "f"),
        ("decision-record", "2"): SignerSetting("Ewa Zalewska", "recorder", "f"),
    }
    office.save(ctx, admin, details, signers)
    texts = _every_document(ctx, two_cases)
    for kind, text in texts.items():
        assert "Fundacja Rozwoju Społeczności Łódzkich" in text, kind
        assert REGULATIONS_NAME not in text, kind
        assert not GENDERED_SLOT.search(text), kind
    assert "Łódź, 20 marca 2023 r." in texts["refusal"]
    assert "Barbara Łukaszewicz Przewodnicząca Komisji Certyfikacyjnej" in texts["refusal"]
    assert "odwołanie do Zarządu Fundacji Rozwoju Społeczności Łódzkich" in texts["refusal"]
    assert "za pośrednictwem biura Fundacji Rozwoju Społeczności Łódzkich" in texts["charges"]
    assert "Zarząd Fundacji Rozwoju Społeczności Łódzkich, po rozpatrzeniu" in texts[
        "appeal-decision"]  # fmt: skip
    assert "Certyfikat wydał Zarząd Fundacji Rozwoju Społeczności Łódzkich" in texts["certificate"]
    assert "Anita Błaszczyk Członkini Zarządu" in texts["certificate"]
    assert "Komisja Certyfikacyjna Fundacji Rozwoju" in texts["decision-record"]
    assert "Protokolantka Ewa Zalewska" in texts["decision-record"]
    assert "Komisja Certyfikacyjna Fundacji Rozwoju" in texts["visit-protocol"]
    assert "Adresat: Fundacja Rozwoju Społeczności Łódzkich" in texts["application"]


def test_the_register_names_the_office(ctx, granted, tmp_path):
    from calcert_desktop.services.documents import register_export

    admin = resolve_actor(ctx, "admin")
    office.save(ctx, admin, {rules.NAME: "Fundacja Przykładowa"})
    target = tmp_path / "rejestr.pdf"
    assert register_export.export(ctx, admin_of(ctx), target) == 1
    assert "prowadzi Fundacja Przykładowa." in text_of(target.read_bytes())


# The refusal's wording as version 1 of the program saved it: the body's name written out.
OLD_TEXTS = {
    **refusal_letter.TEMPLATES,
    "decision": ("Komisja Certyfikacyjna Centrum Aktywności Lokalnej, po rozpatrzeniu "
                 "zgłoszenia {institution} (sprawa {reference}), postanowiła w dniu "
                 "{decided_on} odmówić przyznania Certyfikatu Jakości CAL."),
    "instructions": ("Od niniejszej decyzji przysługuje odwołanie do Zarządu Centrum Aktywności "
                     "Lokalnej w terminie {appeal_days} {days_word} od dnia jej doręczenia."
                     "{deadline_sentence}"),
}  # fmt: skip


def test_an_older_saved_wording_still_renders_and_a_new_one_may_name_the_body(ctx):
    admin = resolve_actor(ctx, "admin")
    office.save(ctx, admin, {rules.NAME: "Fundacja Przykładowa"})
    saved = letter_templates.save(ctx, admin, "refusal", OLD_TEXTS, "treść sprzed ustawień")
    assert saved.version == 1 and saved.problems == []
    with reading(ctx) as session:
        version, texts = letter_templates.in_use(session, "refusal")
    assert version == "1" and texts == OLD_TEXTS
    # The office's own words stay as they were saved; the letterhead comes from the settings.
    old = text_of(letter_templates.preview(ctx, "refusal", texts))
    assert old.startswith("Fundacja Przykładowa")
    assert "Komisja Certyfikacyjna Centrum Aktywności Lokalnej, po rozpatrzeniu" in old

    edited = {
        **OLD_TEXTS,
        "decision": "{board} i Komisja Certyfikacyjna {body_of} ({body}) odmawiają {institution}.",
        "signed_for": "W imieniu Komisji {body_of}",
    }
    assert letter_templates.problems("refusal", edited) == []
    preview = text_of(letter_templates.preview(ctx, "refusal", edited))
    assert "Zarząd Fundacja Przykładowa i Komisja Certyfikacyjna Fundacja Przykładowa " in preview
    assert "W imieniu Komisji Fundacja Przykładowa" in preview
    wrong = {**edited, "title": "Odmowa {body}"}  # a title takes no placeholders
    assert [p.code for p in letter_templates.problems("refusal", wrong)] == [
        "template.unknown_placeholder"]  # fmt: skip


def test_the_demo_sets_a_realistic_office_and_signers(cli_in):
    cli = cli_in("demo")
    cli.ok("init", "--no-encryption")
    cli.ok("demo", "--cases", "40", "--seed", "5", user="admin")
    context = open_context(DataPaths(cli.data_dir), create=False)
    try:
        current = office.office_settings(context)
        assert current.details.name == REGULATIONS_NAME
        assert current.details.address_lines == ("ul. Marszałkowska 87 lok. 12", "00-683 Warszawa")
        refusal = current.signatures("refusal")[0]
        assert (refusal.name, refusal.function) == (
            "Barbara Łukaszewicz", "Przewodnicząca Komisji Certyfikacyjnej")  # fmt: skip
        assert current.signatures("certificate")[0].name == "Jerzy Będkowski"
        assert current.signatures("decision-record")[1].function == "Protokolantka"
        with reading(context) as session:
            rows = session.scalars(select(Setting).where(Setting.key.like("signer.%"))).all()
        assert len(rows) == 12
        # The demo has no discontinued proceedings, and whether a reminder is due depends on
        # the real day: those two kinds are checked on the cases of the test above.
        absent = frozenset({"discontinuation", "renewal-reminder"})
        for kind, text in _every_document(context, _references(context), absent).items():
            assert REGULATIONS_NAME in text and not GENDERED_SLOT.search(text), kind
    finally:
        context.close()


def _references(ctx) -> list[str]:
    from calcert_desktop.storage.models import Case

    with reading(ctx) as session:
        return list(session.scalars(select(Case.reference).where(Case.reference.is_not(None))))
