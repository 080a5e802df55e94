"""Data printed to a terminal has its control characters escaped (issue 14, item 9)."""

from __future__ import annotations

import json

import pytest

from calcert_desktop.cli.terminal import json_text, printable
from cli_support import EXAMPLE

HOSTILE_NAME = "GOPS \x1b[31mCzerwony\x1b[0m \x9b2J \u202eexe.pdf\x07 Łącko 🙂"


def test_printable_escapes_control_characters_as_python_does():
    assert printable("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert printable("\x00\x07\x7f\x9b") == "\\x00\\x07\\x7f\\x9b"
    assert printable("raport\u202efdp.exe") == "raport\\u202efdp.exe"
    assert printable("a\u2028b\ufeff") == "a\\u2028b\\ufeff"
    assert printable("x\ud800") == "x\\ud800"


def test_printable_leaves_polish_emoji_and_quotes_alone():
    text = "Zażółć gęślą jaźń ĄĆĘŁŃÓŚŹŻ „cytat” 'O'Brien' <b>x</b> 🙂 👩‍👩‍👧"
    assert printable(text) == text


def test_line_breaks_only_in_multi_line_output():
    assert printable("a\nb\tc") == "a\\x0ab\\x09c"
    assert printable("a\nb\tc\x1b", multi_line=True) == "a\nb\tc\\x1b"


def test_json_output_stays_json_without_raw_controls():
    data = {"name": HOSTILE_NAME, "note": "a\u2028b"}
    text = json_text(data)
    assert json.loads(text) == data
    for char in ("\x1b", "\x9b", "\u202e", "\x07", "\u2028"):
        assert char not in text
    assert "Łącko 🙂" in text


@pytest.fixture
def hostile_case(cli) -> str:
    """A draft whose name holds escape sequences, written past the checks (as data stored
    before they existed would be)."""
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.context import open_context, resolve_actor, writing
    from calcert_desktop.services.process.new_case import new_case

    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["institution"]["name"] = HOSTILE_NAME
    data["institution"]["address"]["town"] = "Łą\x1b]0;tytuł\x07cko"
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    try:
        actor = resolve_actor(ctx, "biuro")
        with writing(ctx, actor, "declare") as session:
            case = new_case(data)
            session.add(case)
            session.flush()
            return case.draft_code
    finally:
        ctx.close()


def _no_raw_controls(text: str) -> None:
    for char in ("\x1b", "\x9b", "\u202e", "\x07"):
        assert char not in text, repr(text)


def test_cases_escapes_the_data(cli, hostile_case):
    out = cli.ok("cases", "--status", "draft", user="biuro")
    _no_raw_controls(out)
    assert "GOPS \\x1b[31mCzerwony" in out and "\\u202eexe.pdf\\x07" in out
    assert "Łą\\x1b]0;tytuł\\x07cko" in out


def test_show_escapes_the_data(cli, hostile_case):
    out = cli.ok("show", hostile_case, user="biuro")
    _no_raw_controls(out)
    assert "Instytucja: GOPS \\x1b[31mCzerwony\\x1b[0m \\x9b2J \\u202eexe.pdf\\x07 Łącko 🙂" in out


def test_json_listing_keeps_the_data_exact(cli, hostile_case):
    out = cli.ok("cases", "--json", user="biuro")
    _no_raw_controls(out)
    names = [row["institution"] for row in json.loads(out)]
    assert HOSTILE_NAME in names


def test_error_messages_quoting_data_are_escaped(cli, declaration_file):
    def postal(data):
        data["institution"]["address"]["postal_code"] = "\x1b[2J"

    line = cli.refused("declare", str(declaration_file(edit=postal)), user="biuro")
    assert "\\x1b" in line and "\x1b" not in line


def test_the_json_pattern_escapes_exactly_what_the_character_rule_escapes():
    # json_text finds the characters to escape with one pattern instead of asking each
    # character's category: the two must agree on every code point.
    from calcert_desktop.cli import terminal

    differ = [
        hex(code)
        for code in range(0x110000)
        if bool(terminal._JSON_ESCAPED.match(chr(code))) != terminal._needs_escape(chr(code), "\n")
    ]
    assert differ == []
    assert terminal.json_text({"a": "x\x9b\u202e\n"}) == '{\n  "a": "x\\u009b\\u202e\\n"\n}'
