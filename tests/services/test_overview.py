"""The overview: what needs action on a fixed day, and the numbers of the two charts."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

import pytest

import engines
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import settings
from calcert_desktop.services.context import AppContext, resolve_actor
from calcert_desktop.services.views import overview
from calcert_desktop.storage.store import open_database
from cli_support import BOARD_VOTES, EXAMPLE, Cli, institution_nip


def office(ctx: AppContext):
    return resolve_actor(ctx, "biuro")


TODAY = date(2025, 6, 1)
MEMBER = ("czlonek1",)
FOR = ("--vote", "czlonek1=for")
AGAINST = ("--vote", "czlonek1=against")


def _file(cli, declaration_file, received: str, name: str) -> str:
    return cli.file_case(declaration_file(signed=received, name=f"{name}.json"), received)


def _certified(cli, declaration_file, received: str, issued: str, name: str) -> str:
    ref = _file(cli, declaration_file, received, name)
    cli.review(ref, received, MEMBER)
    cli.ok("act", ref, "grant", *FOR, "--date", received, user="przewodniczaca")
    cli.ok("act", ref, "issue", *BOARD_VOTES, "--date", issued, user="zarzad")
    return ref


def _refused(cli, declaration_file, received: str, decided: str, name: str) -> str:
    ref = _file(cli, declaration_file, received, name)
    cli.review(ref, received, MEMBER, rating="not")
    cli.ok(
        "act", ref, "refuse", *AGAINST, "--reasons", "Brak dowodów.", "--date", decided,
        user="przewodniczaca",
    )  # fmt: skip
    return ref


class _Capture:
    """Stands in for pytest's capsys in a module-wide fixture: reads redirected output."""

    def __init__(self) -> None:
        self.out, self.err = io.StringIO(), io.StringIO()

    def readouterr(self) -> tuple[str, str]:
        got = self.out.getvalue(), self.err.getvalue()
        for stream in (self.out, self.err):
            stream.seek(0)
            stream.truncate()
        return got


@pytest.fixture(scope="module")
def built(prepared_db: Path, tmp_path_factory: pytest.TempPathFactory):
    """The cases below, made once for the module (the command line takes a while)."""
    folder = tmp_path_factory.mktemp("overview")
    data = folder / "dane"
    data.mkdir()
    engines.seed(prepared_db, data)
    capture = _Capture()
    cli = Cli(data, capture)  # type: ignore[arg-type]

    def declaration_file(signed: str, name: str) -> Path:
        body = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        body["signature"]["date"] = signed
        body["institution"]["nip"] = institution_nip()  # each case its own institution
        path = folder / name
        path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
        return path

    with redirect_stdout(capture.out), redirect_stderr(capture.err):
        refs = _make_cases(cli, declaration_file)
    return data, refs


def _make_cases(cli: Cli, declaration_file) -> dict[str, str]:
    """One case for each list, and a few that must appear in none."""
    refs = {"filed": _file(cli, declaration_file, "2025-01-10", "filed")}
    refs["delivered"] = _refused(cli, declaration_file, "2025-05-10", "2025-05-20", "delivered")
    cli.ok("act", refs["delivered"], "deliver", "--date", "2025-05-22", user="biuro")
    refs["undelivered"] = _refused(cli, declaration_file, "2025-05-12", "2025-05-25", "undeliv")
    # Delivered 2025-05-01: its 14 days ended 2025-05-15, before TODAY.
    refs["too_late"] = _refused(cli, declaration_file, "2025-04-20", "2025-04-30", "late")
    cli.ok("act", refs["too_late"], "deliver", "--date", "2025-05-01", user="biuro")
    refs["expiring"] = _certified(cli, declaration_file, "2020-07-10", "2020-08-01", "expiring")
    refs["charged"] = _certified(cli, declaration_file, "2023-03-02", "2023-03-25", "charged")
    cli.ok(
        "act", refs["charged"], "open-revocation", "--reason", "Skarga.", "--date", "2025-05-01",
        user="przewodniczaca",
    )  # fmt: skip
    cli.ok(
        "act", refs["charged"], "charge", "--charges", "Zarzut S5.", "--response-due",
        "2025-06-10", "--date", "2025-05-05", user="przewodniczaca",
    )  # fmt: skip
    refs["fresh"] = _certified(cli, declaration_file, "2024-02-01", "2024-02-20", "fresh")
    return refs


@pytest.fixture
def cases(built) -> dict[str, str]:
    return built[1]


@pytest.fixture
def ctx(built, tmp_path: Path) -> Iterator[AppContext]:
    """The services on a copy of the built cases, on TODAY."""
    folder = engines.copy_folder(built[0], tmp_path / "dane")
    paths = DataPaths(folder)
    context = AppContext(paths, open_database(paths, create=False), today=lambda: TODAY)
    yield context
    context.close()


