"""The dashboard service: each filter, Polish order for every column, counts per state,
the first page (the head of the full list, whichever way it is found), cancelling."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

import engines
from calcert_desktop.domain.errors import PermissionDenied
from calcert_desktop.domain.forms import forms_dir
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.applications import declare
from calcert_desktop.services.context import AppContext, reading, resolve_actor
from calcert_desktop.services.process import perform
from calcert_desktop.services.views import dashboard
from calcert_desktop.services.views.dashboard import (
    Cancelled,
    DashboardQuery,
    SortColumn,
    case_ids,
    filter_choices,
    first_page,
    ids_and_counts,
    rows_for,
    state_counts,
)
from calcert_desktop.storage import search_index
from calcert_desktop.storage.models import Case
from calcert_desktop.storage.store import open_database
from cli_support import institution_nip

EXAMPLE = forms_dir() / "examples" / "declaration-example.json"
TODAY = date(2025, 6, 2)

# (key, institution, town, voivodeship, type, filed on, accepted on, members: rapporteur
# first), and completion requested on a day with a due date, for some.
CASES: list[tuple[str, str, str, str, str, str | None, str | None, tuple[str, ...]]] = [
    (
        "lodz",
        "Łódzkie Centrum Usług",
        "Łódź",
        "łódzkie",
        "jops",
        "2024-02-20",
        "2024-03-01",
        ("czlonek1",),
    ),
    ("lub", "Lubelska Fundacja Pomocy", "Śrem", "wielkopolskie", "ngo", "2025-03-20", None, ()),
    ("maz", "Mazowiecki Ośrodek", "Sopot", "pomorskie", "ngo", None, None, ()),
    (
        "zak",
        "Zakład Aktywności Zawodowej",
        "Szczecin",
        "zachodniopomorskie",
        "zaz",
        "2025-04-20",
        "2025-05-01",
        ("czlonek2", "czlonek1"),
    ),
    ("azyl", "Azyl Fundacja", "Łask", "łódzkie", "other", None, None, ()),
    (
        "wsp",
        "Warsztat Terapii Zajęciowej",
        "Wrocław",
        "dolnośląskie",
        "wtz",
        "2025-04-01",
        None,
        (),
    ),
    ("wtz2", "Warsztat Zajęciowy Źródło", "Żary", "lubuskie", "wtz", "2025-05-10", None, ()),
]
COMPLETION = {"wsp": ("2025-04-05", "2025-05-05"), "wtz2": ("2025-05-12", "2025-06-30")}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, prepared_db: Path) -> tuple[Path, dict]:
    """Five cases in several states, made once for the module."""
    folder = tmp_path_factory.mktemp("dashboard")
    engines.seed(prepared_db, folder)
    paths = DataPaths(folder)
    ctx = AppContext(paths, open_database(paths, create=False))
    office, chair = resolve_actor(ctx, "biuro"), resolve_actor(ctx, "przewodniczaca")
    codes: dict[str, str] = {}
    for key, name, town, voivodeship, kind, filed, accepted, members in CASES:
        data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        data["institution"].update(name=name, type=kind, nip=institution_nip())
        data["institution"]["address"].update(town=town, voivodeship=voivodeship)
        data["signature"]["date"] = "2024-01-10"
        code = declare.declare(ctx, office, data, source_dir=EXAMPLE.parent).reference
        codes[key] = code
        if filed:
            perform.perform(ctx, office, code, "file", on=date.fromisoformat(filed))
        if key in COMPLETION:
            asked, due = COMPLETION[key]
            perform.perform(
                ctx,
                office,
                code,
                "request-completion",
                on=date.fromisoformat(asked),
                params={"reason": "Brak podpisu.", "due_on": date.fromisoformat(due)},
            )
        if accepted:
            day = date.fromisoformat(accepted)
            perform.perform(ctx, office, code, "accept", on=day)
            for index, member in enumerate(members):
                params = {"member": member, "rapporteur": index == 0}
                perform.perform(ctx, chair, code, "assign", on=day, params=params)
    ctx.close()
    return folder, codes


@pytest.fixture
def ctx(built: tuple[Path, dict]) -> Iterator[AppContext]:
    paths = DataPaths(built[0])
    context = AppContext(paths, open_database(paths, create=False), today=lambda: TODAY)
    yield context
    context.close()


@pytest.fixture
def key_of(ctx: AppContext, built: tuple[Path, dict]) -> dict[str, str]:
    """The service's key of a case (its id as stored) -> the key it has in CASES."""
    code_to_key = {code: key for key, code in built[1].items()}
    with reading(ctx) as session:
        rows = session.execute(select(Case.id, Case.draft_code)).all()
    # Hex text on SQLite, a UUID on PostgreSQL (dashboard.CaseKey): either names the case.
    return {form: code_to_key[code] for cid, code in rows for form in (cid.hex, cid)}


