"""The form definitions, the declaration schema, and the Polish message catalogue."""

import json
import re
from pathlib import Path

import jsonschema
import pytest

from calcert_desktop.domain import forms
from calcert_desktop.domain.declaration import Declaration
from calcert_desktop.domain.errors import DomainError, ValidationError
from calcert_desktop.domain.forms import (
    FieldKind,
    available_versions,
    forms_dir,
    load_declaration_schema,
    load_form,
)
from calcert_desktop.domain.messages_validation import FIELD_LABELS, VALIDATION_MESSAGES

REPO = Path(__file__).resolve().parents[2]
DOMAIN = REPO / "src" / "calcert_desktop" / "domain"
# The regulations as published (mission, 12 points, the paper form), kept beside the forms.
SEED = REPO / "forms" / "sources" / "cal-certificate-regulations-pl.txt"
# The modules of the forms/validation work, whose codes live in VALIDATION_MESSAGES.
VALIDATING_MODULES = (
    "forms.py",
    "identifiers.py",
    "validation.py",
    "declaration.py",
    "declaration_checks.py",
    "declaration_schema.py",
)


@pytest.fixture(scope="module")
def form():
    return load_form("1")


def test_forms_dir_is_the_repository_folder_in_development(monkeypatch):
    monkeypatch.delenv(forms.FORMS_DIR_ENV, raising=False)
    shipped = Path(forms.__file__).resolve().parents[1] / "_data" / "forms"
    assert forms_dir() == (shipped if shipped.is_dir() else REPO / "forms")
    assert (forms_dir() / "zgloszenie" / "v1.json").is_file()
    assert (forms_dir() / "declaration.schema.json").is_file()


def test_versions_and_newest(form):
    assert available_versions() == ["1"]
    assert load_form() is form  # cached
    assert form.form_id == "zgloszenie"
    assert form.version == "1"
    assert form.title == "Zgłoszenie do Certyfikatu"
    assert form.valid_from.isoformat() == "2010-01-01"


def test_unknown_version(form):
    with pytest.raises(ValidationError) as caught:
        load_form("7")
    error = caught.value
    assert error.code == "form.unknown_version"
    assert error.field == "form_version"
    assert error.params == {"version": "7"}
    assert "„7”" in error.message


def test_nine_standards_in_order(form):
    assert form.standard_codes == tuple(f"S{n}" for n in range(1, 10))
    assert [s.number for s in form.standards] == list(range(1, 10))
    assert [s.title for s in form.standards] == [
        "Struktura",
        "Wyodrębnione stanowiska",
        "Cały zespół",
        "Diagnoza",
        "Długofalowość",
        "Narzędzia",
        "Różnorodność pól",
        "Partnerstwo",
        "Ewaluacja",
    ]


@pytest.mark.parametrize(
    ("code", "phrase"),
    [
        ("S1", "ujęte w dokumentach: statucie, regulaminie, zakresach obowiązków organizatorów"),
        ("S2", "wyodrębnione stanowiska/zespoły/działy (w zależności od wielkości instytucji)"),
        ("S3", "Cały zespół w instytucji zna i rozumie metodę organizowania społeczności"),
        ("S4", "terytorialnych i kategorialnych w szczególności zagrożonych wykluczeniem"),
        ("S5", "nie mają formy incydentalnych aktywności, wzmacniają empowerment społeczności"),
        ("S6", "organizowanie wolontariatu, kampanii społecznych"),
        ("S7", "skierowana do wszystkich grup społecznych niezależnie od ich specyfiki"),
        ("S8", "we współpracy z innymi instytucjami, organizacjami i aktywnym zaangażowaniem"),
        ("S9", "gromadzi i prezentuje efekty swojej pracy"),
    ],
)
def test_standard_texts_keep_the_paper_wording(form, code, phrase):
    assert phrase in form.standard(code).text


def test_standard_texts_are_copied_from_the_seed(form):
    seed = " ".join(SEED.read_text(encoding="utf-8").split())
    for standard in form.standards:
        # The one deliberate change: the paper's typo "efektu" (forms/README.md).
        paper = standard.text.replace("efekty swojej pracy", "efektu swojej pracy")
        assert paper in seed, standard.code


def test_closed_lists(form):
    assert [t.code for t in form.institution_types] == ["jops", "ngo", "zaz", "wtz", "other"]
    assert "GOPS" in form.institution_type("jops").description
    assert [c.code for c in form.eligibility] == ["osl_in_documents", "team_familiarised"]
    assert [k.code for k in form.attachment_kinds] == [
        "signed_form",
        "report",
        "statute",
        "regulations",
        "job_descriptions",
        "model_of_work",
        "other",
    ]
    assert [(c.code, c.label) for c in form.assessment_scale] == [
        ("meets", "spełnia"),
        ("partly", "spełnia częściowo"),
        ("not", "nie spełnia"),
    ]
    fields = {c.code: c.label for c in form.fields_of_activity}
    for code, label in [
        ("culture", "kultura"),
        ("social_assistance", "pomoc społeczna"),
        ("education", "edukacja"),
        ("ecology", "ekologia"),
        ("safety", "bezpieczeństwo"),
        ("labour_market", "aktywizacja zawodowa"),
    ]:
        assert fields[code] == label


def test_sixteen_voivodeships_with_teryt_codes(form):
    assert [v.code for v in form.voivodeships] == [f"{n:02d}" for n in range(2, 33, 2)]
    assert form.voivodeship_by_code("10").name == "łódzkie"
    assert form.voivodeship_by_code("24").name == "śląskie"
    assert form.voivodeship("świętokrzyskie").code == "26"
    assert form.voivodeship("26") is None
    assert all(v.name == v.name.lower() for v in form.voivodeships)
    # A declaration stores the name, so the GUI's choices carry the name as their code.
    choices = form.choices("voivodeships")
    assert [c.code for c in choices] == [v.name for v in form.voivodeships]
    assert choices[0].description == "02"


