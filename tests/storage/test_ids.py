"""Record keys sort in the order they were made (storage/ids.py), as text and as bytes."""

from __future__ import annotations

import uuid

from calcert_desktop.storage import ids


def test_keys_made_one_after_another_sort_in_that_order_as_text_and_as_bytes():
    made = [ids.new_id() for _ in range(5000)]  # many share a millisecond
    assert len(set(made)) == len(made)
    assert sorted(made, key=lambda k: k.bytes) == made
    assert sorted(made, key=lambda k: k.hex) == made
    assert all(k.version == 7 and k.variant == uuid.RFC_4122 for k in made)


def test_a_clock_that_goes_back_does_not_break_the_order(monkeypatch):
    first = ids.new_id()
    monkeypatch.setattr(ids.time, "time_ns", lambda: 0)  # the clock set back to 1970
    later = [ids.new_id() for _ in range(5000)]  # past the counter's 4,096 per millisecond
    assert sorted([first, *later], key=lambda k: k.bytes) == [first, *later]