def keys(ctx: AppContext, key_of: dict, login: str = "przewodniczaca", **query: Any) -> list[str]:
    actor = resolve_actor(ctx, login)
    return [key_of[cid] for cid in case_ids(ctx, actor, DashboardQuery(**query))]


def test_lodz_finds_lodz_with_its_diacritics(ctx, key_of):
    # The town Łódź, and the voivodeship łódzkie of another case.
    assert keys(ctx, key_of, search="lodz") == ["lodz", "azyl"]
    assert keys(ctx, key_of, search="ŁÓDŹ") == ["lodz", "azyl"]
    assert keys(ctx, key_of, search="lodz centrum") == ["lodz"]
    assert keys(ctx, key_of, search="fundacja") == ["lub", "azyl"]
    assert keys(ctx, key_of, search="fu ja") == ["lub", "azyl"]  # short words too
    assert keys(ctx, key_of, search="zrodlo zary") == ["wtz2"]
    assert keys(ctx, key_of, search="nic takiego") == []


def test_each_filter(ctx, key_of):
    assert keys(ctx, key_of, states=("review",)) == ["lodz", "zak"]
    assert keys(ctx, key_of, states=("draft", "filed"), sort=SortColumn.INSTITUTION) == [
        "azyl",
        "lub",
        "maz",
    ]
    assert keys(ctx, key_of, year=2024) == ["lodz"]
    assert sorted(keys(ctx, key_of, year=2025)) == ["lub", "wsp", "wtz2", "zak"]
    assert sorted(keys(ctx, key_of, voivodeship="łódzkie")) == ["azyl", "lodz"]
    assert sorted(keys(ctx, key_of, institution_type="ngo")) == ["lub", "maz"]
    assert keys(ctx, key_of, voivodeship="łódzkie", search="centrum") == ["lodz"]


def test_assigned_to_me_is_the_actors_assignments(ctx, key_of):
    assert keys(ctx, key_of, "czlonek1", assigned_to_me=True) == ["lodz", "zak"]
    assert keys(ctx, key_of, "czlonek2", assigned_to_me=True) == ["zak"]
    assert keys(ctx, key_of, "przewodniczaca", assigned_to_me=True) == []


def test_deadline_passed_is_a_deadline_before_today(ctx, key_of):
    with reading(ctx) as session:
        deadlines = {c.hex: d for c, d in session.execute(select(Case.id, Case.next_deadline))}
    expected = sorted(key_of[c] for c, d in deadlines.items() if d is not None and d < TODAY)
    assert expected == ["wsp"]  # due 5 May; the other request is due 30 June
    assert sorted(keys(ctx, key_of, deadline_passed=True)) == expected


def test_polish_order_of_names_and_towns(ctx, key_of):
    # Ł after L, Ś after S: a plain code-point order would put Łódzkie and Łask last.
    names = ["azyl", "lub", "lodz", "maz", "wsp", "wtz2", "zak"]
    assert keys(ctx, key_of, sort=SortColumn.INSTITUTION) == names
    assert keys(ctx, key_of, sort=SortColumn.INSTITUTION, descending=True) == names[::-1]
    towns = ["azyl", "lodz", "maz", "zak", "lub", "wsp", "wtz2"]  # Łask Łódź Sopot Szczecin Śrem
    assert keys(ctx, key_of, sort=SortColumn.TOWN) == towns


