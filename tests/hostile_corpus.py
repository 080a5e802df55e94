"""The hostile declaration files of the acceptance corpus, each with its expected verdict.

Every variant starts from ``forms/examples/declaration-example.json`` and changes one thing;
its verdict is the error code and the dotted field path the refusal must name. The
legitimate variants (Polish letters, emoji, quotes, HTML shown literally, paragraphs in the
multi-line fields) must be accepted.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE: dict[str, Any] = json.loads(
    (ROOT / "forms" / "examples" / "declaration-example.json").read_text(encoding="utf-8")
)
EXAMPLE["signature"]["date"] = "2024-02-10"

# (character, name) for the one-line fields; the code depends on what the character is.
LINE_BREAKS = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"]
BIDI = [
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
    "\u061c",
]
CONTROLS = [
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x1b",
    "\x1b[31m",
    "\x1b]0;tytuł\x07",
    "\x1f",
    "\x7f",
    "\x9b",
    "\t",
    "\ufeff",
    "\ufffe",
    "\uffff",
]
ONE_LINE_FIELDS = [
    ("institution", "name"),
    ("institution", "address", "street"),
    ("institution", "address", "town"),
    ("submitter", "name"),
    ("submitter", "position"),
    ("head", "name"),
    ("head", "position"),
    ("signature", "place"),
]
MULTI_LINE_FIELDS = [("standards", "S3", "description"), ("model_of_work", "description")]
INVISIBLE_ONLY = [
    "\u200b\u200b",
    "\ufeff",
    "\u200b \u200c\u200d",
    "\u2060",
    "\u3164",
    " \u00a0\u3000 ",
    "\u202e",
    "\u2028",
]
REQUIRED_FIELDS = [
    ("institution", "name"),
    ("institution", "address", "town"),
    ("submitter", "name"),
    ("head", "name"),
    ("signature", "place"),
]


@dataclass(frozen=True)
class Variant:
    """One file of the corpus: its name, how to make it, and the verdict."""

    name: str
    make: Callable[[Path], Path]  # writes the file into the folder, returns its path
    code: str  # the expected error code
    field: str  # the dotted field path the message must name


def _data(edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = copy.deepcopy(EXAMPLE)
    edit(data)
    return data


def _set(path: tuple[str | int, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return edit


def _json_file(name: str, data: Any) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        target = folder / f"{name}.json"
        target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return target

    return make


def _text_file(name: str, text: str | bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        target = folder / f"{name}.json"
        raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
        target.write_bytes(raw)
        return target

    return make


def _value_variant(
    name: str, path: tuple[str | int, ...], value: Any, code: str, field: str | None = None
) -> Variant:
    dotted = field or ".".join(str(p) for p in path)
    return Variant(name, _json_file(name, _data(_set(path, value))), code, dotted)


def _char_code(char: str, multi_line: bool) -> str:
    if char in BIDI:
        return "text.bidi_control"
    if not multi_line and char[0] in "\n\r\x0b\x0c\x85\u2028\u2029":
        return "text.line_break"
    return "text.control_character"


def character_variants() -> list[Variant]:
    variants = []
    for path in ONE_LINE_FIELDS:
        original = _get(EXAMPLE, path) or "Tekst"
        for index, char in enumerate([*LINE_BREAKS, *BIDI, *CONTROLS]):
            value = original[:3] + char + original[3:]
            name = f"{'.'.join(path)}-char{index}"
            variants.append(_value_variant(name, path, value, _char_code(char, False)))
    for path in MULTI_LINE_FIELDS:
        original = _get(EXAMPLE, path)
        for index, char in enumerate(
            ["\x00", "\x1b[2J", "\x07", "\x7f", "\x9b", "\ufeff", "\u2028", "\u2029", "\x0b", *BIDI]
        ):
            value = original[:10] + char + original[10:]
            name = f"{'.'.join(path)}-char{index}"
            variants.append(_value_variant(name, path, value, _char_code(char, True)))
    # Codes and file names are one line too.
    for index, char in enumerate(["\x00", "\u202e", "\n", "\x1b"]):
        code = _char_code(char, False)
        variants += [
            _value_variant(f"type-char{index}", ("institution", "type"), "jo" + char + "ps", code),
            _value_variant(
                f"file-name-char{index}",
                ("attachments", 1, "file_name"),
                "raport" + char + "fdp.exe",
                code,
            ),
            _value_variant(
                f"evidence-char{index}",
                ("standards", "S1", "evidence"),
                ["statut" + char + ".pdf"],
                code,
                "standards.S1.evidence",
            ),
            _value_variant(
                f"path-char{index}",
                ("attachments", 0, "path"),
                "zalaczniki/a" + char + ".pdf",
                code,
            ),
        ]
    return variants


def _get(data: dict[str, Any], path: tuple[str | int, ...]) -> Any:
    node: Any = data
    for key in path:
        node = node[key]
    return node


def value_variants() -> list[Variant]:
    variants = [
        _value_variant(f"{'.'.join(path)}-invisible{index}", path, text, "required")
        for path in REQUIRED_FIELDS
        for index, text in enumerate(INVISIBLE_ONLY)
    ]
    nip, regon = ("institution", "nip"), ("institution", "regon")
    for index, text in enumerate(["0000000000", "000-000-00-00", "PL 000 000 00 00"]):
        variants.append(_value_variant(f"nip-zeros{index}", nip, text, "nip.all_zeros"))
    for index, text in enumerate(["000000000", "00000000000000", "000 000 000"]):
        variants.append(_value_variant(f"regon-zeros{index}", regon, text, "regon.all_zeros"))
    signed = ("signature", "date")
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    dates = {
        "date.too_early": ["0001-01-01", "1999-12-31", "1970-01-01"],
        "date.future": ["9999-12-31", tomorrow, "2999-01-01"],
        "date.invalid": [
            "2024-W06-6",
            "2024-W06",
            "20240210",
            "2024-2-10",
            "10.02.2024",
            "２０２４-02-10",
            "2024-02-30",
            "2024-041",
            "2024‐02‐10",
        ],
        # The form allows 10 characters for a date: longer ISO forms stop there.
        "too_long": ["2024-02-10T00:00", "+2024-02-10"],
    }
    for code, values in dates.items():
        for index, text in enumerate(values):
            variants.append(_value_variant(f"signed-{code}{index}", signed, text, code))
    return variants


def size_variants() -> list[Variant]:
    one = {"kind": "other", "file_name": "a.pdf"}
    long_key = "S" + "1" * 60
    return [
        _value_variant("attachments-101", ("attachments",), [one] * 101, "too_many"),
        _value_variant("attachments-5000", ("attachments",), [one] * 5000, "too_many"),
        _value_variant(
            "evidence-51",
            ("standards", "S1", "evidence"),
            [f"e{i}.pdf" for i in range(51)],
            "too_many",
        ),
        _value_variant("fields-31", ("model_of_work", "fields"), ["culture"] * 31, "too_many"),
        _value_variant(
            "eligibility-31",
            ("eligibility",),
            {f"warunek_{i}": True for i in range(31)},
            "too_many",
        ),
        _value_variant(
            "standards-31",
            ("standards",),
            {f"S{i}": {"declared": True} for i in range(1, 32)},
            "too_many",
        ),
        _value_variant("name-301", ("institution", "name"), "Ą" * 301, "too_long"),
        _value_variant("name-5000", ("institution", "name"), "a" * 5000, "too_long"),
        _value_variant("town-101", ("institution", "address", "town"), "ł" * 101, "too_long"),
        _value_variant(
            "description-20001", ("model_of_work", "description"), "ż" * 20001, "too_long"
        ),
        _value_variant(
            "description-200000", ("standards", "S2", "description"), "x" * 200_000, "too_long"
        ),
        _value_variant(
            "file-name-256", ("attachments", 0, "file_name"), "a" * 252 + ".pdf", "too_long"
        ),
        _value_variant("path-3000", ("attachments", 0, "path"), "a/" * 1500, "too_long"),
        _value_variant("form-version-3000", ("form_version",), "1" * 3000, "too_long"),
        Variant(
            "long-key",
            _json_file("long-key", _data(_set(("standards", long_key), {"declared": True}))),
            "too_long",
            f"standards.{long_key[:40]}…",
        ),
    ]


def _example_text() -> str:
    return json.dumps(EXAMPLE, ensure_ascii=False, indent=2)


def _replace_once(name: str, old: str, new: str) -> Callable[[Path], Path]:
    text = _example_text()
    assert text.count(old) >= 1, old
    return _text_file(name, text.replace(old, new, 1))


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def json_variants() -> list[Variant]:
    v = Variant
    dup = _replace_once
    variants = [
        v(
            "dup-top",
            dup("dup-top", '"form_version": "1"', '"form_version": "1", "form_version": "2"'),
            "json.duplicate_key",
            "form_version",
        ),
        v(
            "dup-type",
            dup("dup-type", '"type": "jops"', '"type": "jops", "type": "ngo"'),
            "json.duplicate_key",
            "institution.type",
        ),
        v(
            "dup-town",
            dup("dup-town", '"town": "Łącko"', '"town": "Łącko", "town": "Kraków"'),
            "json.duplicate_key",
            "institution.address.town",
        ),
        v(
            "dup-date",
            dup("dup-date", '"date": "2024-02-10"', '"date": "2024-02-10", "date": "x"'),
            "json.duplicate_key",
            "signature.date",
        ),
        v(
            "dup-standard",
            dup("dup-standard", '"S9": {', '"S1": {"declared": false}, "S9": {'),
            "json.duplicate_key",
            "standards.S1",
        ),
        v(
            "dup-kind",
            dup("dup-kind", '"kind": "statute"', '"kind": "statute", "kind": "other"'),
            "json.duplicate_key",
            "attachments.1.kind",
        ),
        v(
            "dup-declared",
            dup("dup-declared", '"declared": true', '"declared": true, "declared": false'),
            "json.duplicate_key",
            "standards.S1.declared",
        ),
    ]
    for depth in (17, 50, 999, 1000, 5000, 100_000):
        name = f"deep-{depth}"
        variants.append(
            v(
                name,
                dup(name, '"name": "Gminny', '"name": ' + _nested(depth) + ', "x": "Gminny'),
                "json.too_deep",
                "institution.name",
            )
        )
    variants.append(
        v("deep-top", _text_file("deep-top", _nested(100_000)), "json.too_deep", "file")
    )
    size = '"file_name": "zgloszenie-podpisane.pdf"'
    for name, literal, code in [
        ("num-5000", "9" * 5000, "json.number_too_long"),
        ("num-21", "1" * 21, "json.number_too_long"),
        ("num-neg", "-" + "9" * 100, "json.number_too_long"),
        ("num-float", "1." + "5" * 5000, "json.number_too_long"),
        ("num-exp", "1e400", "json.not_a_number"),
        ("num-nan", "NaN", "json.not_a_number"),
        ("num-inf", "Infinity", "json.not_a_number"),
        ("num-minf", "-Infinity", "json.not_a_number"),
    ]:
        variants.append(
            v(
                name,
                dup(name, size, size + ', "size_bytes": ' + literal),
                code,
                "attachments.0.size_bytes",
            )
        )
    for name, old, new, field in [
        ("surrogate-name", '"Gminny', '"\\ud800Gminny', "institution.name"),
        ("surrogate-town", '"town": "Łącko"', '"town": "Łą\\udfffcko"', "institution.address.town"),
        (
            "surrogate-desc",
            '"description": "Model',
            '"description": "\\udbffModel',
            "model_of_work.description",
        ),
        ("surrogate-key", '"osl_in_documents"', '"osl_\\ud800"', "eligibility"),
    ]:
        variants.append(v(name, dup(name, old, new), "text.surrogate", field))
    for index, top in enumerate(
        ["[]", '"tekst"', "1", "null", "true", "[" + _example_text() + "]"]
    ):
        variants.append(
            v(f"top-{index}", _text_file(f"top-{index}", top), "declaration.not_object", "file")
        )
    for index, text in enumerate(
        ["", "{", '{"form_version": "1",}', "{'a': 1}", "\x00", _example_text()[:-10]]
    ):
        variants.append(
            v(
                f"malformed-{index}",
                _text_file(f"malformed-{index}", text),
                "declaration.malformed_json",
                "file",
            )
        )
    latin2 = _example_text().encode("utf-8").replace("Łącko".encode(), "Łącko".encode("iso-8859-2"))
    variants += [
        v("latin2", _text_file("latin2", latin2), "declaration.not_utf8", "file"),
        v(
            "utf16",
            _text_file("utf16", _example_text().encode("utf-16")),
            "declaration.not_utf8",
            "file",
        ),
        v(
            "huge-file",
            _text_file("huge-file", '{"x": "' + "a" * (5 * 1024 * 1024) + '"}'),
            "file.too_large",
            "file",
        ),
    ]
    return variants


def special_files() -> list[Variant]:
    def fifo(folder: Path) -> Path:
        import os

        target = folder / "potok.json"
        os.mkfifo(target)
        return target

    variants = [
        Variant("folder", lambda folder: folder, "file.not_regular", "file"),
        Variant("missing", lambda folder: folder / "brak.json", "file.missing", "file"),
    ]
    import os

    if hasattr(os, "mkfifo"):
        variants.append(Variant("fifo", fifo, "file.not_regular", "file"))
    if hasattr(os, "symlink"):

        def link(folder: Path) -> Path:
            # A "declaration" that is a link to a file the user may not mean to hand over.
            target = folder / "dowiazanie.json"
            os.symlink("/etc/passwd", target)
            return target

        variants.append(Variant("symlink", link, "file.symlink", "file"))
    if Path("/dev/null").exists():
        variants.append(
            Variant("device", lambda folder: Path("/dev/null"), "file.not_regular", "file")
        )
    return variants


def hostile_variants() -> list[Variant]:
    """The whole corpus, in a stable order."""
    return [
        *character_variants(),
        *value_variants(),
        *size_variants(),
        *json_variants(),
        *special_files(),
    ]


# --- accepted --------------------------------------------------------------------------

POLISH = "Zażółć gęślą jaźń — ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż"
LEGITIMATE: dict[str, list[tuple[tuple[str | int, ...], str]]] = {
    "polish": [
        (("institution", "name"), POLISH),
        (("institution", "address", "town"), "Żółkiewka"),
    ],
    "emoji": [
        (("institution", "name"), "Klub 🙂 Seniora 👩‍👩‍👧 🏳️‍🌈"),
        (("signature", "place"), "Łącko 🍎"),
    ],
    "quotes": [
        (("institution", "name"), "Stowarzyszenie „Razem” \"Sąsiedzi\" 'Ogród' «Dom»"),
        (("head", "name"), "Seán O'Brien-Żak"),
    ],
    "html": [
        (("institution", "name"), "<b>x</b> & <script>alert(1)</script>"),
        (("submitter", "position"), "<i>organizatorka</i>"),
    ],
    "multi-line": [
        (("standards", "S3", "description"), "Pierwszy akapit.\n\nDrugi akapit:\n\t– wcięcie"),
        (("model_of_work", "description"), "Wiersz 1\r\nWiersz 2\rWiersz 3"),
    ],
    "backslashes": [(("institution", "address", "street"), "ul. C:\\dane\\x1b 12")],
    "joiners": [(("institution", "name"), "Ośrodek\u00a0Pomocy\u200dSpołecznej")],
    "invisible-optional": [(("submitter", "position"), "\u200b\ufeff")],
    "dates": [(("signature", "date"), "2000-01-01")],
    "today": [(("signature", "date"), date.today().isoformat())],
}


def legitimate_file(folder: Path, name: str) -> Path:
    def edit(data: dict[str, Any]) -> None:
        for path, value in LEGITIMATE[name]:
            _set(path, value)(data)

    return _json_file(f"ok-{name}", _data(edit))(folder)
