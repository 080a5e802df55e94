"""``calcert verify-certificate`` exit codes and ``calcert keys`` export and import between two
installations."""

from __future__ import annotations

import sqlite3

from case_scenarios import granted_case, revoked_case


def stored_seal(cli) -> tuple[str, str]:
    with sqlite3.connect(cli.database) as db:
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
    laptop.ok("init")
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