def test_each_list_holds_its_cases_with_dates_and_days(ctx, cases):
    result = overview.needs_action(ctx, office(ctx))
    assert result.today == TODAY

    appeals = {item.reference: item for item in result.appeals.items}
    assert set(appeals) == {cases["delivered"], cases["undelivered"]}
    delivered = appeals[cases["delivered"]]
    assert delivered.due_on == date(2025, 6, 5) and delivered.days_left == 4  # 14 days
    assert delivered.what == "odwołanie od odmowy"
    undelivered = appeals[cases["undelivered"]]  # counted from the decision meanwhile
    assert undelivered.due_on == date(2025, 6, 8) and "nie doręczono" in undelivered.what
    assert result.appeals.items[0].reference == cases["delivered"]  # soonest first
    assert result.appeals.total == 2

    [response] = result.responses.items
    assert (response.reference, response.due_on, response.days_left) == (
        cases["charged"], date(2025, 6, 10), 9
    )  # fmt: skip
    assert response.what == "odpowiedź instytucji na zarzuty"

    [expiring] = result.expiring.items  # the 2024 and 2023 certificates are years away
    assert expiring.reference == cases["expiring"]
    assert (expiring.due_on, expiring.days_left) == (date(2025, 7, 31), 60)
    assert expiring.what.startswith("certyfikat ") and "traci ważność" in expiring.what

    waiting = {item.reference: item for item in result.waiting.items}
    assert set(waiting) == {cases["filed"], cases["undelivered"]}
    filed = waiting[cases["filed"]]
    assert filed.since == date(2025, 1, 10) and filed.days_waiting == 142
    assert filed.what == "biuro: kontrola formalna zgłoszenia"
    assert waiting[cases["undelivered"]].what == "biuro: doręczenie decyzji o odmowie"
    assert result.waiting.items[0].reference == cases["filed"]  # longest first
    assert result.waiting.total == 2


def test_later_days_move_cases_between_lists(ctx, cases):
    ctx.today = lambda: date(2025, 6, 12)
    result = overview.needs_action(ctx, office(ctx))
    assert result.appeals.items == ()  # both windows closed
    [response] = result.responses.items
    assert response.days_left == -2 and "po terminie" in response.what
    ctx.today = lambda: date(2025, 8, 2)
    # still marked valid: to be closed
    [expired] = overview.needs_action(ctx, office(ctx)).expiring.items
    assert expired.days_left == -2 and "zapisz wygaśnięcie" in expired.what


def test_appeal_window_follows_the_setting(ctx, cases):
    settings.set_int(ctx, resolve_actor(ctx, "admin"), "appeal_days", "31")
    appeals = {i.reference: i for i in overview.needs_action(ctx, office(ctx)).appeals.items}
    assert set(appeals) == {cases["delivered"], cases["undelivered"], cases["too_late"]}
    last = appeals[cases["too_late"]]  # delivered 2025-05-01: its last day is today
    assert (last.due_on, last.days_left) == (TODAY, 0)
    assert appeals[cases["delivered"]].due_on == date(2025, 6, 22)


def test_waiting_list_is_cut_at_twenty_but_counts_all(cli, declaration_file):
    for number in range(22):
        _file(cli, declaration_file, f"2025-01-{number + 1:02d}", f"w{number}")
    paths = DataPaths(cli.data_dir)
    context = AppContext(paths, open_database(paths, create=False), today=lambda: TODAY)
    try:
        waiting = overview.needs_action(context, office(context)).waiting
    finally:
        context.close()
    assert len(waiting.items) == overview.WAITING_LIMIT == 20
    assert waiting.total == 22
    assert [i.since.day for i in waiting.items] == list(range(1, 21))


def test_chart_numbers(ctx, cases):
    data = overview.chart_data(ctx, office(ctx))
    by_state = {s.state: s.count for s in data.by_state}
    assert [s.state for s in data.by_state][:3] == ["draft", "filed", "incomplete"]  # process
    assert by_state == {
        **dict.fromkeys(by_state, 0),
        "filed": 1, "refused": 3, "certified": 2, "charged": 1,
    }  # fmt: skip
    assert next(s for s in data.by_state if s.state == "charged").label == (
        "zarzuty na piśmie – czeka na odpowiedź"
    )
    assert [(y.year, y.valid, y.revoked, y.expired, y.total) for y in data.by_year] == [
        (2020, 1, 0, 0, 1),
        (2023, 1, 0, 0, 1),
        (2024, 1, 0, 0, 1),
    ]


def _references(result: overview.Overview) -> set[str]:
    return {
        item.reference
        for part in (result.appeals, result.responses, result.expiring, result.waiting)
        for item in part.items
    }


def test_an_expert_sees_only_the_cases_of_their_visits(ctx):
    from calcert_desktop.domain.errors import PermissionDenied
    from calcert_desktop.services.views import case_file

    expert = resolve_actor(ctx, "ekspert")
    everything = _references(overview.needs_action(ctx, office(ctx)))
    theirs = _references(overview.needs_action(ctx, expert))
    assert theirs <= everything and everything - theirs  # something is held back
    for reference in theirs:
        case_file.load(ctx, expert, reference)  # readable: the expert's visit
    for reference in everything - theirs:
        with pytest.raises(PermissionDenied):
            case_file.load(ctx, expert, reference)


def test_the_overview_needs_someone_who_follows_cases(ctx):
    from calcert_desktop.domain.errors import PermissionDenied
    from calcert_desktop.services.context import Actor

    nobody = Actor(office(ctx).id, "nikt", "Nikt", frozenset())
    with pytest.raises(PermissionDenied):
        overview.needs_action(ctx, nobody)
    with pytest.raises(PermissionDenied):
        overview.chart_data(ctx, nobody)
