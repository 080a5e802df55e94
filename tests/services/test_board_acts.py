"""The Board as a body through the services (issue 16, item 2): issuing a certificate and
deciding an appeal are resolutions with their votes; appointing the Commission, ending an
appointment and naming the responsible person too; Commission membership and who may be
assigned to a case follow from the appointments. Every refusal is checked for its Polish
message and for leaving the database exactly as it was."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

import pytest
from sqlalchemy import select

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import DomainError, PermissionDenied
from calcert_desktop.domain.roles import Role
from calcert_desktop.services import appointments
from calcert_desktop.services.admin import board, maintenance, people, settings
from calcert_desktop.services.changes import Kind
from calcert_desktop.services.context import reading, resolve_actor
from calcert_desktop.services.documents.certificate import certificate_data
from calcert_desktop.services.process import perform
from calcert_desktop.services.views import case_file
from calcert_desktop.storage.models import Appointment, Counter
from cli_support import admin_of

TODAY = date(2026, 1, 15)
BOTH = {"zarzad": "for", "zarzad2": "for"}


@pytest.fixture
def ctx(ctx):
    ctx.today = lambda: TODAY
    return ctx


def snapshot(ctx) -> list[str]:
    """Every row of the database, as SQL: what a refusal must leave exactly as it was."""
    with closing(sqlite3.connect(ctx.paths.database)) as connection:
        return list(connection.iterdump())


def refused(ctx, call, expect: str) -> str:
    """``call`` is refused with a Polish message containing ``expect``; nothing changed."""
    before = snapshot(ctx)
    with pytest.raises(DomainError) as refusal:
        call()
    assert expect in refusal.value.message, refusal.value.message
    assert snapshot(ctx) == before, "a refused act changed the database"
    return refusal.value.message


def act(ctx, login: str, ref: str, action: Action, day: str, **params):
    return perform.perform(ctx, resolve_actor(ctx, login), ref, action, date.fromisoformat(day),
                           params)  # fmt: skip


@pytest.fixture
def granted(cli, declaration_file) -> str:
    """A case the Commission granted (czlonek1 assessed and voted) on 2024-02-20."""
    ref = cli.file_case(declaration_file(signed="2024-01-15"), "2024-01-20")
    cli.review(ref, "2024-02-01", ("czlonek1",))
    cli.ok("act", ref, "grant", "--vote", "czlonek1=za", "--date", "2024-02-20",
           user="przewodniczaca")  # fmt: skip
    return ref


def test_issuing_is_a_resolution_with_its_number_and_votes(ctx, granted):
    votes = {"zarzad": "for", "zarzad2": "abstain"}
    result = act(ctx, "zarzad", granted, Action.ISSUE, "2024-02-29", board_votes=votes)
    assert result.message == (
        "Zarząd wydał certyfikat nr CJ-001/2024, ważny od 2024-02-29 do 2029-02-28 "
        "(Uchwała nr 1/2024: za 1, przeciw 0, wstrzymało się 1)."
    )
    assert result.extra["resolution"] == "1/2024"
    assert result.changes.concerns(Kind.BOARD)
    shown = case_file.load(ctx, resolve_actor(ctx, "biuro"), granted)
    [resolution] = shown.resolutions
    assert (resolution.number, resolution.subject, resolution.result) == (
        "1/2024", "issue", "adopted"
    )  # fmt: skip
    assert resolution.votes == votes and resolution.adopted_on == date(2024, 2, 29)
    assert "CJ-001/2024" in resolution.summary
    records = {(entry.record, entry.operation) for entry in shown.history}
    assert {("resolutions", "insert"), ("resolution_votes", "insert")} <= records
    assert certificate_data(ctx, granted).resolution == "1/2024"
    with reading(ctx) as session:
        assert session.get(Counter, ("resolution", 2024)).last == 1
    assert maintenance.check(ctx, admin_of(ctx)).ok


@pytest.mark.parametrize(
    ("votes", "expect"),
    [
        ({}, "Brak kworum: w głosowaniu wzięło udział 0"),
        ({"zarzad": "for"}, "jeden członek nie podejmuje uchwały za Zarząd"),
        ({"zarzad": "for", "zarzad2": "against"}, "Uchwała Zarządu nie została podjęta"),
        ({"zarzad": "for", "czlonek1": "for"}, "„czlonek1” nie jest aktywnym członkiem Zarządu"),
        ({"zarzad": "for", "ZARZAD": "for"}, "„zarzad” głosuje w tej uchwale dwa razy"),
        ({"zarzad": "for", "zarzad2": "tak"}, "Nieznany głos „tak”"),
    ],
)
def test_issuing_without_an_adopted_resolution_is_refused(ctx, granted, votes, expect):
    refused(ctx, lambda: act(ctx, "zarzad", granted, Action.ISSUE, "2024-02-29",
                             board_votes=votes), expect)  # fmt: skip


def test_a_board_member_with_a_declared_conflict_does_not_vote(ctx, cli, declaration_file):
    zarzad = resolve_actor(ctx, "zarzad")
    board.appoint(ctx, zarzad, "zarzad2", "member", BOTH, date(2024, 1, 5), on=date(2024, 1, 5))
    people.add_user(ctx, resolve_actor(ctx, "admin"), "zarzad3", "Irena Wolska", "board_member")
    ref = cli.file_case(declaration_file(signed="2024-01-15"), "2024-01-20")
    cli.ok("act", ref, "accept", "--date", "2024-02-01", user="biuro")
    for member in ("czlonek1", "zarzad2"):
        cli.ok("act", ref, "assign", "--member", member, "--date", "2024-02-01",
               user="przewodniczaca")  # fmt: skip
    cli.ok("act", ref, "declare-conflict", "--reason", "Zasiadam w radzie tej instytucji.",
           "--date", "2024-02-02", user="zarzad2")  # fmt: skip
    for number in range(1, 10):
        cli.ok("act", ref, "assess", "--standard", f"S{number}", "--rating", "spełnia",
               "--date", "2024-02-03", user="czlonek1")  # fmt: skip
    cli.ok("act", ref, "grant", "--vote", "czlonek1=za", "--date", "2024-02-20",
           user="przewodniczaca")  # fmt: skip
    message = refused(
        ctx,
        lambda: act(ctx, "zarzad", ref, Action.ISSUE, "2024-02-29", board_votes=BOTH),
        "„zarzad2” zgłosiła konflikt interesów",
    )
    assert message.startswith("Głosowanie Zarządu: ")
    others = {"zarzad": "for", "zarzad3": "for"}
    assert (
        act(ctx, "zarzad", ref, Action.ISSUE, "2024-02-29", board_votes=others).extra["resolution"]
        == "2/2024"
    )  # 1/2024 appointed zarzad2 to the Commission


def test_deciding_an_appeal_is_a_resolution_too(ctx, cli, declaration_file):
    ref = cli.file_case(declaration_file(signed="2024-01-15"), "2024-01-20")
    cli.review(ref, "2024-02-01", ("czlonek1",), rating="not")
    cli.ok("act", ref, "refuse", "--vote", "czlonek1=przeciw", "--reasons", "Brak S1–S9.",
           "--date", "2024-02-20", user="przewodniczaca")  # fmt: skip
    cli.ok("act", ref, "deliver", "--date", "2024-02-22", user="biuro")
    cli.ok("act", ref, "appeal", "--grounds", "Pominięto raport.", "--date", "2024-03-01",
           user="biuro")  # fmt: skip
    reasons = "Zarząd podziela ocenę Komisji."
    refused(ctx, lambda: act(ctx, "zarzad", ref, Action.UPHOLD, "2024-03-20", reasons=reasons,
                             board_votes={"zarzad": "for"}), "Brak kworum")  # fmt: skip
    result = act(ctx, "zarzad", ref, Action.UPHOLD, "2024-03-20", reasons=reasons,
                 board_votes=BOTH)  # fmt: skip
    assert "Uchwała nr 1/2024: za 2, przeciw 0, wstrzymało się 0" in result.message
    shown = case_file.load(ctx, resolve_actor(ctx, "biuro"), ref)
    assert [(r.number, r.subject) for r in shown.resolutions] == [("1/2024", "uphold")]
    assert shown.decisions[-1].kind == "uphold"


# --- appointments -------------------------------------------------------------------------


def test_an_appointment_makes_the_commission_role(ctx):
    admin, zarzad = resolve_actor(ctx, "admin"), resolve_actor(ctx, "zarzad")
    people.add_user(ctx, admin, "nowak", "Jan Nowak", "")  # no role of his own
    assert resolve_actor(ctx, "nowak").roles == frozenset()
    done = board.appoint(ctx, zarzad, "nowak", "member", BOTH, on=TODAY)
    assert done.message == (
        "Uchwała nr 1/2026 (za 2, przeciw 0, wstrzymało się 0): Zarząd powołał do Komisji "
        "Certyfikacyjnej — członek Komisji Certyfikacyjnej: Jan Nowak (nowak), od 2026-01-15 "
        "bezterminowo."
    )
    assert done.changes.concerns(Kind.BOARD) and done.changes.concerns(Kind.PEOPLE)
    assert resolve_actor(ctx, "nowak").roles == {Role.COMMISSION_MEMBER}
    listed = next(p for p in people.list_users(ctx, admin_of(ctx)) if p["login"] == "nowak")
    assert listed["roles"] == ["commission_member"]
    [row] = [a for a in board.list_appointments(ctx, zarzad) if a.login == "nowak"]
    assert (row.function, row.resolution, row.valid_today) == ("member", "1/2026", True)
    [resolution] = board.list_resolutions(ctx, zarzad, 2026)
    assert resolution.subject == "appoint" and resolution.votes == BOTH
    assert maintenance.check(ctx, admin_of(ctx)).ok


def test_who_may_be_assigned_follows_the_appointments_on_the_day_of_the_act(
    ctx, cli, declaration_file
):
    zarzad = resolve_actor(ctx, "zarzad")
    people.add_user(ctx, resolve_actor(ctx, "admin"), "nowak", "Jan Nowak", "")
    board.appoint(ctx, zarzad, "nowak", "member", BOTH, date(2024, 3, 1), date(2024, 6, 30),
                  on=date(2024, 2, 10))  # fmt: skip
    ref = cli.file_case(declaration_file(signed="2024-01-15"), "2024-01-20")
    cli.ok("act", ref, "accept", "--date", "2024-02-01", user="biuro")

    def assign(day: str):
        return lambda: act(ctx, "przewodniczaca", ref, Action.ASSIGN, day, member="nowak")

    refused(ctx, assign("2024-02-20"), "nie jest jeszcze członkiem Komisji w dniu 2024-02-20: "
            "jej powołanie obowiązuje od 2024-03-01")  # fmt: skip
    refused(ctx, assign("2024-07-01"), "nie jest już członkiem Komisji w dniu 2024-07-01: jej "
            "powołanie zakończyło się 2024-06-30")  # fmt: skip
    assign("2024-03-05")()  # within the appointment
    shown = case_file.load(ctx, resolve_actor(ctx, "biuro"), ref)
    assert [m.login for m in shown.members] == ["nowak"]


def test_an_ended_appointment_refuses_assignment(ctx, cli, declaration_file):
    zarzad = resolve_actor(ctx, "zarzad")
    ref = cli.file_case(declaration_file(signed="2025-12-01"), "2025-12-10")
    cli.ok("act", ref, "accept", "--date", "2026-01-05", user="biuro")
    done = board.end_appointment(ctx, zarzad, "czlonek3", "member", BOTH, date(2026, 1, 10),
                                 on=date(2026, 1, 10))  # fmt: skip
    assert "ostatni dzień pełnienia funkcji 2026-01-10" in done.message
    assert resolve_actor(ctx, "czlonek3").roles == frozenset()  # today is 2026-01-15
    refused(ctx, lambda: act(ctx, "przewodniczaca", ref, Action.ASSIGN, "2026-01-11",
                             member="czlonek3"),
            "Osoba „czlonek3” nie jest już członkiem Komisji w dniu 2026-01-11")  # fmt: skip
    act(ctx, "przewodniczaca", ref, Action.ASSIGN, "2026-01-10", member="czlonek3")  # last day
    [row] = [a for a in board.list_appointments(ctx, zarzad) if a.login == "czlonek3"]
    assert (row.ends_on, row.ended_by, row.valid_today) == (date(2026, 1, 10), "1/2026", False)


@pytest.mark.parametrize(
    ("who", "call", "expect"),
    [
        (
            "biuro",
            lambda ctx, a: board.appoint(ctx, a, "ekspert", "member", BOTH),
            "Uchwały Zarządu zapisuje członek Zarządu albo administrator",
        ),
        (
            "zarzad",
            lambda ctx, a: board.appoint(ctx, a, "ekspert", "member", {"zarzad": "for"}),
            "Brak kworum",
        ),
        (
            "zarzad",
            lambda ctx, a: board.appoint(ctx, a, "czlonek1", "chair", BOTH),
            "„czlonek1” ma już w tym czasie powołanie: członek Komisji Certyfikacyjnej",
        ),
        (
            "zarzad",
            lambda ctx, a: board.appoint(ctx, a, "ekspert", "chair", BOTH),
            "Komisja ma w tym czasie przewodniczącego: „przewodniczaca”",
        ),
        (
            "zarzad",
            lambda ctx, a: board.appoint(ctx, a, "ekspert", "member", BOTH, date(2026, 1, 1)),
            "Powołanie nie może działać wstecz",
        ),
        (
            "zarzad",
            lambda ctx, a: board.appoint(ctx, a, "ekspert", "prezes", BOTH),
            "Nieznana funkcja „prezes”",
        ),
        (
            "zarzad",
            lambda ctx, a: board.appoint(ctx, a, "nikt", "member", BOTH),
            "Nie ma osoby o loginie „nikt”",
        ),
        (
            "zarzad",
            lambda ctx, a: board.end_appointment(ctx, a, "ekspert", "member", BOTH),
            "„ekspert” nie ma powołania (członek Komisji Certyfikacyjnej)",
        ),
        (
            "zarzad",
            lambda ctx, a: board.end_appointment(
                ctx, a, "czlonek1", "member", BOTH, date(2026, 1, 1)
            ),
            "Zakończenie powołania nie może działać wstecz",
        ),
        (
            "zarzad",
            lambda ctx, a: board.name_responsible(ctx, a, "czlonek1", BOTH),
            "Zarząd wyłania osobę odpowiedzialną za proces certyfikacji spośród siebie",
        ),
        (
            "zarzad",
            lambda ctx, a: board.name_responsible(ctx, a, "zarzad", BOTH),
            "„zarzad” jest już osobą odpowiedzialną",
        ),
        (
            "zarzad",
            lambda ctx, a: board.name_responsible(
                ctx, a, "zarzad2", {"zarzad": "against", "zarzad2": "for"}
            ),
            "Uchwała Zarządu nie została podjęta",
        ),
    ],
)
def test_the_boards_own_acts_are_refused_in_polish_and_change_nothing(ctx, who, call, expect):
    actor = resolve_actor(ctx, who)
    refused(ctx, lambda: call(ctx, actor), expect)


def test_the_recorder_must_be_a_board_member_or_an_administrator(ctx):
    with pytest.raises(PermissionDenied):
        board.appoint(ctx, resolve_actor(ctx, "przewodniczaca"), "ekspert", "member", BOTH)
    done = board.appoint(ctx, resolve_actor(ctx, "admin"), "ekspert", "member", BOTH)
    assert done.message.startswith("Uchwała nr 1/2026")


def test_the_responsible_person_is_succeeded_the_day_before(ctx):
    zarzad = resolve_actor(ctx, "zarzad")
    with reading(ctx) as session:
        before = appointments.responsible_person(session, TODAY)
    assert (before.login, before.full_name) == ("zarzad", "Jerzy Będkowski")
    done = board.name_responsible(ctx, zarzad, "zarzad2", BOTH, date(2026, 2, 1))
    assert done.message.endswith(
        "Poprzednia osoba odpowiedzialna, Jerzy Będkowski (zarzad), pełni funkcję do 2026-01-31."
    )
    with reading(ctx) as session:
        assert appointments.responsible_person(session, date(2026, 1, 31)).login == "zarzad"
        assert appointments.responsible_person(session, date(2026, 2, 1)).login == "zarzad2"
        ended = session.scalars(
            select(Appointment).where(Appointment.function == "responsible",
                                      Appointment.ends_on.is_not(None))
        ).one()  # fmt: skip
        assert ended.ends_on == date(2026, 1, 31) and ended.ended_by_id is not None
    assert board.responsible_on(ctx, date(2026, 2, 1)).full_name == "Halina Sobczak"
    assert maintenance.check(ctx, admin_of(ctx)).ok


def test_an_administrator_does_not_tick_the_commission_roles(ctx):
    admin = resolve_actor(ctx, "admin")
    expect = "Członków i przewodniczącego Komisji Certyfikacyjnej powołuje Zarząd uchwałą"
    refused(ctx, lambda: people.add_user(ctx, admin, "nowa", "Nowa Osoba", "commission_member"),
            expect)  # fmt: skip
    refused(ctx, lambda: people.set_roles(ctx, admin, "ekspert", "expert,commission_chair"),
            expect)  # fmt: skip


def test_the_quorum_is_a_setting_of_at_least_two(ctx, granted):
    admin = resolve_actor(ctx, "admin")
    refused(ctx, lambda: settings.set_int(ctx, admin, "board_quorum", "1"), "od 2 do 15")
    settings.set_int(ctx, admin, "board_quorum", "3")
    refused(ctx, lambda: act(ctx, "zarzad", granted, Action.ISSUE, "2024-02-29",
                             board_votes=BOTH), "z wymaganych co najmniej 3")  # fmt: skip
