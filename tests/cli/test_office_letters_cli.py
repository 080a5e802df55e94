"""The new letters on the command line: ``calcert pdf`` for each of them, refused in Polish
(and with the database untouched) for a case without the record it needs; ``calcert
reminders`` for a day, its dry run, copies in a folder, a day with nothing due, reminding
again, who may run it; the wording of each through ``calcert templates``."""

from __future__ import annotations

import functools
import json
from datetime import date, timedelta

import pytest

import engines
from calcert_desktop.domain.dates import add_years
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.services.documents import generate
from case_scenarios import act
from cli_support import Captured, write_declaration
from documents.test_letters import flat, only_dejavu, text_of
from letter_scenarios import (
    KEPT,
    MISSING,
    REMINDER_DAY,
    certified_case,
    discontinued_case,
    expiring_cases,
    incomplete_case,
)


def pdf_words(cli, kind: str, reference: str) -> str:
    target = cli.data_dir.parent / f"{kind}.pdf"
    out = cli.ok("pdf", kind, reference, "-o", str(target), user="biuro")
    assert out.startswith(f"Zapisano {target} (")
    only_dejavu(target.read_bytes())
    return flat(text_of(target.read_bytes()))


def test_pdf_of_the_acknowledgement_and_the_request_to_complete(cli, declaration_file):
    draft = cli.ok("declare", str(declaration_file()), user="biuro").strip()
    target = cli.data_dir.parent / "potwierdzenie.pdf"
    line = cli.refused("pdf", "acknowledgement", draft, "-o", str(target), user="biuro",
                       expect="Zgłoszenia jeszcze nie złożono")  # fmt: skip
    assert line == (
        f"błąd: Dokumentu „Potwierdzenie przyjęcia zgłoszenia” nie można wydać w sprawie "
        f"{draft}: Zgłoszenia jeszcze nie złożono – to szkic bez numeru sprawy."
    )
    assert not target.exists()

    reference = incomplete_case(cli, declaration_file)
    words = pdf_words(cli, "acknowledgement", reference)
    assert f"nadano mu numer sprawy {reference}." in words
    assert "w dniu 1 marca 2024 r. wpłynęło" in words
    assert "Osoba do kontaktu: Ewa Zalewska." in words
    words = pdf_words(cli, "completion-request", reference)
    assert MISSING in words and "w terminie do dnia 25 marca 2024 r." in words
    assert "Warszawa, 5 marca 2024 r." in words


def test_pdf_of_the_discontinuation_and_its_refusal(cli, declaration_file):
    filed = cli.file_case(declaration_file(name="inne.json"), "2024-05-06")
    cli.refused("pdf", "discontinuation", filed, "-o", str(cli.data_dir.parent / "u.pdf"),
                user="biuro", expect="Komisja nie umorzyła w niej postępowania")  # fmt: skip
    cli.refused("pdf", "completion-request", filed, "-o", str(cli.data_dir.parent / "w.pdf"),
                user="biuro", expect="Nie wezwano w niej do uzupełnienia")  # fmt: skip
    cli.refused("pdf", "renewal-reminder", filed, "-o", str(cli.data_dir.parent / "p.pdf"),
                user="biuro", expect="Nie wydano w niej certyfikatu.")  # fmt: skip

    reference = discontinued_case(cli, declaration_file)
    words = pdf_words(cli, "discontinuation", reference)
    assert "postanowiła umorzyć postępowanie" in words and KEPT in words
    assert "pozostaje ważny do dnia 14 kwietnia 2028 r." in words


def test_pdf_of_a_renewal_reminder_due_today(cli, declaration_file):
    # The command line's today is the real one: a certificate whose last day is in 59 days.
    today = date.today()
    issued = add_years(today + timedelta(days=60), -5)
    reference = certified_case(cli, declaration_file, issued.isoformat())
    words = pdf_words(cli, "renewal-reminder", reference)
    assert "Przypomnienie o upływie ważności certyfikatu" in words
    assert f"numer dotychczasowej sprawy {reference}" in words


@pytest.fixture(scope="module")
def built(tmp_path_factory, prepared_db, make_cli):
    folder = tmp_path_factory.mktemp("przypomnienia-cli")
    data = folder / "dane"
    data.mkdir()
    engines.seed(prepared_db, data)
    with Captured() as captured:
        cli = make_cli(data, captured)
        cases = expiring_cases(cli, functools.partial(write_declaration, folder))
    return data, cases


@pytest.fixture
def expiring(built, tmp_path, capsys, make_cli):
    """The command line on this test's copy of the three certified cases, and the cases."""
    data = tmp_path / "dane"
    engines.copy_folder(built[0], data)
    return make_cli(data, capsys), built[1]


