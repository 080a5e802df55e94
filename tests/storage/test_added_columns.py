"""``calcert check`` and a column a migration added after the log's entries were written: the
rows that were there hold what the migration gave them (its server default, else NULL), and
only a different value is a change made outside the program."""

from __future__ import annotations

from calcert_desktop.storage import verify
from calcert_desktop.storage.models import CertificateSeal, SiteVisit


def test_a_column_added_later_is_expected_at_its_default_until_logged():
    added = verify._added_values(CertificateSeal)
    assert added["qr_matrix"] is None
    logged = {"id": "a", "payload": "CAL1.X", "code": "C"}  # written before 0021
    row = {**logged, "qr_matrix": None}
    assert verify._current(logged, row, added) == row
    forged = {**logged, "qr_matrix": "21:00"}
    assert verify._current(logged, forged, added) != forged
    # once an entry records the column, the entry is what counts
    assert verify._current({**logged, "qr_matrix": "21:00"}, forged, added) == forged


def test_server_defaults_of_added_columns_are_read_as_values():
    added = verify._added_values(SiteVisit)
    assert added["representative"] == "" and added["remarks"] == ""
    assert added["acknowledged"] is False
