"""The rules of issue 16, item 7 in the domain: which cases count as open, the warning of a
second open case of one institution, the reason a change to a filed application needs, the
shortest period for answering charges."""

from __future__ import annotations

from datetime import date

import pytest

from calcert_desktop.domain import workflow
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.amendments import amends, reason_problem
from calcert_desktop.domain.errors import NeedsConfirmation, ValidationError
from calcert_desktop.domain.facts import ActionRequest, CaseFacts, OpenCase, Person
from calcert_desktop.domain.open_cases import OPEN_STATES, is_open, nip_key
from calcert_desktop.domain.periods import earliest_due, period_problem
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CLOSED_STATES, CaseState

OFFICE = Person("biuro", frozenset({Role.OFFICE}))
CHAIR = Person("chair", frozenset({Role.COMMISSION_CHAIR}))
CODES = tuple(f"S{n}" for n in range(1, 10))
TODAY = date(2026, 6, 1)


def test_open_means_filed_and_not_closed():
    assert set(OPEN_STATES) == set(CaseState) - CLOSED_STATES - {CaseState.DRAFT}
    for closed in (CaseState.REFUSED_FINAL, CaseState.REVOKED_FINAL, CaseState.EXPIRED,
                   CaseState.WITHDRAWN, CaseState.DRAFT):  # fmt: skip
        assert not is_open(closed), closed
    for still in (CaseState.FILED, CaseState.REFUSED, CaseState.CERTIFIED, CaseState.REVOKED):
        assert is_open(still), still  # an appeal is possible, or the certificate is valid


def test_the_nip_is_matched_as_ten_digits():
    assert nip_key("PL 734-285-01-65") == nip_key("7342850165") == "7342850165"
    assert nip_key("734 285 01 6") is None and nip_key(None) is None and nip_key("") is None


def filing_facts(*others: OpenCase) -> CaseFacts:
    return CaseFacts(CaseState.DRAFT, TODAY, CODES, nip="7342850165", same_nip_open=others)


def test_filing_warns_of_the_other_open_cases_unless_confirmed():
    others = (OpenCase("CAL/2025/0001", CaseState.REVIEW),
              OpenCase("CAL/2025/0007", CaseState.REFUSED))  # fmt: skip
    request = ActionRequest(Action.FILE, OFFICE, date(2026, 5, 1))
    with pytest.raises(NeedsConfirmation) as warned:
        workflow.evaluate(filing_facts(*others), request)
    assert warned.value.message == (
        "Instytucja o NIP 734-285-01-65 ma już otwarte sprawy: CAL/2025/0001 (stan: ocena "
        "Komisji), CAL/2025/0007 (stan: odmowa przyznania) — kolejne zgłoszenie tej samej "
        "instytucji można złożyć tylko po potwierdzeniu."
    )
    confirmed = ActionRequest(Action.FILE, OFFICE, date(2026, 5, 1), confirmed=True)
    assert workflow.evaluate(filing_facts(*others), confirmed) == CaseState.FILED
    assert workflow.evaluate(filing_facts(), request) == CaseState.FILED


def test_the_warning_comes_after_every_rule():
    # A filing another rule refuses is refused for that rule: nobody confirms it in vain.
    facts = CaseFacts(CaseState.DRAFT, TODAY, CODES, signed_on=date(2026, 5, 10),
                      nip="7342850165", same_nip_open=(OpenCase("CAL/2025/0001",
                                                                CaseState.FILED),))  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        workflow.evaluate(facts, ActionRequest(Action.FILE, OFFICE, date(2026, 5, 1)))
    assert refused.value.code == "date.before_signature"


@pytest.mark.parametrize(
    ("text", "code"),
    [(None, "amendment.reason_required"), ("", "amendment.reason_required"),
     ("\u200b\u3000", "amendment.reason_required"), ("a\u202eb", "text.bidi_control"),
     ("a\nb", "text.line_break"), ("x" * 501, "too_long")],
)  # fmt: skip
def test_a_change_needs_a_reason_of_one_clean_line(text, code):
    problem = reason_problem(text)
    assert problem is not None and problem.code == code
    assert reason_problem("Instytucja poprawiła adres.") is None


def test_only_a_corrected_declaration_is_a_change():
    assert amends(Action.COMPLETE, {"declaration": {"form_version": "1"}})
    assert not amends(Action.COMPLETE, {}) and not amends(Action.ACCEPT, {"declaration": {}})
    facts = CaseFacts(CaseState.INCOMPLETE, TODAY, CODES)
    bare = ActionRequest(Action.COMPLETE, OFFICE, date(2026, 5, 1))
    assert workflow.evaluate(facts, bare) == CaseState.FILED
    changed = ActionRequest(Action.COMPLETE, OFFICE, date(2026, 5, 1), {"declaration": {"x": 1}})
    with pytest.raises(ValidationError) as refused:
        workflow.evaluate(facts, changed)
    assert refused.value.message.startswith("Powód zmiany jest wymagany")


def test_the_response_period_counts_from_the_charges():
    on = date(2026, 5, 1)
    assert earliest_due(on, 14) == date(2026, 5, 15)
    assert period_problem("response_due", on, date(2026, 5, 15), 14) is None
    problem = period_problem("response_due", on, date(2026, 5, 3), 14)
    assert problem is not None and problem.field == "response_due"
    assert "najwcześniejszy dopuszczalny termin to 2026-05-15" in problem.message
    one_day = period_problem("response_due", on, on, 1)
    assert one_day is not None and "co najmniej 1 dzień" in one_day.message
    facts = CaseFacts(CaseState.REVOCATION, TODAY, CODES, min_response_days=21)
    short = {"charges": "Zarzut.", "response_due": date(2026, 5, 21)}
    with pytest.raises(ValidationError) as refused:
        workflow.evaluate(facts, ActionRequest(Action.CHARGE, CHAIR, on, short))
    assert "co najmniej 21 dni" in refused.value.message and "2026-05-22" in refused.value.message
    enough = {**short, "response_due": date(2026, 5, 22)}
    assert workflow.evaluate(facts, ActionRequest(Action.CHARGE, CHAIR, on, enough)) == (
        CaseState.CHARGED
    )
