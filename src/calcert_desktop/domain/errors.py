"""Typed errors of the domain: a stable code, the field it concerns, and parameters.

The Polish text lives in :mod:`calcert_desktop.domain.messages`, so the GUI and the command
line show the same message for the same error.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class DomainError(Exception):
    """A rule of the certification process refused something.

    ``code`` is stable (tests and translations key on it), ``field`` names the input the
    user must fix (dotted path, e.g. ``institution.nip``) or is ``None``.
    """

    def __init__(self, code: str, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        from calcert_desktop.domain.messages import render

        return render(self.code, self.field, self.params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, field={self.field!r}, params={self.params!r})"


class ValidationError(DomainError):
    """One input is invalid."""


class TransitionRefused(DomainError):
    """An action is not allowed in the case's current state or its guard failed."""


class PermissionDenied(DomainError):
    """The acting user lacks the role an action needs."""


class NotFound(DomainError):
    """A reference, login or record does not exist."""


class NeedsConfirmation(DomainError):
    """A warning, not a rule: the act goes on only when the person confirms it (a second
    open case of the same institution). Nothing was written; the front end asks the
    question and repeats the act with ``confirmed=True``."""


class ValidationErrors(DomainError):
    """Several inputs are invalid at once; ``errors`` lists each."""

    def __init__(self, errors: Iterable[ValidationError]) -> None:
        self.errors = list(errors)
        first = self.errors[0] if self.errors else None
        super().__init__(
            "validation.multiple",
            first.field if first else None,
            count=len(self.errors),
        )

    @property
    def message(self) -> str:
        if len(self.errors) == 1:
            return self.errors[0].message
        return "; ".join(e.message for e in self.errors)