def test_order_by_state_days_deadline_rapporteur_reference(ctx, key_of, built):
    # States by their Polish labels: "ocena Komisji" < "szkic zgłoszenia" < "wezwano do
    # uzupełnienia" < "złożone – kontrola formalna"; within one state by reference.
    by_state = keys(ctx, key_of, sort=SortColumn.STATE)
    assert by_state[:2] == ["lodz", "zak"] and set(by_state[2:4]) == {"azyl", "maz"}
    assert by_state[4:] == ["wsp", "wtz2", "lub"]
    # Fewest days in the state first: the case that changed state last.
    by_days = keys(ctx, key_of, sort=SortColumn.DAYS_IN_STATE)
    actor = resolve_actor(ctx, "przewodniczaca")
    rows = rows_for(ctx, case_ids(ctx, actor, DashboardQuery(sort=SortColumn.DAYS_IN_STATE)))
    days = [
        rows[c].days_in_state for c in case_ids(ctx, actor, DashboardQuery(sort="days_in_state"))
    ]
    known = [d for d in days if d is not None]
    assert known == sorted(known) and days[: len(known)] == known  # unknown ones last
    assert by_days.index("zak") < by_days.index("lodz")
    # Deadlines: soonest first, cases without one at the end, either way round.
    by_deadline = rows_for(ctx, case_ids(ctx, actor, DashboardQuery(sort="next_deadline")))
    ordered = [
        by_deadline[c].next_deadline
        for c in case_ids(ctx, actor, DashboardQuery(sort="next_deadline"))
    ]
    dated = [d for d in ordered if d is not None]
    assert dated == sorted(dated) and ordered[: len(dated)] == dated and len(dated) == 2
    descending = case_ids(ctx, actor, DashboardQuery(sort="next_deadline", descending=True))
    dated_desc = [by_deadline[c].next_deadline for c in descending if by_deadline[c].next_deadline]
    assert (
        dated_desc == sorted(dated, reverse=True)
        and by_deadline[descending[-1]].next_deadline is None
    )
    # Rapporteurs: Agnieszka Kołodziej before Tomasz Wróbel, cases without one last.
    assert keys(ctx, key_of, sort=SortColumn.RAPPORTEUR)[:2] == ["zak", "lodz"]
    # References: numbered cases in number order (2024 before 2025), drafts after them.
    assert keys(ctx, key_of)[:5] == ["lodz", "lub", "zak", "wsp", "wtz2"]


def test_rows_for_a_page_of_ids(ctx, key_of):
    actor = resolve_actor(ctx, "przewodniczaca")
    ids = case_ids(ctx, actor, DashboardQuery(search="lodz"))
    row = rows_for(ctx, ids)[ids[0]]
    with reading(ctx) as session:
        case = session.get(Case, ids[0] if engines.on_server() else uuid.UUID(ids[0]))
        assert case is not None
        assert row.reference == case.reference and row.reference.startswith("CAL/2024/")
        assert row.days_in_state == (TODAY - case.state_since).days
        assert row.next_deadline == case.next_deadline
        assert row.deadline_passed == (
            case.next_deadline is not None and case.next_deadline < TODAY
        )
    assert (row.institution, row.town, row.state) == ("Łódzkie Centrum Usług", "Łódź", "review")
    assert row.state_label == "ocena Komisji" and row.rapporteur == "Tomasz Wróbel"
    drafts = case_ids(ctx, actor, DashboardQuery(states=("draft",)))
    assert all(
        r.reference.startswith("ROB-") and r.rapporteur is None
        for r in rows_for(ctx, drafts).values()
    )
    assert rows_for(ctx, []) == {}


