"""The same cases give the same lists on SQLite and on PostgreSQL: every order and filter of
the case list (the GUI's and the command line's), the search, the register and the people.

The same data is built twice, the same way (the demo with one seed, then cases whose names
exercise ą ć ę ł ń ó ś ź ż and upper and lower case), once in a SQLite file and once in a
database of the test server created with a Polish ICU collation, as an office's server set
up in Polish would be: its own order of text ("0a" = "0A" at first, punctuation apart) is
not the byte order our sort keys are made for. Runs on either engine's suite (a server is
started for it when the suite runs on SQLite).
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date
from typing import Any

import pytest

from any_server import admin, any_server, drop_database, new_database  # noqa: F401
from calcert_desktop.demo import loader
from calcert_desktop.domain.forms import forms_dir
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import people
from calcert_desktop.services.applications import declare
from calcert_desktop.services.auth import passwords
from calcert_desktop.services.context import AppContext, resolve_actor
from calcert_desktop.services.process import new_case as new_case_module
from calcert_desktop.services.process import perform
from calcert_desktop.services.views import dashboard, queries, register
from calcert_desktop.services.views.dashboard import DashboardQuery, SortColumn
from calcert_desktop.storage.store import open_database
from cli_support import PASSWORD, admin_of, institution_nip

EXAMPLE = forms_dir() / "examples" / "declaration-example.json"
TODAY = date(2026, 12, 7)
DEMO_CASES = 160
SEED = 17

# (institution, town, voivodeship, type, filed on or None for a draft, accepted on)
CRAFTED: list[tuple[str, str, str, str, str | None, str | None]] = [
    ("Żłobek „Ąę”", "Żary", "lubuskie", "ngo", "2026-11-02", None),
    ("ŻŁOBEK MIEJSKI", "Źródła", "dolnośląskie", "jops", "2026-11-02", "2026-11-05"),
    ("żłobek gminny", "Zabrze", "śląskie", "jops", "2026-11-03", None),
    ("Zakład Aktywności Zawodowej", "Łódź", "łódzkie", "zaz", "2026-11-03", "2026-11-06"),
    ("zakład aktywności zawodowej", "Łask", "łódzkie", "zaz", None, None),
    ("ZAKŁAD AKTYWNOŚCI ZAWODOWEJ", "Lodz", "łódzkie", "zaz", "2026-11-04", None),
    ("Ćma", "Ćmielów", "świętokrzyskie", "other", "2026-11-04", None),
    ("Cma", "Cieszyn", "śląskie", "other", None, None),
    ("Ósemka", "Ołtarzew", "mazowieckie", "ngo", "2026-11-05", None),
    ("Osemka", "Opole", "opolskie", "ngo", "2026-11-05", None),
    ("OSEMKA", "Ostrów Wielkopolski", "wielkopolskie", "ngo", None, None),
    ("Śląskie Centrum Usług", "Śrem", "wielkopolskie", "jops", "2026-11-06", None),
    ("Sopockie Centrum Usług", "Sopot", "pomorskie", "jops", "2026-11-06", None),
    ("ślad", "Słupsk", "pomorskie", "other", None, None),
    ("Ńa", "Nałęczów", "lubelskie", "other", "2026-11-09", None),
    ("Ęa", "Ełk", "warmińsko-mazurskie", "other", "2026-11-09", None),
    ("Ela", "Elbląg", "warmińsko-mazurskie", "other", None, None),
    ("Ąbc", "Łańcut", "podkarpackie", "ngo", "2026-11-10", None),
    ("abc", "Lańcut", "podkarpackie", "ngo", "2026-11-10", None),
    ("ABC", "Łańcut", "podkarpackie", "ngo", None, None),
    ("1 Maja", "Gdańsk", "pomorskie", "ngo", "2026-11-12", None),
    ("10 Lutego", "Gdańsk", "pomorskie", "ngo", "2026-11-12", None),
    ("2 Maja", "Gdansk", "pomorskie", "ngo", None, None),
    ("Fundacja Łąka", "Łęczyca", "łódzkie", "ngo", "2026-11-13", None),
    ("Fundacja Laka", "Leczyca", "łódzkie", "ngo", "2026-11-13", None),
    ("Fundacja „100%” _razem_ 'A'", "Żółkiewka", "lubelskie", "ngo", "2026-11-16", None),
]

SEARCHES = ("", "ł", "l", "lodz", "ŁÓDŹ", "zl", "zlobek", "ŻŁOBEK", "zaklad aktywnosci",
            "pomocy spol", "a", "cal/2026", "rob-", "%", "_", "'", "100%", "ó", "ę a",
            "zolkiewka", "nic takiego")  # fmt: skip
FILTERS: tuple[dict[str, Any], ...] = (
    {},
    {"states": ("review",)},
    {"states": ("draft", "filed")},
    {"year": 2026},
    {"voivodeship": "łódzkie"},
    {"institution_type": "ngo"},
    {"deadline_passed": True},
    {"assigned_to_me": True},
)


def _ids() -> Iterator[uuid.UUID]:
    drawn = random.Random(SEED)
    while True:
        yield uuid.UUID(int=drawn.getrandbits(128), version=4)


def build(paths: DataPaths, nips: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo, then the crafted cases, with the same ids and numbers on every engine."""
    ctx = AppContext(paths, open_database(paths, create=True), today=lambda: TODAY)
    try:
        people.ensure_admin(ctx)
        admin = passwords.set_first_admin(ctx, PASSWORD, PASSWORD).actor
        loader.fill(ctx, admin, cases=DEMO_CASES, seed=SEED)  # everyone gets PASSWORD
        ids = _ids()
        monkeypatch.setattr(new_case_module, "new_id", lambda: next(ids))
        office = resolve_actor(ctx, "biuro")
        for (name, town, voivodeship, kind, filed, accepted), nip in zip(
            CRAFTED, nips, strict=True
        ):
            data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
            data["institution"].update(name=name, type=kind, nip=nip)
            data["institution"]["address"].update(town=town, voivodeship=voivodeship)
            data["signature"]["date"] = "2026-10-30"
            code = declare.declare(ctx, office, data, source_dir=EXAMPLE.parent).reference
            if filed:
                perform.perform(ctx, office, code, "file", on=date.fromisoformat(filed))
            if accepted:
                perform.perform(ctx, office, code, "accept", on=date.fromisoformat(accepted))
        monkeypatch.undo()
    finally:
        ctx.close()


