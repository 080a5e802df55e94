"""The office's details and the documents' signers as rules: defaults from the regulations,
what a setting may hold (Polish messages), the function's form by grammatical gender, what a
person may type, and neutral words where a member's gender is unknown."""

from __future__ import annotations

import pytest

from calcert_desktop.domain import office, signature_slots, signers
from calcert_desktop.domain.case_labels import DOCUMENT_KINDS, TYPED_VOTES, VOTES, typed_code
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.messages import LABELS
from calcert_desktop.domain.messages_office import OFFICE_LABELS
from calcert_desktop.domain.signature_slots import SLOTS, Signature, SignerSetting


def test_the_defaults_are_the_regulations_body_and_its_seat():
    details = office.details({})
    assert details.name == "Centrum Wspierania Aktywności Lokalnej CAL"
    assert details.board == "Zarząd Centrum Wspierania Aktywności Lokalnej CAL"
    assert details.commission == "Komisja Certyfikacyjna Centrum Wspierania Aktywności Lokalnej CAL"
    assert details.place == "Warszawa" and details.website == "www.cal.org.pl"
    assert details.address_lines == () and details.contact_lines() == ("www.cal.org.pl",)


def test_a_declinable_name_takes_its_genitive_after_a_noun():
    details = office.details({
        office.NAME: "Fundacja Przykładowa", office.NAME_OF: "Fundacji Przykładowej",
        office.ADDRESS_1: "ul. Długa 1", office.ADDRESS_2: "00-001 Warszawa",
        office.PHONE: "22 123 45 67", office.EMAIL: "biuro@example.pl", office.WEBSITE: "",
    })  # fmt: skip
    assert details.board == "Zarząd Fundacji Przykładowej"
    assert details.commission == "Komisja Certyfikacyjna Fundacji Przykładowej"
    assert details.address_lines == ("ul. Długa 1", "00-001 Warszawa")
    assert details.contact_lines() == ("tel. 22 123 45 67", "e-mail: biuro@example.pl")


def test_a_stored_value_the_rules_refuse_prints_as_the_default():
    details = office.details({office.NAME: "", office.PLACE: "Łódź\x1b", office.EMAIL: "zły"})
    assert details.name == office.DEFAULT_NAME and details.place == "Warszawa"
    assert details.email == ""


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        (office.NAME, "", "Pełna nazwa organizacji: To pole jest wymagane — uzupełnij je."),
        (office.NAME, " \u200b ", "Pełna nazwa organizacji: To pole jest wymagane"),
        (office.NAME, "A" * 201, "Pełna nazwa organizacji: Tekst jest za długi (liczba znaków: "
                                 "201) — skróć go do najwyżej 200 znaków."),
        (office.NAME, "Centrum\x1bCAL", "Pełna nazwa organizacji: Tekst zawiera niedozwolony "
                                        "znak sterujący U+001B (znak nr 8)"),
        (office.NAME, "Centrum\nCAL", "To pole mieści jeden wiersz"),
        (office.PLACE, "", "Miejscowość na pismach i certyfikacie: To pole jest wymagane"),
        (office.EMAIL, "biuro(at)cal", "Adres e-mail „biuro(at)cal” jest nieprawidłowy"),
        (office.PHONE, "123", "Numer telefonu „123” jest nieprawidłowy"),
        (office.WEBSITE, "cal org", "Adres strony „cal org” jest nieprawidłowy"),
    ],
)  # fmt: skip
def test_a_bad_detail_is_refused_in_polish(key, value, message):
    found = office.problems({key: value})
    assert len(found) == 1 and found[0].field == key
    assert message in found[0].message


def test_optional_details_may_be_empty_and_spaces_are_tidied():
    assert office.problems({key: "" for key in office.OFFICE_SETTINGS if key not in
                            (office.NAME, office.PLACE)}) == []  # fmt: skip
    assert office.cleaned("  Centrum\u00a0\u00a0Wspierania  CAL ") == "Centrum Wspierania CAL"


def test_every_office_setting_has_its_label_and_every_slot_field_too():
    assert list(OFFICE_LABELS) == list(office.OFFICE_SETTINGS)
    for kind, slot in signature_slots.all_slots():
        for part in ("name", "function", "gender"):
            assert signature_slots.field(kind, slot, part) in LABELS


def test_the_function_takes_the_signers_gender():
    chair = signature_slots.FUNCTIONS["commission_chair"]
    assert chair.form("f") == "Przewodnicząca Komisji Certyfikacyjnej"
    assert chair.form("m") == chair.form("") == "Przewodniczący Komisji Certyfikacyjnej"
    pairs = {code: (f.masculine, f.feminine) for code, f in signature_slots.FUNCTIONS.items()}
    assert pairs["board_president"] == ("Prezes Zarządu", "Prezeska Zarządu")
    assert pairs["board_member"] == ("Członek Zarządu", "Członkini Zarządu")
    assert pairs["board_vice_president"] == ("Wiceprezes Zarządu", "Wiceprezeska Zarządu")
    assert pairs["office_head"] == ("Kierownik biura", "Kierowniczka biura")
    assert pairs["recorder"] == ("Protokolant", "Protokolantka")
    for masculine, feminine in pairs.values():
        for form in (masculine, feminine):
            assert "(" not in form and "/" not in form


