"""Demo declarations and process texts: pure functions of a ``random.Random``.

Speed matters (``calcert demo --cases 100000``): everything that does not depend on the
draw is computed once at import, and draws use ``rng.random()`` with indexing, which is
several times cheaper than ``rng.choice``/``rng.randint``. The same generator state always
gives the same output, so a seed reproduces a whole demo database.
"""

from __future__ import annotations

import datetime
import random
import re
from functools import lru_cache
from itertools import combinations, permutations
from math import lcm
from typing import Any, NamedTuple

from calcert_desktop.demo import vocabulary as vocab
from calcert_desktop.demo.people import ascii_fold, make_person

FORM_VERSION = "1"
STANDARD_CODES: tuple[str, ...] = tuple(f"S{number}" for number in range(1, 10))
FIELD_CODES: tuple[str, ...] = tuple(vocab.FIELDS_OF_WORK)
RATINGS: tuple[str, ...] = ("meets", "partly", "not")
APPEAL_OUTCOMES: tuple[str, ...] = ("dismissed", "granted")
TEXT_KINDS: tuple[str, ...] = (
    "completion_reason",
    "refusal_reason",
    "finding",
    "assessment_comment",
    "charge",
    "charge_response",
    "appeal_ground",
    "appeal_decision_reason",
    "conflict_reason",
    "standard_description",
    "model_of_work",
)
DEFAULT_YEAR = 2025
"""Year the texts refer to when the caller gives none (a constant keeps output reproducible)."""

NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)
REGON9_WEIGHTS = (8, 9, 2, 3, 4, 5, 6, 7)

# Cumulative shares of institution types: social-assistance units dominate real applicants.
_TYPE_THRESHOLDS: tuple[tuple[float, str], ...] = (
    (0.55, "jops"),
    (0.77, "ngo"),
    (0.83, "zaz"),
    (0.90, "wtz"),
    (1.00, "other"),
)
# Rural gminas are the most numerous in Poland but few in the table, so draw them more often.
_TOWN_KIND_WEIGHTS = {"city": 2, "seat": 1, "town": 1, "rural": 4}


def nip_check_digit(first_nine: str) -> int:
    """Check digit of a NIP from its first nine digits; 10 means no valid NIP has them."""
    return sum(w * int(d) for w, d in zip(NIP_WEIGHTS, first_nine, strict=True)) % 11


def regon9_check_digit(first_eight: str) -> int:
    """Check digit of a nine-digit REGON from its first eight digits (10 counts as 0)."""
    return sum(w * int(d) for w, d in zip(REGON9_WEIGHTS, first_eight, strict=True)) % 11 % 10


def _slug(text: str) -> str:
    """ASCII slug for an e-mail domain: "Ruda Śląska" -> "rudaslaska", hyphens kept."""
    return re.sub(r"[^a-z0-9-]", "", ascii_fold(text).lower())


def _format(template: str, context: dict[str, Any]) -> str:
    # Most sentences have no placeholder; skipping format_map for them saves time at scale.
    return template.format_map(context) if "{" in template else template


class _Pattern(NamedTuple):
    """An institution pattern with its head's positions resolved once."""

    name: str
    emails: tuple[str, ...]
    head_male: str | None
    """None when only women head such bodies (a rural housewives' club)."""
    head_female: tuple[str, ...]


class _Place(NamedTuple):
    """A town with everything a declaration needs from it, precomputed."""

    town: vocab.Town
    slug: str
    gen_slug: str
    area_codes: tuple[str, ...]


# Institution patterns per town name, built on first use: building all 455 at import would
# cost a CLI start a tenth of a second; a large demo still builds each town only once.
_PATTERNS_CACHE: dict[str, dict[str, tuple[_Pattern, ...]]] = {}


def _place_patterns(place: _Place) -> dict[str, tuple[_Pattern, ...]]:
    """Institution patterns per type valid in a town, its forms filled in, repeated by weight.

    Filling the town once here leaves only the quoted names to fill per declaration.
    """
    town, slug, gen_slug = place.town, place.slug, place.gen_slug

    def fill(text: str) -> str:
        return (
            text.replace("{in_town}", town.in_town)
            .replace("{town_gen}", town.genitive)
            .replace("{town}", town.name)
            .replace("{gen_slug}", gen_slug)
            .replace("{slug}", slug)
        )

    result: dict[str, tuple[_Pattern, ...]] = {}
    for type_code, patterns in vocab.INSTITUTION_PATTERNS.items():
        chosen: list[_Pattern] = []
        for pattern in patterns:
            if town.kind not in pattern.kinds:
                continue
            male_title, female_titles = vocab.HEAD_TITLES[pattern.head_title]
            resolved = _Pattern(
                fill(pattern.name),
                tuple(fill(email) for email in pattern.emails),
                f"{male_title} {pattern.head_of}" if male_title else None,
                tuple(f"{title} {pattern.head_of}" for title in female_titles),
            )
            chosen.extend([resolved] * pattern.weight)
        result[type_code] = tuple(chosen)
    _PATTERNS_CACHE[town.name] = result
    return result


