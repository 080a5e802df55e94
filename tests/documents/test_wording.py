"""The rules of the letters' editable wording: the built-in wording passes them, every
placeholder a part may use is really filled (no drift between the declaration and
``values()``), and every kind of broken wording is refused naming the part."""

from __future__ import annotations

import pytest

from calcert_desktop.documents import letter_wordings
from calcert_desktop.documents.wording import LONG_LIMIT, check, fields, used_placeholders
from documents.test_letters import flat, text_of

KINDS = list(letter_wordings.LETTERS)


@pytest.mark.parametrize("kind", KINDS)
def test_the_builtin_wording_passes_and_uses_only_declared_placeholders(kind):
    rules = letter_wordings.wording(kind)
    assert check(rules, rules.builtin) == []
    assert set(rules.parts) == set(rules.builtin)  # every built-in part is editable
    for key, text in rules.builtin.items():
        assert used_placeholders(text) <= set(rules.parts[key].placeholders), key
    for name, description in rules.placeholders.items():
        assert description and description == description.strip(), name


@pytest.mark.parametrize("kind", KINDS)
def test_every_declared_placeholder_is_filled(kind):
    """A wording using every placeholder each part may declare renders, and none is left
    as a brace in the letter: what the editor offers is what values() fills."""
    rules = letter_wordings.wording(kind)
    texts = {
        key: f"Część {key}: " + " ".join(f"<{{{name}}}>" for name in part.placeholders)
        for key, part in rules.parts.items()
    }
    assert check(rules, texts) == []
    text = flat(text_of(letter_wordings.render_sample(kind, texts)))
    assert "{" not in text and "}" not in text
    module_values = {
        "refusal": "refusal_letter", "charges": "charges_letter",
        "revocation": "revocation_decision", "appeal-decision": "appeal_decision",
        "acknowledgement": "acknowledgement", "completion-request": "completion_request",
        "discontinuation": "discontinuation", "renewal-reminder": "renewal_reminder",
    }[kind]  # fmt: skip
    module = getattr(__import__("calcert_desktop.documents", fromlist=[module_values]),
                     module_values)  # fmt: skip
    assert set(module.values(module.sample())) == set(module.VALUES)
    assert set(rules.placeholders) >= set(module.VALUES)


def test_a_changed_wording_shows_in_the_letter_and_doubled_braces_print_single():
    rules = letter_wordings.wording("refusal")
    texts = dict(rules.builtin)
    texts["title"] = "Odmowa {{pismo nr 1}}"
    texts["decision"] = "Komisja odmawia instytucji {institution} w dniu {decided_on}."
    text = flat(text_of(letter_wordings.render_sample("refusal", texts)))
    assert "Odmowa {pismo nr 1}" in text
    assert "Komisja odmawia instytucji Stowarzyszenie „Razem dla Łącka” w dniu 14 marca " \
        "2025 r." in text  # fmt: skip


BROKEN = [
    ("{instytucja}", "template.unknown_placeholder", "{instytucja}"),
    ("{institution", "template.unclosed_brace", "bez zamykającego"),
    ("nawias }", "template.stray_brace", "bez otwierającego"),
    ("{}", "template.positional", "puste lub numerowane"),
    ("{0}", "template.positional", "{0}"),
    ("{institution.__class__}", "template.not_a_name", "{institution.__class__}"),
    ("{institution[0]}", "template.not_a_name", "{institution[0]}"),
    ("{institution!r}", "template.not_a_name", "{institution!r}"),
    ("{institution:>10}", "template.not_a_name", "{institution:>10}"),
    ("{insti{tution}}", "template.unclosed_brace", "bez zamykającego"),
    ("   \n ", "template.empty_part", "jest pusta"),
    ("x" * (LONG_LIMIT + 1), "template.too_long", f"najwyżej {LONG_LIMIT}"),
]


@pytest.mark.parametrize(("text", "code", "said"), BROKEN)
def test_a_broken_part_is_refused_naming_the_part(text, code, said):
    rules = letter_wordings.wording("refusal")
    texts = {**rules.builtin, "decision": text}
    problems = check(rules, texts)
    assert problems, text
    assert problems[0].code == code and problems[0].part == "decision"
    message = problems[0].message
    assert message.startswith("Część „Rozstrzygnięcie – treść”"), message
    assert said in message


def test_an_unknown_placeholder_says_which_are_allowed():
    rules = letter_wordings.wording("charges")
    texts = {**rules.builtin, "title": "Zarzuty {institution}"}  # the title takes none
    [problem] = check(rules, texts)
    assert "(żadnych)" in problem.message and "„Tytuł pisma”" in problem.message
    texts = {**rules.builtin, "response": "Do {response_due} albo {termin}."}
    [problem] = check(rules, texts)
    assert "{termin}" in problem.message and "{response_due}" in problem.message


def test_missing_unknown_and_non_text_parts_are_refused():
    rules = letter_wordings.wording("revocation")
    texts = {key: value for key, value in rules.builtin.items() if key != "signed_for"}
    texts["podpis"] = "Prezes"
    texts["title"] = 7
    codes = [(p.code, p.part) for p in check(rules, texts)]
    assert codes == [("template.not_text", "title"), ("template.missing_part", "signed_for"),
                     ("template.unknown_part", "podpis")]  # fmt: skip
    assert "Formuła podpisu" in check(rules, texts)[1].message


def test_fields_reads_doubled_braces_as_literal():
    assert fields("{{x}} {y} }}{{") == [("name", "y")]
