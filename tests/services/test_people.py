"""The people register: adding, changing roles, deactivating; administrators only, and never
without an active administrator."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from calcert_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from calcert_desktop.services.admin import people
from calcert_desktop.services.changes import Changes, Kind
from calcert_desktop.services.context import AppContext, reading, resolve_actor
from calcert_desktop.storage.models import AuditEntry
from cli_support import admin_of


def _person(ctx: AppContext, login: str) -> dict:
    office = resolve_actor(ctx, "biuro")  # the office reads the register too
    return next(p for p in people.list_users(ctx, office) if p["login"] == login)


def test_roles_are_replaced_and_audited(ctx):
    admin = resolve_actor(ctx, "admin")
    done = people.set_roles(ctx, admin, "ekspert", "expert,board_member")
    assert done.message == "Role osoby Marta Żak (ekspert): ekspert CAL, członek Zarządu CAL."
    assert done.changes == Changes.of(Kind.PEOPLE)
    assert sorted(_person(ctx, "ekspert")["roles"]) == ["board_member", "expert"]
    assert resolve_actor(ctx, "ekspert").roles == {"expert", "board_member"}
    with reading(ctx) as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "set-roles")).one()
        assert entry.user_login == "admin"
        assert "board_member" in json.loads(entry.new)["roles"]


def test_deactivated_person_cannot_act_and_is_not_offered(ctx):
    admin = resolve_actor(ctx, "admin")
    assert people.set_active(ctx, admin, "czlonek3", False).message == (
        "Osoba Paweł Śliwiński (czlonek3) jest teraz nieaktywna."
    )
    assert _person(ctx, "czlonek3")["active"] is False  # still listed in the register
    active = people.list_users(ctx, admin_of(ctx), active_only=True)
    assert "czlonek3" not in [p["login"] for p in active]
    with pytest.raises(NotFound):
        resolve_actor(ctx, "czlonek3")
    people.set_active(ctx, admin, "czlonek3", True)
    assert resolve_actor(ctx, "czlonek3").login == "czlonek3"


def test_only_administrators_change_people(ctx):
    office = resolve_actor(ctx, "biuro")
    for change in (
        lambda: people.set_roles(ctx, office, "ekspert", "office"),
        lambda: people.set_active(ctx, office, "ekspert", False),
        lambda: people.add_user(ctx, office, "nowa", "Nowa Osoba", "office"),
    ):
        with pytest.raises(PermissionDenied) as refused:
            change()
        assert "administrator" in refused.value.message
    assert _person(ctx, "ekspert")["active"] is True


def test_the_last_administrator_stays(ctx):
    admin = resolve_actor(ctx, "admin")
    with pytest.raises(ValidationError) as refused:
        people.set_active(ctx, admin, "admin", False)
    assert "ostatnim aktywnym administratorem" in refused.value.message
    with pytest.raises(ValidationError):
        people.set_roles(ctx, admin, "admin", "office")
    people.set_roles(ctx, admin, "biuro", "office,admin")  # a second administrator
    people.set_active(ctx, admin, "admin", False)
    assert _person(ctx, "admin")["active"] is False


def test_unknown_people_and_roles_are_named(ctx):
    admin = resolve_actor(ctx, "admin")
    with pytest.raises(NotFound) as missing:
        people.set_active(ctx, admin, "nikt", False)
    assert "„nikt”" in missing.value.message
    with pytest.raises(ValidationError) as unknown:
        people.set_roles(ctx, admin, "ekspert", "expert,kierownik")
    assert "kierownik" in unknown.value.message