def test_counts_per_state_leave_the_state_filter_out(ctx):
    actor = resolve_actor(ctx, "przewodniczaca")
    everything = {"review": 2, "filed": 1, "draft": 2, "incomplete": 2}
    assert state_counts(ctx, actor, DashboardQuery()) == everything
    assert state_counts(ctx, actor, DashboardQuery(states=("review",))) == everything
    found = state_counts(ctx, actor, DashboardQuery(search="lodz", states=("filed",)))
    assert found == {"review": 1, "draft": 1}
    mine = state_counts(ctx, resolve_actor(ctx, "czlonek2"), DashboardQuery(assigned_to_me=True))
    assert mine == {"review": 1}


def test_filter_choices(ctx):
    choices = filter_choices(ctx)
    assert choices.years == [2025, 2024]
    names = [label for _, label in choices.voivodeships]
    assert len(names) == 16 and names.index("lubuskie") < names.index("łódzkie") < names.index(
        "małopolskie"
    )
    assert ("zaz", "Zakład aktywności zawodowej") in choices.institution_types


def test_an_expert_lists_only_the_cases_of_their_site_visits(cli, declaration_file, tmp_path):
    from case_scenarios import granted_case, revoked_case

    visited = granted_case(cli, declaration_file, tmp_path)  # ekspert made its site visit
    other = revoked_case(cli, declaration_file)  # no site visit
    paths = DataPaths(cli.database.parent)
    context = AppContext(paths, open_database(paths, create=False))
    try:
        expert = resolve_actor(context, "ekspert")
        theirs = rows_for(context, case_ids(context, expert, DashboardQuery()))
        assert [row.reference for row in theirs.values()] == [visited]
        assert sum(state_counts(context, expert, DashboardQuery()).values()) == 1
        chair = resolve_actor(context, "przewodniczaca")
        everyone = rows_for(context, case_ids(context, chair, DashboardQuery()))
        assert {visited, other} <= {row.reference for row in everyone.values()}
    finally:
        context.close()


def test_someone_with_no_role_in_the_process_may_not_list_cases(ctx):
    from calcert_desktop.domain.roles import Role
    from calcert_desktop.services.context import Actor

    nobody = Actor(resolve_actor(ctx, "ekspert").id, "nikt", "Nikt", frozenset())
    assert Role.EXPERT not in nobody.roles
    with pytest.raises(PermissionDenied):
        case_ids(ctx, nobody, DashboardQuery())


def test_unfiltered_orders_read_one_covering_index(ctx):
    """Sorting every case by number, name, town or what needs action first scans an index,
    not the case rows."""
    actor = resolve_actor(ctx, "przewodniczaca")
    seen: list[tuple[str, Any]] = []

    def record(conn, cursor, statement, parameters, *_):
        if statement.startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    expected = {
        SortColumn.REFERENCE: "ix_cases_list_number",
        SortColumn.INSTITUTION: "ix_cases_list_name",
        SortColumn.TOWN: "ix_cases_list_town",
        SortColumn.ATTENTION: "ix_cases_list_attention",  # the list's default order
    }
    for sort, index in expected.items():
        seen.clear()
        case_ids(ctx, actor, DashboardQuery(sort=sort))
        statement, parameters = seen[-1]
        with ctx.db.engine.connect() as connection:
            if engines.on_server():
                # Seven cases: barred from reading the table, the planner shows the index.
                connection.exec_driver_sql("SET enable_seqscan = off")
                plan = connection.exec_driver_sql("EXPLAIN " + statement, parameters)
                details = " | ".join(row[0] for row in plan)
                connection.exec_driver_sql("RESET enable_seqscan")
                covering, sorted_apart = f"Index Only Scan using {index}", "Sort"
            else:
                plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
                details = " | ".join(row[3] for row in plan)
                covering, sorted_apart = f"COVERING INDEX {index}", "TEMP B-TREE"
        assert covering in details and sorted_apart not in details, details
    event.remove(ctx.db.engine, "before_cursor_execute", record)


