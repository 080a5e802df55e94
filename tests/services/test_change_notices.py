"""The notices a write sends the other PCs: made from what the transaction wrote, sent when
it commits (never for one that rolls back), heard on a second connection with the right
kinds and cases, under the server's size limit; the feed that hears them skips its own
context's, and listens again after the server restarts."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import psycopg
import pytest

import engines
from calcert_desktop.domain.forms import forms_dir
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import people
from calcert_desktop.services.applications import declare, drafts
from calcert_desktop.services.change_feed import ChangeFeed
from calcert_desktop.services.change_notices import decode, encode, notice_of
from calcert_desktop.services.changes import EVERYTHING, Changes, Kind
from calcert_desktop.services.context import AppContext, open_context, resolve_actor, writing
from calcert_desktop.services.lookup import find_case
from calcert_desktop.services.process import perform
from calcert_desktop.storage.models import Setting
from calcert_desktop.storage.notify import CHANNEL, PAYLOAD_LIMIT
from cli_support import institution_nip
from server_restart import kill_server, start_server_again

EXAMPLE = forms_dir() / "examples" / "declaration-example.json"
server_only = pytest.mark.postgresql_only("LISTEN/NOTIFY is the server's")


def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["institution"]["nip"] = institution_nip()
    return data


def filed(ctx: AppContext) -> tuple[str, str]:
    """A case filed by the office: its draft code and its reference."""
    office = resolve_actor(ctx, "biuro")
    saved = drafts.save_draft(ctx, office, example())
    result = perform.perform(ctx, office, saved.reference, "file", on=date(2025, 4, 1))
    return saved.reference, result.reference


# --- the notice as text (either engine) -------------------------------------------


def test_a_notice_is_compact_json_and_reads_back() -> None:
    changes = Changes.of(Kind.CASES, Kind.HISTORY, references=("CAL/2025/0002", "ROB-1"))
    text = encode(changes, "pc-1")
    assert json.loads(text) == {
        "v": 1, "o": "pc-1", "k": ["cases", "history"], "r": ["CAL/2025/0002", "ROB-1"],
    }  # fmt: skip
    assert " " not in text
    notice = decode(text)
    assert (notice.origin, notice.changes) == ("pc-1", changes)
    every = decode(encode(Changes.of(Kind.CASES, all_cases=True), "pc-1")).changes
    assert every == Changes.of(Kind.CASES, all_cases=True)


def test_too_many_cases_for_one_notice_say_every_case() -> None:
    references = [f"CAL/2025/{n:04d}" for n in range(1, 2001)]
    text = encode(Changes.of(Kind.CASES, references=references), "pc-1")
    assert len(text.encode("utf-8")) <= PAYLOAD_LIMIT
    changes = decode(text).changes
    assert changes.all_cases and not changes.references
    assert changes.concerns(Kind.CASES, reference="CAL/2025/1999")


def test_a_notice_not_understood_changes_everything() -> None:
    for payload in ("", "nie json", "[]", '{"o": 5, "k": []}', '{"k": ["cases"]}'):
        assert decode(payload).changes == EVERYTHING, payload
    newer = decode('{"v":2,"o":"pc-2","k":["cases","a-kind-to-come"],"r":["X"]}')
    assert newer.changes == Changes.of(Kind.CASES, references=("X",))  # unknown kinds left out


# --- what a write's notice says (either engine) ----------------------------------


def test_the_notice_names_the_kinds_written_and_both_numbers_of_the_case(
    ctx: AppContext,
) -> None:
    code, reference = filed(ctx)
    office, chair = resolve_actor(ctx, "biuro"), resolve_actor(ctx, "przewodniczaca")
    steps = (
        (office, "accept", None, {Kind.CASES, Kind.DRAFTS, Kind.HISTORY}),  # it left the list
        (chair, "assign", {"member": "czlonek1"}, {Kind.COMMISSION, Kind.HISTORY}),
    )
    for actor, action, params, kinds in steps:
        with writing(ctx, actor, action) as session:
            case = find_case(session, reference, for_update=True)
            result = perform.run_in(session, ctx, actor, case, action, date(2025, 4, 2), params)
            text = notice_of(session, ctx.origin)
        assert text is not None
        changes = decode(text).changes
        assert changes.kinds == kinds, action
        assert changes.references == {code, reference}
        # What the service's own change set says, but "cases" for a step that left the
        # case's row as it was (the lists show that row: nothing there to reload).
        assert result.changes.kinds - changes.kinds <= {Kind.CASES}
        assert result.changes.references <= changes.references


def test_a_write_outside_cases_names_its_kind_and_no_case(ctx: AppContext) -> None:
    with writing(ctx, resolve_actor(ctx, "admin"), "settings") as session:
        session.merge(Setting(key="reminder_months", value="5"))
        text = notice_of(session, "pc-1")
    assert text is not None and decode(text).changes == Changes.of(Kind.SETTINGS)


def test_nothing_written_makes_no_notice(ctx: AppContext) -> None:
    with writing(ctx, resolve_actor(ctx, "biuro"), "nothing") as session:
        assert notice_of(session, "pc-1") is None


# --- on the server: sent on commit, heard by another connection --------------------


class Listening:
    """A second connection to the test's database, listening on the channel."""

    def __init__(self, ctx: AppContext) -> None:
        assert engines.SERVER is not None
        database = ctx.db.location.url.database
        assert database is not None
        self.connection = psycopg.connect(
            engines.SERVER.url(database).replace("+psycopg", ""), autocommit=True
        )
        self.connection.execute(f"LISTEN {CHANNEL}")
        self._heard: list[dict[str, Any]] = []

    def next(self) -> dict[str, Any]:
        """The next notice (notices that came in one packet are kept for the next calls)."""
        if not self._heard:
            # Not left early: notices that came in the same packet would be lost with it.
            for notify in self.connection.notifies(timeout=20, stop_after=1):
                assert notify.channel == CHANNEL
                self._heard.append(json.loads(notify.payload))
        assert self._heard, "no notice within 20 s"
        return self._heard.pop(0)


