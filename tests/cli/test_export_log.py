"""``calcert export-log``: the audit log written out with its signed head, and the short
script an outside reviewer runs on it (resources/reviewer/check_audit_log.py), which finds
a changed, removed or reordered line and a signature by another key."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import engines
from calcert_desktop.services.seals.signing_keys import key_text

SCRIPT = Path(__file__).resolve().parents[2] / "resources" / "reviewer" / "check_audit_log.py"


@pytest.fixture
def exported(cli, declaration_file, tmp_path) -> Path:
    ref = cli.file_case(declaration_file(), "2024-02-20")
    cli.ok("act", ref, "accept", "--date", "2024-02-25", user="biuro")
    target = tmp_path / "dziennik.jsonl"
    out = cli.ok("export-log", "-o", str(target), user="admin")
    assert "Zapisano dziennik zmian" in out and str(target) in out
    return target


def office_key(cli) -> str:
    with engines.raw(cli.database) as db:
        (public,) = db.execute(
            "SELECT public_key FROM signing_keys s JOIN audit_head h ON h.key_id = s.key_id"
        ).fetchone()
    return key_text(bytes.fromhex(public))


def _changed_value(line: str) -> str:
    """An export line whose recorded new value says something else (its digest kept)."""
    entry = json.loads(line)
    entry[-1] = json.dumps({"podmienione": True})
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":"))


def review(log: Path, *options: str) -> tuple[int, str]:
    done = subprocess.run([sys.executable, str(SCRIPT), str(log), *options],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    return done.returncode, done.stdout + done.stderr


def test_the_reviewer_finds_the_export_whole_with_the_office_key(cli, exported):
    lines = exported.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    assert header["format"] == "calcert-audit-log/1"
    assert header["head"]["position"] == len(lines) - 1 > 10
    assert "Ewa Zalewska" in exported.read_text(encoding="utf-8")  # UTF-8, not escaped
    code, out = review(exported, "--key", office_key(cli))
    assert code == 0 and out.startswith("OK"), out
    code, out = review(exported)  # the key inside the file: said plainly
    assert code == 0 and "key inside the file" in out


@pytest.mark.parametrize(
    ("change", "fault"),
    [
        (lambda lines: lines.__setitem__(5, lines[5].replace('"insert"', '"delete"', 1)),
         "entry 5: its content does not match"),
        (lambda lines: lines.__setitem__(6, _changed_value(lines[6])),
         "entry 6: a recorded value does not match its hash"),
        (lambda lines: lines.pop(7), "entry 7: found entry number 8"),
        (lambda lines: lines.insert(4, lines.pop(3)), "entry 3: found entry number 4"),
        (lambda lines: lines.pop(), "the signed end names entry"),
    ],
    ids=["changed", "value-changed", "removed", "reordered", "cut-short"],
)
def test_the_reviewer_names_the_first_fault(cli, exported, change, fault):
    lines = exported.read_text(encoding="utf-8").splitlines()
    change(lines)
    exported.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = review(exported, "--key", office_key(cli))
    assert code == 1 and fault in out, out


def test_another_key_does_not_vouch_for_the_log(cli, exported):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    stranger = Ed25519PrivateKey.generate().public_key().public_bytes(
        Encoding.Raw, PublicFormat.Raw
    )
    code, out = review(exported, "--key", key_text(stranger))
    assert code == 1 and "signature on the end of the log is not valid" in out


def test_only_an_administrator_exports_the_log(cli, tmp_path):
    target = tmp_path / "dziennik.jsonl"
    cli.refused("export-log", "-o", str(target), user="biuro", expect="")
    assert not target.exists()


def test_a_folder_that_does_not_exist_is_said_in_polish(cli, tmp_path):
    target = tmp_path / "nie-ma" / "dziennik.jsonl"
    line = cli.refused("export-log", "-o", str(target), user="admin", expect="Nie udało się")
    assert str(target) in line
