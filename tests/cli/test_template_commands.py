"""``calcert templates``: list, show (JSON of the parts), save from a file, restore."""

from __future__ import annotations

import json

from calcert_desktop.documents import letter_wordings


def test_list_show_save_and_restore(cli, tmp_path):
    out = cli.ok("templates", "list")
    assert "refusal" in out and "Odmowa przyznania certyfikatu" in out
    assert out.count("treść wbudowana (wersja 0)") == 8
    for code in ("acknowledgement", "completion-request", "discontinuation", "renewal-reminder"):
        assert code in out
    # The columns stay aligned with the longest code ("completion-request").
    starts = {line.index("treść wbudowana") for line in out.splitlines()}
    assert len(starts) == 1

    shown = json.loads(cli.ok("templates", "show", "charges"))
    assert shown == dict(letter_wordings.wording("charges").builtin)
    assert list(shown) == list(letter_wordings.wording("charges").parts)  # in reading order

    shown["title"] = "Zarzuty na piśmie – wezwanie"
    path = tmp_path / "zarzuty.json"
    path.write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    out = cli.ok("templates", "save", "charges", str(path), "--note", "Nowy tytuł", user="biuro")
    assert out.startswith("Zapisano treść pisma „Zarzuty na piśmie”: wersja 1")
    assert "Ewa Zalewska" in out
    assert json.loads(cli.ok("templates", "show", "charges"))["title"] == (
        "Zarzuty na piśmie – wezwanie"
    )
    out = cli.ok("templates", "list", "--history")
    assert "wersja 1" in out and "Nowy tytuł" in out

    out = cli.ok("templates", "restore", "charges", user="admin")
    assert out.startswith("Przywrócono treść wbudowaną pisma „Zarzuty na piśmie”: wersja 2")
    assert json.loads(cli.ok("templates", "show", "charges"))["title"] == "Zarzuty na piśmie"
    old = json.loads(cli.ok("templates", "show", "charges", "--number", "1"))
    assert old["title"] == "Zarzuty na piśmie – wezwanie"


def test_refusals_leave_the_database_as_it_was(cli, tmp_path):
    texts = dict(letter_wordings.wording("refusal").builtin)
    texts["decision"] = "Odmowa dla {institution.__class__}."
    path = tmp_path / "odmowa.json"
    path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    problem = "Część „Rozstrzygnięcie – treść”: w polu {institution.__class__}"
    cli.refused("templates", "save", "refusal", str(path), "--note", "x", user="biuro",
                expect=problem)  # fmt: skip
    texts["decision"] = "Odmowa dla {institution}."
    path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    cli.refused("templates", "save", "refusal", str(path), "--note", "x", user="czlonek1",
                expect="biuro lub administrator")  # fmt: skip
    path.write_text("[1, 2]", encoding="utf-8")
    cli.refused("templates", "save", "refusal", str(path), "--note", "x", user="biuro",
                expect="obiekt JSON")  # fmt: skip
    cli.refused("templates", "show", "certificate", expect="nie ma edytowalnej treści")
    cli.refused("templates", "show", "refusal", "--number", "4", expect="nie ma wersji 4")
    cli.refused("templates", "restore", "refusal", user="biuro", expect="nie ma czego zapisać")
