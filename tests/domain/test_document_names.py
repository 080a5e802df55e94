"""The file names of generated documents (domain.document_names): readable, Polish,
unique, safe on Windows."""

from datetime import date

from calcert_desktop.domain.attachment_rules import MAX_NAME_BYTES, name_problem
from calcert_desktop.domain.document_names import MAX_NAME_CHARS, document_file_name

DAY = date(2026, 12, 4)


def test_the_name_says_what_whose_and_when_with_polish_letters():
    name = document_file_name(
        "Odmowa", "CAL/2026/0044", "Ośrodek Pomocy Społecznej w Łańcucie", DAY
    )
    assert name == "Odmowa CAL-2026-0044 Ośrodek Pomocy Społecznej w Łańcucie 2026-12-04.pdf"


def test_a_taken_name_gets_the_next_number():
    args = ("Certyfikat", "CAL/2026/0001", "Fundacja Razem", DAY)
    first = document_file_name(*args)
    second = document_file_name(*args, taken={first})
    third = document_file_name(*args, taken={first, second})
    assert second == "Certyfikat CAL-2026-0001 Fundacja Razem 2026-12-04 (2).pdf"
    assert third == "Certyfikat CAL-2026-0001 Fundacja Razem 2026-12-04 (3).pdf"
    assert document_file_name(*args, taken={"inny.pdf"}) == first


def test_what_windows_forbids_is_made_readable():
    name = document_file_name(
        "Zarzuty", "CAL/2026/0002", 'Stowarzyszenie "Razem": Klub/Świetlica <nowa>?*|', DAY
    )
    assert name == (
        "Zarzuty CAL-2026-0002 Stowarzyszenie „Razem” – Klub-Świetlica nowa - 2026-12-04.pdf"
    )
    assert name_problem(name) is None  # the attachments' own rule finds nothing


def test_hidden_characters_and_trailing_dots_never_reach_the_name():
    name = document_file_name("Odmowa", "CAL/2026/0003", "Fundacja\u202e\u200b Nowa.  ", DAY)
    assert name == "Odmowa CAL-2026-0003 Fundacja Nowa. 2026-12-04.pdf"
    assert name_problem(name) is None


def test_a_long_name_is_shortened_in_the_institution_never_in_the_number_or_the_day():
    long = "Centrum Aktywności Lokalnej przy Stowarzyszeniu Przyjaciół Ziemi Łańcuckiej " * 6
    name = document_file_name("Rozstrzygnięcie odwołania", "CAL/2026/0123", long, DAY)
    assert len(name) <= MAX_NAME_CHARS and len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name.startswith("Rozstrzygnięcie odwołania CAL-2026-0123 Centrum Aktywności")
    assert name.endswith("… 2026-12-04.pdf")
    assert name_problem(name) is None
    numbered = document_file_name("Rozstrzygnięcie odwołania", "CAL/2026/0123", long, DAY,
                                  taken={name})  # fmt: skip
    assert numbered.endswith("… 2026-12-04 (2).pdf") and len(numbered) <= MAX_NAME_CHARS


def test_a_draft_or_an_institution_named_like_a_device_stays_a_valid_name():
    name = document_file_name("CON", "ROB-7K2M", "NUL", DAY)
    assert name_problem(name) is None
    assert name.endswith("ROB-7K2M NUL 2026-12-04.pdf")
    assert document_file_name("Odmowa", "CAL/2026/0004", "", DAY) == (
        "Odmowa CAL-2026-0004 2026-12-04.pdf"
    )
