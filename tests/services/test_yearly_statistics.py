"""The yearly statistics read from a database: a demo database's figures against counts made
here, independently, from ``calcert cases --json`` and each case's file (its dated
decisions, appeals and certificate); a year boundary driven through the command line; who
may read them; and their export to each format."""

from __future__ import annotations

import json
import statistics as stats
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

import engines
from calcert_desktop.domain.errors import PermissionDenied, ValidationError
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.statistics_tables import FIGURES
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.services.documents import statistics_export
from calcert_desktop.services.views import case_file
from calcert_desktop.services.views.statistics import load_statistics
from case_scenarios import act, revoked_case
from cli_support import BOARD_VOTES, Captured, Cli

DEMO_CASES = 400
DEMO_SEED = 23


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder filled by ``calcert demo`` (made once for the module)."""
    folder = engines.fresh(tmp_path_factory.mktemp("statystyka") / "dane")
    cli = Cli(folder, Captured())  # type: ignore[arg-type]
    with cli.capsys:
        cli.ok("init", "--no-encryption")
        cli.ok("demo", "--cases", str(DEMO_CASES), "--seed", str(DEMO_SEED), user="admin")
    return folder


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class Expected:
    """The figures counted from the case list and the case files, by the definitions."""

    def __init__(self, first: int, last: int, today: date) -> None:
        self.years = range(first, last + 1)
        self.today = today
        self.counts: dict[tuple[Any, tuple[str, str]], Counter[str]] = defaultdict(Counter)
        self.days: dict[tuple[Any, tuple[str, str]], list[int]] = defaultdict(list)

    def add(self, on: date, groups: list[tuple[str, str]], figure: str, days: int = -1) -> None:
        if on.year not in self.years:
            return
        for period in (on.year, None):
            for group in groups:
                self.counts[(period, group)][figure] += 1
                if days >= 0:
                    self.days[(period, group)].append(days)

    def case(self, file: dict[str, Any], groups: list[tuple[str, str]]) -> None:
        received = day(file["received_on"])
        if received:
            self.add(received, groups, "received")
            if file["renews"]:
                self.add(received, groups, "renewals")
        decisions = [(day(d["decided_on"]), d["kind"], d["body"]) for d in file["decisions"]]
        first_instance = [(on, kind) for on, kind, body in decisions if body == "commission"]
        for on, kind in first_instance:
            if kind in ("grant", "refuse"):
                assert received is not None
                self.add(on, groups, "decided", (on - received).days)
                self.add(on, groups, "granted" if kind == "grant" else "refused")
            elif kind == "revoke":
                self.add(on, groups, "revocations")
        # The n-th decision of the Board settles the n-th appeal; an appeal is against the
        # last refusal or revocation before it.
        board = [(on, kind) for on, kind, body in decisions if body == "board"]
        overturned: dict[date, date] = {}
        appeals = sorted(file["appeals"], key=lambda a: a["received_on"])
        for index, appeal in enumerate(appeals):
            lodged = day(appeal["received_on"])
            against_on, against = max((on, kind) for on, kind in first_instance
                                      if kind in ("refuse", "revoke") and on <= lodged)  # fmt: skip
            what = "refusal" if against == "refuse" else "revocation"
            self.add(lodged, groups, f"appeals_{what}")
            if index < len(board):
                settled_on, outcome = board[index]
                result = "upheld" if outcome == "uphold" else "overturned"
                self.add(settled_on, groups, f"appeals_{what}_{result}")
                if what == "revocation" and outcome == "overturn":
                    overturned[against_on] = settled_on
        certificate = file["certificate"]
        if certificate:
            revoked = [(on, overturned.get(on)) for on, kind in first_instance if kind == "revoke"]
            self.certificate(day(certificate["issued_on"]), day(certificate["valid_until"]),
                             revoked, groups)  # fmt: skip

    def certificate(self, issued: date, last_day: date, revoked: list, groups: list) -> None:
        ends = last_day + timedelta(days=1)
        before = [over for on, over in revoked if on < ends]
        if not before:
            self.add(ends, groups, "expiries")
        elif all(before):
            self.add(max(ends, *before), groups, "expiries")
        for year in self.years:
            counted = min(date(year, 12, 31), self.today)
            standing = any(on <= counted and (over is None or over > counted)
                           for on, over in revoked)  # fmt: skip
            if issued <= counted <= last_day and not standing:
                for period in (year, None) if year == self.years[-1] else (year,):
                    for group in groups:
                        self.counts[(period, group)]["valid_at_end"] += 1

    def figures(self, period: int | None, group: tuple[str, str]) -> dict[str, Any]:
        counts = self.counts.get((period, group), Counter())
        times = self.days.get((period, group), [])
        found: dict[str, Any] = {name: counts.get(name, 0) for name in FIGURES}
        found["median_days"] = float(stats.median(times)) if times else None
        return found


def expected_from_the_command_line(cli: Cli, ctx: Any, first: int, last: int) -> Expected:
    rows = json.loads(cli.ok("cases", "--json", user="biuro"))
    types: dict[str, str] = {}
    for choice in load_form().institution_types:
        listed = json.loads(cli.ok("cases", "--json", "--type", choice.code, user="biuro"))
        types.update({row["reference"]: choice.code for row in listed})
    reader = resolve_actor(ctx, "biuro")
    expected = Expected(first, last, ctx.today())
    for row in rows:
        file = case_file.load(ctx, reader, row["reference"]).to_json()
        groups = [("all", ""), ("voivodeship", row["voivodeship"]),
                  ("type", types.get(row["reference"], ""))]  # fmt: skip
        expected.case(file, groups)
    return expected


def assert_same(statistics: Any, expected: Expected) -> None:
    for period in statistics.periods:
        tables = [(("all", ""), period.overall)]
        tables += [(("voivodeship", row.key), row.figures) for row in period.by_voivodeship]
        tables += [(("type", row.key), row.figures) for row in period.by_institution_type]
        for group, figures in tables:
            assert figures.to_json() == expected.figures(period.year, group), (period.label, group)


def test_demo_figures_match_the_case_list_and_the_case_files(demo_folder, capsys):
    cli = Cli(demo_folder, capsys)
    context = open_context(DataPaths(demo_folder), create=False)
    try:
        last = context.today().year
        first = last - 1
        got = load_statistics(context, resolve_actor(context, "biuro"), first, last)
        expected = expected_from_the_command_line(cli, context, first, last)
    finally:
        context.close()
    assert [p.label for p in got.periods] == [str(first), str(last), f"{first}–{last}"]
    assert_same(got, expected)
    # The demo reaches every kind of figure these two years hold, not only zeros.
    total = got.total.overall
    assert total.received > 20 and total.granted > 5 and total.refused > 0
    assert total.expiries > 0 and total.valid_at_end > 50 and total.renewals > 0
    assert total.appeals_refusal > 0 and total.revocations > 0
    assert total.median_days is not None
    assert sum(row.figures.received for row in got.total.by_voivodeship) == total.received


def test_a_refusal_in_december_overturned_in_january_through_the_command_line(
    cli, declaration_file, ctx
):
    reference = cli.file_case(declaration_file(signed="2025-10-28"), "2025-11-03")
    cli.review(reference, "2025-11-20", ("czlonek1", "czlonek2"), rating="not")
    act(cli, reference, "refuse", "2025-12-15", "przewodniczaca", "--vote", "czlonek1=against",
        "--vote", "czlonek2=against", "--reasons", "Standardy nie są spełnione.")  # fmt: skip
    act(cli, reference, "deliver", "2025-12-16", "biuro")
    act(cli, reference, "appeal", "2025-12-22", "biuro", "--grounds", "Pominięto raport.")
    act(cli, reference, "overturn", "2026-01-20", "zarzad", *BOARD_VOTES,
        "--reasons", "Komisja pominęła raport.")  # fmt: skip
    act(cli, reference, "issue", "2026-01-27", "zarzad", *BOARD_VOTES)
    revoked = revoked_case(cli, declaration_file)  # 2023: refused, overturned; 2025: revoked
    states = {row["reference"]: row["state"] for row in
              json.loads(cli.ok("cases", "--json", user="biuro"))}  # fmt: skip
    assert states == {reference: "certified", revoked: "revoked"}  # today's states

    got = load_statistics(ctx, resolve_actor(ctx, "biuro"), 2023, 2026)
    figures = {period.year: period.overall for period in got.periods}
    assert (figures[2025].decided, figures[2025].refused, figures[2025].granted) == (1, 1, 0)
    assert figures[2025].appeals_refusal == 1 and figures[2025].appeals_refusal_overturned == 0
    assert figures[2026].appeals_refusal_overturned == 1 and figures[2026].refused == 0
    assert (figures[2023].refused, figures[2023].appeals_refusal_overturned) == (1, 1)
    assert figures[2025].revocations == 1
    assert [figures[year].valid_at_end for year in (2023, 2024, 2025, 2026)] == [1, 1, 0, 1]
    assert [figures[year].received for year in (2023, 2024, 2025, 2026)] == [1, 0, 1, 0]
    assert figures[2025].median_days == 42.0  # 3 November to 15 December
    assert figures[None].refused == 2
    assert_same(got, expected_from_the_command_line(cli, ctx, 2023, 2026))


@pytest.mark.parametrize("login", ["biuro", "przewodniczaca", "zarzad", "admin"])
def test_the_office_the_chair_the_board_and_the_administrator_read_them(ctx, login):
    got = load_statistics(ctx, resolve_actor(ctx, login), 2024, 2024)
    assert got.total is None and got.years[0].overall.received == 0


@pytest.mark.parametrize("login", ["czlonek1", "ekspert"])
def test_members_and_experts_do_not(ctx, login, tmp_path):
    person = resolve_actor(ctx, login)
    with pytest.raises(PermissionDenied) as refused:
        load_statistics(ctx, person, 2024, 2024)
    assert "wymagana rola biuro lub przewodniczący Komisji" in refused.value.message
    folder = tmp_path / "wyniki"
    folder.mkdir()
    with pytest.raises(PermissionDenied):
        statistics_export.export(ctx, person, 2024, 2024, folder / "s.json")
    assert list(folder.iterdir()) == []


def test_export_by_extension_and_refusals_before_anything_is_written(cli, granted, ctx, tmp_path):
    office = resolve_actor(ctx, "biuro")
    tmp_path = tmp_path / "wyniki"
    tmp_path.mkdir()
    for name, start in (("s.xlsx", b"PK\x03\x04"), ("S.PDF", b"%PDF-"), ("s.json", b"{")):
        written = statistics_export.export(ctx, office, 2024, 2024, tmp_path / name)
        assert (tmp_path / name).read_bytes().startswith(start)
        assert written.years[0].overall.granted == 1
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert data["title"] == "Statystyka certyfikacji za 2024 r."
    assert data["periods"][0]["overall"]["received"] == 1
    assert "Wpłynęło zgłoszeń" in (tmp_path / "s.json").read_text(encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(ValidationError) as wrong:
        statistics_export.export(ctx, office, 2024, 2024, tmp_path / "s.csv")
    assert "„s.csv” ma inne rozszerzenie" in wrong.value.message
    with pytest.raises(ValidationError) as backwards:
        statistics_export.export(ctx, office, 2025, 2024, tmp_path / "t.pdf")
    assert "Rok początkowy (2025) jest późniejszy niż rok końcowy (2024)" in backwards.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == before
