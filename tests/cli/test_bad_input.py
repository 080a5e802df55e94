"""Bad input: exit code 1, one clear Polish line, and the database byte-for-byte unchanged."""

from __future__ import annotations

import json

import pytest

from cli_support import BOARD_VOTES


def refused(cli, *args, user=None, expect: str) -> None:
    line = cli.refused(*args, user=user, expect=expect)
    assert "Traceback" not in line


@pytest.fixture
def filed(cli, declaration_file) -> str:
    draft = cli.ok("declare", str(declaration_file()), user="biuro").strip()
    cli.ok("act", draft, "file", "--date", "2024-02-20", user="biuro")
    return json.loads(cli.ok("show", draft, "--json", user="biuro"))["reference"]


def test_malformed_json(cli, tmp_path):
    bad = tmp_path / "zla.json"
    bad.write_text('{"form_version": "1",\n  "institution": {,}}', encoding="utf-8")
    refused(cli, "declare", str(bad), user="biuro", expect="wiersz 2")


def test_missing_standard(cli, declaration_file):
    def drop(data):
        data["standards"]["S4"]["declared"] = False

    refused(cli, "declare", str(declaration_file(edit=drop)), user="biuro", expect="punktu 4")


def test_wrong_nip_checksum(cli, declaration_file):
    def wrong(data):
        nip = data["institution"]["nip"]
        digits = [c for c in nip if c.isdigit()]
        digits[-1] = str((int(digits[-1]) + 1) % 10)
        data["institution"]["nip"] = "".join(digits)

    refused(cli, "declare", str(declaration_file(edit=wrong)), user="biuro", expect="NIP")


def test_unknown_reference(cli, filed):
    refused(cli, "act", "CAL/2024/9999", "accept", user="biuro", expect="CAL/2024/9999")


def test_action_in_wrong_state(cli, filed):
    refused(
        cli,
        "act",
        filed,
        "issue",
        *BOARD_VOTES,
        "--date",
        "2024-03-01",
        user="zarzad",
        expect="wydanie certyfikatu",
    )


def test_user_without_the_role(cli, filed):
    refused(cli, "act", filed, "accept", "--date", "2024-02-21", user="ekspert", expect="uprawnień")


def test_unknown_user(cli, filed):
    refused(cli, "act", filed, "accept", user="nikt", expect="Nieprawidłowy login lub hasło")


def test_bad_date(cli, filed):
    refused(cli, "act", filed, "accept", "--date", "21.02.2024", user="biuro", expect="RRRR-MM-DD")


def test_wrong_usage_exits_2(cli):
    code, _, err = cli("act")
    assert code == 2 and "Użycie" in err


def test_missing_database_is_explained(tmp_path, capsys):
    from calcert_desktop.cli.main import main

    code = main(["--data-dir", str(tmp_path / "brak"), "cases"])
    err = capsys.readouterr().err
    assert code == 1 and "calcert init" in err
    assert not (tmp_path / "brak" / "calcert.sqlite3").exists()