@pytest.fixture(scope="module")
def folders(
    tmp_path_factory: pytest.TempPathFactory, any_server  # noqa: F811
) -> Iterator[dict[str, DataPaths]]:
    """The same data in a SQLite file and in a Polish-collated database of the server."""
    nips = [institution_nip() for _ in CRAFTED]
    options = "LOCALE_PROVIDER icu ICU_LOCALE 'pl-PL' LOCALE 'C.UTF-8' TEMPLATE template0"
    name = new_database(any_server, options)
    made = {
        "sqlite": DataPaths(tmp_path_factory.mktemp("plik")),
        "postgresql": DataPaths(tmp_path_factory.mktemp("serwer"), any_server.url(name)),
    }
    with pytest.MonkeyPatch.context() as monkeypatch:
        for paths in made.values():
            build(paths, nips, monkeypatch)
    yield made
    drop_database(any_server, name)


@pytest.fixture(scope="module")
def both(folders: dict[str, DataPaths]) -> Iterator[dict[str, AppContext]]:
    contexts = {
        engine: AppContext(paths, open_database(paths, create=False), today=lambda: TODAY)
        for engine, paths in folders.items()
    }
    yield contexts
    for ctx in contexts.values():
        ctx.close()


def _key(key: str | uuid.UUID) -> uuid.UUID:
    return key if isinstance(key, uuid.UUID) else uuid.UUID(key)


def on_each(both: dict[str, AppContext], work: Any) -> dict[str, Any]:
    return {engine: work(ctx) for engine, ctx in both.items()}