@pytest.fixture
def listening(ctx: AppContext) -> Iterator[Listening]:
    heard = Listening(ctx)
    yield heard
    heard.connection.close()


@server_only
def test_a_write_reaches_a_second_connection_with_its_kinds_and_cases(
    ctx: AppContext, listening: Listening
) -> None:
    office = resolve_actor(ctx, "biuro")
    result = declare.declare(ctx, office, example(), received_on=date(2025, 4, 1))
    body = listening.next()
    assert body["o"] == ctx.origin
    assert {"cases", "drafts", "application", "history"} <= set(body["k"])
    draft_code = find_draft_code(ctx, result.reference)
    assert set(body["r"]) == {result.reference, draft_code}
    people.add_user(ctx, resolve_actor(ctx, "admin"), "nowa", "Nowa Osoba", "office")
    assert listening.next() == {"v": 1, "o": ctx.origin, "k": ["people"], "r": []}


def find_draft_code(ctx: AppContext, reference: str) -> str:
    from calcert_desktop.services.context import reading

    with reading(ctx) as session:
        return find_case(session, reference).draft_code


@server_only
def test_a_write_rolled_back_sends_nothing(
    ctx: AppContext, listening: Listening
) -> None:
    _, reference = filed(ctx)
    listening.next()  # the draft saved
    listening.next()  # and filed
    office = resolve_actor(ctx, "biuro")
    with pytest.raises(RuntimeError), writing(ctx, office, "accept") as session:
        case = find_case(session, reference, for_update=True)
        perform.run_in(session, ctx, office, case, "accept", date(2025, 4, 2))
        session.flush()  # written, logged and noted: then the transaction fails
        raise RuntimeError("the power went out")
    people.add_user(ctx, resolve_actor(ctx, "admin"), "nowa", "Nowa Osoba", "office")
    # Notices come in the order of the commits: the next one is the person's, nothing before.
    assert listening.next()["k"] == ["people"]


@server_only
def test_the_largest_notice_fits_the_server(ctx: AppContext) -> None:
    from calcert_desktop.storage.notify import send

    references = [f"CAL/2025/{n:04d}" for n in range(1, 5001)]
    text = encode(Changes.of(*Kind, references=references), ctx.origin)
    with writing(ctx, None, "test") as session:
        send(session, text)  # accepted: the server refuses 8000 bytes or more
    with pytest.raises(ValueError):
        send(None, "x" * (PAYLOAD_LIMIT + 1))  # type: ignore[arg-type]


# --- the feed a PC listens with ------------------------------------------------


class Heard:
    """What a feed handed on, for a test to wait for."""

    def __init__(self) -> None:
        self.changes: list[Changes] = []
        self._arrived = threading.Condition()

    def __call__(self, changes: Changes) -> None:
        with self._arrived:
            self.changes.append(changes)
            self._arrived.notify_all()

    def wait_for(self, count: int) -> list[Changes]:
        with self._arrived:
            assert self._arrived.wait_for(lambda: len(self.changes) >= count, timeout=60), (
                f"{len(self.changes)} change sets heard, waiting for {count}"
            )
            return list(self.changes)


def wait_until(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "waited a minute in vain"
        time.sleep(0.05)


@pytest.fixture
def other_pc(ctx: AppContext) -> Iterator[AppContext]:
    """The same database opened by a second context, as another PC would."""
    other = open_context(DataPaths(ctx.paths.root), create=False)
    assert other.origin != ctx.origin
    yield other
    other.close()


@pytest.fixture
def feed(ctx: AppContext) -> Iterator[tuple[ChangeFeed, Heard]]:
    heard = Heard()
    listening = ChangeFeed(ctx, heard, waits=(0.2, 0.5), longest_wait=1.0)
    thread = threading.Thread(target=listening.run, daemon=True)
    thread.start()
    assert listening.connected.wait(20)
    yield listening, heard
    listening.stop()
    thread.join(10)
    assert not thread.is_alive()  # stopped, its connection closed


@server_only
def test_the_feed_hears_other_pcs_not_its_own(
    ctx: AppContext, other_pc: AppContext, feed: tuple[ChangeFeed, Heard]
) -> None:
    _, heard = feed
    people.add_user(ctx, resolve_actor(ctx, "admin"), "moja", "Moja Osoba", "office")
    code, _ = filed(other_pc)
    changes = heard.wait_for(2)
    assert all(code in c.references for c in changes)  # the other PC's two writes only
    assert not any(c.concerns(Kind.PEOPLE) for c in changes)


@server_only
def test_the_feed_listens_again_after_the_server_restarts(
    ctx: AppContext, other_pc: AppContext, feed: tuple[ChangeFeed, Heard]
) -> None:
    listening, heard = feed
    kill_server()
    try:
        wait_until(lambda: not listening.connected.is_set())  # it notices the server gone
    finally:
        start_server_again()
    assert listening.connected.wait(60)
    assert listening.connections == 2
    assert heard.wait_for(1)[0] == EVERYTHING  # what was written meanwhile: everything
    code, _ = filed(other_pc)
    later = heard.wait_for(3)[1:]
    assert all(code in c.references for c in later)
