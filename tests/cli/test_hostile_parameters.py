"""Hostile command parameters: dates strictly RRRR-MM-DD within their window (limits.py),
no empty date meaning today, texts without control characters; each refused with one
Polish line and the database unchanged (``cli.refused``)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from calcert_desktop.domain.dates import add_years
from calcert_desktop.domain.limits import DATE_WINDOWS

TODAY = date.today()


@pytest.fixture
def filed(cli, declaration_file) -> str:
    return cli.file_case(declaration_file(), "2024-02-20")


@pytest.mark.parametrize(
    "received", ["2026-W48-2", "2024-W08", "20240220", "2024-051", "24-02-20", "２０２４-02-20"]
)
def test_declare_refuses_a_date_not_written_rrrr_mm_dd(cli, declaration_file, received):
    line = cli.refused(
        "declare", str(declaration_file()), "--received", received, user="biuro", expect=received
    )
    assert "RRRR-MM-DD" in line and "Data wpływu" in line


def test_declare_refuses_an_empty_received_date_instead_of_not_filing(cli, declaration_file):
    line = cli.refused("declare", str(declaration_file()), "--received", "", user="biuro")
    assert "Data wpływu" in line and "Pusta data" in line


@pytest.mark.parametrize("day", ["", "  "])
def test_an_empty_act_date_is_refused_not_today(cli, filed, day):
    line = cli.refused("act", filed, "accept", "--date", day, user="biuro")
    assert "Data czynności" in line and "Pusta data" in line


@pytest.mark.parametrize("day", ["2024-W09-1", "2024-060", "20240301"])
def test_an_act_date_must_be_rrrr_mm_dd(cli, filed, day):
    cli.refused("act", filed, "accept", "--date", day, user="biuro", expect="RRRR-MM-DD")


def test_an_act_date_before_2000_is_refused(cli, declaration_file):
    draft = cli.ok("declare", str(declaration_file()), user="biuro").strip()
    line = cli.refused("act", draft, "file", "--date", "1999-12-31", user="biuro")
    assert "2000-01-01" in line and "Data czynności" in line


def test_far_future_completion_deadline_is_refused(cli, filed):
    args = ("act", filed, "request-completion", "--reason", "Brak statutu.")
    line = cli.refused(*args, "--due", "9999-12-31", "--date", "2024-02-21", user="biuro")
    latest = add_years(date(2024, 2, 21), DATE_WINDOWS["due_on"].years_ahead).isoformat()
    assert "Termin uzupełnienia" in line and latest in line
    cli.ok(*args, "--due", latest, "--date", "2024-02-21", user="biuro")  # the limit itself


def test_far_future_visit_date_is_refused(cli, filed):
    cli.review(filed, "2024-02-21", ("czlonek1",))
    args = ("act", filed, "schedule-visit", "--expert", "ekspert", "--date", "2024-02-22")
    line = cli.refused(*args, "--visit-date", "9999-12-31", user="przewodniczaca")
    latest = add_years(date(2024, 2, 22), DATE_WINDOWS["visit_on"].years_ahead)
    assert "Data wizytacji" in line and latest.isoformat() in line
    too_far = (latest + timedelta(days=1)).isoformat()
    cli.refused(*args, "--visit-date", too_far, user="przewodniczaca", expect=too_far)
    cli.ok(*args, "--visit-date", "2024-03-05", user="przewodniczaca")


def test_far_future_response_deadline_is_refused(cli, granted):
    day = TODAY.isoformat()
    cli.ok("act", granted, "open-revocation", "--reason", "Skarga.", "--date", day,
           user="przewodniczaca")  # fmt: skip
    args = ("act", granted, "charge", "--charges", "Zaprzestano pracy (S5).", "--date", day)
    line = cli.refused(*args, "--response-due", "9999-12-31", user="przewodniczaca")
    assert "Termin odpowiedzi" in line and "9999-12-31" in line


def test_an_act_dated_9999_is_refused_without_overflow(cli, granted):
    day = TODAY.isoformat()
    cli.ok("act", granted, "open-revocation", "--reason", "Skarga.", "--date", day,
           user="przewodniczaca")  # fmt: skip
    line = cli.refused("act", granted, "charge", "--charges", "Zarzut.", "--date", "9999-12-31",
                       user="przewodniczaca")  # fmt: skip
    assert "z przyszłości" in line


@pytest.mark.parametrize(
    ("text", "code_text"),
    [("Brak\x1b[2J statutu", "U+001B"), ("Brak\x00", "U+0000"), ("a\u202eb", "U+202E")],
)
def test_action_texts_refuse_control_characters(cli, filed, text, code_text):
    line = cli.refused("act", filed, "request-completion", "--reason", text,
                       "--due", "2024-03-10", "--date", "2024-02-21", user="biuro")  # fmt: skip
    assert "Powód" in line and code_text in line and "\x1b" not in line


def test_action_texts_keep_line_breaks_and_polish(cli, filed):
    reason = "Brak statutu.\nProsimy o uzupełnienie: „zażółć”."
    cli.ok("act", filed, "request-completion", "--reason", reason,
           "--due", "2024-03-10", "--date", "2024-02-21", user="biuro")  # fmt: skip


def test_action_text_length_is_bounded(cli, filed):
    from calcert_desktop.domain.limits import MAX_ACTION_TEXT_CHARS

    line = cli.refused("act", filed, "request-completion", "--reason", "a" * 20001,
                       "--due", "2024-03-10", "--date", "2024-02-21", user="biuro")  # fmt: skip
    assert str(MAX_ACTION_TEXT_CHARS) in line and "Powód" in line