def test_every_kind_with_slots_is_a_document_kind_and_a_slot_nobody_set_prints_its_function():
    assert set(SLOTS) <= set(DOCUMENT_KINDS)
    assert len(SLOTS["certificate"]) == 2 and len(SLOTS["decision-record"]) == 2
    assert signature_slots.signatures("refusal", {}) == (
        Signature("", "Przewodniczący Komisji Certyfikacyjnej"),
    )
    assert signature_slots.signatures("visit-protocol", {}) == ()  # the case's own people
    chosen = {("certificate", "2"): SignerSetting("Anna Nowak", "board_vice_president", "f")}
    assert signature_slots.signatures("certificate", chosen) == (
        Signature("", "Prezes Zarządu"), Signature("Anna Nowak", "Wiceprezeska Zarządu"),
    )  # fmt: skip
    own = SignerSetting("Jan Kowalski", "Dyrektor ds. programowych", "")
    assert signature_slots.signature("refusal", "1", own).function == "Dyrektor ds. programowych"


def test_what_a_person_types_for_a_function_and_a_gender():
    assert signers.parse_function("PRZEWODNICZĄCA komisji certyfikacyjnej") == "commission_chair"
    assert signers.parse_function("Przewodniczacy Komisji Certyfikacyjnej") == "commission_chair"
    assert signers.parse_function("board_member") == "board_member"
    assert signers.parse_function("  Dyrektorka   programowa ") == "Dyrektorka programowa"
    assert signers.parse_function("") == ""
    for typed, code in (("f", "f"), ("K", "f"), ("żeński", "f"), ("kobieta", "f"),
                        ("m", "m"), ("Męski", "m"), ("", "")):  # fmt: skip
        assert signers.parse_gender(typed) == code
    with pytest.raises(ValidationError) as refused:
        signers.parse_gender("x")
    assert "Nieznana wartość „x” — wpisz m (męski) albo f (żeński)" in refused.value.message


def test_a_named_signer_of_a_function_with_two_forms_needs_a_gender():
    found = signers.problems("refusal", "1", SignerSetting("Barbara Łukaszewicz", "", ""))
    assert [p.code for p in found] == ["signer.gender_required"]
    assert found[0].message == (
        "Pismo o odmowie przyznania certyfikatu — rodzaj gramatyczny: Wybierz rodzaj dla osoby "
        "podpisującej (Barbara Łukaszewicz): funkcja ma dwie formy — „Przewodniczący Komisji "
        "Certyfikacyjnej” (m) i „Przewodnicząca Komisji Certyfikacyjnej” (f)."
    )
    # no name: the function alone; a function of one form, or own words: no gender needed
    assert signers.problems("refusal", "1", SignerSetting("", "", "")) == []
    assert signers.problems("refusal", "1", SignerSetting("Ewa Zalewska", "commission_secretary",
                                                          "")) == []  # fmt: skip
    assert signers.problems("refusal", "1", SignerSetting("Ewa Zalewska", "Sekretarka", "")) == []
    long = signers.problems("certificate", "2", SignerSetting("X" * 121, "Y\x07", "m"))
    assert [(p.code, p.field) for p in long] == [
        ("too_long", "signer.certificate.2.name"),
        ("text.control_character", "signer.certificate.2.function"),
    ]
    assert long[0].message.startswith("Certyfikat, drugi podpis — imię i nazwisko: Tekst jest")


def test_slots_are_found_by_number_or_refused_in_polish():
    assert signers.find_slot("refusal", None) == "1"
    assert signers.find_slot("certificate", " 2 ") == "2"
    with pytest.raises(ValidationError) as refused:
        signers.find_slot("certificate", None)
    assert refused.value.message == (
        "Dokument „Certyfikat” ma więcej podpisów — wskaż który opcją --slot: "
        "1 (pierwszy podpis), 2 (drugi podpis)."
    )
    with pytest.raises(ValidationError) as refused:
        signers.find_slot("dyplom", "1")
    assert refused.value.message.startswith("Dokument „dyplom” nie ma podpisów do ustawienia")


def test_a_stored_signer_reads_back_and_a_broken_one_counts_as_unset():
    setting = SignerSetting("Barbara Łukaszewicz", "commission_chair", "f")
    assert SignerSetting.from_text(setting.to_text()) == setting
    for broken in ("nie json", "[1, 2]", '{"name": 5}'):
        assert SignerSetting.from_text(broken) == SignerSetting()


def test_votes_read_neutrally_and_old_typed_words_still_parse():
    assert VOTES == {"for": "za", "against": "przeciw", "abstain": "wstrzymanie się od głosu"}
    for typed in ("wstrzymał(a) się", "wstrzymuję się", "wstrzymała się",
                  "wstrzymanie się od głosu", "Wstrzymanie się"):  # fmt: skip
        assert typed_code(TYPED_VOTES, typed) == "abstain", typed
    from calcert_desktop.domain.case_labels import FIELD_LABELS

    assert not [label for label in FIELD_LABELS.values() if "(a)" in label or "(-a)" in label]
