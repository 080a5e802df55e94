"""Registering declarations, listing and searching cases, and the entry points."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import blob_support


def test_declare_with_received_date_files_at_once(cli, declaration_file):
    out = cli.ok("declare", str(declaration_file()), "--received", "2024-03-01", user="biuro")
    assert out.strip() == "CAL/2024/0001"
    second = cli.ok("declare", str(declaration_file()), "--received", "2024-03-02", user="biuro")
    assert second.strip() == "CAL/2024/0002"
    data = json.loads(cli.ok("show", "CAL/2024/0001", "--json", user="biuro"))
    assert data["state"] == "filed" and data["received_on"] == "2024-03-01"
    assert data["form_version"] == "1"
    assert data["declaration"]["standards"]["S9"]["declared"] is True


def test_declared_attachments_are_copied_by_content(cli, declaration_file, tmp_path):
    scan = tmp_path / "skan.pdf"
    scan.write_bytes(b"%PDF-1.4 podpisane zgloszenie")

    def attach(data):
        data["attachments"] = [{"kind": "signed_form", "file_name": "skan.pdf", "path": "skan.pdf"}]

    draft = cli.ok("declare", str(declaration_file(edit=attach)), user="biuro").strip()
    shown = json.loads(cli.ok("show", draft, "--json", user="biuro"))
    stored = shown["declaration"]["attachments"][0]
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert stored["sha256"] == digest and stored["size_bytes"] == scan.stat().st_size
    assert "path" not in stored
    assert blob_support.folder_content(cli.data_dir, digest) == scan.read_bytes()

    def missing(data):
        data["attachments"] = [{"kind": "report", "file_name": "r.pdf", "path": "brak.pdf"}]

    code, _, err = cli("declare", str(declaration_file(edit=missing)), user="biuro")
    assert code == 1 and "brak.pdf" in err


def test_search_ignores_case_and_polish_letters(cli, declaration_file):
    cli.ok("declare", str(declaration_file()), "--received", "2024-03-01", user="biuro")
    shown = json.loads(cli.ok("show", "CAL/2024/0001", "--json", user="biuro"))
    town = shown["declaration"]["institution"]["address"]["town"]
    assert any(ch in town for ch in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
    from calcert_desktop.domain.polish_text import fold

    for query in (fold(town), town.upper(), "cal/2024/0001"):
        rows = json.loads(cli.ok("cases", "--search", query, "--json", user="biuro"))
        assert [r["reference"] for r in rows] == ["CAL/2024/0001"], query
    assert json.loads(cli.ok("cases", "--search", "nieistniejąca", "--json", user="biuro")) == []
    assert json.loads(cli.ok("cases", "--status", "review", "--json", user="biuro")) == []
    assert len(json.loads(cli.ok("cases", "--status", "filed", "--json", user="biuro"))) == 1


def test_cases_sort_in_polish_order(cli, declaration_file):
    names = ["Źródło", "Żaczek", "Sopot", "Śląsk", "Łąka", "Lipa", "Zorza"]
    for index, name in enumerate(names):

        def rename(data, name=name):
            data["institution"]["name"] = f"{name} – stowarzyszenie"

        path = declaration_file(edit=rename, name=f"d{index}.json")
        cli.ok("declare", str(path), user="biuro")
    rows = json.loads(cli.ok("cases", "--json", user="biuro"))
    order = [r["institution"].split(" ")[0] for r in rows]
    assert order == ["Lipa", "Łąka", "Sopot", "Śląsk", "Zorza", "Źródło", "Żaczek"]


def test_module_entry_point_and_desktop_start(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "calcert_desktop", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0 and "CALcert Desktop" in run.stdout
    # No command opens the desktop app: here offscreen, quitting once the window is ready.
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        CALCERT_QUIT_WHEN_READY="1",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    run = subprocess.run(
        [sys.executable, "-m", "calcert_desktop", "--data-dir", str(tmp_path / "dane")],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "dane" / "calcert.sqlite3").exists()


def test_every_action_has_polish_help(cli):
    from calcert_desktop.domain import workflow
    from calcert_desktop.domain.actions import Action

    for action in Action:
        code, out, _ = cli("act", "CAL/2024/0001", action.value, "--help")
        if not workflow.TABLE[action].roles:  # the system's alone: `calcert sweep` takes it
            assert code == 2, action
            continue
        assert code == 0 and action.label in out and "Użycie" in out, action
