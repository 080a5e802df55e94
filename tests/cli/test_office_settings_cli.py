"""``calcert settings`` for the office's details and the documents' signers: shown, set by an
administrator, refused in Polish with the database unchanged, and printed on the letters."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

GENDERED_SLOT = re.compile(r"\((-?a|ka)\)|ł\(a\)")


def pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages).replace("\xa0", " ")
    return " ".join(text.split())


def refused_case(cli, declaration_file) -> str:
    ref = cli.file_case(declaration_file(), "2025-01-02")
    cli.review(ref, "2025-01-03", ("czlonek1",), rating="not")
    cli.ok("act", ref, "refuse", "--vote", "czlonek1=against", "--reasons", "Brak dowodów.",
           "--date", "2025-01-10", user="przewodniczaca")  # fmt: skip
    return ref


def test_the_settings_show_the_office_and_the_signers(cli):
    out = cli.ok("settings")
    assert "appeal_days" in out  # the process's numbers stay listed first
    assert re.search(r"office\.name\s+Centrum Wspierania Aktywności Lokalnej CAL \(domyślnie\)",
                     out)  # fmt: skip
    assert re.search(r"office\.place\s+Warszawa \(domyślnie\)", out)
    assert re.search(r"refusal 1\s+\(bez nazwiska\) Przewodniczący Komisji Certyfikacyjnej", out)
    assert re.search(r"certificate 2\s+\(bez nazwiska\) Członek Zarządu", out)
    assert not GENDERED_SLOT.search(out)


def test_an_administrator_sets_the_office_and_a_signer_and_the_letter_says_so(
    cli, declaration_file, tmp_path
):
    ref = refused_case(cli, declaration_file)
    out = cli.ok("settings", "set", "office.name", "Fundacja Rozwoju Społeczności Łódzkich",
                 user="admin")  # fmt: skip
    assert out.strip() == (
        "Ustawiono: pełna nazwa organizacji = Fundacja Rozwoju Społeczności Łódzkich."
    )
    cli.ok("settings", "office.name_genitive", "Fundacji Rozwoju Społeczności Łódzkich",
           user="admin")  # fmt: skip
    cli.ok("settings", "set", "office.place", "Łódź", user="admin")
    cli.ok("settings", "set", "office.address1", "ul. Piotrkowska 1", user="admin")
    cli.ok("settings", "set", "office.address2", "90-001 Łódź", user="admin")
    cli.ok("settings", "set", "office.email", "biuro@example.pl", user="admin")
    out = cli.ok("settings", "signer", "refusal", "--name", "Barbara Łukaszewicz",
                 "--function", "przewodnicząca komisji certyfikacyjnej", "--gender", "f",
                 user="admin")  # fmt: skip
    assert out.strip() == (
        "Ustawiono: Pismo o odmowie przyznania certyfikatu — podpisuje: Barbara Łukaszewicz, "
        "Przewodnicząca Komisji Certyfikacyjnej."
    )
    shown = cli.ok("settings")
    assert re.search(r"refusal 1\s+Barbara Łukaszewicz, Przewodnicząca Komisji", shown)

    target = tmp_path / "odmowa.pdf"
    cli.ok("pdf", "refusal", ref, "-o", str(target), user="biuro")
    text = pdf_text(target)
    assert text.startswith("Fundacja Rozwoju Społeczności Łódzkich ul. Piotrkowska 1 90-001 Łódź")
    assert "e-mail: biuro@example.pl" in text and "Łódź, 10 stycznia 2025 r." in text
    assert "Komisja Certyfikacyjna Fundacji Rozwoju Społeczności Łódzkich, po" in text
    assert "odwołanie do Zarządu Fundacji Rozwoju Społeczności Łódzkich w terminie" in text
    assert "Barbara Łukaszewicz Przewodnicząca Komisji Certyfikacyjnej" in text
    assert "Fundacja Rozwoju Społeczności Łódzkich · " + ref in text  # the footer
    assert "Centrum" not in text.replace("Certyfikatu Jakości Centrum Aktywności Lokalnej", "")
    assert not GENDERED_SLOT.search(text)

    record = tmp_path / "protokol.pdf"
    cli.ok("settings", "signer", "decision-record", "--slot", "2", "--name", "Ewa Zalewska",
           "--function", "protokolantka", "--gender", "k", user="admin")  # fmt: skip
    cli.ok("pdf", "decision-record", ref, "-o", str(record), user="biuro")
    text = pdf_text(record)
    assert "Komisja Certyfikacyjna Fundacji Rozwoju Społeczności Łódzkich" in text
    assert "Przewodniczący Komisji Certyfikacyjnej" in text  # nobody named: the function
    assert "Protokolantka Ewa Zalewska" in text
    assert "przeciw" in text and not GENDERED_SLOT.search(text)

    assert "Przywrócono domyślne" in cli.ok("settings", "reset", user="admin")
    cli.ok("pdf", "refusal", ref, "-o", str(target), user="biuro")
    text = pdf_text(target)
    assert text.startswith("Centrum Wspierania Aktywności Lokalnej CAL www.cal.org.pl")
    assert "Warszawa, 10 stycznia 2025 r." in text


def test_bad_input_is_refused_in_polish_and_changes_nothing(cli):
    cli.refused(
        "settings",
        "set",
        "office.name",
        "Inna",
        user="biuro",
        expect="Nie masz uprawnień do tej czynności: wymagana rola administrator.",
    )
    cli.refused("settings", "signer", "refusal", "--name", "X", "--gender", "m", user="zarzad",
                expect="wymagana rola administrator")  # fmt: skip
    cli.refused("settings", "reset", user="przewodniczaca", expect="wymagana rola administrator")
    cli.refused(
        "settings",
        "set",
        "office.name",
        "",
        user="admin",
        expect="Pełna nazwa organizacji: To pole jest wymagane — uzupełnij je.",
    )
    cli.refused("settings", "set", "office.name", "N" * 201, user="admin",
                expect="Pełna nazwa organizacji: Tekst jest za długi (liczba znaków: 201) — "
                "skróć go do najwyżej 200 znaków.")  # fmt: skip
    message = cli.refused(
        "settings",
        "set",
        "office.name",
        "Centrum\x1b[31mCAL",
        user="admin",
        expect="niedozwolony znak sterujący U+001B (znak nr 8)",
    )
    assert "\x1b" not in message  # the terminal never receives the escape itself
    cli.refused(
        "settings",
        "set",
        "office.place",
        "War\nszawa",
        user="admin",
        expect="To pole mieści jeden wiersz",
    )
    cli.refused(
        "settings",
        "set",
        "office.email",
        "biuro(at)cal",
        user="admin",
        expect="Adres e-mail „biuro(at)cal” jest nieprawidłowy",
    )
    cli.refused(
        "settings",
        "set",
        "office.nazwa",
        "X",
        user="admin",
        expect="Nieznane ustawienie „office.nazwa” — dostępne: appeal_days",
    )
    cli.refused(
        "settings",
        "signer",
        "refusal",
        "--name",
        "Barbara Łukaszewicz",
        user="admin",
        expect="Wybierz rodzaj dla osoby podpisującej (Barbara Łukaszewicz)",
    )
    cli.refused(
        "settings",
        "signer",
        "refusal",
        "--gender",
        "x",
        user="admin",
        expect="Nieznana wartość „x” — wpisz m (męski) albo f (żeński)",
    )
    cli.refused("settings", "signer", "certificate", "--name", "Jan Nowak", "--gender", "m",
                user="admin", expect="Dokument „Certyfikat” ma więcej podpisów — wskaż który "
                "opcją --slot: 1 (pierwszy podpis), 2 (drugi podpis).")  # fmt: skip
    cli.refused(
        "settings",
        "signer",
        "dyplom",
        "--name",
        "X",
        user="admin",
        expect="Dokument „dyplom” nie ma podpisów do ustawienia — do wyboru: certificate",
    )
    cli.refused(
        "settings",
        "set",
        "office.name",
        "X",
        "--name",
        "Y",
        user="admin",
        expect="dotyczą tylko polecenia „calcert settings signer RODZAJ”",
    )
    cli.refused("settings", "set", "office.name", user="admin", expect="wymagane")
    assert "(domyślnie)" in cli.ok("settings").split("office.name", 1)[1].splitlines()[0]


def test_the_help_is_polish_and_names_the_functions_and_the_gender(cli):
    code, out, _ = cli("settings", "--help")
    assert code == 0
    for words in ("calcert settings signer RODZAJ", "rodzaj gramatyczny: m (męski), f (żeński)",
                  "appeal-decision", "„Przewodnicząca Komisji Certyfikacyjnej”",
                  "dane organizacji i podpisy domyślne"):  # fmt: skip
        assert words in " ".join(out.split()), words