def test_reminders_for_a_day(expiring, tmp_path):
    cli, cases = expiring
    january, march = cases["january"], cases["march"]
    before = cli.fingerprint()
    out = cli.ok("reminders", "--on", REMINDER_DAY, "--dry-run", user="biuro")
    assert out.splitlines() == [
        f"{january}: certyfikat CJ-001/2021 ważny do 2026-01-14 – Gminny Ośrodek Pomocy "
        "Społecznej w Łącku",
        f"{march}: certyfikat CJ-002/2021 ważny do 2026-03-09 – Gminny Ośrodek Pomocy "
        "Społecznej w Łącku",
        "Na dzień 2025-12-01 do przygotowania: 2 przypomnienia (próba – nic nie zapisano).",
    ]
    assert cli.fingerprint() == before

    folder = tmp_path / "przypomnienia"
    out = cli.ok("reminders", "--on", REMINDER_DAY, "-o", str(folder), user="biuro")
    assert out.splitlines()[-2:] == [
        "Na dzień 2025-12-01 przygotowano 2 przypomnienia; zapisano je w dokumentach spraw.",
        f"Kopie zapisano w folderze {folder}.",
    ]
    copies = sorted(folder.iterdir())
    assert len(copies) == 2
    for copy, reference in zip(copies, (january, march), strict=True):
        assert copy.name.startswith(f"Przypomnienie o ważności {reference.replace('/', '-')} ")
    assert copies[1].name.endswith("Gminny Ośrodek Pomocy Społecznej w Łącku 2025-12-01.pdf")
    words = flat(text_of(copies[0].read_bytes()))
    assert "Warszawa, 1 grudnia 2025 r." in words and "jest ważny do dnia 14 stycznia 2026" in words
    shown = json.loads(cli.ok("show", january, "--json", user="biuro"))
    assert "renewal-reminder" in json.dumps(shown, ensure_ascii=False)

    out = cli.ok("reminders", "--on", REMINDER_DAY, user="biuro")
    assert out.splitlines() == [
        "Na dzień 2025-12-01 nie ma certyfikatów, o których trzeba przypomnieć (kończących "
        "ważność do 2026-06-01; okres przypomnień: 6 mies.) – niczego nie zapisano.",
        "Pominięto 2 certyfikaty, o których już przypomniano (--again przygotuje "
        "przypomnienia ponownie).",
    ]
    out = cli.ok("reminders", "--on", REMINDER_DAY, "--again", user="admin")
    assert "przygotowano 2 przypomnienia" in out


def test_a_day_with_nothing_due_says_so_and_writes_nothing(expiring):
    cli, _ = expiring
    before = cli.fingerprint()
    out = cli.ok("reminders", "--on", "2025-03-01", user="biuro")
    assert out == (
        "Na dzień 2025-03-01 nie ma certyfikatów, o których trzeba przypomnieć (kończących "
        "ważność do 2025-09-01; okres przypomnień: 6 mies.) – niczego nie zapisano.\n"
    )
    assert cli.fingerprint() == before
    assert not (cli.data_dir / "dokumenty").exists()


def test_one_reminder_skipped_is_said_in_the_singular(expiring):
    cli, cases = expiring
    cli.ok("settings", "reminder_months", "2", user="admin")  # to 2026-02-01: January only
    cli.ok("reminders", "--on", REMINDER_DAY, user="biuro")
    out = cli.ok("reminders", "--on", REMINDER_DAY, user="biuro")
    assert out.splitlines()[-1] == (
        "Pominięto 1 certyfikat, o którym już przypomniano (--again przygotuje przypomnienia "
        "ponownie)."
    )
    assert "okres przypomnień: 2 mies." in out
    act(cli, cases["march"], "renew", "2026-01-10", "biuro")  # a renewal under way
    out = cli.ok("reminders", "--on", "2026-01-10", "--dry-run", user="biuro")
    assert cases["march"] not in out


def test_reminders_refused_in_polish(expiring):
    cli, _ = expiring
    cli.refused("reminders", "--on", REMINDER_DAY, user="czlonek1",
                expect="wymagana rola biuro lub administrator")  # fmt: skip
    cli.refused("reminders", "--on", "2025-13-01", user="biuro", expect="2025-13-01")
    cli.refused("reminders", "--on", REMINDER_DAY, expect="podaj --user LOGIN")
    assert not (cli.data_dir / "dokumenty").exists()


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("acknowledgement", "Potwierdzenie przyjęcia zgłoszenia"),
        ("completion-request", "Wezwanie do uzupełnienia zgłoszenia"),
        ("discontinuation", "Umorzenie postępowania w sprawie odebrania certyfikatu"),
        ("renewal-reminder", "Przypomnienie o upływie ważności certyfikatu"),
    ],
)
def test_the_wording_of_each_is_editable(cli, tmp_path, kind, name):
    texts = json.loads(cli.ok("templates", "show", kind))
    texts["title"] = texts["title"] + " (wzór 2)"
    path = tmp_path / "tresc.json"
    path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    out = cli.ok("templates", "save", kind, str(path), "--note", "Nowy tytuł", user="biuro")
    assert out.startswith(f"Zapisano treść pisma „{name}”: wersja 1")
    assert json.loads(cli.ok("templates", "show", kind))["title"].endswith(" (wzór 2)")


def test_the_history_names_a_generated_letter_in_polish(cli, declaration_file):
    reference = incomplete_case(cli, declaration_file)
    cli.ok("act", reference, "complete", "--date", "2024-03-20", user="biuro")
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    try:
        generate.generate(ctx, resolve_actor(ctx, "biuro"), "completion-request", reference)
    finally:
        ctx.close()
    out = cli.ok("show", reference, user="biuro")
    assert "wezwanie do uzupełnienia zgłoszenia" in out
    assert "completion-request" not in out
