"""``calcert stats``: the yearly statistics to XLSX, PDF or JSON by the file's extension, said
in one Polish line; a wrong extension or year is wrong usage (exit 2) before anything is
opened, a range backwards or a person without the role is refused (exit 1)."""

from __future__ import annotations

import io
import json

from pypdf import PdfReader
from python_calamine import CalamineWorkbook

BAD_SUFFIX = (
    "Statystykę zapisuje się do pliku .xlsx, .pdf albo .json — nazwa „zestawienie.csv” ma inne "
    "rozszerzenie."
)


def test_stats_writes_each_format(cli, granted, tmp_path):
    # The granted case: received 20 January 2024, granted 20 February, issued 29 February.
    out = cli.ok("stats", "--year", "2024", "-o", str(tmp_path / "s.xlsx"), user="biuro")
    assert out.strip() == (
        f"Zapisano do {tmp_path / 's.xlsx'}: Statystyka certyfikacji za 2024 r. (wpłynęło "
        "zgłoszeń: 1, przyznano: 1, odmówiono: 0)."
    )
    book = CalamineWorkbook.from_filelike(io.BytesIO((tmp_path / "s.xlsx").read_bytes()))
    summary = book.get_sheet_by_name("Podsumowanie").to_python()
    assert summary[3][:5] == ["Rok", "Wpłynęło zgłoszeń", "w tym odnowienia", "Decyzje Komisji",
                              "Przyznano"]  # fmt: skip
    assert summary[4][:7] == [2024, 1, 0, 1, 1, 0, 31]  # 20 January to 20 February

    cli.ok("stats", "--year", "2024", "-o", str(tmp_path / "s.pdf"), user="zarzad")
    reader = PdfReader(tmp_path / "s.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Statystyka certyfikacji za 2024 r." in text and "Według województw" in text

    out = cli.ok("stats", "--year", "2023", "--to-year", "2024", "-o", str(tmp_path / "s.json"),
                 user="admin")  # fmt: skip
    assert "Statystyka certyfikacji za lata 2023–2024" in out
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert [p["label"] for p in data["periods"]] == ["2023", "2024", "2023–2024"]
    assert data["periods"][1]["overall"]["granted"] == 1
    assert data["periods"][1]["overall"]["valid_at_end"] == 1
    assert data["figures"]["valid_at_end"] == "Ważne na koniec roku"


def test_a_wrong_extension_or_year_is_wrong_usage(cli, tmp_path):
    before = cli.fingerprint()
    target = tmp_path / "zestawienie.csv"
    code, out, err = cli("stats", "--year", "2024", "-o", str(target), user="biuro")
    assert code == 2 and out == ""
    assert err.strip().splitlines()[-1] == (
        f"calcert stats: błąd: argument -o/--output: {BAD_SUFFIX}"
    )
    code, _, err = cli("stats", "--year", "dwa tysiące", "-o", str(tmp_path / "s.pdf"))
    assert code == 2 and "„dwa tysiące” nie jest rokiem — podaj rok, np. 2025" in err
    assert not target.exists() and not (tmp_path / "s.pdf").exists()
    assert cli.fingerprint() == before


def test_a_range_backwards_or_to_come_and_a_person_without_the_role_are_refused(cli, tmp_path):
    target = str(tmp_path / "s.xlsx")
    cli.refused("stats", "--year", "2025", "--to-year", "2024", "-o", target, user="biuro",
                expect="Rok początkowy (2025) jest późniejszy niż rok końcowy (2024)")  # fmt: skip
    cli.refused("stats", "--year", "2024", "--to-year", "2999", "-o", target, user="biuro",
                expect="Rok 2999 jest poza zakresem")  # fmt: skip
    cli.refused("stats", "--year", "2024", "-o", target, user="ekspert",
                expect="wymagana rola biuro lub przewodniczący Komisji")  # fmt: skip
    assert not (tmp_path / "s.xlsx").exists()


def test_the_help_is_polish(cli):
    code, out, _ = cli("stats", "--help")
    assert code == 0
    assert "--to-year ROK" in out and "PLIK.xlsx|PLIK.pdf|PLIK.json" in out
    assert "ostatni rok zakresu" in out and "według województw" in out
