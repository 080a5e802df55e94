"""The Board's appointments (domain/appointments.py): the roles they give on a day, who may be
assigned to a case on the day of the act, and the rules of appointing, ending and naming the
responsible person."""

from __future__ import annotations

from datetime import date

import pytest

from calcert_desktop.domain import workflow
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.appointments import (
    Function,
    Term,
    appointed_roles,
    dates_problem,
    end_problem,
    period,
    seat_overlap_problem,
    seat_problem,
    succession,
)
from calcert_desktop.domain.errors import DomainError, TransitionRefused
from calcert_desktop.domain.facts import ActionRequest, CaseFacts, Person
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState

JAN = date(2026, 1, 1)
JUN = date(2026, 6, 30)
MEMBER_2026 = Term(Function.MEMBER, JAN, JUN)


def code(problem: DomainError | None) -> str | None:
    return problem.code if problem is not None else None


def test_an_appointment_gives_its_roles_on_its_days_only():
    chair = Term(Function.CHAIR, JAN)
    assert appointed_roles([chair], JAN) == {Role.COMMISSION_CHAIR, Role.COMMISSION_MEMBER}
    assert appointed_roles([chair], date(2025, 12, 31)) == frozenset()
    assert appointed_roles([MEMBER_2026], JUN) == {Role.COMMISSION_MEMBER}
    assert appointed_roles([MEMBER_2026], date(2026, 7, 1)) == frozenset()
    assert appointed_roles([Term(Function.RESPONSIBLE, JAN)], JUN) == frozenset()
    assert period(MEMBER_2026) == "od 2026-01-01 do 2026-06-30"
    assert period(chair) == "od 2026-01-01 bezterminowo"


def test_a_seat_on_the_day_of_the_act():
    assert seat_problem([MEMBER_2026], date(2026, 3, 1), "jan") is None
    ended = seat_problem([MEMBER_2026], date(2026, 7, 1), "jan")
    assert code(ended) == "appointment.ended"
    assert ended.message == (
        "Członek Komisji: Osoba „jan” nie jest już członkiem Komisji w dniu 2026-07-01: jej "
        "powołanie zakończyło się 2026-06-30."
    )
    future = seat_problem([MEMBER_2026], date(2025, 12, 31), "jan")
    assert code(future) == "appointment.not_yet" and "obowiązuje od 2026-01-01" in future.message
    assert code(seat_problem([], JAN, "jan")) == "member.not_commission"
    # The responsible person's appointment is no seat on the Commission.
    assert code(seat_problem([Term(Function.RESPONSIBLE, JAN)], JUN, "jan")) == (
        "member.not_commission"
    )


def _assign(on: date, terms: tuple[Term, ...]) -> ActionRequest:
    chair = Person("chair", frozenset({Role.COMMISSION_CHAIR, Role.COMMISSION_MEMBER}))
    member = Person("jan", frozenset(), appointments=terms)
    return ActionRequest(Action.ASSIGN, chair, on, {"member": member})


def test_who_may_be_assigned_follows_from_the_appointments_on_the_day_of_the_act():
    facts = CaseFacts(CaseState.REVIEW, date(2026, 12, 1), ("S1",), last_event_on=JAN)
    assert workflow.evaluate(facts, _assign(date(2026, 3, 1), (MEMBER_2026,)))
    with pytest.raises(TransitionRefused) as ended:
        workflow.evaluate(facts, _assign(date(2026, 7, 1), (MEMBER_2026,)))
    assert ended.value.code == "appointment.ended"
    later = (Term(Function.MEMBER, date(2026, 9, 1)),)
    with pytest.raises(TransitionRefused) as future:
        workflow.evaluate(facts, _assign(date(2026, 8, 31), later))
    assert future.value.code == "appointment.not_yet"


def test_an_appointment_does_not_reach_back_and_ends_after_it_starts():
    assert dates_problem(MEMBER_2026, JAN) is None
    assert code(dates_problem(MEMBER_2026, date(2026, 1, 2))) == "appointment.retroactive"
    backwards = Term(Function.MEMBER, JUN, JAN)
    assert code(dates_problem(backwards, JAN)) == "appointment.ends_before_start"
    assert code(dates_problem(Term(Function.MEMBER, date(2029, 1, 1)), JAN)) == "date.too_far"
    assert code(dates_problem(Term(Function.MEMBER, JAN, date(2040, 1, 1)), JAN)) == (
        "date.too_far"
    )


def test_one_seat_per_person_and_one_chair_at_a_time():
    own = [Term(Function.MEMBER, JAN)]
    overlap = seat_overlap_problem(Term(Function.CHAIR, JUN), own, [], "jan")
    assert code(overlap) == "appointment.overlaps"
    assert "członek Komisji Certyfikacyjnej, od 2026-01-01 bezterminowo" in overlap.message
    after = Term(Function.MEMBER, date(2026, 7, 1))
    assert seat_overlap_problem(after, [MEMBER_2026], [], "jan") is None
    chairs = [("ewa", Term(Function.CHAIR, JAN, JUN))]
    taken = seat_overlap_problem(Term(Function.CHAIR, date(2026, 6, 1)), [], chairs, "jan")
    assert code(taken) == "appointment.chair_taken" and "„ewa”" in taken.message
    assert seat_overlap_problem(Term(Function.CHAIR, date(2026, 7, 1)), [], chairs, "jan") is None


def test_a_new_responsible_person_succeeds_the_previous_one():
    holders = [("anna", Term(Function.RESPONSIBLE, JAN))]
    ends, problem = succession(Term(Function.RESPONSIBLE, JUN), "bogdan", holders)
    assert problem is None and ends == [("anna", date(2026, 6, 29))]
    _, already = succession(Term(Function.RESPONSIBLE, JUN), "anna", holders)
    assert code(already) == "responsible.already"
    _, later = succession(Term(Function.RESPONSIBLE, JAN), "bogdan", holders)
    assert code(later) == "responsible.later"


def test_an_appointment_ends_sooner_never_back_in_time():
    open_ended = Term(Function.MEMBER, JAN)
    assert end_problem(open_ended, JUN, JUN) is None
    assert code(end_problem(open_ended, date(2026, 5, 1), JUN)) == "appointment.end_retroactive"
    assert code(end_problem(MEMBER_2026, date(2026, 7, 31), JAN)) == "appointment.already_ends"
    future = Term(Function.MEMBER, JUN)
    assert code(end_problem(future, date(2026, 6, 1), JAN)) == "appointment.ends_before_start"
