"""The lists that keep engine-neutral files out of the server's run (tests/conftest.py) name
files that exist, so that a renamed test file cannot drop out of a run unseen."""

from __future__ import annotations

from conftest import ENGINE_MATTERS, ENGINE_NEUTRAL, ROOT


def test_every_listed_path_exists() -> None:
    missing = [p for p in (*ENGINE_NEUTRAL, *ENGINE_MATTERS) if not (ROOT / p).exists()]
    assert not missing


def test_every_file_that_matters_would_otherwise_be_left_out() -> None:
    # a file of ENGINE_MATTERS outside every neutral folder would be a stale entry
    stale = [
        p for p in ENGINE_MATTERS
        if not any(n.endswith("/") and p.startswith(n) for n in ENGINE_NEUTRAL)
    ]  # fmt: skip
    assert not stale
