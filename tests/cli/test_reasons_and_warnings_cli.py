"""Reasons and warnings (issue 16, item 7) on the command line: ``act complete`` with a
corrected declaration needs ``--reason`` and ``show`` prints it in Polish beside the change;
filing a second open case of the same NIP is refused until ``--confirm`` (or a "t" typed at
a terminal); a deadline for answering charges shorter than the setting is refused naming the
earliest date. Each refusal: one Polish line, the database byte for byte as it was."""

from __future__ import annotations

import io
import json
import re

import pytest

from cli_support import BOARD_VOTES

REASON = "Instytucja przesłała poprawiony numer telefonu."


class Terminal(io.StringIO):
    """Standard input as a person at a terminal typing the given answer."""

    def isatty(self) -> bool:
        return True


def incomplete(cli, declaration_file) -> tuple[str, dict]:
    path = declaration_file(signed="2024-02-10", name="zgloszenie.json")
    ref = cli.file_case(path, "2024-03-01")
    cli.ok("act", ref, "request-completion", "--reason", "Brak telefonu.", "--due", "2024-04-01",
           "--date", "2024-03-02", user="biuro")  # fmt: skip
    return ref, json.loads(path.read_text(encoding="utf-8"))


def test_a_corrected_declaration_needs_a_reason_shown_in_the_history(
    cli, declaration_file, tmp_path
):
    ref, data = incomplete(cli, declaration_file)
    data["institution"]["phone"] = "18 444 00 00"
    fixed = tmp_path / "poprawiona.json"
    fixed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    complete = ("act", ref, "complete", "--declaration", str(fixed), "--date", "2024-03-10")
    line = cli.refused(*complete, user="biuro", expect="Powód zmiany jest wymagany")
    assert line == (
        "błąd: Powód zmiany jest wymagany: zgłoszenie jest już złożone, więc każda zmiana jego "
        "treści musi mieć powód, zapisywany w historii sprawy."
    )
    cli.refused(*complete, "--reason", " ", user="biuro", expect="Powód zmiany jest wymagany")
    cli.refused(*complete, "--reason", "a\x1b[2Jb", user="biuro", expect="Powód: ")
    out = cli.ok(*complete, "--reason", REASON, user="biuro")
    assert f"(powód: {REASON})" in out

    shown = cli.ok("show", ref, user="biuro")
    assert f"Zmiany złożonego zgłoszenia:\n  2024-03-10: {REASON}\n" in shown
    history = shown.split("Historia:\n", 1)[1].splitlines()
    act = [line for line in history if "uzupełnienie zgłoszenia:" in line]
    changed = next(n for n, line in enumerate(act) if "zmieniono — treść zgłoszenia" in line)
    reason = next(n for n, line in enumerate(act) if "zmiana złożonego zgłoszenia" in line)
    assert changed < reason
    assert act[reason].endswith(f"dodano — zmiana złożonego zgłoszenia (powód zmiany: {REASON})")
    assert not re.search(r"\b(amendments|amended_on|reason|nip)\b", shown)
    data = json.loads(cli.ok("show", ref, "--json", user="biuro"))
    assert data["amendments"] == [{"amended_on": "2024-03-10", "reason": REASON}]
    assert data["declaration"]["institution"]["phone"] == "18 444 00 00"
    assert cli("check")[0] == 0


def test_completing_without_a_corrected_declaration_takes_no_reason(cli, declaration_file):
    ref, _ = incomplete(cli, declaration_file)
    cli.ok("act", ref, "complete", "--date", "2024-03-10", user="biuro")
    assert json.loads(cli.ok("show", ref, "--json", user="biuro"))["amendments"] == []


def test_the_reason_option_is_in_the_help(cli):
    out = cli.ok("act", "CAL/2024/0001", "complete", "--help")
    assert "--reason TEKST" in out and "powód zmiany złożonego zgłoszenia" in out


def test_a_second_open_case_of_the_same_nip_waits_for_confirm(cli, declaration_file):
    path = declaration_file(signed="2024-02-10", name="instytucja.json")
    first = cli.file_case(path, "2024-03-01")
    nip = json.loads(path.read_text(encoding="utf-8"))["institution"]["nip"]
    line = cli.refused("declare", str(path), "--received", "2024-03-04", user="biuro",
                       expect=first)  # fmt: skip
    assert line == (
        f"błąd: Instytucja o NIP {nip} ma już otwartą sprawę {first} (stan: złożone – kontrola "
        "formalna) — kolejne zgłoszenie tej samej instytucji można złożyć tylko po "
        "potwierdzeniu. Aby mimo to wykonać czynność, powtórz polecenie z opcją --confirm."
    )
    draft = cli.ok("declare", str(path), user="biuro").strip()  # a draft warns of nothing
    cli.refused("act", draft, "file", "--date", "2024-03-04", user="biuro", expect="--confirm")
    out = cli.ok("act", draft, "file", "--date", "2024-03-04", "--confirm", user="biuro")
    assert "nadano numer CAL/2024/0002" in out
    second = cli.ok("declare", str(path), "--received", "2024-03-05", "--confirm", user="biuro")
    assert second.strip() == "CAL/2024/0003"
    # Once the first is withdrawn (closed), the warning names only the others.
    cli.ok("act", first, "withdraw", "--date", "2024-03-06", user="biuro")
    line = cli.refused("declare", str(path), "--received", "2024-03-07", user="biuro",
                       expect="otwarte sprawy: CAL/2024/0002")  # fmt: skip
    assert first not in line


