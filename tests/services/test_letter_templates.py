"""The letters' wording as versioned data: a saved change shows in the next letter and the
generated document records its version; history and restore; broken wording refused with
nothing stored; a broken version already stored refuses generation; who may save."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

import pytest
from sqlalchemy import func, select

import blob_support
from calcert_desktop.documents import letter_wordings
from calcert_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from calcert_desktop.services.context import reading, resolve_actor, writing
from calcert_desktop.services.documents import generate, letter_templates
from calcert_desktop.storage.models import LetterTemplate
from case_scenarios import revoked_case
from documents.test_letters import flat, text_of
from services.test_generated_documents import row_count, stored_files


@pytest.fixture
def office(ctx):
    return resolve_actor(ctx, "biuro")


def builtin(kind: str) -> dict[str, str]:
    return dict(letter_wordings.wording(kind).builtin)


def versions(ctx) -> int:
    with reading(ctx) as session:
        return session.scalar(select(func.count()).select_from(LetterTemplate)) or 0


def test_a_saved_wording_shows_in_the_next_letter_and_its_version_is_recorded(
    ctx, office, cli, declaration_file
):
    reference = revoked_case(cli, declaration_file)
    first = generate.generate(ctx, office, "refusal", reference)
    assert first.template_version == "0"  # the built-in wording

    texts = builtin("refusal")
    texts["decision"] = (
        "Komisja, rozpatrzywszy zgłoszenie instytucji {institution}, w dniu {decided_on} "
        "postanowiła nie przyznać certyfikatu (sprawa {reference})."
    )
    saved = letter_templates.save(ctx, office, "refusal", texts, "Krótsze rozstrzygnięcie")
    assert (saved.version, saved.saved_by, saved.note) == (1, "Ewa Zalewska",
                                                           "Krótsze rozstrzygnięcie")  # fmt: skip

    info = generate.generate(ctx, office, "refusal", reference)
    assert info.template_version == "1"
    text = flat(text_of(blob_support.content(ctx, info.sha256)))
    assert "Komisja, rozpatrzywszy zgłoszenie instytucji" in text
    assert "w dniu 20 marca 2023 r. postanowiła nie przyznać certyfikatu" in text
    assert f"(sprawa {reference})" in text
    listed = {d.id: d.template_version for d in generate.list_generated(ctx, office, reference)}
    assert listed == {first.id: "0", info.id: "1"}
    # the other letters keep the built-in wording; a certificate has none
    assert generate.generate(ctx, office, "charges", reference).template_version == "0"
    assert generate.generate(ctx, office, "certificate", reference).template_version is None


def test_history_and_restore_keep_a_straight_line(ctx, office):
    assert letter_templates.current(ctx, "charges").builtin
    assert letter_templates.history(ctx, "charges") == []
    texts = builtin("charges")
    texts["title"] = "Zarzuty"
    letter_templates.save(ctx, office, "charges", texts, "Krótszy tytuł")
    texts["title"] = "Zarzuty na piśmie (pilne)"
    letter_templates.save(ctx, office, "charges", texts, "")
    restored = letter_templates.restore_builtin(ctx, office, "charges")

    assert restored.version == 3 and restored.texts == builtin("charges")
    history = letter_templates.history(ctx, "charges")
    assert [(v.version, v.note) for v in history] == [
        (3, letter_templates.RESTORED_NOTE), (2, ""), (1, "Krótszy tytuł")]  # fmt: skip
    assert letter_templates.current(ctx, "charges").version == 3
    assert letter_templates.version(ctx, "charges", 1).texts["title"] == "Zarzuty"
    assert letter_templates.version(ctx, "charges", 0).texts == builtin("charges")
    with pytest.raises(NotFound) as error:
        letter_templates.version(ctx, "charges", 9)
    assert error.value.message == "Treść pisma „Zarzuty na piśmie” nie ma wersji 9."
    with pytest.raises(ValidationError) as error:  # the built-in wording is in use already
        letter_templates.restore_builtin(ctx, office, "charges")
    assert error.value.code == "template.unchanged"
    assert versions(ctx) == 3


BROKEN = [
    ("decision", "Odmowa dla {instytucja}.", "nieznane pole {instytucja}"),
    ("decision", "Odmowa dla {institution.__class__.__mro__}.", "tylko sama nazwa pola"),
    ("decision", "Odmowa dla {institution[0]}.", "tylko sama nazwa pola"),
    ("decision", "Odmowa dla {institution!r}.", "tylko sama nazwa pola"),
    ("decision", "Odmowa dla {institution:>300}.", "tylko sama nazwa pola"),
    ("decision", "Odmowa dla {}.", "puste lub numerowane"),
    ("instructions", "Odwołanie w terminie {appeal_days dni.", "bez zamykającego"),
    ("instructions", "Odwołanie } w terminie.", "bez otwierającego"),
    ("deadline", "Ostatni dzień: {decided_on}.", "nieznane pole {decided_on}"),
    ("signed_for", "", "jest pusta"),
    ("title", "T" * 201, "najwyżej 200 znaków"),
]


@pytest.mark.parametrize(("part", "text", "said"), BROKEN)
def test_a_broken_wording_is_refused_and_nothing_is_stored(ctx, office, part, text, said):
    texts = builtin("refusal")
    texts["title"] = "Odmowa (wersja 1)"
    letter_templates.save(ctx, office, "refusal", texts, "pierwsza")
    label = letter_wordings.wording("refusal").parts[part].label

    with pytest.raises(ValidationError) as error:
        letter_templates.save(ctx, office, "refusal", {**texts, part: text}, "zepsuta")
    message = error.value.message
    assert message.startswith("Nie zapisano treści pisma „Odmowa przyznania certyfikatu”")
    assert f"Część „{label}”" in message and said in message
    assert versions(ctx) == 1
    current = letter_templates.current(ctx, "refusal")
    assert current.version == 1
    # the letter still renders, in version 1
    pdf = letter_wordings.render_sample("refusal", current.texts)
    assert "Odmowa (wersja 1)" in flat(text_of(pdf))


def test_unknown_and_missing_parts_are_refused(ctx, office):
    texts = builtin("appeal-decision")
    del texts["final"]
    texts["dopisek"] = "P.S."
    with pytest.raises(ValidationError) as error:
        letter_templates.save(ctx, office, "appeal-decision", texts, "")
    assert "Brakuje części „Pouczenie – treść”" in error.value.message
    assert "Nieznana część „dopisek”" in error.value.message
    assert versions(ctx) == 0


def test_a_failing_trial_letter_refuses_the_wording(ctx, office, monkeypatch):
    def fails(kind, texts):
        raise ValueError("układ strony")

    monkeypatch.setattr(letter_wordings, "render_sample", fails)
    texts = {**builtin("refusal"), "title": "Inny tytuł"}
    with pytest.raises(ValidationError) as error:
        letter_templates.save(ctx, office, "refusal", texts, "")
    assert error.value.code == "template.trial_failed" and "układ strony" in error.value.message
    assert versions(ctx) == 0


def test_a_broken_version_in_the_database_refuses_generation(
    ctx, office, cli, declaration_file
):
    reference = revoked_case(cli, declaration_file)
    broken = {**builtin("revocation"), "decision": "Odbiera się {institution.__init__}."}
    with writing(ctx, office, "test") as session:  # as an older program might have saved it
        session.add(LetterTemplate(
            id=uuid.uuid4(), kind="revocation", version=1, texts=json.dumps(broken),
            saved_at=datetime(2025, 1, 1), saved_by_id=office.id, note="stara wersja",
        ))  # fmt: skip
    files, rows = stored_files(ctx), row_count(ctx)

    with pytest.raises(ValidationError) as error:
        generate.generate(ctx, office, "revocation", reference)
    message = error.value.message
    assert message.startswith("Nie można wydać pisma „Decyzja o odebraniu certyfikatu”: jego "
                              "treść w wersji 1 jest błędna")  # fmt: skip
    assert "{institution.__init__}" in message
    assert message.endswith("popraw ją w Ustawienia → Treść pism.")
    assert stored_files(ctx) == files and row_count(ctx) == rows
    with pytest.raises(ValidationError):
        generate.render(ctx, office, "revocation", reference)

    # fixing it (restoring the built-in wording) makes the letter available again
    letter_templates.restore_builtin(ctx, office, "revocation")
    assert generate.generate(ctx, office, "revocation", reference).template_version == "2"


@pytest.mark.parametrize("login", ["czlonek1", "przewodniczaca", "ekspert", "zarzad"])
def test_only_the_office_and_administrators_may_save(ctx, login):
    actor = resolve_actor(ctx, login)
    assert not letter_templates.may_edit(actor)
    texts = {**builtin("refusal"), "title": "Odmowa"}
    with pytest.raises(PermissionDenied) as error:
        letter_templates.save(ctx, actor, "refusal", texts, "")
    assert "biuro lub administrator" in error.value.message
    with pytest.raises(PermissionDenied):
        letter_templates.restore_builtin(ctx, actor, "refusal")
    assert versions(ctx) == 0


def test_an_administrator_may_save(ctx):
    admin = resolve_actor(ctx, "admin")
    assert letter_templates.may_edit(admin)
    texts = {**builtin("refusal"), "title": "Odmowa"}
    assert letter_templates.save(ctx, admin, "refusal", texts, "").version == 1


def test_preview_renders_the_unsaved_wording_and_refuses_a_broken_one(ctx):
    texts = {**builtin("appeal-decision"), "title": "Decyzja Zarządu w sprawie odwołania"}
    text = flat(text_of(letter_templates.preview(ctx, "appeal-decision", texts)))
    assert "Decyzja Zarządu w sprawie odwołania" in text
    assert "Stowarzyszenie „Razem dla Łącka”" in text
    with pytest.raises(ValidationError):
        letter_templates.preview(ctx, "appeal-decision", {**texts, "final": "{x}"})
    assert versions(ctx) == 0


def test_an_unknown_kind_is_refused_in_polish(ctx):
    with pytest.raises(ValidationError) as error:
        letter_templates.current(ctx, "certificate")
    assert error.value.message.startswith("Pismo „certificate” nie ma edytowalnej treści.")