def _place(town: vocab.Town) -> _Place:
    slug, gen_slug = _slug(town.name), _slug(town.genitive)
    return _Place(town, slug, gen_slug, vocab.AREA_CODES[town.voivodeship])


_PLACES: tuple[_Place, ...] = tuple(_place(town) for town in vocab.TOWNS)
_WEIGHTED_PLACES: tuple[_Place, ...] = tuple(
    place for place in _PLACES for _ in range(_TOWN_KIND_WEIGHTS[place.town.kind])
)
_QUOTED = tuple((name, _slug(name)) for name in vocab.QUOTED_NAMES)
_LETTERS = "abcd"
# Optional attachments (kind codes of form version 1), file name, share of declarations.
_EXTRA_ATTACHMENTS: tuple[tuple[str, str, float], ...] = (
    ("statute", "statut.pdf", 0.4),
    ("regulations", "regulamin_organizacyjny.pdf", 0.3),
    ("job_descriptions", "zakresy_czynnosci_organizatorow.pdf", 0.2),
    ("model_of_work", "model_pracy_OSL.pdf", 0.5),
    ("other", "pismo_przewodnie.pdf", 0.2),
)
_LOGIN_FIRST = {
    name: ascii_fold(name)[0].lower() for name in vocab.FEMALE_FIRST_NAMES + vocab.MALE_FIRST_NAMES
}
_LOGIN_LAST = {form: ascii_fold(form).lower() for pair in vocab.SURNAMES for form in pair}


def _weighted_sums(weights: tuple[int, ...]) -> tuple[int, ...]:
    """Weighted digit sums of every number with ``len(weights)`` digits (leading zeros kept)."""
    sums = [0]
    for weight in weights:  # one digit more per pass: cheap enough to run at import
        sums = [total + weight * digit for total in sums for digit in range(10)]
    return tuple(sums)


# Check digits from three table look-ups instead of a per-digit loop: ten times faster.
_NIP_SUMS = (
    _weighted_sums(NIP_WEIGHTS[0:3]),
    _weighted_sums(NIP_WEIGHTS[3:6]),
    _weighted_sums(NIP_WEIGHTS[6:9]),
)
_REGON_SUMS = (
    _weighted_sums(REGON9_WEIGHTS[0:2]),
    _weighted_sums(REGON9_WEIGHTS[2:5]),
    _weighted_sums(REGON9_WEIGHTS[5:8]),
)


