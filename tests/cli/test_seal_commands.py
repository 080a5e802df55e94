"""``calcert verify-certificate`` exit codes and ``calcert keys`` export and import between two
installations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

import engines
from calcert_desktop.documents.polish_dates import long_date
from calcert_desktop.domain import seal
from calcert_desktop.services.seals import signing_keys
from case_scenarios import granted_case, revoked_case


def stored_seal(cli) -> tuple[str, str]:
    with engines.raw(cli.database) as db:
        return db.execute("SELECT payload, code FROM certificate_seals").fetchone()


def test_verify_certificate_exit_codes(cli, declaration_file, tmp_path):
    granted_case(cli, declaration_file, tmp_path)
    payload, code = stored_seal(cli)
    out = cli.ok("verify-certificate", payload, "--on", "2025-06-01")
    assert out.splitlines()[0] == (
        "Certyfikat nr CJ-001/2024 jest prawdziwy i ważny w dniu 1 czerwca 2025 r."
    )
    assert "  ✓ Podpis: prawidłowy" in out
    # The number and the code as two arguments, as typed from the paper.
    cli.ok("verify-certificate", "CJ-001/2024", code, "--on", "2025-06-01")
    status, out, _ = cli("verify-certificate", code, "--on", "2029-03-01")
    assert status == 1 and "✗ Daty: certyfikat wygasł" in out
    tampered = payload[:-5] + ("A" if payload[-5] != "A" else "B") + payload[-4:]
    status, out, _ = cli("verify-certificate", tampered, "--on", "2025-06-01")
    assert status == 1 and "NIE jest potwierdzony" in out
    cli.refused("verify-certificate", "bzdura", expect="Nie rozpoznano „bzdura”")
    cli.refused("verify-certificate", code, "--on", "1.06.2025", expect="Nieprawidłowa data")


def test_a_revoked_certificate_exits_non_zero(cli, declaration_file):
    revoked_case(cli, declaration_file)
    payload, _ = stored_seal(cli)
    status, out, _ = cli("verify-certificate", payload, "--on", "2025-06-01")
    assert status == 1
    assert "✗ Status w rejestrze: odebrany" in out


def test_keys_exported_from_the_office_check_its_certificates_on_a_laptop(
    cli, cli_in, declaration_file, tmp_path
):
    granted_case(cli, declaration_file, tmp_path)
    payload, _ = stored_seal(cli)
    shown = cli.ok("keys", "show", user="biuro")
    key_line = shown.splitlines()[1]
    assert key_line.startswith("CALKEY1:")
    exported = tmp_path / "klucz-biura.txt"
    cli.ok("keys", "export", "-o", str(exported), user="biuro")
    assert key_line in exported.read_text(encoding="utf-8")

    laptop = cli_in("laptop")
    laptop.ok("init", "--no-encryption")
    status, out, _ = laptop("verify-certificate", payload, "--on", "2025-06-01")
    assert status == 1 and "nieznany klucz" in out
    laptop.refused("keys", "import", str(exported), "--label", "Biuro CAL", user="ekspert",
                   expect="")  # fmt: skip  (no such person on the laptop)
    laptop.ok("keys", "import", str(exported), "--label", "Biuro CAL", user="admin")
    status, out, _ = laptop("verify-certificate", payload, "--on", "2025-06-01")
    assert status == 3  # genuine, but the laptop's register cannot confirm its status
    assert "✓ Podpis: prawidłowy" in out and "? Rejestr:" in out
    broken = tmp_path / "zepsuty.txt"
    broken.write_text("CALKEY1:0000000000000000:AAAA\n", encoding="utf-8")
    laptop.refused("keys", "import", str(broken), "--label", "X", user="admin",
                   expect="To nie jest klucz publiczny CALcert")  # fmt: skip


def test_only_an_administrator_makes_a_new_key(cli):
    cli.ok("keys", "show", user="biuro")
    cli.refused("keys", "new", user="biuro", expect="administrator")
    out = cli.ok("keys", "new", user="admin")
    assert "Utworzono nowy klucz" in out
    shown = cli.ok("keys", "show", user="biuro")
    assert "wycofany" in shown


def _retired_on(cli, key_id: str) -> date:
    with engines.raw(cli.database) as db:
        (value,) = db.execute(
            "SELECT retired_at FROM signing_keys WHERE key_id = ?", (key_id,)
        ).fetchone()
    when = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return signing_keys.local_day(when)


def _forged(payload: str, pem: Path, issued_on: date) -> str:
    """The certificate of ``payload`` re-dated to ``issued_on``, sealed with the key in ``pem``."""
    private = serialization.load_pem_private_key(pem.read_bytes(), password=None)
    assert isinstance(private, Ed25519PrivateKey)
    fields = replace(seal.decode(payload).fields, issued_on=issued_on,
                     valid_until=issued_on + timedelta(days=1800))  # fmt: skip
    return seal.encode(fields, private.sign(seal.signed_message(fields)))


def test_keys_new_destroys_the_retired_key_and_refuses_what_is_forged_with_it(
    cli, cli_in, declaration_file, tmp_path
):
    granted_case(cli, declaration_file, tmp_path)
    payload, _ = stored_seal(cli)
    old_id = seal.decode(payload).fields.key_id
    keys_folder = cli.data_dir / "klucze"
    assert not keys_folder.exists()  # the private key is in the database
    exported = tmp_path / "klucz-biura.txt"
    cli.ok("keys", "export", "-o", str(exported), user="biuro")

    backup = tmp_path / "sejf" / "stary-klucz.pem"
    backup.parent.mkdir()
    keys_folder.mkdir()  # an earlier version's folder: still no place for a backup
    cli.refused("keys", "new", "--backup-old-key", str(keys_folder / "kopia.pem"), user="admin",
                expect="w folderze kluczy")  # fmt: skip
    out = cli.ok("keys", "new", "--backup-old-key", str(backup), user="admin")
    assert f"Kopię klucza prywatnego ({old_id}) zapisano do {backup}." in out
    assert f"Usunięto z bazy danych klucz prywatny: {old_id}." in out
    # An earlier version's empty folder goes when a SQLite data folder is opened (a data
    # folder pointing at a server never had its files there: it is left alone).
    assert keys_folder.exists() == engines.on_server()
    assert b"-----BEGIN PRIVATE KEY-----" in backup.read_bytes()
    retired_on = _retired_on(cli, old_id)
    shown = cli.ok("keys", "show", user="biuro")
    assert f"{old_id}  ta instalacja, wycofany {retired_on.isoformat()} " in shown
    cli.ok("check")

    # The genuine seal, made before the retirement, still verifies.
    out = cli.ok("verify-certificate", payload, "--on", "2025-06-01")
    assert "  ✓ Podpis: prawidłowy" in out
    # A seal made with the backed-up retired key for a certificate issued afterwards does not.
    issued = retired_on + timedelta(days=1)
    fake = _forged(payload, backup, issued)
    status, out, _ = cli("verify-certificate", fake, "--on", issued.isoformat())
    assert status == 1
    assert f"  ✗ Podpis: podpisany kluczem wycofanym dnia {long_date(retired_on)}" in out
    assert "NIE jest potwierdzony — podpis: podpisany kluczem wycofanym dnia" in out

    # A laptop that imported the office's key learns of the retirement from the office.
    laptop = cli_in("laptop")
    laptop.ok("init", "--no-encryption")
    laptop.ok("keys", "import", str(exported), "--label", "Biuro CAL", user="admin")
    status, out, _ = laptop("verify-certificate", fake, "--on", issued.isoformat())
    assert status == 3 and "✓ Podpis: prawidłowy" in out  # what the finding showed
    laptop.refused("keys", "retire", old_id, "--date", "2999-01-01", user="admin",
                   expect="w przyszłości")  # fmt: skip
    out = laptop.ok("keys", "retire", old_id, "--date", retired_on.isoformat(), user="admin")
    assert f"oznaczono jako wycofany dnia {retired_on.isoformat()}" in out
    status, out, _ = laptop("verify-certificate", fake, "--on", issued.isoformat())
    assert status == 1 and "✗ Podpis: podpisany kluczem wycofanym dnia" in out
    status, out, _ = laptop("verify-certificate", payload, "--on", "2025-06-01")
    assert status == 3 and "✓ Podpis: prawidłowy" in out
    laptop.refused("keys", "retire", old_id, user="admin", expect="został już wycofany")
    assert "zaimportowany, wycofany" in laptop.ok("keys", "show", user="admin")
    laptop.ok("check")
