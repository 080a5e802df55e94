"""A package's records as JSON and back (exchange/rows.py): every column type of the tables
a package carries reads back as it was written, and a value of the wrong type is refused."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from sqlalchemy import inspect

from calcert_desktop.exchange import rows
from calcert_desktop.storage.models import Case


def a_case(**values: object) -> Case:
    case_id = uuid.uuid4()
    base: dict[str, object] = dict(
        id=case_id, draft_code="ROB-ABCDE-FGHIJ", reference="CAL/2026/0001", state="filed",
        state_since=date(2026, 3, 1), last_event_on=date(2026, 3, 1), form_version="1",
        institution_name="Świetlica „Żółw”", name_sort="s", town="Łódź", town_sort="l",
        voivodeship="łódzkie", institution_type="ngo", search_text="swietlica", signed_on=None,
        received_on=date(2026, 3, 1), next_deadline=None, renews_case_id=None,
        rapporteur_id=None, created_at=datetime(2026, 2, 27, 9, 0), nip="7342850165",
        completeness=0.75, row_version=3,
    )  # fmt: skip
    base.update(values)
    return Case(**base)


def test_every_column_of_a_case_reads_back_as_written():
    case = a_case()
    loaded = rows.load(Case, rows.dump(case))
    expected = {attr.key: getattr(case, attr.key) for attr in inspect(Case).column_attrs}
    assert loaded == expected
    assert loaded["completeness"] == 0.75  # the draft's share (a float column, issue 22)
    assert rows.load(Case, rows.dump(a_case(completeness=None)))["completeness"] is None
    assert rows.load(Case, rows.dump(a_case(completeness=1)))["completeness"] == 1.0


@pytest.mark.parametrize("value", ["0.5", True, [0.5]])
def test_a_share_of_the_wrong_type_is_refused(value):
    given = rows.dump(a_case())
    given["completeness"] = value
    with pytest.raises(rows.BadRow):
        rows.load(Case, given)
