"""``calcert sign`` and ``calcert verify-signature``: a case's document signed and stored
beside the unsigned one, a PDF on disk signed into ``… (podpisany).pdf``, the key's password
and the card's PIN through ``--password-fd``, and a changed byte seen."""

from __future__ import annotations

from pathlib import Path

import pytest

from calcert_desktop.documents import pades
from pades_keys import P12_PASSWORD, PIN, SoftCard, p12_file


def test_a_cases_certificate_signed_with_a_p12_file_and_verified(cli, granted, tmp_path: Path):
    key = p12_file(tmp_path, "Ewa Zalewska")
    out = cli.ok("sign", "certificate", granted, "--p12", str(key), "--reason", "Certyfikat",
                 user="biuro", more=(P12_PASSWORD,))  # fmt: skip
    lines = out.splitlines()
    assert lines[0].startswith("Wygenerowano: Certyfikat ")  # none stored yet: made first
    assert lines[1].startswith("Podpisano: Certyfikat ") and "(podpisany).pdf" in lines[1]
    assert "Ewa Zalewska, " in lines[2] and "czas komputera podpisującego" in lines[2]

    out = cli.ok("verify-signature", "certificate", granted, user="biuro")
    assert "(podpisany).pdf:" in out
    assert "1. Podpis poprawny: Ewa Zalewska, " in out
    assert "Certyfikat wystawił: Ewa Zalewska" in out

    # Signed again: the newest unsigned one is signed (no new generation).
    out = cli.ok("sign", "certificate", granted, "--p12", str(key), user="biuro",
                 more=(P12_PASSWORD,))  # fmt: skip
    assert not out.startswith("Wygenerowano") and "(podpisany 2).pdf" in out


def test_refusals_are_one_polish_line_and_change_nothing(cli, granted, tmp_path: Path):
    key = p12_file(tmp_path)
    cli.refused("sign", "certificate", granted, "--p12", str(key), user="biuro",
                more=("złe hasło",), expect="hasło jest niepoprawne")  # fmt: skip
    cli.refused("sign", "certificate", granted, user="biuro", expect="--p12 PLIK")
    cli.refused("verify-signature", "certificate", granted, user="biuro",
                expect="nie ma podpisanego dokumentu")  # fmt: skip
    cli.refused("sign", "certificate", granted, "--p12", str(key), "-o", "x.pdf",
                user="biuro", more=(P12_PASSWORD,), expect="Opcja -o")  # fmt: skip


def test_a_pdf_on_disk_signed_with_a_card_and_a_changed_byte_seen(
    cli, granted, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    cards = SoftCard(tmp_path / "hsm", monkeypatch)
    cards.card("Karta Ewy", "Ewa Zalewska")
    source = tmp_path / "Decyzja.pdf"
    cli.ok("pdf", "certificate", granted, "-o", str(source), user="biuro")

    out = cli.ok("sign", str(source), "--pkcs11", cards.library, more=(PIN,))
    signed = tmp_path / "Decyzja (podpisany).pdf"
    assert out.splitlines()[0] == f"Podpisano: {signed}"
    assert source.read_bytes() != signed.read_bytes()  # the unsigned file stays as it was
    [check] = pades.verify(signed.read_bytes())
    assert check.valid and check.signer == "Ewa Zalewska"
    code, out, _ = cli("verify-signature", str(signed))
    assert code == 0 and "Podpis poprawny: Ewa Zalewska" in out

    cli.refused("sign", str(source), "--pkcs11", cards.library, more=("9999",),
                expect="PIN jest niepoprawny")  # fmt: skip

    data = bytearray(signed.read_bytes())
    data[data.index(b"/Type /Page") + 1] ^= 0x20  # one byte inside the signed range
    tampered = tmp_path / "zmieniony.pdf"
    tampered.write_bytes(bytes(data))
    code, out, _ = cli("verify-signature", str(tampered))
    assert code == 1 and "Podpis nieważny" in out