def _field_choices() -> tuple[tuple[list[str], str], ...]:
    """Every set of 1-4 fields with its Polish text, each size equally likely as a block."""
    by_size = [
        [(list(codes), _join_fields(codes)) for codes in combinations(FIELD_CODES, size)]
        for size in range(1, 5)
    ]
    # Repeat each size's block to a common length so one draw picks size and set together.
    common = lcm(*(len(block) for block in by_size))
    return tuple(choice for block in by_size for choice in block * (common // len(block)))


def _join_fields(codes: tuple[str, ...]) -> str:
    labels = [vocab.FIELDS_OF_WORK[code] for code in codes]
    if len(labels) == 1:
        return labels[0]
    # "sport i rekreacja" already holds an "i"; "oraz" keeps the list readable then.
    last_joint = " oraz " if any(" i " in label for label in labels) else " i "
    return ", ".join(labels[:-1]) + last_joint + labels[-1]


_FIELD_CHOICES = _field_choices()


def _year_fixed(template: str, year: int) -> tuple[str, bool]:
    """The template with its year placeholders filled, and whether others remain."""
    text = template.replace("{year}", str(year)).replace("{prev_year}", str(year - 1))
    return text, "{" in text


_Combo = tuple[str, bool]
_EvidenceCombo = tuple[tuple[str, ...] | str, bool]
"""File names, or their templates joined by newlines when some need filling."""
_StandardChoices = tuple[str, tuple[_Combo, ...], int, tuple[_EvidenceCombo, ...], int]


@lru_cache(maxsize=64)
def _standards_table(year: int) -> tuple[_StandardChoices, ...]:
    """Per standard: its code, description choices and evidence choices (with their counts).

    Built once per year so a declaration needs one draw and at most one ``format_map``
    for each description and evidence list. A description is one sentence or two different
    ones, equally likely; evidence is one to three different files. Counts are stored so the
    hot loop does not call ``len``.
    """
    table: list[_StandardChoices] = []
    for code in STANDARD_CODES:
        sentences = vocab.STANDARD_DESCRIPTIONS[code]
        pairs = [f"{a} {b}" for a, b in permutations(sentences, 2)]
        singles = list(sentences) * (len(pairs) // len(sentences))
        descriptions = tuple(_year_fixed(text, year) for text in singles + pairs)
        files = vocab.EVIDENCE_FILES[code]
        evidence = []
        for start in range(len(files)):
            for how_many in range(1, min(3, len(files)) + 1):
                chosen = [
                    _year_fixed(files[(start + k) % len(files)], year) for k in range(how_many)
                ]
                names = tuple(name for name, _ in chosen)
                if any(needs for _, needs in chosen):
                    # One format_map over the joined names beats one per name.
                    evidence.append(("\n".join(names), True))
                else:
                    evidence.append((names, False))
        table.append((code, descriptions, len(descriptions), tuple(evidence), len(evidence)))
    return tuple(table)


def _pick(rnd: Any, items: tuple[Any, ...]) -> Any:
    return items[int(rnd() * len(items))]


def _digits(rnd: Any, count: int) -> str:
    # One draw for all digits: cheaper than a draw per digit.
    return f"{int(rnd() * 10**count):0{count}d}"


def _nip(rnd: Any) -> str:
    first, second, third = _NIP_SUMS
    while True:
        number = 100_000_000 + int(rnd() * 900_000_000)  # tax office codes start at 1xx
        check = (
            first[number // 1_000_000] + second[number // 1000 % 1000] + third[number % 1000]
        ) % 11
        if check != 10:  # no valid NIP has check digit 10: draw again
            return f"{number}{check}"


def _regon(rnd: Any) -> str:
    first, second, third = _REGON_SUMS
    number = int(rnd() * 100_000_000)
    check = (first[number // 1_000_000] + second[number // 1000 % 1000] + third[number % 1000]) % 11
    return f"{number:08d}{check % 10}"


def _landline(rnd: Any, area_codes: tuple[str, ...]) -> str:
    number = _digits(rnd, 7)
    return f"+48 {_pick(rnd, area_codes)} {number[:3]} {number[3:5]} {number[5:]}"


def _mobile(rnd: Any) -> str:
    number = _pick(rnd, vocab.MOBILE_PREFIXES) + _digits(rnd, 7)
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def _sentences(rnd: Any, templates: tuple[str, ...], context: dict[str, Any]) -> str:
    """One sentence, or two different ones (40%), from a list of templates."""
    count = len(templates)
    first = int(rnd() * count)
    text = _format(templates[first], context)
    if rnd() < 0.4:
        second = (first + 1 + int(rnd() * (count - 1))) % count
        text = f"{text} {_format(templates[second], context)}"
    return text


def _institution_type(rnd: Any) -> str:
    draw = rnd()
    for threshold, type_code in _TYPE_THRESHOLDS:
        if draw < threshold:
            return type_code
    return "other"


def make_declaration(rng: random.Random, *, signed_on: datetime.date) -> dict[str, Any]:
    """A complete, valid demo declaration (the JSON form of the application), signed on a date.

    The keys are exactly those of the declaration schema (form version "1"); NIP and REGON
    carry valid check digits; all nine standards are declared, as a filed form requires.
    """
    rnd = rng.random
    place: _Place = _WEIGHTED_PLACES[int(rnd() * len(_WEIGHTED_PLACES))]
    town = place.town
    type_code = _institution_type(rnd)
    patterns = _PATTERNS_CACHE.get(town.name) or _place_patterns(place)
    pattern: _Pattern = _pick(rnd, patterns[type_code])
    quoted, quoted_slug = _QUOTED[int(rnd() * len(_QUOTED))]
    year = signed_on.year
    context: dict[str, Any] = {
        "in_town": town.in_town,
        "town_gen": town.genitive,
        "town": town.name,
        "quoted": quoted,
        "dps": _pick(rnd, vocab.CARE_HOME_NAMES),
        "slug": place.slug,
        "gen_slug": place.gen_slug,
        "quoted_slug": quoted_slug,
        "start_year": year - 3 - int(rnd() * 10),
        "year_plus": year + 2 + int(rnd() * 3),
        "n": 5 + int(rnd() * 15),
        "campaign": _pick(rnd, vocab.CAMPAIGNS),
    }
    email = _pick(rnd, pattern.emails)
    if "{" in email:
        email = email.format_map(context)
    name = pattern.name
    if "{" in name:
        name = name.format_map(context)

    number = 1 + int(rnd() * 120)
    house = f"{number}{_LETTERS[int(rnd() * 4)]}" if rnd() < 0.15 else str(number)
    postal = town.postal
    if len(postal) == 2:  # a big city: the code varies by street
        postal = f"{postal}-{int(rnd() * 1000):03d}"

    submitter = make_person(rng)
    positions = vocab.SUBMITTER_POSITIONS[type_code]
    submitter_position = positions[int(rnd() * len(positions))][submitter.female]
    login = f"{_LOGIN_FIRST[submitter.first]}.{_LOGIN_LAST[submitter.last]}"
    head_male = pattern.head_male
    head = make_person(rng, True if head_male is None else None)
    head_position: str = (
        _pick(rnd, pattern.head_female) if head_male is None or head.female else head_male
    )

    standards: dict[str, dict[str, Any]] = {}
    for code, descriptions, n_descriptions, evidence, n_evidence in _standards_table(year):
        text, needs_format = descriptions[int(rnd() * n_descriptions)]
        if needs_format:
            text = text.format_map(context)
        names, needs_format = evidence[int(rnd() * n_evidence)]
        files = names.format_map(context).split("\n") if needs_format else list(names)
        standards[code] = {"declared": True, "description": text, "evidence": files}

    fields, fields_text = _FIELD_CHOICES[int(rnd() * len(_FIELD_CHOICES))]
    context["fields"] = fields_text
    context["year"] = year
    attachments = [
        {"kind": "signed_form", "file_name": "zgloszenie_podpisane.pdf"},
        {"kind": "report", "file_name": f"raport_OSL_{year}.pdf"},
    ]
    for kind, file_name, share in _EXTRA_ATTACHMENTS:
        if rnd() < share:
            attachments.append({"kind": kind, "file_name": file_name})

    return {
        "form_version": FORM_VERSION,
        "institution": {
            "name": name,
            "type": type_code,
            "address": {
                "street": f"{_pick(rnd, vocab.STREETS)} {house}",
                "postal_code": postal,
                "town": town.name,
                "voivodeship": town.voivodeship,
            },
            "phone": _landline(rnd, place.area_codes),
            "email": email,
            "nip": _nip(rnd),
            "regon": _regon(rnd),
        },
        "submitter": {
            "name": f"{submitter.first} {submitter.last}",
            "position": submitter_position,
            "phone": _mobile(rnd) if rnd() < 0.7 else _landline(rnd, place.area_codes),
            "email": f"{login}@{email.partition('@')[2]}",
        },
        "head": {"name": f"{head.first} {head.last}", "position": head_position},
        "eligibility": {"osl_in_documents": True, "team_familiarised": True},
        "standards": standards,
        "model_of_work": {
            "fields": list(fields),
            "description": _pick(rnd, vocab.MODEL_OF_WORK).format_map(context),
        },
        "attachments": attachments,
        "signature": {"place": town.name, "date": signed_on.isoformat()},
    }


# --- Texts of the process -------------------------------------------------------------

_TEXT_OPTIONS = frozenset({"standard", "rating", "outcome", "female", "year"})
_ALL_REFUSALS = tuple(text for texts in vocab.REFUSAL_REASONS.values() for text in texts)
_ALL_CHARGES = tuple(text for texts in vocab.CHARGES.values() for text in texts)
# Site visits mostly confirm the report; a draw without a rating follows that.
_RATING_THRESHOLDS: tuple[tuple[float, str], ...] = ((0.6, "meets"), (0.9, "partly"))


def _choose(rnd: Any, value: Any, allowed: tuple[str, ...], option: str) -> str:
    if value is None:
        return str(_pick(rnd, allowed))
    if value not in allowed:
        raise ValueError(f"{option} must be one of {', '.join(allowed)}, not {value!r}")
    return str(value)


def _rating(rnd: Any, value: Any) -> str:
    if value is not None:
        return _choose(rnd, value, RATINGS, "rating")
    draw = rnd()
    for threshold, rating in _RATING_THRESHOLDS:
        if draw < threshold:
            return rating
    return "not"


def _text_context(rnd: Any, year: int) -> dict[str, Any]:
    place: _Place = _pick(rnd, _PLACES)
    later = year - 1 - int(rnd() * 4)
    return {
        "in_town": place.town.in_town,
        "town_gen": place.town.genitive,
        "town": place.town.name,
        "slug": place.slug,
        "year": year,
        "prev_year": year - 1,
        "start_year": year - 3 - int(rnd() * 10),
        "year_plus": year + 2 + int(rnd() * 3),
        "n": 5 + int(rnd() * 15),
        "campaign": _pick(rnd, vocab.CAMPAIGNS),
        "y1": later - 2 - int(rnd() * 4),
        "y2": later,
    }


def make_text(rng: random.Random, kind: str, **kw: Any) -> str:
    """A Polish text of the certification process, for demo cases.

    ``kind`` is one of ``TEXT_KINDS``. Options (all optional): ``standard`` ("S1".."S9") for
    refusal reasons, findings, assessment comments, charges and standard descriptions;
    ``rating`` ("meets", "partly", "not") for findings and assessment comments; ``outcome``
    ("dismissed", "granted") for appeal decision reasons; ``female`` for conflict reasons
    (the member's gender); ``year`` (default ``DEFAULT_YEAR``) for texts that name years.
    Unknown kinds and option values raise ValueError; unknown options raise TypeError.
    """
    unknown = set(kw) - _TEXT_OPTIONS
    if unknown:
        raise TypeError(f"make_text() got unexpected options: {', '.join(sorted(unknown))}")
    if kind not in TEXT_KINDS:
        raise ValueError(f"unknown text kind {kind!r}; expected one of {', '.join(TEXT_KINDS)}")
    rnd = rng.random
    standard = kw.get("standard")
    if standard is not None:
        standard = _choose(rnd, standard, STANDARD_CODES, "standard")
    context = _text_context(rnd, int(kw.get("year") or DEFAULT_YEAR))

    if kind == "completion_reason":
        return str(_pick(rnd, vocab.COMPLETION_REASONS))
    if kind == "refusal_reason":
        pool = vocab.REFUSAL_REASONS[standard] if standard else _ALL_REFUSALS
        return str(_pick(rnd, pool))
    if kind == "finding":
        code = standard or _pick(rnd, STANDARD_CODES)
        return str(_pick(rnd, vocab.FINDINGS[code][_rating(rnd, kw.get("rating"))]))
    if kind == "assessment_comment":
        rating = _rating(rnd, kw.get("rating"))
        comment = str(_pick(rnd, vocab.ASSESSMENT_COMMENTS[rating]))
        if standard and rnd() < 0.5:  # a concrete observation makes the comment credible
            comment = f"{comment} {_pick(rnd, vocab.FINDINGS[standard][rating])}"
        return comment
    if kind == "charge":
        return str(_pick(rnd, vocab.CHARGES[standard] if standard else _ALL_CHARGES))
    if kind == "charge_response":
        return _format(_pick(rnd, vocab.CHARGE_RESPONSES), context)
    if kind == "appeal_ground":
        return _format(_pick(rnd, vocab.APPEAL_GROUNDS), context)
    if kind == "appeal_decision_reason":
        outcome = _choose(rnd, kw.get("outcome"), APPEAL_OUTCOMES, "outcome")
        return str(_pick(rnd, vocab.APPEAL_DECISION_REASONS[outcome]))
    if kind == "conflict_reason":
        female = kw.get("female")
        if female is None:
            female = rnd() < 0.7
        return _format(_pick(rnd, vocab.CONFLICT_REASONS)[0 if female else 1], context)
    if kind == "standard_description":
        code = standard or _pick(rnd, STANDARD_CODES)
        return _sentences(rnd, vocab.STANDARD_DESCRIPTIONS[code], context)
    # model_of_work
    context["fields"] = _FIELD_CHOICES[int(rnd() * len(_FIELD_CHOICES))][1]
    return _format(_pick(rnd, vocab.MODEL_OF_WORK), context)
