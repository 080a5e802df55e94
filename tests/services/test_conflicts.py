"""Two people changing the same record: the second is refused in Polish, told who changed it
and when, with both versions, and nothing of their write is saved (never a silent
overwrite); a write is all or nothing with its audit entries, also when the database fails
mid-flush."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from sqlalchemy import func, select

from calcert_desktop.domain.conflicts import ChangedMeanwhile, Difference
from calcert_desktop.domain.office import ADDRESS_1, NAME
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import office, people
from calcert_desktop.services.applications import drafts
from calcert_desktop.services.context import AppContext, open_context, resolve_actor, writing
from calcert_desktop.services.documents import letter_templates
from calcert_desktop.services.process import action_forms, batch, perform
from calcert_desktop.storage.models import AuditEntry, Setting, User
from trials.case_steps import DAY, STEPS
from trials.support import folder_with_drafts


@pytest.fixture
def office_ctx(prepared_db: Path, tmp_path: Path):
    """A data folder with one draft and a second administrator and office worker."""
    folder = tmp_path / "dane"
    codes = folder_with_drafts(prepared_db, folder, 1)
    ctx = open_context(DataPaths(folder), create=False)
    admin = resolve_actor(ctx, "admin")
    people.add_user(ctx, admin, "admin2", "Karol Nowak", "admin")
    people.add_user(ctx, admin, "biuro2", "Joanna Dąbrowska", "office")
    ctx.codes = codes  # type: ignore[attr-defined]
    yield ctx
    ctx.close()


def _audit_count(ctx: AppContext) -> int:
    with writing(ctx, None, "count") as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_office_details_saved_meanwhile_are_not_overwritten(office_ctx):
    ctx = office_ctx
    first, second = resolve_actor(ctx, "admin"), resolve_actor(ctx, "admin2")
    shown = office.office_settings(ctx)  # the first administrator's page
    assert shown.versions == {}  # nothing stored yet: every detail its default
    office.save(ctx, second, {NAME: "Fundacja Druga", ADDRESS_1: "ul. Długa 1"}, {},
                office.office_settings(ctx).versions)  # fmt: skip
    before = _audit_count(ctx)
    typed = dict(shown.values, **{NAME: "Fundacja Pierwsza"})  # the page sends every field
    with pytest.raises(ChangedMeanwhile) as refused:
        office.save(ctx, first, typed, {}, shown.versions)
    error = refused.value
    assert error.headline.startswith(
        "Dane organizacji i podpisy: w międzyczasie zmieniła to inna osoba — Karol Nowak "
        "(admin2), "
    )
    assert error.params["who"] == "Karol Nowak (admin2)"
    assert error.details == [
        "Dane organizacji: adres: ulica i numer — Twoja wersja: (brak); zapisana: "
        "„ul. Długa 1”",
        "Dane organizacji: pełna nazwa organizacji — Twoja wersja: „Fundacja Pierwsza”; "
        "zapisana: „Fundacja Druga”",
    ]
    now = office.office_settings(ctx)
    assert (now.values[NAME], now.values[ADDRESS_1]) == ("Fundacja Druga", "ul. Długa 1")
    assert _audit_count(ctx) == before  # nothing written, not even an audit entry
    # Saving again from what is stored now (the page reads it after the refusal) succeeds.
    office.save(ctx, first, dict(now.values, **{NAME: "Fundacja Pierwsza"}), {}, now.versions)
    assert office.office_settings(ctx).values[NAME] == "Fundacja Pierwsza"


def test_a_letter_wording_saved_meanwhile_is_not_overwritten(office_ctx):
    ctx = office_ctx
    first, second = resolve_actor(ctx, "biuro"), resolve_actor(ctx, "biuro2")
    shown = letter_templates.current(ctx, "refusal")
    assert shown.version == 0
    theirs = dict(shown.texts, decision="Komisja postanowiła nie przyznać certyfikatu "
                                        "instytucji {institution} ({reference}).")  # fmt: skip
    letter_templates.save(ctx, second, "refusal", theirs, "krócej", based_on=0)
    mine = dict(shown.texts, decision="Komisja odmówiła przyznania certyfikatu instytucji "
                                      "{institution} (sprawa {reference}).")  # fmt: skip
    with pytest.raises(ChangedMeanwhile) as refused:
        letter_templates.save(ctx, first, "refusal", mine, "inaczej", based_on=0)
    assert "w międzyczasie zmieniła to inna osoba — Joanna Dąbrowska, " in refused.value.headline
    assert "(wersja 0 → 1)" in refused.value.headline
    assert len(refused.value.details) == 1
    assert refused.value.details[0].startswith(
        "Część „Rozstrzygnięcie – treść” — Twoja wersja: „Komisja odm"
    )
    assert letter_templates.current(ctx, "refusal").version == 1
    saved = letter_templates.save(ctx, first, "refusal", mine, "inaczej", based_on=1)
    assert saved.version == 2


def test_an_assessment_revised_meanwhile_is_not_overwritten(office_ctx):
    ctx = office_ctx
    (code,) = ctx.codes
    for login, action, params in STEPS[:3]:  # filed, accepted, czlonek1 the rapporteur
        perform.perform(ctx, resolve_actor(ctx, login), code, action, DAY, params)
    member = resolve_actor(ctx, "czlonek1")
    batch.assess_standards(ctx, member, code, DAY, {"S1": ("meets", "", "")}, {})
    form = action_forms.action_form(ctx, member, code, "assess")  # the dialog on one PC
    assert form.own_versions == {"S1": 1}
    batch.assess_standards(ctx, member, code, DAY, {"S1": ("partly", "Braki w statucie.", "")},
                           action_forms.action_form(ctx, member, code, "assess").own_versions)
    with pytest.raises(ChangedMeanwhile) as refused:
        batch.assess_standards(ctx, member, code, DAY, {"S1": ("not", "Brak statutu.", "")},
                               form.own_versions)  # fmt: skip
    assert refused.value.headline.startswith(
        "Ocena standardu S1 w sprawie CAL/2024/0001: w międzyczasie zmieniła to inna osoba "
        "— Tomasz Wróbel (czlonek1), "
    )
    assert refused.value.details == [
        "Ocena — Twoja wersja: „nie spełnia”; zapisana: „spełnia częściowo”",
        "Komentarz — Twoja wersja: „Brak statutu.”; zapisana: „Braki w statucie.”",
    ]
    kept = action_forms.action_form(ctx, member, code, "assess").own_assessments
    assert kept["S1"] == ("partly", "Braki w statucie.", "")


def test_a_draft_changed_only_in_its_declaration_gets_a_new_version(office_ctx):
    ctx = office_ctx
    (code,) = ctx.codes
    office_worker = resolve_actor(ctx, "biuro")
    info, data = drafts.load_draft(ctx, office_worker, code)
    changed = copy.deepcopy(data)
    changed["submitter"]["name"] = "Inna Osoba"  # no column of the case holds it
    saved = drafts.save_draft(ctx, office_worker, changed, code, info.version)
    assert saved.version == info.version + 1
    again = drafts.save_draft(ctx, office_worker, changed, code, saved.version)  # same data
    assert again.version == saved.version  # nothing written
    with pytest.raises(ChangedMeanwhile) as refused:
        drafts.save_draft(ctx, resolve_actor(ctx, "biuro2"), data, code, info.version)
    assert refused.value.params["who"] == "Ewa Zalewska (biuro)"
    assert [d.field for d in refused.value.differences] == ["Imię i nazwisko osoby zgłaszającej"]


def test_a_write_failing_mid_flush_leaves_neither_record_nor_audit_entry(office_ctx):
    ctx = office_ctx
    before = _audit_count(ctx)
    admin = resolve_actor(ctx, "admin")
    with pytest.raises(Exception) as failed:  # the database refuses the second row
        with writing(ctx, admin, "test") as session:
            session.add(Setting(key="office.phone", value="22 123 45 67"))
            session.flush()  # written, with its audit entry, in the open transaction
            session.add(people.make_user("admin", "Drugi Admin", frozenset()))
            session.flush()
    assert "IntegrityError" in type(failed.value).__name__
    with pytest.raises(RuntimeError):
        with writing(ctx, admin, "test") as session:
            session.add(Setting(key="office.phone", value="22 123 45 67"))
            session.flush()
            raise RuntimeError("a failure after the flush, before the commit")
    assert office.office_settings(ctx).values["office.phone"] == ""
    assert _audit_count(ctx) == before


@pytest.mark.postgresql_only("two transactions interleaved: SQLite's writers hold the file")
def test_a_flush_meeting_a_newer_version_is_refused_naming_who_changed_it(
    office_ctx, monkeypatch
):
    ctx = office_ctx
    found = people._any_user
    elsewhere: list[str] = []

    def read_then_changed_elsewhere(session, login):
        user = found(session, login)
        if not elsewhere:  # another PC changes the person after this transaction read them
            elsewhere.append(login)
            people.set_active(ctx, resolve_actor(ctx, "admin2"), login, False)
        return user

    monkeypatch.setattr(people, "_any_user", read_then_changed_elsewhere)
    with pytest.raises(ChangedMeanwhile) as refused:
        people.set_roles(ctx, resolve_actor(ctx, "admin"), "biuro2", "office,expert")
    error = refused.value
    assert error.headline.startswith(
        "Osoba Joanna Dąbrowska (biuro2): w międzyczasie zmieniła to inna osoba — Karol Nowak "
        "(admin2), "
    )
    assert error.details == ["Role — Twoja wersja: „expert,office”; zapisana: „office”"]
    monkeypatch.undo()
    with writing(ctx, None, "read") as session:
        stored = session.scalar(select(User).where(User.login == "biuro2"))
        assert (stored.roles, stored.active, stored.row_version) == ("office", False, 2)


def test_the_command_line_prints_a_conflict_as_one_line_and_the_fields(cli, monkeypatch):
    from calcert_desktop.services.admin import settings

    def changed_meanwhile(*_args, **_kwargs):
        raise ChangedMeanwhile(
            "ustawienie „dni na odwołanie”", "Karol Nowak (admin2)", "06.12.2026, 14:03",
            [Difference("wartość ustawienia", "„30”", "„21”")],
        )  # fmt: skip

    monkeypatch.setattr(settings, "set_value", changed_meanwhile)
    code, out, err = cli("settings", "set", "appeal_days", "30", user="admin")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "błąd: Ustawienie „dni na odwołanie”: w międzyczasie zmieniła to inna osoba — Karol "
        "Nowak (admin2), 06.12.2026, 14:03. Twoich zmian nie zapisano (nic nie zostało "
        "nadpisane). Odśwież widok, porównaj obie wersje i wprowadź zmiany ponownie.",
        "  Wartość ustawienia — Twoja wersja: „30”; zapisana: „21”",
    ]


def test_a_person_changed_since_the_list_was_read_is_not_overwritten(office_ctx):
    ctx = office_ctx
    first, second = resolve_actor(ctx, "admin"), resolve_actor(ctx, "admin2")
    def biuro2() -> dict:
        return {p["login"]: p for p in people.list_users(ctx, first)}["biuro2"]

    listed = biuro2()  # one admin's list
    people.set_roles(ctx, second, "biuro2", "office,expert", biuro2()["version"])
    with pytest.raises(ChangedMeanwhile) as refused:
        people.set_active(ctx, first, "biuro2", False, listed["version"])
    assert refused.value.params["who"] == "Karol Nowak (admin2)"
    assert refused.value.details == ["Aktywna — Twoja wersja: nie; zapisana: tak"]
    now = biuro2()
    assert (now["roles"], now["active"]) == (["office", "expert"], True)
    people.set_active(ctx, first, "biuro2", False, now["version"])
