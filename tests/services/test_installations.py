"""Installations that know each other (issue 19, point 1), on both engines: each has its
own identity and exchange key; the office registers its laptops and a laptop its office,
nothing else; a tampered identity, the own one, a known one and a revoked key are refused;
a laptop never numbers a case nor records a decision."""

from __future__ import annotations

import json

import pytest

from calcert_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from calcert_desktop.exchange import identity
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.services.exchange import installations
from cli_support import Cli


@pytest.fixture
def laptop(tmp_path, capsys) -> Cli:
    """A second installation in its own data folder, made a laptop."""
    cli = Cli(tmp_path / "laptop", capsys)
    cli.ok("init", "--no-encryption")
    out = cli.ok("installations", "own", "--laptop", "--name", "Laptop  Anny Żak", user="admin")
    assert "Laptop Anny Żak (laptop, klucz " in out
    return cli


def _identity_of(cli: Cli) -> str:
    return cli.ok("installations", "own", user="admin").strip().splitlines()[-1]


def test_an_installation_has_one_identity_made_when_first_asked(ctx):
    admin = resolve_actor(ctx, "admin")
    first = installations.own(ctx, admin)
    assert first.role == "office" and first.own
    assert installations.own(ctx, admin) == first  # made once
    parsed = identity.parse(f"# biuro\n{first.text}\n")
    assert parsed.key_id == first.key_id and parsed.role == "office"
    renamed = installations.own(ctx, admin, name="Biuro CAL w Warszawie")
    assert renamed.key_id == first.key_id and renamed.name == "Biuro CAL w Warszawie"
    with pytest.raises(ValidationError, match="rola się nie zmienia"):
        installations.own(ctx, admin, role="laptop")
    with pytest.raises(PermissionDenied):
        installations.own(ctx, resolve_actor(ctx, "biuro"))


def test_the_office_and_a_laptop_register_each_other(cli, laptop, tmp_path):
    office_text = _identity_of(cli)
    laptop_text = _identity_of(laptop)
    assert "Zarejestrowano instalację „Laptop Anny Żak” (laptop" in cli.ok(
        "installations", "add", laptop_text, user="admin")  # fmt: skip
    saved = tmp_path / "biuro.calid"
    cli.ok("installations", "own", "-o", str(saved), user="admin")
    laptop.ok("installations", "add", "--file", str(saved), user="admin")
    listed = json.loads(cli.ok("installations", "list", "--json", user="admin"))
    assert [(i["role"], i["own"]) for i in listed] == [("office", True), ("laptop", False)]
    assert listed[1]["identity"] == laptop_text
    refusals = {
        "already known": (cli, laptop_text, "jest już zarejestrowana"),
        "its own": (cli, office_text, "identyfikator tej instalacji"),
        "a laptop by a laptop": (laptop, laptop_text, "identyfikator tej instalacji"),
        "cut short": (cli, laptop_text[:40], "CALINST1"),
        "another key, same id": (cli, _other_key(laptop_text), "jego klucz nie zgadza się"),
        "not an identity": (cli, "CALKEY1:abc:def", "CALINST1"),
    }
    for what, (where, text, said) in refusals.items():
        code, _, err = where("installations", "add", text, user="admin")
        assert code == 1 and said in err, (what, err)
    other_laptop = identity.Identity("Laptop Ewy", "laptop", b"\x01" * 32, b"\x11" * 32).text()
    laptop_office = identity.Identity("Inne biuro", "office", b"\x02" * 32, b"\x12" * 32).text()
    code, _, err = laptop("installations", "add", laptop_office, user="admin")
    assert code == 1 and "Laptop ufa jednemu biuru" in err
    code, _, err = laptop("installations", "add", other_laptop, user="admin")
    assert code == 1 and "Laptop rejestruje tylko biuro" in err
    code, _, err = cli("installations", "add", laptop_office, user="admin")
    assert code == 1 and "Biuro rejestruje tylko laptopy" in err


def _other_key(text: str) -> str:
    parts = text.split(":")
    parts[3] = identity.Identity("x", "laptop", b"\x07" * 32, b"\x17" * 32).text().split(":")[3]
    return ":".join(parts)


def test_a_lost_laptops_key_is_revoked_for_good(ctx, laptop):
    admin = resolve_actor(ctx, "admin")
    text = _identity_of(laptop)
    installations.add(ctx, admin, text)
    key_id = identity.parse(text).key_id
    done = installations.revoke(ctx, admin, key_id.upper())
    assert "Unieważniono klucz instalacji „Laptop Anny Żak”" in str(done)
    [lost] = [i for i in installations.list_installations(ctx, admin) if not i.own]
    assert lost.revoked_at is not None
    with pytest.raises(ValidationError, match="unieważniono"):
        installations.revoke(ctx, admin, key_id)
    with pytest.raises(ValidationError, match="nie można zarejestrować ponownie"):
        installations.add(ctx, admin, text)
    with pytest.raises(NotFound):
        installations.revoke(ctx, admin, "0" * 16)


def test_a_laptop_never_numbers_nor_decides(cli, declaration_file):
    draft = cli.ok("declare", str(declaration_file()), user="biuro").strip()
    cli.ok("installations", "own", "--laptop", user="admin")
    before = cli.fingerprint()
    code, _, err = cli("act", draft, "file", "--date", "2024-02-20", user="biuro")
    assert code == 1 and "To jest laptop" in err and "należy do biura" in err
    assert cli.fingerprint() == before