def test_the_servers_own_order_is_not_byte_order(folders):
    """The premise: without the "C" collation this database would reorder our sort keys."""
    import psycopg

    url = folders["postgresql"].server
    assert url is not None
    samples = ["0a", "0A", "0:", "0b", "0B", "1 "]
    with psycopg.connect(url.replace("+psycopg", "")) as connection:
        ordered = connection.execute(
            "SELECT array_agg(x ORDER BY x) FROM unnest(%s::text[]) AS x", (samples,)
        ).fetchone()[0]
        provider = connection.execute(
            "SELECT datlocprovider FROM pg_database WHERE datname = current_database()"
        ).fetchone()[0]
    assert provider == "i"
    assert ordered != sorted(samples)


def _grid() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every search with no other filter, and every filter with a few searches."""
    for search in SEARCHES:
        yield search, {}
    for extra in FILTERS[1:]:
        for search in ("", "a", "lodz", "zl"):
            yield search, extra


def test_the_case_list_is_the_same_in_every_order_filter_and_search(both):
    """The GUI's list: every id in order, the counts per state, and the first page."""
    actors = {engine: resolve_actor(ctx, "czlonek1") for engine, ctx in both.items()}
    compared = 0
    for search, extra in _grid():
        for sort in SortColumn:
            for descending in (False, True):
                query = DashboardQuery(search=search, sort=sort, descending=descending, **extra)
                answers = {}
                for engine, ctx in both.items():
                    ids, counts = dashboard.ids_and_counts(ctx, actors[engine], query)
                    head = dashboard.first_page(ctx, actors[engine], query, 5)
                    answers[engine] = ([_key(k) for k in ids], counts, [_key(k) for k in head])
                assert answers["sqlite"] == answers["postgresql"], query
                assert answers["sqlite"][2] == answers["sqlite"][0][:5], query
                compared += 1
    assert compared == len(list(_grid())) * len(SortColumn) * 2


def test_the_lists_are_not_trivially_equal(both):
    """The data is varied enough for the comparison to mean something: the Polish order
    differs from the plain order of the names, and searches find different cases."""
    ctx = both["postgresql"]
    actor = resolve_actor(ctx, "przewodniczaca")
    by_name = dashboard.case_ids(ctx, actor, DashboardQuery(sort=SortColumn.INSTITUTION))
    shown = dashboard.rows_for(ctx, by_name)
    in_order = [shown[k].institution for k in by_name]
    assert len(in_order) == DEMO_CASES + len(CRAFTED)
    assert in_order != sorted(in_order)  # code points put "Ćma" after every "Z..."
    assert in_order.index("Cma") < in_order.index("Ćma") < in_order.index("Ela")
    found = dashboard.case_ids(ctx, actor, DashboardQuery(search="ŻŁOBEK"))
    assert len(found) == 3


def test_the_rows_of_the_list_are_the_same(both):
    def rows(ctx: AppContext) -> list[dict[str, Any]]:
        actor = resolve_actor(ctx, "przewodniczaca")
        keys = dashboard.case_ids(ctx, actor, DashboardQuery(sort=SortColumn.TOWN))
        shown = dashboard.rows_for(ctx, keys)
        return [asdict(shown[k]) for k in keys]

    answers = on_each(both, rows)
    assert answers["sqlite"] == answers["postgresql"]


def test_the_command_lines_list_is_the_same(both):
    for search in SEARCHES:
        for extra in ({}, {"states": ("certified",)}, {"year": 2026, "limit": 7}):
            flt = queries.CaseFilter(search=search, **extra)

            def listed(ctx: AppContext, f: queries.CaseFilter = flt) -> list[dict[str, Any]]:
                return queries.list_cases(ctx, resolve_actor(ctx, "biuro"), f)

            answers = on_each(both, listed)
            assert answers["sqlite"] == answers["postgresql"], flt


def test_the_register_and_its_search_are_the_same(both):
    listings = on_each(both, lambda ctx: register.load_register(ctx, admin_of(ctx)))
    assert listings["sqlite"].entries == listings["postgresql"].entries
    assert len(listings["sqlite"].entries) > 10
    for search in SEARCHES:
        for status in (None, "valid", "expired"):
            assert listings["sqlite"].matching(search, status) == listings[
                "postgresql"
            ].matching(search, status)


def test_the_people_are_listed_the_same(both):
    answers = on_each(both, lambda ctx: people.list_users(ctx, admin_of(ctx)))
    assert answers["sqlite"] == answers["postgresql"]
    assert len(answers["sqlite"]) > 10