def test_field_specs_fit_the_declaration(form, example):
    declaration = Declaration.from_dict(example)
    for spec in form.institution_fields:
        assert spec.path in FIELD_LABELS, spec.path
        assert declaration.value_at(spec.path), spec.path
        if spec.kind is FieldKind.CHOICE:
            assert form.choices(spec.choices)
    required = {s.path for s in form.institution_fields if s.required}
    assert {"institution.name", "submitter.name", "head.name", "signature.date"} <= required


@pytest.fixture
def example():
    path = forms_dir() / "examples" / "declaration-example.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_schema_is_valid_and_accepts_the_example(example):
    schema = load_declaration_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(example, schema, cls=jsonschema.Draft202012Validator)


def test_data_files_carry_real_polish_letters():
    for relative in ("zgloszenie/v1.json", "examples/declaration-example.json"):
        text = (forms_dir() / relative).read_text(encoding="utf-8")
        assert "\\u0" not in text, relative
        assert re.search("[ąćęłńóśźż]", text), relative


def test_example_has_valid_identifiers(example):
    from calcert_desktop.domain.identifiers import is_valid_nip, is_valid_regon

    assert is_valid_nip(example["institution"]["nip"])
    assert is_valid_regon(example["institution"]["regon"])


def test_env_var_points_at_another_folder(tmp_path, monkeypatch):
    source = forms_dir()
    (tmp_path / "zgloszenie").mkdir()
    v1 = json.loads((source / "zgloszenie" / "v1.json").read_text(encoding="utf-8"))
    v2 = {**v1, "version": "2", "standards": v1["standards"][:8]}
    for name, data in (("v1.json", v1), ("v2.json", v2), ("v10.json", {**v1, "version": "10"})):
        (tmp_path / "zgloszenie" / name).write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "zgloszenie" / "notes.txt").write_text("x", encoding="utf-8")
    monkeypatch.setenv(forms.FORMS_DIR_ENV, str(tmp_path))
    assert forms_dir() == tmp_path
    assert available_versions() == ["1", "2", "10"]  # numeric, not text, order
    assert load_form().version == "10"
    assert len(load_form("2").standards) == 8


def test_damaged_definition(tmp_path, monkeypatch):
    (tmp_path / "zgloszenie").mkdir()
    (tmp_path / "zgloszenie" / "v1.json").write_text('{"form_id": "zgloszenie"}', "utf-8")
    (tmp_path / "zgloszenie" / "v2.json").write_text("{", "utf-8")
    monkeypatch.setenv(forms.FORMS_DIR_ENV, str(tmp_path))
    for version in ("1", "2"):
        with pytest.raises(DomainError) as caught:
            load_form(version)
        assert caught.value.code == "form.invalid_definition"
        assert "zainstaluj program ponownie" in caught.value.message


def test_no_definitions(tmp_path, monkeypatch):
    monkeypatch.setenv(forms.FORMS_DIR_ENV, str(tmp_path))
    assert available_versions() == []
    with pytest.raises(DomainError) as caught:
        load_form()
    assert caught.value.code == "form.missing_definitions"


# --- the message catalogue -----------------------------------------------------------------

_RAISED = re.compile(r"(?:ValidationError|DomainError)\(\s*\"([a-z0-9_.]+)\"")


def _codes_in_source() -> set[str]:
    found: set[str] = set()
    for name in VALIDATING_MODULES:
        found |= set(_RAISED.findall((DOMAIN / name).read_text(encoding="utf-8")))
    return found


def test_every_code_used_has_a_polish_message():
    used = _codes_in_source()
    assert {"nip.checksum", "standard.not_declared", "declaration.schema"} <= used
    assert sorted(used - VALIDATION_MESSAGES.keys()) == []


def test_catalogue_has_the_codes_of_the_brief():
    for code in (
        "form.unknown_version",
        "date.invalid",
        "date.future",
        "required",
        "too_long",
        "postal_code.invalid",
        "phone.invalid",
        "email.invalid",
        "nip.checksum",
        "nip.length",
        "regon.checksum",
        "regon.length",
        "choice.unknown",
        "declaration.schema",
        "declaration.malformed_json",
        "file.missing",
        "eligibility.not_met",
        "standard.not_declared",
        "report.missing",
        "model_of_work.missing",
    ):
        assert code in VALIDATION_MESSAGES, code


def test_messages_are_polish_sentences_with_a_fix():
    for code, template in VALIDATION_MESSAGES.items():
        assert template[0].isupper(), code
        assert "—" in template or ":" in template, code  # says what to do or what is wrong
    assert VALIDATION_MESSAGES["date.invalid"] == (
        "Nieprawidłowa data {value} — wpisz ją w postaci RRRR-MM-DD."
    )
    assert VALIDATION_MESSAGES["declaration.malformed_json"] == (
        "Plik {path} nie jest poprawnym plikiem JSON (wiersz {line}, kolumna {column}): {detail}"
    )


def test_labels_cover_the_brief():
    assert FIELD_LABELS["institution.nip"] == "NIP instytucji"
    assert FIELD_LABELS["institution.address.postal_code"] == "Kod pocztowy"
    assert FIELD_LABELS["standards"] == "Standardy"
    assert FIELD_LABELS["form_version"] == "Wersja formularza"
    assert FIELD_LABELS["signature.date"] == "Data podpisania"
