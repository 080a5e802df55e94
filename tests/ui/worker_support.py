"""Waiting in GUI tests for the worker's answers to reach the widgets."""

from __future__ import annotations

from typing import Any

from calcert_desktop.ui.session import Session


def settle(qtbot: Any, session: Session) -> None:
    """Let the worker finish what the widgets asked and their answers arrive."""
    for _ in range(3):
        session.worker.wait()
        qtbot.wait(10)