def test_ids_and_counts_agree_with_the_two_queries(ctx):
    actor = resolve_actor(ctx, "czlonek1")
    for query in (
        DashboardQuery(search="fundacja", sort=SortColumn.TOWN),
        DashboardQuery(search="a", assigned_to_me=True, descending=True),
        DashboardQuery(search="lodz", states=("review",)),
        DashboardQuery(year=2025),
    ):
        both = ids_and_counts(ctx, actor, query)
        assert both == (case_ids(ctx, actor, query), state_counts(ctx, actor, query))


FIRST_PAGE_QUERIES = [
    {},
    {"search": "a"},
    {"search": "fundacja"},
    {"search": "lodz"},
    {"search": "warsztat zaj"},
    {"search": "zz"},  # found nowhere
    {"search": "a", "states": ("draft",)},
    {"search": "o", "year": 2025},
    {"search": "a", "voivodeship": "łódzkie"},
    {"search": "a", "institution_type": "wtz"},
    {"search": "a", "assigned_to_me": True},
    {"search": "a", "deadline_passed": True},
]


@pytest.mark.parametrize("walk", [True, False], ids=["walking the order", "search index"])
def test_the_first_page_is_the_head_of_the_full_list(ctx, monkeypatch, walk):
    """For every column, both directions, searches and filters; whether the page is found
    by walking the list's order or (its step budget spent at once) by the search index."""
    monkeypatch.setattr(dashboard, "WALK_STEPS", 10**9 if walk else 1)
    monkeypatch.setattr(search_index, "_STEP", 1)  # a tiny database needs a fine budget
    actor = resolve_actor(ctx, "czlonek1")
    checked = 0
    for values in FIRST_PAGE_QUERIES:
        for sort in SortColumn:
            for descending in (False, True):
                query = DashboardQuery(**values, sort=sort, descending=descending)
                full = case_ids(ctx, actor, query)
                for limit in (1, 2, 3, 200):
                    assert first_page(ctx, actor, query, limit) == full[:limit], (query, limit)
                    checked += 1
    assert checked == len(FIRST_PAGE_QUERIES) * len(SortColumn) * 2 * 4


def test_a_broad_search_walks_the_order_and_a_spent_budget_falls_back(ctx, monkeypatch):
    actor = resolve_actor(ctx, "przewodniczaca")
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, *_):
        seen.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        query = DashboardQuery(search="fundacja")
        assert first_page(ctx, actor, query, 2) == case_ids(ctx, actor, query)[:2]
        if engines.on_server():
            # One statement, the word written into it: the planner walks a list index or
            # asks the trigram index (storage/search_index.py); no step budget applies.
            monkeypatch.setattr(dashboard, "WALK_STEPS", 1)
            seen.clear()
            assert first_page(ctx, actor, query, 2) == case_ids(ctx, actor, query)[:2]
            limited = [s for s in seen if "LIMIT" in s]
            assert len(limited) == 1 and "'%%fundacja%%'" in limited[0], limited
            return
        walked = [s for s in seen if "LIMIT" in s]
        assert len(walked) == 1 and "case_search_content" in walked[0]
        assert "MATCH" not in walked[0]
        seen.clear()
        monkeypatch.setattr(dashboard, "WALK_STEPS", 1)
        monkeypatch.setattr(search_index, "_STEP", 1)
        assert first_page(ctx, actor, query, 2) == case_ids(ctx, actor, query)[:2]
        limited = [s for s in seen if "LIMIT" in s]
        assert len(limited) == 2 and "MATCH" in limited[1]  # the walk, stopped; the index
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)


def test_ids_and_counts_stop_when_cancelled(ctx, monkeypatch):
    monkeypatch.setattr(search_index, "_STEP", 1)
    actor = resolve_actor(ctx, "przewodniczaca")
    for query in (DashboardQuery(search="a"), DashboardQuery()):
        with pytest.raises(Cancelled):
            ids_and_counts(ctx, actor, query, cancelled=lambda: True)
        # Not cancelled: the same answer as without the check, and the connection is fine.
        assert ids_and_counts(ctx, actor, query, cancelled=lambda: False) == ids_and_counts(
            ctx, actor, query
        )