def test_the_confirm_option_belongs_to_filing(cli):
    assert "--confirm" in cli.ok("act", "ROB-X", "file", "--help")
    assert "--confirm" in cli.ok("declare", "--help")
    assert "--confirm" not in cli.ok("act", "ROB-X", "accept", "--help")


@pytest.mark.parametrize("answer", ["t\n", "Tak\n"])
def test_at_a_terminal_the_question_is_asked(cli, declaration_file, monkeypatch, answer):
    path = declaration_file(signed="2024-02-10", name="instytucja.json")
    first = cli.file_case(path, "2024-03-01")
    monkeypatch.setattr("sys.stdin", Terminal(answer))
    code, out, err = cli("declare", str(path), "--received", "2024-03-04", user="biuro")
    assert code == 0 and out.strip() == "CAL/2024/0002"
    assert err.startswith("uwaga: Instytucja o NIP ") and first in err
    assert "Wykonać mimo to? [t/N]: " in err


@pytest.mark.parametrize("answer", ["n\n", "\n", ""])
def test_at_a_terminal_anything_but_yes_changes_nothing(cli, declaration_file, monkeypatch, answer):
    path = declaration_file(signed="2024-02-10", name="instytucja.json")
    cli.file_case(path, "2024-03-01")
    draft = cli.ok("declare", str(path), user="biuro").strip()
    before = cli.fingerprint()
    monkeypatch.setattr("sys.stdin", Terminal(answer))
    code, _, err = cli("act", draft, "file", "--date", "2024-03-04", user="biuro")
    assert code == 1 and "Wykonać mimo to? [t/N]: " in err  # the terminal echoes the answer
    assert err.endswith("błąd: Nie potwierdzono — czynności nie wykonano, nic nie zmieniono.\n")
    assert cli.fingerprint() == before


def certified_with_revocation(cli, declaration_file) -> str:
    ref = cli.file_case(declaration_file(signed="2023-12-20"), "2024-01-02")
    cli.review(ref, "2024-01-03", ("czlonek1",))
    cli.ok("act", ref, "grant", "--vote", "czlonek1=for", "--date", "2024-01-05",
           user="przewodniczaca")  # fmt: skip
    cli.ok("act", ref, "issue", *BOARD_VOTES, "--date", "2024-01-08", user="zarzad")
    cli.ok("act", ref, "open-revocation", "--reason", "Skarga.", "--date", "2025-03-01",
           user="przewodniczaca")  # fmt: skip
    return ref


def test_a_two_day_deadline_for_the_charges_is_refused(cli, declaration_file):
    ref = certified_with_revocation(cli, declaration_file)
    charge = ("act", ref, "charge", "--charges", "Naruszenie S3.", "--date", "2025-03-03")
    line = cli.refused(*charge, "--response-due", "2025-03-05", user="przewodniczaca",
                       expect="2025-03-17")  # fmt: skip
    assert line == (
        "błąd: Termin odpowiedzi 2025-03-05 jest za krótki: instytucja ma co najmniej 14 dni na "
        "odpowiedź na zarzuty z 2025-03-03 — najwcześniejszy dopuszczalny termin to 2025-03-17."
    )
    cli.refused(*charge, "--response-due", "2025-03-16", user="przewodniczaca", expect="14 dni")
    cli.ok(*charge, "--response-due", "2025-03-17", user="przewodniczaca")
    data = json.loads(cli.ok("show", ref, "--json", user="biuro"))
    assert data["revocations"][0]["response_due"] == "2025-03-17"


def test_the_shortest_period_is_a_setting(cli, declaration_file):
    ref = certified_with_revocation(cli, declaration_file)
    listed = cli.ok("settings")
    assert re.search(r"min_response_days +14 +\(domyślnie 14\) najkrótszy dopuszczalny", listed)
    cli.refused("settings", "min_response_days", "21", user="admin",
                expect="najpierw wydłuż domyślny termin")  # fmt: skip
    cli.refused("settings", "response_days", "10", user="admin", expect="nie może być krótszy")
    cli.refused("settings", "min_response_days", "5", user="admin", expect="od 7 do 60")
    cli.refused("settings", "min_response_days", "21", user="biuro", expect="administrator")
    cli.ok("settings", "response_days", "30", user="admin")
    assert "Ustawiono" in cli.ok("settings", "min_response_days", "21", user="admin")
    charge = ("act", ref, "charge", "--charges", "Naruszenie S3.", "--date", "2025-03-03")
    cli.refused(*charge, "--response-due", "2025-03-20", user="przewodniczaca",
                expect="najwcześniejszy dopuszczalny termin to 2025-03-24")  # fmt: skip
    cli.ok(*charge, user="przewodniczaca")  # the default period: 30 days
    data = json.loads(cli.ok("show", ref, "--json", user="biuro"))
    assert data["revocations"][0]["response_due"] == "2025-04-02"
